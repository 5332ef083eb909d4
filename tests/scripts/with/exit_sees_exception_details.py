# __exit__ can inspect the exception's type, args and traceback line.
class Inspect:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print(exc_type is ZeroDivisionError, exc.args, tb.tb_lineno)
        return True


with Inspect():
    x = 1
    y = x / 0
print("ok")

# expect: True ('division by zero',) 13
# expect: ok
