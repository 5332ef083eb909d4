# Uncaught: converting NaN to int.
int(float("nan"))
# expect error: ValueError: cannot convert float NaN to integer
