# Many lines of output in a loop.
for i in range(1, 21):
    print("*" * i if i % 5 == 0 else i)
# expect: 1
# expect: 2
# expect: 3
# expect: 4
# expect: *****
# expect: 6
# expect: 7
# expect: 8
# expect: 9
# expect: **********
# expect: 11
# expect: 12
# expect: 13
# expect: 14
# expect: ***************
# expect: 16
# expect: 17
# expect: 18
# expect: 19
# expect: ********************
