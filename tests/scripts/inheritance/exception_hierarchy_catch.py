# except clauses for a base class catch user subclasses; order of clauses matters.
class AppError(Exception):
    pass


class NetError(AppError):
    pass


class Timeout(NetError):
    pass


for cls in (AppError, NetError, Timeout, KeyError):
    try:
        raise cls("x")
    except Timeout:
        print(cls.__name__, "-> Timeout")
    except NetError:
        print(cls.__name__, "-> NetError")
    except AppError:
        print(cls.__name__, "-> AppError")
    except Exception as e:
        print(cls.__name__, "-> Exception", repr(e))

# expect: AppError -> AppError
# expect: NetError -> NetError
# expect: Timeout -> Timeout
# expect: KeyError -> Exception KeyError('x')
