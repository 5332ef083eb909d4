# finally runs on break and continue out of a try block.
for i in range(3):
    try:
        if i == 0:
            continue
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)
# expect: finally 0
# expect: body 1
# expect: finally 1
# expect: finally 2
