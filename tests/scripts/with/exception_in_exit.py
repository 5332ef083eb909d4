# An exception raised by __exit__ replaces the body's exception, which becomes its __context__.
class Faulty:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        raise RuntimeError("exit failed")


try:
    with Faulty():
        raise ValueError("body failed")
except RuntimeError as e:
    print("caught:", e, "| context:", repr(e.__context__))
try:
    with Faulty():
        pass
except RuntimeError as e:
    print("caught:", e, e.__context__)

# expect: caught: exit failed | context: ValueError('body failed')
# expect: caught: exit failed None
