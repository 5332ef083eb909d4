# split and rsplit with a separator and a maximum number of splits.
s = "a,b,c,d"
print(s.split(",", 1), s.split(",", 2), s.split(",", 0), s.split(",", -1))  # expect: ['a', 'b,c,d'] ['a', 'b', 'c,d'] ['a,b,c,d'] ['a', 'b', 'c', 'd']
print(s.rsplit(",", 1), s.rsplit(",", 2), s.rsplit(",", 0))  # expect: ['a,b,c', 'd'] ['a,b', 'c', 'd'] ['a,b,c,d']
print("a,,b,".split(","), ",".split(","), "".split(","))  # expect: ['a', '', 'b', ''] ['', ''] ['']
print(s.split(sep=",", maxsplit=1), s.rsplit(maxsplit=1, sep=","))  # expect: ['a', 'b,c,d'] ['a,b,c', 'd']
