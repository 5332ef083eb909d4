# A bare raise with no exception being handled is a RuntimeError.
def f():
    raise


try:
    f()
except RuntimeError as e:
    print(e)  # expect: No active exception to reraise
raise
# expect error: RuntimeError: No active exception to reraise
