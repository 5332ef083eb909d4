# A metaclass other than type is outside the subset: a clear TypeError, not silent misbehaviour.
# skip python: metaclasses are out of scope in gilt (CPython runs this and prints "created A")
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("created", name)
        return super().__new__(mcls, name, bases, ns)


class A(metaclass=Meta):
    pass
# expect error: TypeError: metaclasses are not supported
