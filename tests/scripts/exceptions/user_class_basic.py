# A user exception class derived from Exception is raised and caught by its own name and by its bases.
class AppError(Exception):
    pass


try:
    raise AppError("disk full")
except AppError as e:
    print(type(e).__name__, e)  # expect: AppError disk full
try:
    raise AppError("again")
except Exception as e:
    print("as Exception:", repr(e))  # expect: as Exception: AppError('again')
print(issubclass(AppError, Exception), issubclass(AppError, BaseException))  # expect: True True
print(AppError.__mro__[1].__name__, AppError.__bases__[0].__name__)  # expect: Exception Exception
