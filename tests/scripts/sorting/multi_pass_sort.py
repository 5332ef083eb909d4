# Sorting by a secondary key and then a primary key relies on stability.
people = [("ann", 30), ("bob", 25), ("cid", 30), ("dan", 25), ("eve", 35)]
people.sort(key=lambda p: p[0], reverse=True)
people.sort(key=lambda p: p[1])
print(people)  # expect: [('dan', 25), ('bob', 25), ('cid', 30), ('ann', 30), ('eve', 35)]
