# replace with a count replaces at most that many occurrences, left to right.
s = "one one one one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0), s.replace("one", "1", -1))  # expect: 1 1 1 1 1 1 one one one one one one 1 1 1 1
print("abc".replace("", "-"), "abc".replace("", "-", 2))  # expect: -a-b-c- -a-bc
print("ééé".replace("é", "e", 2), "aaa".replace("a", "aa"))  # expect: eeé aaaaaa
