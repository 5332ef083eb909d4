# str() of various objects uses their str form.
print(str(123), str(-4.5), str(True), str(None))  # expect: 123 -4.5 True None
print(str([1, "a"]), str((1,)), str({"k": 'v'}))  # expect: [1, 'a'] (1,) {'k': 'v'}
print(repr(str()), str("already"))  # expect: '' already
print(str(b"hi", "ascii"))  # expect: hi
