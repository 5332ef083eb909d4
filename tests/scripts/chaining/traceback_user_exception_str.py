# The last line of an uncaught user exception uses its __str__; an empty str prints the name alone.
class Quiet(Exception):
    def __str__(self):
        return ""


class Loud(Exception):
    def __str__(self):
        return "LOUD: " + self.args[0]


try:
    raise Quiet("hidden")
except Quiet as q:
    print(repr(str(q)))  # expect: ''
raise Loud("disk")
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "<dir>/traceback_user_exception_str.py", line 16, in <module>
# expect stderr:     raise Loud("disk")
# expect stderr: Loud: LOUD: disk
