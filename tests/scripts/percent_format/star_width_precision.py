# * takes the width or precision from the arguments.
print("[%*d][%-*d][%*s]" % (5, 42, 4, 7, -4, "a"))  # expect: [   42][7   ][a   ]
print("[%.*f][%*.*f]" % (2, 3.14159, 8, 3, 2.71828))  # expect: [3.14][   2.718]
print("[%.*s]" % (3, "abcdef"))  # expect: [abc]
