# Dicts of dicts and lists, built and read step by step.
db = {}
db.setdefault("ann", {})["age"] = 30
db.setdefault("ann", {})["langs"] = ["py"]
db["bob"] = {"age": 25, "langs": []}
db["bob"]["langs"].append("c")
print(db)  # expect: {'ann': {'age': 30, 'langs': ['py']}, 'bob': {'age': 25, 'langs': ['c']}}
print(db["ann"]["langs"][0])  # expect: py
