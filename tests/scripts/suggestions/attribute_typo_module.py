# A misspelt module attribute suggests the module's close name.
import math
print(math.sqr(2))
# expect error: AttributeError: module 'math' has no attribute 'sqr'. Did you mean: 'sqrt'?
