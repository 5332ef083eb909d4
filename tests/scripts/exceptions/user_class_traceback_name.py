# An uncaught user exception is reported by its bare class name (the __main__ module is not shown).
class ConfigError(ValueError):
    pass


def load():
    raise ConfigError("missing key 'port'")


load()
# expect error: ConfigError: missing key 'port'
