# Strings are sequences of code points, not bytes.
s = "héllo wörld"
print(len(s), s[1], s[7])  # expect: 11 é ö
j = "日本語テキスト"
print(len(j), j[0], j[-1], j[2:4])  # expect: 7 日 ト 語テ
e = "a😀b"
print(len(e), e[1], e[::-1])  # expect: 3 😀 b😀a
print(len("é".encode("utf-8")), len("😀".encode("utf-8")))  # expect: 2 4
