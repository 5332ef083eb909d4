# raise ... from works outside any except block too; there is then no context.
cause = OSError("disk")
try:
    raise RuntimeError("wrapped") from cause
except RuntimeError as e:
    print(e.__cause__ is cause, e.__context__)  # expect: True None
