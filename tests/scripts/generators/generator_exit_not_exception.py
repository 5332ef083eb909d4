# GeneratorExit derives from BaseException, so except Exception inside a generator does not swallow close().
def gen():
    try:
        yield 1
    except Exception:
        print("wrong: caught by except Exception")
    finally:
        print("finally")


g = gen()
next(g)
g.close()  # expect: finally
print(issubclass(GeneratorExit, Exception))  # expect: False
