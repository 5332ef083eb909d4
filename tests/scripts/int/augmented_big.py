# Repeated augmented operations cross the small/big boundary both ways.
x = 1
for _ in range(70):
    x *= 2
print(x)  # expect: 1180591620717411303424
for _ in range(68):
    x //= 2
print(x, type(x))  # expect: 4 <class 'int'>
x -= 2 ** 80
print(x)  # expect: -1208925819614629174706172
