# Recursive generators with yield from flatten a nested structure depth first.
def walk(node, depth=0):
    name, children = node
    yield "  " * depth + name
    for child in children:
        yield from walk(child, depth + 1)


tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("b1x", [])])])])
for line in walk(tree):
    print(line)
# expect: root
# expect:   a
# expect:     a1
# expect:     a2
# expect:   b
# expect:     b1
# expect:       b1x
