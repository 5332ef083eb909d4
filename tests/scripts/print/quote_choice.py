# repr of a string picks single quotes unless the string contains only single quotes.
print(repr("plain"), repr("it's"), repr('say "hi"'))  # expect: 'plain' "it's" 'say "hi"'
print(repr("it's \"both\""))  # expect: 'it\'s "both"'
print(["it's", 'a"b'])  # expect: ["it's", 'a"b']
