# A list subclass keeps list behaviour and adds methods and attributes.
class Stack(list):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]


s = Stack([1, 2])
s.push(3)
s.label = "mine"
print(s, len(s), s.peek(), s.pop(), s, s.label)
print(isinstance(s, list), type(s).__name__, s + [9], s[0:1], sorted(Stack([3, 1, 2])))
print(s == [1, 2], list(reversed(s)), 2 in s)

# expect: [1, 2] 3 3 3 [1, 2] mine
# expect: True Stack [1, 2, 9] [1] [1, 2, 3]
# expect: True [2, 1] True
