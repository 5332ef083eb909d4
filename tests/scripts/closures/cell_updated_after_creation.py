# A closure sees later assignments to the enclosing variable.
def outer():
    x = 1
    def show():
        return x
    x = 2
    return show
print(outer()())  # expect: 2
