# An error in an except block prints the first traceback, the "During handling" line, then the second.
def cleanup():
    return undefined_name


try:
    [1, 2][10]
except IndexError:
    cleanup()
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "<dir>/traceback_context.py", line 7, in <module>
# expect stderr:     [1, 2][10]
# expect stderr:     ~~~~~~^^^^
# expect stderr: IndexError: list index out of range
# expect stderr:
# expect stderr: During handling of the above exception, another exception occurred:
# expect stderr:
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "<dir>/traceback_context.py", line 9, in <module>
# expect stderr:     cleanup()
# expect stderr:   File "<dir>/traceback_context.py", line 3, in cleanup
# expect stderr:     return undefined_name
# expect stderr:            ^^^^^^^^^^^^^^
# expect stderr: NameError: name 'undefined_name' is not defined
