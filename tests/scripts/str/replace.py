# str.replace replaces all occurrences, or at most count of them.
print("aaaa".replace("a", "b"))  # expect: bbbb
print("aaaa".replace("a", "b", 2))  # expect: bbaa
print("hello world".replace("o", "0").replace("l", "1"))  # expect: he110 w0r1d
print("abc".replace("", "-"))  # expect: -a-b-c-
print("abc".replace("x", "y"))  # expect: abc
print("aaa".replace("aa", "b"))  # expect: ba
