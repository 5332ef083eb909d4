# expandtabs pads to the next multiple of the tab size, counting from each line start.
print(repr("a\tbc\tdef\tg".expandtabs(4)))  # expect: 'a   bc  def g'
print(repr("ab\ncd\tx".expandtabs(4)), repr("\tx".expandtabs(0)), repr("é\tx".expandtabs(3)))  # expect: 'ab\ncd  x' 'x' 'é  x'
print(repr("a\tb".expandtabs(tabsize=2)))  # expect: 'a b'
