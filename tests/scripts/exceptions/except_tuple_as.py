# One except clause can catch several types, binding the exception with as.
def risky(kind):
    if kind == 0:
        return 1 / 0
    if kind == 1:
        return {}["k"]
    return int("bad")
for kind in range(3):
    try:
        risky(kind)
    except (ZeroDivisionError, KeyError) as e:
        print("first clause:", type(e).__name__)
    except (TypeError, ValueError) as e:
        print("second clause:", type(e).__name__)
# expect: first clause: ZeroDivisionError
# expect: first clause: KeyError
# expect: second clause: ValueError
