# finally runs while an exception propagates up through several calls.
def inner():
    try:
        raise ValueError("deep")
    finally:
        print("inner finally")
def outer():
    try:
        inner()
    finally:
        print("outer finally")
try:
    outer()
except ValueError as e:
    print("handled", e)
# expect: inner finally
# expect: outer finally
# expect: handled deep
