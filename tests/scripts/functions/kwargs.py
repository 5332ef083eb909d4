# **kwargs collects extra keyword arguments into a dict, in call order.
def show(**kwargs):
    return kwargs
print(show(b=2, a=1, c=3))  # expect: {'b': 2, 'a': 1, 'c': 3}
print(show())  # expect: {}
def tag(name, **attrs):
    parts = [name] + [f'{k}="{v}"' for k, v in attrs.items()]
    return "<" + " ".join(parts) + ">"
print(tag("a", href="/x", id=3))  # expect: <a href="/x" id="3">
