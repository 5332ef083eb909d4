# A module with a module-level __getattr__ (PEP 562) for names it does not define.
defined = "defined"


def __getattr__(name):
    if name.startswith("auto_"):
        return name[5:].upper()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
