# return from inside a for loop over another generator runs the finally and ends the outer generator.
def numbers():
    yield from range(5)


def until_two():
    for v in numbers():
        try:
            if v == 2:
                return "stopped"
            yield v
        finally:
            print("finally", v)


print(list(until_two()))
# expect: finally 0
# expect: finally 1
# expect: finally 2
# expect: [0, 1]
