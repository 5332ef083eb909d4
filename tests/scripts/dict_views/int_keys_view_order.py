# Set results of view operations on small ints print in CPython's table order.
d = {3: "c", 1: "a", 2: "b", 10: "j"}
print(d.keys() | {20, 5}, d.keys() & {1, 10, 99}, d.keys() - {3}, d.keys() ^ {2, 30})  # expect: {1, 2, 3, 20, 5, 10} {1, 10} {10, 1, 2} {1, 3, 10, 30}
