# A return in finally replaces the try block's return value and swallows a pending exception.
def value():
    try:
        return "try"
    finally:
        return "finally"


def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"


def order(log):
    try:
        log.append("body")
        return log
    finally:
        log.append("finally")


print(value())  # expect: finally
print(swallow())  # expect: swallowed
print(order([]))  # expect: ['body', 'finally']
