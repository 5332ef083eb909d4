# remove raises for a missing element, discard does not; pop takes any element.
s = {5, 6}
s.discard(7)
s.remove(5)
print(s, s.pop(), s)  # expect: set() 6 set()
for call in [lambda: s.remove(1), lambda: s.pop()]:
    try:
        call()
    except KeyError as e:
        print("KeyError", e)
        # expect: KeyError 1
        # expect: KeyError 'pop from an empty set'
