# else runs only when the try block raised nothing.
def attempt(d, k):
    try:
        v = d[k]
    except KeyError:
        print("missing", k)
    else:
        print("found", v)
attempt({"a": 1}, "a")  # expect: found 1
attempt({"a": 1}, "b")  # expect: missing b
