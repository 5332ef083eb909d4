# bytes concatenate and repeat; bytes and bytearray compare by content.
print(b"a" + b"b", b"ab" * 2, 2 * b"x", b"a" + bytearray(b"b"), bytearray(b"a") + b"b")  # expect: b'ab' b'abab' b'xx' b'ab' bytearray(b'ab')
print(b"a" < b"b", b"ab" < b"b", b"a" == bytearray(b"a"), b"a" == "a", b"abc" >= b"abc")  # expect: True True True False True
for call in [lambda: b"a" + "b", lambda: b"a" < "a", lambda: b"a" * "b"]:
    try:
        call()
    except TypeError as e:
        print(e)
        # expect: can't concat str to bytes
        # expect: '<' not supported between instances of 'bytes' and 'str'
        # expect: can't multiply sequence by non-int of type 'str'
