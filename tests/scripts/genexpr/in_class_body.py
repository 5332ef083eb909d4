# In a class body only the first iterable sees class-level names; the rest of the expression does not.
class Config:
    names = ["a", "b"]
    upper = list(n.upper() for n in names)


print(Config.upper)  # expect: ['A', 'B']
try:
    class Broken:
        factor = 3
        values = [1, 2]
        scaled = list(v * factor for v in values)
except NameError as e:
    print(e)  # expect: name 'factor' is not defined
