# An exception class with two exception bases is caught by either base.
class NetworkError(Exception):
    pass


class TimeoutLike(Exception):
    pass


class ReadTimeout(NetworkError, TimeoutLike):
    pass


for handler in ("net", "timeout"):
    try:
        raise ReadTimeout("slow")
    except NetworkError if handler == "net" else TimeoutLike as e:
        print(handler, type(e).__name__, e)
# expect: net ReadTimeout slow
# expect: timeout ReadTimeout slow
