# Values must be bytes in range(256).
ba = bytearray(b"a")
for call in [lambda: ba.append(256), lambda: ba.append("a"), lambda: ba.extend(5), lambda: ba.extend([1, 300]),
             lambda: ba.extend("ab"), lambda: ba.insert(0, -1), lambda: ba.remove(9), lambda: ba.pop(5), lambda: bytearray().pop()]:
    try:
        call()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
        # expect: ValueError byte must be in range(0, 256)
        # expect: TypeError 'str' object cannot be interpreted as an integer
        # expect: TypeError can't extend bytearray with int
        # expect: ValueError byte must be in range(0, 256)
        # expect: TypeError 'str' object cannot be interpreted as an integer
        # expect: ValueError byte must be in range(0, 256)
        # expect: ValueError value not found in bytearray
        # expect: IndexError pop index out of range
        # expect: IndexError pop from empty bytearray
print(ba)  # expect: bytearray(b'a')
