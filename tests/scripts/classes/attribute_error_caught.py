# AttributeError from an instance can be caught; its message names the class and attribute.
class Box:
    pass


b = Box()
try:
    b.content
except AttributeError as e:
    print("caught:", e)
try:
    del b.content
except AttributeError as e:
    print("caught:", e)
try:
    Box.nothing
except AttributeError as e:
    print("caught:", e)

# expect: caught: 'Box' object has no attribute 'content'
# expect: caught: 'Box' object has no attribute 'content'
# expect: caught: type object 'Box' has no attribute 'nothing'
