# Format specs may themselves contain replacement fields.
x = 3.14159
w = 10
p = 3
print(f"[{x:{w}}]")  # expect: [   3.14159]
print(f"[{x:{w}.{p}f}]")  # expect: [     3.142]
print(f"[{'mid':{'^'}{w}}]")  # expect: [   mid    ]
fill = "*"
print(f"[{42:{fill}>{w}}]")  # expect: [********42]
