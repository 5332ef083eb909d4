# pop removes by index (default last) and returns the item; remove deletes the first match.
a = [10, 20, 30, 20, 40]
print(a.pop(), a)  # expect: 40 [10, 20, 30, 20]
print(a.pop(0), a)  # expect: 10 [20, 30, 20]
print(a.pop(-2), a)  # expect: 30 [20, 20]
a.remove(20)
print(a)  # expect: [20]
try:
    a.remove(99)
except ValueError as e:
    print(e)  # expect: list.remove(x): x not in list
try:
    [].pop()
except IndexError as e:
    print(e)  # expect: pop from empty list
