# match is a soft keyword: as an ordinary name it still works.
match = [1, 2]
match.append(3)
print(match)  # expect: [1, 2, 3]
def match_all(case):
    return case * 2
print(match_all(4))  # expect: 8
