# An uncaught exception group prints its members in numbered boxes, nested groups indented.
def worker(n):
    if n == 2:
        raise KeyError(n)
    raise ValueError(f"worker {n} failed")


errors = []
for n in (1, 2):
    try:
        worker(n)
    except Exception as e:
        errors.append(e)
raise ExceptionGroup("workers", errors + [ExceptionGroup("cleanup", [OSError("disk")])])
# expect stderr:   + Exception Group Traceback (most recent call last):
# expect stderr:   |   File "<dir>/exception_group_traceback.py", line 14, in <module>
# expect stderr:   |     raise ExceptionGroup("workers", errors + [ExceptionGroup("cleanup", [OSError("disk")])])
# expect stderr:   | ExceptionGroup: workers (3 sub-exceptions)
# expect stderr:   +-+---------------- 1 ----------------
# expect stderr:     | Traceback (most recent call last):
# expect stderr:     |   File "<dir>/exception_group_traceback.py", line 11, in <module>
# expect stderr:     |     worker(n)
# expect stderr:     |   File "<dir>/exception_group_traceback.py", line 5, in worker
# expect stderr:     |     raise ValueError(f"worker {n} failed")
# expect stderr:     | ValueError: worker 1 failed
# expect stderr:     +---------------- 2 ----------------
# expect stderr:     | Traceback (most recent call last):
# expect stderr:     |   File "<dir>/exception_group_traceback.py", line 11, in <module>
# expect stderr:     |     worker(n)
# expect stderr:     |   File "<dir>/exception_group_traceback.py", line 4, in worker
# expect stderr:     |     raise KeyError(n)
# expect stderr:     | KeyError: 2
# expect stderr:     +---------------- 3 ----------------
# expect stderr:     | ExceptionGroup: cleanup (1 sub-exception)
# expect stderr:     +-+---------------- 1 ----------------
# expect stderr:       | OSError: disk
# expect stderr:       +------------------------------------
