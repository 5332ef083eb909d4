# Reads of a class attribute through instances see every update of the class attribute.
class Settings:
    level = 1


def read(o):
    return o.level


s = Settings()
values = []
for i in range(3):
    values.append(read(s))
    Settings.level += 10
s.level = "own"
values.append(read(s))
del s.level
values.append(read(s))
print(values)

# expect: [1, 11, 21, 'own', 31]
