# round of inf and nan, and of an object without __round__.
for x in [float("inf"), float("nan")]:
    try:
        round(x)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
        # expect: OverflowError cannot convert float infinity to integer
        # expect: ValueError cannot convert float NaN to integer
print(round(float("inf"), 2), round(float("nan"), 1))  # expect: inf nan
try:
    round("1.5")
except TypeError as e:
    print(e)  # expect: type str doesn't define __round__ method
