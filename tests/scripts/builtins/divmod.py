# divmod returns floor quotient and remainder together.
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))  # expect: (3, 2) (-4, 3) (-4, -3) (3, -2)
print(divmod(7.5, 2), divmod(2 ** 70, 10 ** 10))  # expect: (3.0, 1.5) (118059162071, 7411303424)
