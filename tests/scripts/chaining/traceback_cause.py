# raise ... from prints the cause first with "The above exception was the direct cause".
class ConfigError(Exception):
    pass


def read_port(text):
    try:
        return int(text)
    except ValueError as err:
        raise ConfigError("port must be a number") from err


read_port("eighty")
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "<dir>/traceback_cause.py", line 8, in read_port
# expect stderr:     return int(text)
# expect stderr:            ^^^^^^^^^
# expect stderr: ValueError: invalid literal for int() with base 10: 'eighty'
# expect stderr:
# expect stderr: The above exception was the direct cause of the following exception:
# expect stderr:
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "<dir>/traceback_cause.py", line 13, in <module>
# expect stderr:     read_port("eighty")
# expect stderr:   File "<dir>/traceback_cause.py", line 10, in read_port
# expect stderr:     raise ConfigError("port must be a number") from err
# expect stderr: ConfigError: port must be a number
