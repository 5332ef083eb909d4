# Uncaught: sorting values that cannot be compared.
sorted([3, "a", 1])
# expect error: TypeError: '<' not supported between instances of 'str' and 'int'
