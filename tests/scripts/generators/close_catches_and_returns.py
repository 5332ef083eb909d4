# Catching GeneratorExit and returning is a clean close; raising another exception propagates it.
def polite():
    try:
        yield
    except GeneratorExit:
        print("cleaning up")
        return "ignored value"


def rude():
    try:
        yield
    except GeneratorExit:
        raise ValueError("refused")


p = polite()
next(p)
print(p.close())  # expect: cleaning up
# expect: None
r = rude()
next(r)
try:
    r.close()
except ValueError as e:
    print("close raised", e)  # expect: close raised refused
