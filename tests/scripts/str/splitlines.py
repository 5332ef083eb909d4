# splitlines splits on line boundaries, optionally keeping them.
text = "one\ntwo\r\nthree\rfour\n"
print(text.splitlines())  # expect: ['one', 'two', 'three', 'four']
print(text.splitlines(True))  # expect: ['one\n', 'two\r\n', 'three\r', 'four\n']
print("".splitlines(), "x\n\ny".splitlines())  # expect: [] ['x', '', 'y']
