# finally runs whether or not an exception occurred, and after the except clause.
def run(fail):
    try:
        print("try")
        if fail:
            int("x")
    except ValueError:
        print("except")
    else:
        print("else")
    finally:
        print("finally")
run(False)
# expect: try
# expect: else
# expect: finally
run(True)
# expect: try
# expect: except
# expect: finally
