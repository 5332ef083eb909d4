# startswith and endswith accept a tuple of candidates and a start/end window.
s = "filename.tar.gz"
print(s.endswith((".zip", ".gz")), s.startswith(("x", "file")), s.endswith(()))  # expect: True True False
print(s.startswith("name", 4), s.endswith("tar", 0, -3), s.startswith("", 15), s.startswith("", 16))  # expect: True True True False
try:
    s.startswith(("a", 1))
except TypeError as e:
    print(e)  # expect: tuple for startswith must only contain str, not int
try:
    s.endswith(["gz"])
except TypeError as e:
    print(e)  # expect: endswith first arg must be str or a tuple of str, not list
