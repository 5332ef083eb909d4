# encode's error handlers: strict, ignore, replace, backslashreplace, xmlcharrefreplace.
s = "naïve café €"
for errors in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
    print(errors, s.encode("ascii", errors))
    # expect: ignore b'nave caf '
    # expect: replace b'na?ve caf? ?'
    # expect: backslashreplace b'na\\xefve caf\\xe9 \\u20ac'
    # expect: xmlcharrefreplace b'na&#239;ve caf&#233; &#8364;'
print(s.encode("latin-1", "replace"))  # expect: b'na\xefve caf\xe9 ?'
print(s.encode(), s.encode("UTF-8") == s.encode("utf_8"))  # expect: b'na\xc3\xafve caf\xc3\xa9 \xe2\x82\xac' True
