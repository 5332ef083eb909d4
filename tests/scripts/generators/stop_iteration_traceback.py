# The uncaught RuntimeError of PEP 479 prints the StopIteration first, as its direct cause.
def inner():
    yield 1
    raise StopIteration("oops")


def outer():
    yield from inner()


for x in outer():
    pass
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "<dir>/stop_iteration_traceback.py", line 4, in inner
# expect stderr:     raise StopIteration("oops")
# expect stderr: StopIteration: oops
# expect stderr:
# expect stderr: The above exception was the direct cause of the following exception:
# expect stderr:
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "<dir>/stop_iteration_traceback.py", line 11, in <module>
# expect stderr:     for x in outer():
# expect stderr:   File "<dir>/stop_iteration_traceback.py", line 8, in outer
# expect stderr:     yield from inner()
# expect stderr: RuntimeError: generator raised StopIteration
