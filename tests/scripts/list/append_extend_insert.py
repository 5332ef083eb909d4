# append, extend and insert grow a list in place.
a = [1, 2]
a.append(3)
a.extend([4, 5])
a.extend("ab")
a.insert(0, 0)
a.insert(-1, "mid")
a.insert(100, "end")
print(a)  # expect: [0, 1, 2, 3, 4, 5, 'a', 'mid', 'b', 'end']
a.append([6, 7])
print(len(a), a[-1])  # expect: 11 [6, 7]
print(a.append(8))  # expect: None
