# Big and small integers mix freely, and results shrink back to small values.
big = 10 ** 30
print(big + 1)  # expect: 1000000000000000000000000000001
print(big * 3 - big * 2 == big)  # expect: True
print(big // 10 ** 29, type(big // 10 ** 29))  # expect: 10 <class 'int'>
print(big - (big - 5))  # expect: 5
print(big > 2 ** 64, 5 < big, -big < -5)  # expect: True True True
print(9223372036854775807 + 1)  # expect: 9223372036854775808
print(-9223372036854775808 - 1)  # expect: -9223372036854775809
print(4611686018427387904 * 4)  # expect: 18446744073709551616
