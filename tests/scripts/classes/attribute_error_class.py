# Reading a missing class attribute says "type object 'A' has no attribute".
class A:
    pass


print(A.missing)

# expect error: AttributeError: type object 'A' has no attribute 'missing'
