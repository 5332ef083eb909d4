# BaseException.args is a tuple that can be reassigned; str() follows it.
e = RuntimeError("first")
print(e.args)  # expect: ('first',)
e.args = ("second", 2)
print(e.args, str(e))  # expect: ('second', 2) ('second', 2)
e.args = ["third"]
print(e.args, str(e))  # expect: ('third',) third
print(type(e.args).__name__)  # expect: tuple
