# An exception not handled by an inner try propagates to the outer one.
try:
    try:
        {}["missing"]
    except IndexError:
        print("inner: wrong type")
    finally:
        print("inner finally")
except KeyError as e:
    print("outer caught", e)
# expect: inner finally
# expect: outer caught 'missing'
