# capitalize() title-cases the first character and lowers the rest.
print("hELLO World".capitalize())  # expect: Hello world
print("ǆemal".capitalize())  # expect: ǅemal
print("ßa".capitalize())  # expect: Ssa
print("123ABC".capitalize(), repr("".capitalize()))  # expect: 123abc ''
