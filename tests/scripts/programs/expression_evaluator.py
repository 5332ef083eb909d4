# Program: a tokenizer, recursive-descent parser and evaluator for arithmetic, using dicts as tree nodes.

def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("num", float(text) if "." in text else int(text)))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            tokens.append(("name", src[i:j]))
            i = j
        elif ch in "+-*/%^()":
            tokens.append(("op", ch))
            i += 1
        else:
            raise ValueError(f"bad character {ch!r} at {i}")
    tokens.append(("end", None))
    return tokens


def parse(tokens):
    pos = 0

    def peek():
        return tokens[pos]

    def take():
        nonlocal pos
        pos += 1
        return tokens[pos - 1]

    def expr():
        node = term()
        while peek() in (("op", "+"), ("op", "-")):
            node = {"op": take()[1], "left": node, "right": term()}
        return node

    def term():
        node = factor()
        while peek()[0] == "op" and peek()[1] in "*/%":
            node = {"op": take()[1], "left": node, "right": factor()}
        return node

    def factor():
        base = unary()
        if peek() == ("op", "^"):
            take()
            return {"op": "^", "left": base, "right": factor()}  # right-associative
        return base

    def unary():
        if peek() == ("op", "-"):
            take()
            return {"op": "neg", "operand": unary()}
        return atom()

    def atom():
        kind, value = take()
        if kind == "num":
            return {"num": value}
        if kind == "name":
            return {"var": value}
        if (kind, value) == ("op", "("):
            node = expr()
            if take() != ("op", ")"):
                raise SyntaxError("expected )")
            return node
        raise SyntaxError(f"unexpected {value!r}")

    tree = expr()
    if peek()[0] != "end":
        raise SyntaxError(f"trailing {peek()[1]!r}")
    return tree


OPS = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
    "%": lambda a, b: a % b,
    "^": lambda a, b: a ** b,
}


def evaluate(node, env):
    if "num" in node:
        return node["num"]
    if "var" in node:
        return env[node["var"]]
    if node["op"] == "neg":
        return -evaluate(node["operand"], env)
    return OPS[node["op"]](evaluate(node["left"], env), evaluate(node["right"], env))


def show(node):
    if "num" in node:
        return str(node["num"])
    if "var" in node:
        return node["var"]
    if node["op"] == "neg":
        return "(-" + show(node["operand"]) + ")"
    return "(" + show(node["left"]) + " " + node["op"] + " " + show(node["right"]) + ")"


env = {"x": 3, "y": 4, "big": 10 ** 20}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x ^ 2", "x * x + y * y",
            "7 / 2", "-7 % 3", "big * big + 1", "0.1 + 0.2", "1 / (x - 3)", "2 * (3 + ", "4 $ 4", "z + 1"]:
    try:
        tree = parse(tokenize(src))
        print(f"{src:<16} {show(tree):<24} = {evaluate(tree, env)}")
    except ZeroDivisionError as e:
        print(f"{src:<16} ZeroDivisionError: {e}")
    except (SyntaxError, ValueError) as e:
        print(f"{src:<16} {type(e).__name__}: {e}")
    except KeyError as e:
        print(f"{src:<16} unknown variable {e}")

# expect: 1 + 2 * 3        (1 + (2 * 3))            = 7
# expect: (1 + 2) * 3      ((1 + 2) * 3)            = 9
# expect: 2 ^ 3 ^ 2        (2 ^ (3 ^ 2))            = 512
# expect: -x ^ 2           ((-x) ^ 2)               = 9
# expect: x * x + y * y    ((x * x) + (y * y))      = 25
# expect: 7 / 2            (7 / 2)                  = 3.5
# expect: -7 % 3           ((-7) % 3)               = 2
# expect: big * big + 1    ((big * big) + 1)        = 10000000000000000000000000000000000000001
# expect: 0.1 + 0.2        (0.1 + 0.2)              = 0.30000000000000004
# expect: 1 / (x - 3)      ZeroDivisionError: division by zero
# expect: 2 * (3 +         SyntaxError: unexpected None
# expect: 4 $ 4            ValueError: bad character '$' at 2
# expect: z + 1            unknown variable 'z'
