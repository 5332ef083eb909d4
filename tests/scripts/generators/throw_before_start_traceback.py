# The traceback of an exception thrown into an unstarted generator shows the generator at its def line.
def gen():
    yield 1


g = gen()
g.throw(KeyError("k"))
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "<dir>/throw_before_start_traceback.py", line 7, in <module>
# expect stderr:     g.throw(KeyError("k"))
# expect stderr:   File "<dir>/throw_before_start_traceback.py", line 2, in gen
# expect stderr:     def gen():
# expect stderr: KeyError: 'k'
