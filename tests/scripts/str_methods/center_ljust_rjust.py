# center puts the extra space on the right unless the width is odd.
for w in range(3, 8):
    print("[" + "ab".center(w) + "]", "[" + "abc".center(w, "*") + "]")
    # expect: [ ab] [abc]
    # expect: [ ab ] [abc*]
    # expect: [  ab ] [*abc*]
    # expect: [  ab  ] [*abc**]
    # expect: [   ab  ] [**abc**]
print("[" + "é".ljust(3, "·") + "]", "[" + "é".rjust(3, "·") + "]", "[" + "abc".center(2) + "]")  # expect: [é··] [··é] [abc]
