# str.split with and without a separator, with maxsplit, and rsplit.
print("a,b,,c".split(","))  # expect: ['a', 'b', '', 'c']
print("a b  c".split(" "))  # expect: ['a', 'b', '', 'c']
print("one two three".split(maxsplit=1))  # expect: ['one', 'two three']
print("a-b-c-d".split("-", 2))  # expect: ['a', 'b', 'c-d']
print("a-b-c-d".rsplit("-", 1))  # expect: ['a-b-c', 'd']
print("abc".split("abc"), "".split(","))  # expect: ['', ''] ['']
print("a::b::c".split("::"))  # expect: ['a', 'b', 'c']
