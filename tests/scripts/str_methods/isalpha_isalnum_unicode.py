# isalpha and isalnum follow the Unicode categories, as CPython does.
for s in ["abc", "héllo", "日本", "a1", "½", "Ⅷ", "a b", "", "ǅ"]:
    print(repr(s), s.isalpha(), s.isalnum())
    # expect: 'abc' True True
    # expect: 'héllo' True True
    # expect: '日本' True True
    # expect: 'a1' False True
    # expect: '½' False True
    # expect: 'Ⅷ' False True
    # expect: 'a b' False False
    # expect: '' False False
    # expect: 'ǅ' True True
