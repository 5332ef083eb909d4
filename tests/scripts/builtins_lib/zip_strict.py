# zip stops at the shortest input unless strict=True.
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip([1, 2], [3, 4], strict=True)))  # expect: [(1, 'a'), (2, 'b')] [] [(1,)] [(1, 3), (2, 4)]
for a, b in [([1, 2], [1]), ([1], [1, 2])]:
    try:
        list(zip(a, b, strict=True))
    except ValueError as e:
        print(e)
        # expect: zip() argument 2 is shorter than argument 1
        # expect: zip() argument 2 is longer than argument 1
try:
    list(zip([1], [2], [3, 4], strict=True))
except ValueError as e:
    print(e)  # expect: zip() argument 3 is longer than arguments 1-2
