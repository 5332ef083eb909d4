# input reads a line from stdin without the newline; the prompt goes to stdout.
name = input()
age = int(input())
print(f"{name} is {age}")  # expect: Ann is 41
line = input("prompt> ")
print(repr(line))  # expect: prompt> '  spaced  '
