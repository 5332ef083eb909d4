# expandtabs, and str.index-based parsing of simple records.
print("a\tb\tc".expandtabs(4))  # expect: a   b   c
record = "name:Ann;age:30"
fields = {}
for item in record.split(";"):
    key, value = item.split(":")
    fields[key] = value
print(fields)  # expect: {'name': 'Ann', 'age': '30'}
