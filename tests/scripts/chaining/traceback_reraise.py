# A bare raise keeps the original traceback and adds the frames it passes on the way out.
def parse(s):
    return float(s)


def load(s):
    try:
        return parse(s)
    except ValueError:
        print("load failed")  # expect: load failed
        raise


load("1,5")
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "<dir>/traceback_reraise.py", line 14, in <module>
# expect stderr:     load("1,5")
# expect stderr:   File "<dir>/traceback_reraise.py", line 8, in load
# expect stderr:     return parse(s)
# expect stderr:            ^^^^^^^^
# expect stderr:   File "<dir>/traceback_reraise.py", line 3, in parse
# expect stderr:     return float(s)
# expect stderr:            ^^^^^^^^
# expect stderr: ValueError: could not convert string to float: '1,5'
