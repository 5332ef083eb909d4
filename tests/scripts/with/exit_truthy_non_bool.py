# Any truthy __exit__ result suppresses, e.g. 1 or a non-empty string.
class Yes:
    def __enter__(self):
        pass

    def __exit__(self, *a):
        return "yes"


with Yes():
    1 / 0
print("suppressed")

# expect: suppressed
