# A return in finally overrides the try block's return and swallows exceptions.
def f():
    try:
        return "try"
    finally:
        return "finally"
def g():
    try:
        1 / 0
    finally:
        return "swallowed"
print(f(), g())  # expect: finally swallowed
