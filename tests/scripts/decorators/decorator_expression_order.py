# Decorator expressions are evaluated top to bottom before the def, and applied bottom to top.
def make(label):
    print("evaluate", label)
    def deco(f):
        print("apply", label)
        return f
    return deco


@make("first")
@make("second")
def f():
    pass


print("done")

# expect: evaluate first
# expect: evaluate second
# expect: apply second
# expect: apply first
# expect: done
