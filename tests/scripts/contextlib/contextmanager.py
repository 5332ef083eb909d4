# contextlib.contextmanager: setup/teardown around the with body, exceptions thrown in.
from contextlib import contextmanager
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("p") as t:
    print("body", t)
try:
    with tag("div"):
        raise ValueError("inside")
except ValueError as e:
    print("propagated", e)
@contextmanager
def swallow(kind):
    try:
        yield
    except kind as e:
        print("swallowed", type(e).__name__, e)
with swallow(KeyError):
    {}["missing"]
print("after swallow")
@contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
    except Exception:
        log.append("rollback")
        raise
    else:
        log.append("commit")
log = []
with transaction(log):
    log.append("work")
try:
    with transaction(log):
        1 / 0
except ZeroDivisionError:
    pass
print(log)
@contextmanager
def never_yields():
    if False:
        yield
try:
    with never_yields():
        pass
except RuntimeError as e:
    print(e)
@contextmanager
def yields_twice():
    yield 1
    yield 2
try:
    with yields_twice():
        pass
except RuntimeError as e:
    print(e)
@contextmanager
def keeps_going():
    try:
        yield
    except ValueError:
        yield
try:
    with keeps_going():
        raise ValueError
except RuntimeError as e:
    print(e)
@tag("decorated")
def work():
    print("working")
work()
work()
print(tag.__name__, type(tag("x")).__name__)
# expect: <p>
# expect: body P
# expect: </p>
# expect: <div>
# expect: </div>
# expect: propagated inside
# expect: swallowed KeyError 'missing'
# expect: after swallow
# expect: ['begin', 'work', 'commit', 'begin', 'rollback']
# expect: generator didn't yield
# expect: generator didn't stop
# expect: generator didn't stop after throw()
# expect: <decorated>
# expect: working
# expect: </decorated>
# expect: <decorated>
# expect: working
# expect: </decorated>
# expect: tag _GeneratorContextManager
