# Program: a linked list class with nodes, iteration, len and repr.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push(x)

    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty list")
        node = self.head
        self.head = node.next
        self.size -= 1
        return node.value

    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.value
            node = node.next

    def __len__(self):
        return self.size

    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(x) for x in self) + "])"

    def reverse(self):
        prev = None
        node = self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev


ll = LinkedList([1, 2, 3])
ll.push(0)
print(ll, len(ll))
ll.reverse()
print(ll, ll.pop(), ll)
print(sum(ll), list(ll), 2 in ll, 9 in ll)
while ll:
    ll.pop()
try:
    ll.pop()
except IndexError as e:
    print("empty:", e)

# expect: LinkedList([0, 1, 2, 3]) 4
# expect: LinkedList([2, 1, 0]) 3 LinkedList([2, 1, 0])
# expect: 3 [2, 1, 0] True False
# expect: empty: pop from empty list
