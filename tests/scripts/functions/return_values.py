# Functions return None without a return statement or with a bare return, and can return tuples.
def nothing():
    x = 1
def early(x):
    if x:
        return
    return "late"
def divmod_pair(a, b):
    return a // b, a % b
print(nothing(), early(True), early(False))  # expect: None None late
q, r = divmod_pair(17, 5)
print(q, r, divmod_pair(9, 3))  # expect: 3 2 (3, 0)
