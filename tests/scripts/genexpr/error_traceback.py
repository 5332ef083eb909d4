# An error inside a generator expression shows its <genexpr> frame underlined as CPython does.
values = [2, 1, 0]
total = sum(10 // v for v in values)
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "<dir>/error_traceback.py", line 3, in <module>
# expect stderr:     total = sum(10 // v for v in values)
# expect stderr:             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^
# expect stderr:   File "<dir>/error_traceback.py", line 3, in <genexpr>
# expect stderr:     total = sum(10 // v for v in values)
# expect stderr:                 ~~~^^~~
# expect stderr: ZeroDivisionError: integer division or modulo by zero
