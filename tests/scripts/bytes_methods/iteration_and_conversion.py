# Iterating over bytes yields ints; bytes are hashable and immutable.
b = b"\x00\x01AB"
print(list(b), tuple(b), [x for x in b"hi"], sorted(b"cba"), max(b"abc"), sum(b"\x01\x02"))  # expect: [0, 1, 65, 66] (0, 1, 65, 66) [104, 105] [97, 98, 99] 99 3
print({b"k": 1}[b"k"], hash(b"x") == hash(b"x"), int(b"12"), float(b"1.5"))  # expect: 1 True 12 1.5
try:
    b"abc"[0] = 1
except TypeError as e:
    print(e)  # expect: 'bytes' object does not support item assignment
