# f-strings: nested specs, conversions and the = form.
width, prec, x = 10, 3, 3.14159
print(f"[{x:{width}.{prec}f}]", f"[{'hi'!r:^8}]", f"{x=:.2f}", f"{width=}")  # expect: [     3.142] [  'hi'  ] x=3.14 width=10
name = "é"
print(f"{name!a} {name!r} {name!s:>3}")  # expect: '\xe9' 'é'   é
print(f"{{literal}} {3 + 4} {'nested {x}'}")  # expect: {literal} 7 nested {x}
