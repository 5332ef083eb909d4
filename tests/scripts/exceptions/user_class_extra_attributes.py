# Exceptions accept arbitrary attributes, which survive raise and catch; __dict__ shows them.
class Failure(Exception):
    pass


f = Failure("x")
f.retries = 3
f.host = "db1"
try:
    raise f
except Failure as e:
    print(e is f, e.retries, e.host)  # expect: True 3 db1
    print(sorted(e.__dict__))  # expect: ['host', 'retries']
try:
    f.missing
except AttributeError as err:
    print(err)  # expect: 'Failure' object has no attribute 'missing'
