# isidentifier follows the identifier rules (Unicode letters allowed; keywords count).
for s in ["name", "_x1", "1x", "é", "日本", "a-b", "class", "", "x y", "℘", "a·b"]:
    print(repr(s), s.isidentifier())
    # expect: 'name' True
    # expect: '_x1' True
    # expect: '1x' False
    # expect: 'é' True
    # expect: '日本' True
    # expect: 'a-b' False
    # expect: 'class' True
    # expect: '' False
    # expect: 'x y' False
    # expect: '℘' True
    # expect: 'a·b' True
