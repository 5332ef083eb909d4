# if, not, while and bool() use __bool__.
class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        print("bool called")
        return self.on


if Flag(True):
    print("yes")
print(not Flag(False), bool(Flag(True)))
print(Flag(False) or "fallback")

# expect: bool called
# expect: yes
# expect: bool called
# expect: bool called
# expect: True True
# expect: bool called
# expect: fallback
