# A user exception can override __str__; the traceback line uses it.
class CodeError(Exception):
    def __init__(self, code):
        self.code = code

    def __str__(self):
        return f"error code {self.code}"


try:
    raise CodeError(42)
except CodeError as e:
    print(e, repr(e), e.args)
raise CodeError(7)

# expect: error code 42 CodeError(42) (42,)
# expect error: CodeError: error code 7
