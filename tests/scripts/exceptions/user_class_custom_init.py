# A custom __init__ that calls super().__init__ with fewer args sets args to what was passed up.
class HttpError(Exception):
    def __init__(self, status, reason):
        super().__init__(f"{status} {reason}")
        self.status = status
        self.reason = reason


e = HttpError(404, "Not Found")
print(e.args)  # expect: ('404 Not Found',)
print(e)  # expect: 404 Not Found
print(repr(e))  # expect: HttpError('404 Not Found')
print(e.status, e.reason)  # expect: 404 Not Found
try:
    raise HttpError(500, "Oops")
except HttpError as err:
    print(err.status, err)  # expect: 500 500 Oops
