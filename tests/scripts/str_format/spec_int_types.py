# Integer presentation types d, b, o, x, X, c, n and the conversion to float.
print("{:d} {:b} {:o} {:x} {:X} {:c} {:n}".format(42, 42, 42, 255, 255, 65, 1234))  # expect: 42 101010 52 ff FF A 1234
print("{:e} {:.2f} {:%}".format(5, 7, 1))  # expect: 5.000000e+00 7.00 100.000000%
print("{:d}".format(True), "{}".format(True), "{:5}|".format(False), "{:x}".format(True))  # expect: 1 True     0| 1
print("{:,d}".format(-(10**20)))  # expect: -100,000,000,000,000,000,000
