# A bare raise inside an except block re-raises the exception being handled, traceback intact.
def risky():
    return 1 // 0


def wrapper():
    try:
        risky()
    except ZeroDivisionError:
        print("logging and re-raising")  # expect: logging and re-raising
        raise


try:
    wrapper()
except ZeroDivisionError as e:
    print("outer got:", e)  # expect: outer got: integer division or modulo by zero
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print(lines)  # expect: [15, 8, 3]
