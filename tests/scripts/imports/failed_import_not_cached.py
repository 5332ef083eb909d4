# A module whose body raises is removed from sys.modules; importing it again runs it again.
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/_lib")
for attempt in range(2):
    try:
        import raiser
    except ValueError as e:
        print(attempt, e, "raiser" in sys.modules)
# expect: raiser starts
# expect: 0 raiser cannot load False
# expect: raiser starts
# expect: 1 raiser cannot load False
