# A user exception class with its own __init__ calling the base's.
class ValidationError(ValueError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field


try:
    raise ValidationError("age", "must be positive")
except ValueError as e:
    print(type(e).__name__, e, e.field, e.args)
print(issubclass(ValidationError, Exception), ValidationError.__mro__[1].__name__)

# expect: ValidationError age: must be positive age ('age: must be positive',)
# expect: True ValueError
