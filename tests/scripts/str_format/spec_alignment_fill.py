# Alignment, fill characters and the '=' alignment for numbers.
print("[{:<6}][{:>6}][{:^6}][{:^7}]".format("ab", "ab", "ab", "ab"))  # expect: [ab    ][    ab][  ab  ][  ab   ]
print("[{:*<6}][{:é>6}][{:0^6}]".format("ab", "ab", "ab"))  # expect: [ab****][ééééab][00ab00]
print("[{:=+8}][{:=8}][{:08}][{:<08}]".format(42, -42, -42, 42))  # expect: [+     42][-     42][-0000042][42000000]
print("[{:>8.3f}][{:^+9.2e}]".format(3.14159, 1234.5))  # expect: [   3.142][+1.23e+03]
