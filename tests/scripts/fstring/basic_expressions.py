# f-strings evaluate arbitrary expressions inside braces.
name = "world"
n = 6
print(f"hello {name}")  # expect: hello world
print(f"{n} * 7 = {n * 7}")  # expect: 6 * 7 = 42
print(f"{name.upper()} {len(name)} {[i * i for i in range(3)]}")  # expect: WORLD 5 [0, 1, 4]
print(f"{'even' if n % 2 == 0 else 'odd'}")  # expect: even
print(F"upper prefix {n}", rf"raw \n {n}")  # expect: upper prefix 6 raw \n 6
print(f"")  # expect:
