# str(e) of a caught error has no suggestion; only the printed traceback adds it; and
# a failed delete gets none either.
class A:
    def __init__(self): self.value = 1
try:
    A().valeu
except AttributeError as e:
    print(e)
try:
    lenn
except NameError as e:
    print(e, e.name)
del A().vale
# expect: 'A' object has no attribute 'valeu'
# expect: name 'lenn' is not defined lenn
# expect error: AttributeError: 'A' object has no attribute 'vale'
