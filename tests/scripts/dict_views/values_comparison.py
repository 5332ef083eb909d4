# values() views compare by identity only; keys views compare as sets.
d = {"a": 1}
print(d.values() == d.values(), d.keys() == d.keys(), d.items() == {"a": 1}.items())  # expect: False True True
print(1 in d.values(), 2 in d.values(), list(d.values()) == [1])  # expect: True False True
