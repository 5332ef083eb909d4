# swapcase() swaps upper and lower case, leaving title-case letters alone.
print("Hello World".swapcase())  # expect: hELLO wORLD
print("ǅ".swapcase(), "ß".swapcase(), "ΣΑΣ".swapcase())  # expect: ǅ SS σας
print("éÉ".swapcase())  # expect: Éé
