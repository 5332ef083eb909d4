# A function can read a global without declaring it; it sees the current value.
rate = 2
def scale(v):
    return v * rate
print(scale(5))  # expect: 10
rate = 3
print(scale(5))  # expect: 15
