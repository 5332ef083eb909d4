# + concatenates strings and * repeats them.
print("ab" + "cd")  # expect: abcd
print("ab" * 3, 3 * "xy")  # expect: ababab xyxyxy
print(repr("ab" * 0), repr("ab" * -2))  # expect: '' ''
s = "a"
s += "b"
s *= 2
print(s)  # expect: abab
