# import math binds the module; its functions are attributes.
import math
print(math.sqrt(16), math.floor(2.7), math.pi)  # expect: 4.0 2 3.141592653589793
print(type(math).__name__, math.__name__)  # expect: module math
