# Negative zero prints with its sign but compares equal to zero.
z = -0.0
print(z, 0.0 == z, z < 0)  # expect: -0.0 True False
print(0.0 * -1, -0.0 + 0.0)  # expect: -0.0 0.0
print(abs(-0.0))  # expect: 0.0
