# printf-style formatting with the % operator.
print("%d items at %.2f each" % (3, 1.5))  # expect: 3 items at 1.50 each
print("%s and %r" % ("str", "repr"))  # expect: str and 'repr'
print("%5d|%-5d|%05d" % (42, 42, 42))  # expect:    42|42   |00042
print("%x %X %o %e" % (255, 255, 8, 12345.678))  # expect: ff FF 10 1.234568e+04
print("100%% sure, %s" % "yes")  # expect: 100% sure, yes
print("%(a)s-%(b)s" % {"a": 1, "b": 2})  # expect: 1-2
