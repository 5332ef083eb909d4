# Doubled braces are literal braces.
print("{{}} {{{}}} {{0}}".format(5))  # expect: {} {5} {0}
print("{{{0}}}".format("x"), "}}{{".format())  # expect: {x} }{
