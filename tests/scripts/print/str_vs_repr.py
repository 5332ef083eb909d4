# print uses str() for its arguments but containers show their elements with repr().
s = "text"
print(s, [s], (s,), {s: s})  # expect: text ['text'] ('text',) {'text': 'text'}
print(str(s), repr(s), str([s]) == repr([s]))  # expect: text 'text' True
