# A bare raise in a function called from an except block re-raises the caller's handled exception.
def reraise():
    raise


try:
    try:
        int("q")
    except ValueError:
        reraise()
except ValueError as e:
    print("got", e)  # expect: got invalid literal for int() with base 10: 'q'
