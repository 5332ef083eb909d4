# Sign options and the alternate form.
print("{:+d} {:+d} {: d} {: d} {:-d}".format(5, -5, 5, -5, 5))  # expect: +5 -5  5 -5 5
print("{:#x} {:#X} {:#o} {:#b} {:#g} {:#.0f}".format(255, 255, 8, 5, 1.0, 3.0))
# expect: 0xff 0XFF 0o10 0b101 1.00000 3.
print("{:x} {:o} {:b} {:X}".format(-255, -8, -5, 3054))  # expect: -ff -10 -101 BEE
