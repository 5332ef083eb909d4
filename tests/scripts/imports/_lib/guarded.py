# Has a __main__ guard: the guarded part runs only when it is the main script.
def double(x):
    return 2 * x


if __name__ == "__main__":
    print("guarded: running as a script")
else:
    print("guarded: imported as", __name__)
