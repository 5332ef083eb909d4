# break and continue inside finally discard the exception in flight.
for i in range(3):
    try:
        raise ValueError(i)
    finally:
        break
print("after break", i)  # expect: after break 0
count = 0
for i in range(3):
    try:
        raise KeyError(i)
    finally:
        count += 1
        continue
print("continued", count)  # expect: continued 3
