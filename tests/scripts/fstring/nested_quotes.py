# An f-string's expressions may use the other kind of quote.
d = {"key": "value"}
print(f"{d['key']}")  # expect: value
print(f'{d["key"]}')  # expect: value
print(f"""{d["key"] + '!'}""")  # expect: value!
print(f"{'nested'}")  # expect: nested
