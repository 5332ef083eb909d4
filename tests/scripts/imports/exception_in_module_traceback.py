# An exception raised while importing shows the importer's and the module's frames.
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/_lib")
import raiser
# expect: raiser starts
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "<dir>/exception_in_module_traceback.py", line 5, in <module>
# expect stderr:     import raiser
# expect stderr:   File "<dir>/_lib/raiser.py", line 9, in <module>
# expect stderr:     fail()
# expect stderr:   File "<dir>/_lib/raiser.py", line 6, in fail
# expect stderr:     raise ValueError("raiser cannot load")
# expect stderr: ValueError: raiser cannot load
