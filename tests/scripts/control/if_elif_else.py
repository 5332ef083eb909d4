# if/elif/else picks the first true branch.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
print([classify(n) for n in (-5, 0, 3, 50)])  # expect: ['negative', 'zero', 'small', 'large']
if []:
    print("not printed")
elif {}:
    print("not printed either")
print("done")  # expect: done
