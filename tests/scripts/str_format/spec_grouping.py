# Thousands separators: ',' and '_' (every four digits for hex and binary).
print("{:,} {:_} {:,.2f} {:_x} {:_b}".format(1234567, 1234567, 9876543.219, 0xDEADBEEF, 255))  # expect: 1,234,567 1_234_567 9,876,543.22 dead_beef 1111_1111
print("{:012,} {:>12,}| {:,}".format(1234567, 1234, -1234.5))  # expect: 0,001,234,567        1,234| -1,234.5
try:
    "{:,s}".format("x")
except ValueError as e:
    print(e)  # expect: Cannot specify ',' with 's'.
try:
    "{:,_}".format(1)
except ValueError as e:
    print(e)  # expect: Cannot specify both ',' and '_'.
