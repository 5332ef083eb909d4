# %(name)s takes values from a mapping; the same key may repeat.
d = {"name": "Ann", "n": 3, "pi": 3.14159}
print("%(name)s has %(n)d items; %(name)s again" % d)  # expect: Ann has 3 items; Ann again
print("%(pi).2f|%(n)5d|%(name)-6s|" % d)  # expect: 3.14|    3|Ann   |
print("%(n)d%%" % d, "%%(name)s" % ())  # expect: 3% %(name)s
