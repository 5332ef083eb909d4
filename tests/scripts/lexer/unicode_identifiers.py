# Identifiers may contain non-ASCII letters.
café = "coffee"
größe = 3
π = 3.14159
print(café, größe, π)  # expect: coffee 3 3.14159
