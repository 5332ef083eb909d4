# contextlib.suppress, closing, nullcontext, redirect_stdout and ExitStack.
import contextlib, sys
with contextlib.suppress(KeyError, IndexError):
    [][1]
print("suppressed")
try:
    with contextlib.suppress(KeyError):
        int("x")
except ValueError as e:
    print("not suppressed:", e)
class Conn:
    def __init__(self, name): self.name = name
    def close(self): print("closed", self.name)
with contextlib.closing(Conn("db")) as c:
    print("using", c.name)
with contextlib.nullcontext(42) as v:
    print(v)
class Buffer:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def flush(self): pass
buf = Buffer()
with contextlib.redirect_stdout(buf):
    print("hidden", 1)
print("captured:", "".join(buf.parts).strip())
class Res:
    def __init__(self, n): self.n = n
    def __enter__(self): print("open", self.n); return self
    def __exit__(self, *exc): print("close", self.n, exc[0].__name__ if exc[0] else None)
with contextlib.ExitStack() as stack:
    rs = [stack.enter_context(Res(i)) for i in range(3)]
    stack.callback(print, "callback ran")
    print("inside with", len(rs))
try:
    with contextlib.ExitStack() as stack:
        stack.enter_context(Res("a"))
        raise KeyError("boom")
except KeyError as e:
    print("exit stack propagated", e)
stack = contextlib.ExitStack()
stack.enter_context(Res("late"))
moved = stack.pop_all()
stack.close()
moved.close()
try:
    contextlib.ExitStack().enter_context(5)
except TypeError as e:
    print(e)
# expect: suppressed
# expect: not suppressed: invalid literal for int() with base 10: 'x'
# expect: using db
# expect: closed db
# expect: 42
# expect: captured: hidden 1
# expect: open 0
# expect: open 1
# expect: open 2
# expect: inside with 3
# expect: callback ran
# expect: close 2 None
# expect: close 1 None
# expect: close 0 None
# expect: open a
# expect: close a KeyError
# expect: exit stack propagated 'boom'
# expect: open late
# expect: close late None
# expect: 'builtins.int' object does not support the context manager protocol
