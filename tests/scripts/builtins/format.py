# format() applies a format spec to a value.
print(format(3.14159, ".2f"), format(42, "05d"), format(255, "x"), format(255, "#b"))  # expect: 3.14 00042 ff 0b11111111
print(format(1234567, ","), format("s", ">3"), format(0.5, "%"))  # expect: 1,234,567   s 50.000000%
print(format(12), format(1.5), format("plain"))  # expect: 12 1.5 plain
