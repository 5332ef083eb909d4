# An assert's message is evaluated only on failure and becomes the exception's single argument.
calls = []


def message():
    calls.append("called")
    return {"why": "negative"}


x = 5
assert x > 0, message()
print(calls)  # expect: []
try:
    assert x < 0, message()
except AssertionError as e:
    print(e.args, calls)  # expect: ({'why': 'negative'},) ['called']
try:
    assert x < 0, f"x is {x}"
except AssertionError as e:
    print(e)  # expect: x is 5
