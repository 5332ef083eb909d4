# Built-in exceptions form a hierarchy that except clauses respect.
def catch(exc):
    try:
        raise exc
    except LookupError:
        return "LookupError"
    except ArithmeticError:
        return "ArithmeticError"
    except Exception:
        return "Exception"
print(catch(KeyError("k")), catch(IndexError()))  # expect: LookupError LookupError
print(catch(ZeroDivisionError()), catch(OverflowError()))  # expect: ArithmeticError ArithmeticError
print(catch(ValueError()), catch(RecursionError()))  # expect: Exception Exception
print(issubclass(RecursionError, RuntimeError), issubclass(KeyError, Exception))  # expect: True True
print(issubclass(UnboundLocalError, NameError), issubclass(ModuleNotFoundError, ImportError))  # expect: True True
