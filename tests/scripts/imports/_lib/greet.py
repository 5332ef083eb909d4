# A plain helper module for the import tests.
NAME = "greet"


def hello(who):
    return f"hello, {who}"


def whoami():
    return __name__
