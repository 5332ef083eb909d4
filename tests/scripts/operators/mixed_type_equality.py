# Equality between unrelated types is False, never an error.
print(1 == "1", [1] == (1,), None == 0, "" == [], {} == [])  # expect: False False False False False
print(1 != "1", 0 == 0.0, 0 == False)  # expect: True True True
