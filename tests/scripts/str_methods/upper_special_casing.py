# upper() uses full case mappings: one character may become several.
print("straße".upper())  # expect: STRASSE
print("ﬁne".upper(), "ŉ".upper())  # expect: FINE ʼN
print(len("ß".upper()), len("ﬃ".upper()))  # expect: 2 3
print("ǆ".upper(), "ǅ".upper())  # expect: Ǆ Ǆ
