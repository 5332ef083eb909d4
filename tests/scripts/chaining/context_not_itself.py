# Re-raising the handled exception by name does not make it its own context.
try:
    try:
        raise ValueError("same")
    except ValueError as v:
        raise v
except ValueError as e:
    print(e.__context__)  # expect: None
