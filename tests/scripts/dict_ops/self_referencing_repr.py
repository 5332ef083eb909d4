# A dict that contains itself prints {...}.
d = {}
d["self"] = d
d["x"] = [d]
print(d)  # expect: {'self': {...}, 'x': [{...}]}
