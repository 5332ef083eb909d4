# A misspelt builtin: the suggestion comes from the builtins.
prnt("hello")
# expect error: NameError: name 'prnt' is not defined. Did you mean: 'print'?
