# A function can delete a global declared global.
g = "present"
def remove():
    global g
    del g
remove()
print("deleted")  # expect: deleted
try:
    g
except NameError as e:
    print(e)  # expect: name 'g' is not defined
