# casefold() is more aggressive than lower() for caseless matching.
print("Straße".lower(), "Straße".casefold())  # expect: straße strasse
print("ﬁ".lower() == "fi", "ﬁ".casefold() == "fi")  # expect: False True
print("ΣΑΣ".casefold())  # expect: σασ
print("Straße".casefold() == "STRASSE".casefold())  # expect: True
