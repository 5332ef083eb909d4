# An exception raised in the else clause is not handled by the same try's except clauses.
try:
    try:
        pass
    except ValueError:
        print("wrong handler")
    else:
        raise ValueError("from else")
except ValueError as e:
    print("outer:", e)  # expect: outer: from else
