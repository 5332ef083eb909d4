# index and remove report missing values; pop reports empty lists and bad indices.
for call in [lambda: [1, 2].index(3), lambda: [1, 2].remove(3), lambda: [].pop(), lambda: [1].pop(5), lambda: [1, 2, 1].index(1, 1, 2)]:
    try:
        call()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
        # expect: ValueError 3 is not in list
        # expect: ValueError list.remove(x): x not in list
        # expect: IndexError pop from empty list
        # expect: IndexError pop index out of range
        # expect: ValueError 1 is not in list
