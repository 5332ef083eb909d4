# No name in dir(obj) is close enough: no suggestion.
class Point:
    def __init__(self): self.x = 1
Point().colour
# expect error: AttributeError: 'Point' object has no attribute 'colour'
