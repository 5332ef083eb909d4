# With raise ... from None only the last traceback is printed.
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError(f"no entry for {key!r}") from None


lookup({}, "x")
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "<dir>/traceback_from_none.py", line 9, in <module>
# expect stderr:     lookup({}, "x")
# expect stderr:   File "<dir>/traceback_from_none.py", line 6, in lookup
# expect stderr:     raise LookupError(f"no entry for {key!r}") from None
# expect stderr: LookupError: no entry for 'x'
