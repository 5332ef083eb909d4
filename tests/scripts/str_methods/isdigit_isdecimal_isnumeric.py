# The three numeric predicates differ on superscripts, circled digits and fractions.
for s in ["123", "٣", "²", "①", "½", "Ⅷ", "三", "1.5", ""]:
    print(repr(s), s.isdecimal(), s.isdigit(), s.isnumeric())
    # expect: '123' True True True
    # expect: '٣' True True True
    # expect: '²' False True True
    # expect: '①' False True True
    # expect: '½' False False True
    # expect: 'Ⅷ' False False True
    # expect: '三' False False True
    # expect: '1.5' False False False
    # expect: '' False False False
