# Future repr shows its state and, when finished, the result's or exception's type.
import concurrent.futures as cf
f = cf.Future()
print(repr(f).split(" state=")[1])
f.set_result([1])
print(repr(f).split(" state=")[1])
g = cf.Future()
g.set_exception(KeyError("k"))
print(repr(g).split(" state=")[1])
try:
    g.set_result(1)
except cf.InvalidStateError:
    print("InvalidStateError")
# expect: pending>
# expect: finished returned list>
# expect: finished raised KeyError>
# expect: InvalidStateError
