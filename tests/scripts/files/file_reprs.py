# The class of the returned object depends on the mode, and shows in repr.
for mode, name in [("w", "t.txt"), ("r", "t.txt"), ("a+", "t.txt"), ("wb", "b.bin"), ("rb", "b.bin"), ("r+b", "b.bin"), ("ab", "b.bin")]:
    with open(name, mode) as f:
        print(mode, type(f).__name__, repr(f), f.mode)
        # expect: w TextIOWrapper <_io.TextIOWrapper name='t.txt' mode='w' encoding='UTF-8'> w
        # expect: r TextIOWrapper <_io.TextIOWrapper name='t.txt' mode='r' encoding='UTF-8'> r
        # expect: a+ TextIOWrapper <_io.TextIOWrapper name='t.txt' mode='a+' encoding='UTF-8'> a+
        # expect: wb BufferedWriter <_io.BufferedWriter name='b.bin'> wb
        # expect: rb BufferedReader <_io.BufferedReader name='b.bin'> rb
        # expect: r+b BufferedRandom <_io.BufferedRandom name='b.bin'> rb+
        # expect: ab BufferedWriter <_io.BufferedWriter name='b.bin'> ab
with open("t.txt", encoding="utf-8") as f:
    print(repr(f), f.encoding, f.errors)  # expect: <_io.TextIOWrapper name='t.txt' mode='r' encoding='utf-8'> utf-8 strict
