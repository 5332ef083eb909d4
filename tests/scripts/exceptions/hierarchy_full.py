# The bases of the built-in exception classes are exactly CPython's.
names = [
    ArithmeticError, AssertionError, AttributeError, BufferError, EOFError, FloatingPointError,
    GeneratorExit, ImportError, IndexError, KeyError, KeyboardInterrupt, LookupError, MemoryError,
    ModuleNotFoundError, NameError, NotImplementedError, OSError, OverflowError, RecursionError,
    ReferenceError, RuntimeError, StopIteration, SyntaxError, SystemError, SystemExit, TypeError,
    UnboundLocalError, ValueError, ZeroDivisionError, FileNotFoundError, PermissionError,
    TimeoutError, ConnectionError, BrokenPipeError, IndentationError, TabError, UnicodeError,
    StopAsyncIteration, InterruptedError, IsADirectoryError, ConnectionResetError,
]
for c in names:
    print(c.__name__, "<-", c.__bases__[0].__name__)
# expect: ArithmeticError <- Exception
# expect: AssertionError <- Exception
# expect: AttributeError <- Exception
# expect: BufferError <- Exception
# expect: EOFError <- Exception
# expect: FloatingPointError <- ArithmeticError
# expect: GeneratorExit <- BaseException
# expect: ImportError <- Exception
# expect: IndexError <- LookupError
# expect: KeyError <- LookupError
# expect: KeyboardInterrupt <- BaseException
# expect: LookupError <- Exception
# expect: MemoryError <- Exception
# expect: ModuleNotFoundError <- ImportError
# expect: NameError <- Exception
# expect: NotImplementedError <- RuntimeError
# expect: OSError <- Exception
# expect: OverflowError <- ArithmeticError
# expect: RecursionError <- RuntimeError
# expect: ReferenceError <- Exception
# expect: RuntimeError <- Exception
# expect: StopIteration <- Exception
# expect: SyntaxError <- Exception
# expect: SystemError <- Exception
# expect: SystemExit <- BaseException
# expect: TypeError <- Exception
# expect: UnboundLocalError <- NameError
# expect: ValueError <- Exception
# expect: ZeroDivisionError <- ArithmeticError
# expect: FileNotFoundError <- OSError
# expect: PermissionError <- OSError
# expect: TimeoutError <- OSError
# expect: ConnectionError <- OSError
# expect: BrokenPipeError <- ConnectionError
# expect: IndentationError <- SyntaxError
# expect: TabError <- IndentationError
# expect: UnicodeError <- ValueError
# expect: StopAsyncIteration <- Exception
# expect: InterruptedError <- OSError
# expect: IsADirectoryError <- OSError
# expect: ConnectionResetError <- ConnectionError
print(BaseException.__bases__[0].__name__, Exception.__bases__[0].__name__)  # expect: object BaseException
