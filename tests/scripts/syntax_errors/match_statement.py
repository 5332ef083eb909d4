# gilt refuses match statements (out of scope) with a clear SyntaxError.
# skip python: match is valid in CPython 3.11; gilt deliberately does not support it
command = "go"
match command:
    case "go":
        print("going")
    case _:
        print("unknown")
# expect error: SyntaxError: 'match' is not supported
