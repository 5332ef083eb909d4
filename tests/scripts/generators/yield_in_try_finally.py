# A finally around yields runs when the generator is exhausted, after the last value.
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("finally")
    yield "after finally"


for v in gen():
    print(v)
# expect: 1
# expect: 2
# expect: finally
# expect: after finally
