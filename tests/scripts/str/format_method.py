# str.format with automatic, numbered and named fields and format specs.
print("{} + {} = {}".format(1, 2, 3))  # expect: 1 + 2 = 3
print("{1} {0} {1}".format("a", "b"))  # expect: b a b
print("{name} is {age}".format(name="Ann", age=30))  # expect: Ann is 30
print("{:>5}|{:<5}|{:^5}|".format("r", "l", "c"))  # expect:     r|l    |  c  |
print("{:.2f} {:5d} {:x}".format(3.14159, 42, 255))  # expect: 3.14    42 ff
print("{0[1]} {1[k]}".format([10, 20], {"k": "v"}))  # expect: 20 v
print("{{literal}} {}".format("x"))  # expect: {literal} x
print("{!r} {!s}".format("q", "q"))  # expect: 'q' q
