# A misspelt list method: the suggestion comes from dir(list), case differences cost less.
values = [3, 1]
values.apend(2)
# expect error: AttributeError: 'list' object has no attribute 'apend'. Did you mean: 'append'?
