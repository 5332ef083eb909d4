# __new__ returning an existing instance makes a singleton; __init__ still runs each time.
class Config:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            print("creating")
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self):
        print("init")


a = Config()
b = Config()
print(a is b)

# expect: creating
# expect: init
# expect: init
# expect: True
