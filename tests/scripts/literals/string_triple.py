# Triple-quoted strings span lines and keep the newlines in them.
s = """first
second
  third"""
print(s)
# expect: first
# expect: second
# expect:   third
t = '''one 'quote' and "two" '''
print(t.strip())  # expect: one 'quote' and "two"
u = """\
no leading newline"""
print(u)  # expect: no leading newline
print(len("""a
b"""))  # expect: 3
