# In nested handlers a bare raise re-raises the innermost handled exception; after it ends, the outer one.
try:
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise ValueError("inner")
        except ValueError:
            pass
        raise
except KeyError as e:
    print("re-raised:", repr(e))  # expect: re-raised: KeyError('outer')
