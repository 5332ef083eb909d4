# A tree of user exception classes: except clauses match the most specific clause listed first.
class StoreError(Exception):
    pass


class NotFound(StoreError):
    pass


class Conflict(StoreError):
    pass


class Stale(Conflict):
    pass


def classify(exc):
    try:
        raise exc
    except NotFound:
        return "not found"
    except Conflict as c:
        return "conflict:" + type(c).__name__
    except StoreError:
        return "store"


print(classify(NotFound()))  # expect: not found
print(classify(Stale()))  # expect: conflict:Stale
print(classify(Conflict()))  # expect: conflict:Conflict
print(classify(StoreError()))  # expect: store
print([c.__name__ for c in Stale.__mro__])  # expect: ['Stale', 'Conflict', 'StoreError', 'Exception', 'BaseException', 'object']
