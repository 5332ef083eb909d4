# The assert message is evaluated only when the assertion fails.
def message():
    print("message evaluated")
    return "msg"
assert True, message()
try:
    assert False, message()
except AssertionError as e:
    print("caught", e)
# expect: message evaluated
# expect: caught msg
