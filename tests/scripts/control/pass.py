# pass does nothing, in any block.
def nothing():
    pass
for _ in range(3):
    pass
if True:
    pass
else:
    pass
print(nothing())  # expect: None
