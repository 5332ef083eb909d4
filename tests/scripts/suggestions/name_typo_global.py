# A misspelt global used inside a function: locals have no match, globals do.
THRESHOLD = 10
def check(v):
    return v > THRESHOL
check(3)
# expect error: NameError: name 'THRESHOL' is not defined. Did you mean: 'THRESHOLD'?
