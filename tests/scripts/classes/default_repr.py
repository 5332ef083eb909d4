# The default repr of an instance names the module and class; str falls back to it.
class Thing:
    pass


t = Thing()
r = repr(t)
print(r.startswith("<__main__.Thing object at 0x"), r.endswith(">"))
print(str(t) == r, f"{t}" == r)

# expect: True True
# expect: True True
