# Class attributes are shared until an instance assignment shadows them.
class Config:
    debug = False
    level = 1


a = Config()
b = Config()
print(a.debug, b.debug)
a.debug = True
print(a.debug, b.debug, Config.debug)
Config.level = 5
print(a.level, b.level)
del a.debug
print(a.debug)
print("debug" in a.__dict__, "level" in Config.__dict__)

# expect: False False
# expect: True False False
# expect: 5 5
# expect: False
# expect: False True
