# __str__ must return a str.
class Bad:
    def __str__(self):
        return None


try:
    str(Bad())
except TypeError as e:
    print(e)
print(Bad())

# expect: __str__ returned non-string (type NoneType)
# expect error: TypeError: __str__ returned non-string (type NoneType)
