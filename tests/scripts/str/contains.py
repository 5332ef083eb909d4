# The in and not in operators test for substrings.
print("ell" in "hello", "xyz" in "hello", "" in "abc")  # expect: True False True
print("H" not in "hello", "h" not in "hello")  # expect: True False
