# A class decorator may return something other than the class.
def instantiate(cls):
    return cls()


@instantiate
class config:
    debug = True

    def show(self):
        return "debug=" + str(self.debug)


print(config.show(), type(config).__name__)

# expect: debug=True config
