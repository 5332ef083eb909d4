# id is the same for the same object and differs for distinct live objects.
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), type(id(a)))  # expect: True False <class 'int'>
