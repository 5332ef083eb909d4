# Stacked decorators apply bottom-up and run top-down.
def tag(name):
    def decorate(func):
        print("decorating with", name)
        def wrapper():
            return f"<{name}>" + func() + f"</{name}>"
        return wrapper
    return decorate


@tag("b")
@tag("i")
def text():
    return "hello"


print(text())

# expect: decorating with i
# expect: decorating with b
# expect: <b><i>hello</i></b>
