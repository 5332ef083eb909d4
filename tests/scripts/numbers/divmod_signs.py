# divmod follows floor division: the remainder has the divisor's sign.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2), (2**70, 3), (-(2**70), 7)]:
    print(a, b, divmod(a, b), a // b, a % b)
    # expect: 7 2 (3, 1) 3 1
    # expect: -7 2 (-4, 1) -4 1
    # expect: 7 -2 (-4, -1) -4 -1
    # expect: -7 -2 (3, -1) 3 -1
    # expect: 7.5 2 (3.0, 1.5) 3.0 1.5
    # expect: -7.5 2 (-4.0, 0.5) -4.0 0.5
    # expect: 1180591620717411303424 3 (393530540239137101141, 1) 393530540239137101141 1
    # expect: -1180591620717411303424 7 (-168655945816773043347, 5) -168655945816773043347 5
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)  # expect: integer division or modulo by zero
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print(e)  # expect: float divmod()
