# Raw strings keep backslashes as written.
print(r"a\nb")  # expect: a\nb
print(len(r"\t"))  # expect: 2
print(R'C:\path\to')  # expect: C:\path\to
print(r"\"quoted\"")  # expect: \"quoted\"
print(rb"\x00" == b"\\x00")  # expect: True
