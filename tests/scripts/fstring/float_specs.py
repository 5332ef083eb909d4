# Float format specs: width, precision, alignment, exponent and percent.
x = 3.14159265
print(f"[{x:>10.3f}]")  # expect: [     3.142]
print(f"[{x:<10.2f}]", f"[{x:^9.1f}]")  # expect: [3.14      ] [   3.1   ]
print(f"{x:.0f} {2.5:.0f} {3.5:.0f}")  # expect: 3 2 4
print(f"{12345.678:e} {12345.678:.2E}")  # expect: 1.234568e+04 1.23E+04
print(f"{0.256:%} {0.256:.1%}")  # expect: 25.600000% 25.6%
print(f"{x:g} {1e-7:g} {123456789.0:g}")  # expect: 3.14159 1e-07 1.23457e+08
print(f"{x:+.2f} {-x:.2f} {x: .2f}")  # expect: +3.14 -3.14  3.14
