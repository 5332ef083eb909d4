# input() reads one line from stdin without its newline; a prompt goes to stdout.
name = input()
age = input("age?")
print()  # expect: age?
print(f"{name} is {age}")  # expect: Ann is 30
try:
    input()
except EOFError as e:
    print("EOFError:", e)  # expect: EOFError: EOF when reading a line
