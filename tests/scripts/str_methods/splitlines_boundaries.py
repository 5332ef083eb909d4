# splitlines splits on every Unicode line boundary; keepends keeps them.
s = "a\nb\r\nc\rd\x0be\x0cf\x1cg\x85h\u2028i\u2029j"
print(s.splitlines())  # expect: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']
print("x\r\ny\n".splitlines(keepends=True))  # expect: ['x\r\n', 'y\n']
print("".splitlines(), "\n".splitlines(), "\n\n".splitlines(True))  # expect: [] [''] ['\n', '\n']
