# An AttributeError from __getattr__ propagates with __getattr__'s message.
class Strict:
    def __getattr__(self, name):
        raise AttributeError(f"no field {name!r}")


s = Strict()
print(getattr(s, "x", "default"), hasattr(s, "x"))
s.x

# expect: default False
# expect error: AttributeError: no field 'x'
