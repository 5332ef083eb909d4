# abs of ints, floats and big ints.
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0))  # expect: 5 5 2.5 0 0.0
print(abs(-(2 ** 100)), abs(float("-inf")), abs(True))  # expect: 1267650600228229401496703205376 inf 1
