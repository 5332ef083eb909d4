# Opening a directory raises IsADirectoryError.
for mode in ["r", "w"]:
    try:
        open(".", mode)
    except IsADirectoryError as e:
        print(mode, e)
        # expect: r [Errno 21] Is a directory: '.'
        # expect: w [Errno 21] Is a directory: '.'
