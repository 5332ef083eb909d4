# object.__format__ accepts only an empty spec.
class A:
    def __str__(self):
        return "a"


print(format(A()), f"{A()}", "{}".format(A()))
f"{A():>10}"

# expect: a a a
# expect error: TypeError: unsupported format string passed to A.__format__
