# Clearing __suppress_context__ after "from None" brings the context back into the printout.
try:
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("replacement") from None
except ValueError as e:
    e.__suppress_context__ = False
    err = e
raise err
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "<dir>/traceback_context_unsuppressed.py", line 4, in <module>
# expect stderr:     {}["missing"]
# expect stderr:     ~~^^^^^^^^^^^
# expect stderr: KeyError: 'missing'
# expect stderr:
# expect stderr: During handling of the above exception, another exception occurred:
# expect stderr:
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "<dir>/traceback_context_unsuppressed.py", line 10, in <module>
# expect stderr:     raise err
# expect stderr:   File "<dir>/traceback_context_unsuppressed.py", line 6, in <module>
# expect stderr:     raise ValueError("replacement") from None
# expect stderr: ValueError: replacement
