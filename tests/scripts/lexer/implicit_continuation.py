# Newlines inside parentheses, brackets and braces do not end the statement.
values = [
    1,
    2,
        3,
]
pairs = {
  "a": 1,
     "b": 2,
}
result = (values[0] +
          values[1]
  + values[2])
print(values, pairs, result)  # expect: [1, 2, 3] {'a': 1, 'b': 2} 6
print(max(
    4,
    # a comment inside the call
    9,
))  # expect: 9
