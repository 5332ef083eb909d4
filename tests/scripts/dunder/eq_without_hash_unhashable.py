# Defining __eq__ without __hash__ makes instances unhashable.
class P:
    def __eq__(self, other):
        return True


print(P() == 1, P.__hash__)
{P(): 1}

# expect: True None
# expect error: TypeError: unhashable type: 'P'
