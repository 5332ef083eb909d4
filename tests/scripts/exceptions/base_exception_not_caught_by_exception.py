# except Exception does not catch KeyboardInterrupt, SystemExit or GeneratorExit; BaseException does.
for cls in (KeyboardInterrupt, SystemExit, GeneratorExit, ValueError):
    try:
        try:
            raise cls()
        except Exception:
            print(cls.__name__, "caught by Exception")
    except BaseException as b:
        print(type(b).__name__, "caught by BaseException")
# expect: KeyboardInterrupt caught by BaseException
# expect: SystemExit caught by BaseException
# expect: GeneratorExit caught by BaseException
# expect: ValueError caught by Exception
print([issubclass(c, Exception) for c in (KeyboardInterrupt, SystemExit, GeneratorExit)])  # expect: [False, False, False]
