# Set displays and set() remove duplicates; small ints print in ascending order.
s = {3, 1, 2, 3, 1}
print(s, len(s))  # expect: {1, 2, 3} 3
print(set(), set([2, 2, 0]), type(s))  # expect: set() {0, 2} <class 'set'>
print(set("aab") == {"a", "b"})  # expect: True
