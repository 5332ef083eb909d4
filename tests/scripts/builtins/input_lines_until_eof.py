# input raises EOFError at the end of stdin, which a loop can catch.
lines = []
while True:
    try:
        lines.append(input())
    except EOFError:
        break
print(len(lines), lines)  # expect: 3 ['first', '', 'third']
