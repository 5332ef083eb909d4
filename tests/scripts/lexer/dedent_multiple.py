# Several blocks can close at once with one dedent.
def f(n):
    for i in range(n):
        if i % 2:
            if i > 2:
                print("odd big", i)
    print("done")

f(6)
# expect: odd big 3
# expect: odd big 5
# expect: done
