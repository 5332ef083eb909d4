# Float floor division and modulo follow the same sign rules as ints.
print(7.5 // 2, -7.5 // 2, 7.5 // -2)  # expect: 3.0 -4.0 -4.0
print(7.5 % 2, -7.5 % 2, 7.5 % -2)  # expect: 1.5 0.5 -0.5
print(5 // 0.5, 1 % 0.25)  # expect: 10.0 0.0
print(-0.5 % 3)  # expect: 2.5
