# Sorting is stable: equal keys keep their original order, also with reverse=True.
people = [("ann", 30), ("bob", 25), ("cid", 30), ("dan", 25), ("eve", 35)]
people.sort(key=lambda p: p[1])
print(people)  # expect: [('bob', 25), ('dan', 25), ('ann', 30), ('cid', 30), ('eve', 35)]
people.sort(key=lambda p: p[1], reverse=True)
print([p[0] for p in people])  # expect: ['eve', 'ann', 'cid', 'bob', 'dan']
