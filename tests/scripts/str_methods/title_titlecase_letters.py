# title() uses title-case mappings (the dz digraph has its own title form).
print("ǆungla".title(), "ǳ ǳ".title())  # expect: ǅungla ǲ ǲ
print("hello wORLD".title())  # expect: Hello World
print("they're 3rd-place".title())  # expect: They'Re 3Rd-Place
print("ﬂour".title())  # expect: Flour
