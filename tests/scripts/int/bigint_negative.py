# Negative big integers, with floor division and modulo sign rules.
a = -(2 ** 100)
print(a)  # expect: -1267650600228229401496703205376
print(a // 7, a % 7)  # expect: -181092942889747057356671886483 5
print(a // -7, a % -7)  # expect: 181092942889747057356671886482 -2
print(abs(a) == 2 ** 100, -a > 0)  # expect: True True
print(a + 2 ** 100)  # expect: 0
