# __int__ and __float__ must return int and float.
class A:
    def __int__(self): return "1"
    def __float__(self): return 1


for conv in (int, float):
    try:
        conv(A())
    except TypeError as e:
        print(e)

# expect: __int__ returned non-int (type str)
# expect: A.__float__ returned non-float (type int)
