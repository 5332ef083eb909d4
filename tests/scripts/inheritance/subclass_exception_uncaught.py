# An uncaught user exception prints its class name and message.
class AppError(Exception):
    pass


class ConfigError(AppError):
    pass


def load():
    raise ConfigError("missing key 'port'")


load()

# expect error: ConfigError: missing key 'port'
