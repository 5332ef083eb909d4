# A generator failing while its consumer handles an exception prints both tracebacks.
def items():
    yield 1
    raise KeyError("gen")


it = items()
next(it)
try:
    raise ValueError("consumer")
except ValueError:
    next(it)
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "<dir>/traceback_in_generator_context.py", line 10, in <module>
# expect stderr:     raise ValueError("consumer")
# expect stderr: ValueError: consumer
# expect stderr:
# expect stderr: During handling of the above exception, another exception occurred:
# expect stderr:
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "<dir>/traceback_in_generator_context.py", line 12, in <module>
# expect stderr:     next(it)
# expect stderr:   File "<dir>/traceback_in_generator_context.py", line 4, in items
# expect stderr:     raise KeyError("gen")
# expect stderr: KeyError: 'gen'
