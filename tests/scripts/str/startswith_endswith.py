# startswith and endswith take a string or a tuple of strings.
name = "report.csv"
print(name.startswith("rep"), name.endswith(".csv"), name.endswith(".txt"))  # expect: True True False
print(name.endswith((".txt", ".csv")), name.startswith(("a", "b")))  # expect: True False
print(name.startswith("port", 2), "".startswith(""))  # expect: True True
