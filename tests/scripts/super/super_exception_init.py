# An exception subclass passes its message to Exception.__init__ via super().
class HttpError(Exception):
    def __init__(self, status, reason):
        super().__init__(f"{status} {reason}")
        self.status = status


e = HttpError(404, "Not Found")
print(e, e.args, e.status, repr(e))

# expect: 404 Not Found ('404 Not Found',) 404 HttpError('404 Not Found')
