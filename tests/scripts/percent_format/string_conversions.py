# %s %r %a %c with width and precision.
print("[%5s][%-5s][%.2s][%5.1s]" % ("ab", "ab", "abcd", "xyz"))  # expect: [   ab][ab   ][ab][    x]
print("%r %a %s" % ("é", "é", "é"), "%a" % (["ü"],))  # expect: 'é' '\xe9' é ['\xfc']
print("%c%c%c" % (72, "i", 0x1F600), "[%3c][%-3c]" % ("x", "y"))  # expect: Hi😀 [  x][y  ]
