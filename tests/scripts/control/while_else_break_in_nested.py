# break in an inner loop does not skip the outer loop's else.
for i in range(2):
    while True:
        break
else:
    print("outer else ran")  # expect: outer else ran
