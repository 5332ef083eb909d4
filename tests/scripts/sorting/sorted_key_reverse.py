# sorted with key and reverse.
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))  # expect: ['Apple', 'banana', 'cherry', 'date'] ['Apple', 'banana', 'cherry', 'date'] ['date', 'Apple', 'banana', 'cherry'] ['banana', 'cherry', 'Apple', 'date']
print(sorted([3, 1, 2], reverse=True), sorted("hello"), sorted({3: "a", 1: "b"}), sorted((2, 1)))  # expect: [3, 2, 1] ['e', 'h', 'l', 'l', 'o'] [1, 3] [1, 2]
