# Case predicates need at least one cased character.
for s in ["ABC", "ABC1", "abc", "abc1", "123", "Hello World", "Hello world", "HELLO", "ǅ", "ǅa", "A1 B2", ""]:
    print(repr(s), s.isupper(), s.islower(), s.istitle())
    # expect: 'ABC' True False False
    # expect: 'ABC1' True False False
    # expect: 'abc' False True False
    # expect: 'abc1' False True False
    # expect: '123' False False False
    # expect: 'Hello World' False False True
    # expect: 'Hello world' False False False
    # expect: 'HELLO' True False False
    # expect: 'ǅ' False False True
    # expect: 'ǅa' False False True
    # expect: 'A1 B2' True False True
    # expect: '' False False False
