# global lets a function rebind a module-level name.
total = 0
def add(n):
    global total
    total += n
add(5)
add(7)
print(total)  # expect: 12
def create():
    global created
    created = "made inside"
create()
print(created)  # expect: made inside
