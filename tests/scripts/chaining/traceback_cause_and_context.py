# An uncaught chain of three exceptions prints both chaining headers, oldest first.
def parse(text):
    return int(text)


def load(text):
    try:
        return parse(text)
    except ValueError as err:
        raise KeyError(text) from err


def main():
    try:
        load("x1")
    except KeyError:
        cleanup = {}["missing"]


main()
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "<dir>/traceback_cause_and_context.py", line 8, in load
# expect stderr:     return parse(text)
# expect stderr:            ^^^^^^^^^^^
# expect stderr:   File "<dir>/traceback_cause_and_context.py", line 3, in parse
# expect stderr:     return int(text)
# expect stderr:            ^^^^^^^^^
# expect stderr: ValueError: invalid literal for int() with base 10: 'x1'
# expect stderr:
# expect stderr: The above exception was the direct cause of the following exception:
# expect stderr:
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "<dir>/traceback_cause_and_context.py", line 15, in main
# expect stderr:     load("x1")
# expect stderr:   File "<dir>/traceback_cause_and_context.py", line 10, in load
# expect stderr:     raise KeyError(text) from err
# expect stderr: KeyError: 'x1'
# expect stderr:
# expect stderr: During handling of the above exception, another exception occurred:
# expect stderr:
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "<dir>/traceback_cause_and_context.py", line 20, in <module>
# expect stderr:     main()
# expect stderr:   File "<dir>/traceback_cause_and_context.py", line 17, in main
# expect stderr:     cleanup = {}["missing"]
# expect stderr:               ~~^^^^^^^^^^^
# expect stderr: KeyError: 'missing'
