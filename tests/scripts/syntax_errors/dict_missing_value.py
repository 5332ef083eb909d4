# A dict display entry without a value.
d = {"a": 1, "b"}
# expect error: SyntaxError: ':' expected after dictionary key
