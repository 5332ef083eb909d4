# % with a tuple supplies one value per conversion.
print("%s is %d years, %.1f%%" % ("Ann", 30, 99.5))  # expect: Ann is 30 years, 99.5%
print("%s" % (1,), "%s" % ((1, 2),), "%r" % ("x",), "%s %s" % ("a", [1]))  # expect: 1 (1, 2) 'x' a [1]
print("%s" % "plain", "%d" % 7, "%s" % None)  # expect: plain 7 None
