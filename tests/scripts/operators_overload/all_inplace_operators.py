# Every augmented assignment dispatches to its in-place dunder method.
class I:
    def __init__(self):
        self.log = []

    def _op(name):
        def method(self, o):
            self.log.append(name)
            return self
        return method

    __iadd__ = _op("iadd")
    __isub__ = _op("isub")
    __imul__ = _op("imul")
    __itruediv__ = _op("itruediv")
    __ifloordiv__ = _op("ifloordiv")
    __imod__ = _op("imod")
    __ipow__ = _op("ipow")
    __ilshift__ = _op("ilshift")
    __irshift__ = _op("irshift")
    __iand__ = _op("iand")
    __ior__ = _op("ior")
    __ixor__ = _op("ixor")
    __imatmul__ = _op("imatmul")


x = I()
x += 1; x -= 1; x *= 1; x /= 1; x //= 1; x %= 1; x **= 1
x <<= 1; x >>= 1; x &= 1; x |= 1; x ^= 1; x @= 1
print(x.log)

# expect: ['iadd', 'isub', 'imul', 'itruediv', 'ifloordiv', 'imod', 'ipow', 'ilshift', 'irshift', 'iand', 'ior', 'ixor', 'imatmul']
