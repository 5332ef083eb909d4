# A class attribute typo on the class object itself.
class Config:
    DEBUG = False
    VERBOSE = True
print(Config.debug)
# expect error: AttributeError: type object 'Config' has no attribute 'debug'
