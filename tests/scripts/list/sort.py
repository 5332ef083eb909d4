# list.sort sorts in place, with key and reverse, and returns None.
a = [5, 2, 9, 1, 5, 6]
print(a.sort(), a)  # expect: None [1, 2, 5, 5, 6, 9]
a.sort(reverse=True)
print(a)  # expect: [9, 6, 5, 5, 2, 1]
words = ["banana", "Apple", "cherry", "date"]
words.sort(key=len)
print(words)  # expect: ['date', 'Apple', 'banana', 'cherry']
words.sort(key=str.lower)
print(words)  # expect: ['Apple', 'banana', 'cherry', 'date']
f = [2.5, -1, 0, 3]
f.sort()
print(f)  # expect: [-1, 0, 2.5, 3]
