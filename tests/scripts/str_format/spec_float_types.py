# Float presentation types e, f, g, % and the default.
x = 12345.6789
print("{:e} {:.2E} {:f} {:.1f} {:g} {:.3g} {:G}".format(x, x, x, x, x, x, 1e-10))  # expect: 1.234568e+04 1.23E+04 12345.678900 12345.7 12345.7 1.23e+04 1E-10
print("{:%} {:.1%} {:.0%}".format(0.25, 0.3333, 1))  # expect: 25.000000% 33.3% 100%
print("{} {:.3} {:10.4}|".format(1e16, 1234.5678, 0.000012345))  # expect: 1e+16 1.23e+03  1.234e-05|
print("{:f} {:F} {:e} {:g}".format(float("inf"), float("nan"), float("-inf"), -0.0))  # expect: inf NAN -inf -0
print("{:z.1f} {:z.2f}".format(-0.04, 0.001))  # expect: 0.0 0.00
