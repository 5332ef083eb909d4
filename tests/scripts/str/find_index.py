# find/rfind return -1 when missing; index/rindex raise; both accept start and end.
s = "hello world, hello"
print(s.find("hello"), s.rfind("hello"), s.find("xyz"))  # expect: 0 13 -1
print(s.find("o", 5), s.find("o", 5, 7), s.find("l", -5))  # expect: 7 -1 15
print(s.index("world"), s.rindex("l"))  # expect: 6 16
print(s.find(""), s.rfind(""))  # expect: 0 18
try:
    s.index("nope")
except ValueError as e:
    print(e)  # expect: substring not found
