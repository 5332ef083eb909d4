# Program: a tokenizer generator, recursive-descent parser and tree-walking evaluator for a small calculator language, with its own exception classes.
#
# The language, one statement per line:
#   let NAME = EXPR                  bind a variable
#   fn NAME(A, B, ...) = EXPR        define a function (may be recursive)
#   print EXPR, EXPR, ...            print values
#   assert EXPR, "message"           fail with the message unless EXPR is true
# Expressions: numbers, names, calls, unary -, not, + - * / // % ^ (right
# associative), comparisons (< <= > >= == !=), and, or, and COND ? A : B.
# Comments start with #. A failing statement reports its error and the program
# goes on with the next one, as a REPL would.


class CalcError(Exception):
    """Base of every error the calculator reports; knows where it happened."""

    kind = "error"

    def __init__(self, message, line=None, col=None):
        super().__init__(message)
        self.message = message
        self.line = line
        self.col = col

    def __str__(self):
        where = "" if self.line is None else f" at {self.line}:{self.col}"
        return f"{self.kind}{where}: {self.message}"


class LexError(CalcError):
    kind = "lex error"


class ParseError(CalcError):
    kind = "parse error"


class EvalError(CalcError):
    kind = "runtime error"


class AssertFailed(EvalError):
    kind = "assertion failed"


class Token:
    def __init__(self, kind, text, line, col):
        self.kind = kind
        self.text = text
        self.line = line
        self.col = col

    def __repr__(self):
        return f"Token({self.kind}, {self.text!r}, {self.line}:{self.col})"


KEYWORDS = {"let", "fn", "print", "assert", "and", "or", "not"}
TWO_CHAR = {"<=", ">=", "==", "!=", "//"}
ONE_CHAR = set("+-*/%^()<>,=?:")


def tokenize(line_text, line_no):
    """Yields the tokens of one line, then an 'end' token."""
    i = 0
    n = len(line_text)
    while i < n:
        ch = line_text[i]
        col = i + 1
        if ch in " \t":
            i += 1
        elif ch == "#":
            break
        elif ch.isdigit() or (ch == "." and i + 1 < n and line_text[i + 1].isdigit()):
            j = i
            seen_dot = False
            while j < n and (line_text[j].isdigit() or (line_text[j] == "." and not seen_dot)):
                seen_dot = seen_dot or line_text[j] == "."
                j += 1
            yield Token("num", line_text[i:j], line_no, col)
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < n and (line_text[j].isalnum() or line_text[j] == "_"):
                j += 1
            word = line_text[i:j]
            yield Token("kw" if word in KEYWORDS else "name", word, line_no, col)
            i = j
        elif ch == '"':
            j = line_text.find('"', i + 1)
            if j < 0:
                raise LexError("unterminated string", line_no, col)
            yield Token("str", line_text[i + 1:j], line_no, col)
            i = j + 1
        elif line_text[i:i + 2] in TWO_CHAR:
            yield Token("op", line_text[i:i + 2], line_no, col)
            i += 2
        elif ch in ONE_CHAR:
            yield Token("op", ch, line_no, col)
            i += 1
        else:
            raise LexError(f"unexpected character {ch!r}", line_no, col)
    yield Token("end", "", line_no, n + 1)


class TokenStream:
    """One token of lookahead over a token generator."""

    def __init__(self, tokens):
        self._tokens = tokens
        self._peeked = next(tokens)

    def peek(self):
        return self._peeked

    def advance(self):
        tok = self._peeked
        if tok.kind != "end":
            self._peeked = next(self._tokens)
        return tok

    def accept(self, text):
        if self._peeked.kind in ("op", "kw") and self._peeked.text == text:
            return self.advance()
        return None

    def expect(self, text):
        tok = self.accept(text)
        if tok is None:
            got = self._peeked
            shown = "end of line" if got.kind == "end" else repr(got.text)
            raise ParseError(f"expected {text!r}, got {shown}", got.line, got.col)
        return tok


# Syntax trees are tuples: ("num", value), ("var", name, tok), ("neg", e),
# ("not", e), ("bin", op, left, right, tok), ("and"/"or", l, r),
# ("cond", c, a, b), ("call", name, args, tok).

BINARY_LEVELS = [
    ("==", "!=", "<", "<=", ">", ">="),
    ("+", "-"),
    ("*", "/", "//", "%"),
]


class Parser:
    def __init__(self, stream):
        self.s = stream

    def statement(self):
        s = self.s
        if s.accept("let"):
            name = self.name()
            s.expect("=")
            stmt = ("let", name.text, self.expression())
        elif s.accept("fn"):
            name = self.name()
            s.expect("(")
            params = []
            if not s.accept(")"):
                params.append(self.name().text)
                while s.accept(","):
                    params.append(self.name().text)
                s.expect(")")
            if len(set(params)) != len(params):
                raise ParseError(f"duplicate parameter in {name.text}()", name.line, name.col)
            s.expect("=")
            stmt = ("fn", name.text, params, self.expression())
        elif s.accept("print"):
            values = [self.expression()]
            while s.accept(","):
                values.append(self.expression())
            stmt = ("print", values)
        elif s.accept("assert"):
            test = self.expression()
            s.expect(",")
            msg = s.advance()
            if msg.kind != "str":
                raise ParseError("assert needs a message string", msg.line, msg.col)
            stmt = ("assert", test, msg.text)
        else:
            stmt = ("print", [self.expression()])
        end = s.peek()
        if end.kind != "end":
            raise ParseError(f"unexpected {end.text!r}", end.line, end.col)
        return stmt

    def name(self):
        tok = self.s.advance()
        if tok.kind != "name":
            raise ParseError(f"expected a name, got {tok.text!r}", tok.line, tok.col)
        return tok

    def expression(self):
        test = self.logical_or()
        if self.s.accept("?"):
            yes = self.expression()
            self.s.expect(":")
            no = self.expression()
            return ("cond", test, yes, no)
        return test

    def logical_or(self):
        left = self.logical_and()
        while self.s.accept("or"):
            left = ("or", left, self.logical_and())
        return left

    def logical_and(self):
        left = self.logical_not()
        while self.s.accept("and"):
            left = ("and", left, self.logical_not())
        return left

    def logical_not(self):
        if self.s.accept("not"):
            return ("not", self.logical_not())
        return self.binary(0)

    def binary(self, level):
        if level == len(BINARY_LEVELS):
            return self.unary()
        left = self.binary(level + 1)
        while True:
            tok = self.s.peek()
            if tok.kind == "op" and tok.text in BINARY_LEVELS[level]:
                self.s.advance()
                left = ("bin", tok.text, left, self.binary(level + 1), tok)
            else:
                return left

    def unary(self):
        if self.s.accept("-"):
            return ("neg", self.unary())
        return self.power()

    def power(self):
        base = self.atom()
        tok = self.s.accept("^")
        if tok:
            return ("bin", "^", base, self.unary(), tok)
        return base

    def atom(self):
        tok = self.s.advance()
        if tok.kind == "num":
            return ("num", float(tok.text) if "." in tok.text else int(tok.text))
        if tok.kind == "name":
            if self.s.accept("("):
                args = []
                if not self.s.accept(")"):
                    args.append(self.expression())
                    while self.s.accept(","):
                        args.append(self.expression())
                    self.s.expect(")")
                return ("call", tok.text, args, tok)
            return ("var", tok.text, tok)
        if tok.kind == "op" and tok.text == "(":
            inner = self.expression()
            self.s.expect(")")
            return inner
        shown = "end of line" if tok.kind == "end" else repr(tok.text)
        raise ParseError(f"unexpected {shown}", tok.line, tok.col)


def builtin_min(*args):
    if not args:
        raise EvalError("min() needs arguments")
    return min(args)


BUILTINS = {
    "abs": (1, abs),
    "min": (None, builtin_min),
    "max": (None, lambda *a: max(a)),
    "sqrt": (1, lambda x: x ** 0.5),
}


class Interpreter:
    MAX_DEPTH = 200

    def __init__(self):
        self.variables = {"pi": 3.141592653589793}
        self.functions = {}
        self.depth = 0

    def run(self, source):
        """Yields one output line per printed statement or error."""
        for line_no, text in enumerate(source.split("\n"), 1):
            if not text.strip() or text.strip().startswith("#"):
                continue
            try:
                stmt = Parser(TokenStream(tokenize(text, line_no))).statement()
                result = self.execute(stmt, line_no)
            except CalcError as err:
                yield str(err)
                if err.__cause__ is not None:
                    yield f"  caused by {type(err.__cause__).__name__}: {err.__cause__}"
            else:
                if result is not None:
                    yield result

    def execute(self, stmt, line_no):
        kind = stmt[0]
        if kind == "let":
            self.variables[stmt[1]] = self.eval(stmt[2])
        elif kind == "fn":
            if stmt[1] in BUILTINS:
                raise EvalError(f"cannot redefine built-in {stmt[1]}()", line_no, 1)
            self.functions[stmt[1]] = (stmt[2], stmt[3])
        elif kind == "print":
            return " ".join(format_value(self.eval(e)) for e in stmt[1])
        elif kind == "assert":
            if not self.eval(stmt[1]):
                raise AssertFailed(stmt[2], line_no, 1)
        return None

    def eval(self, node, scope=None):
        kind = node[0]
        if kind == "num":
            return node[1]
        if kind == "var":
            name, tok = node[1], node[2]
            if scope is not None and name in scope:
                return scope[name]
            try:
                return self.variables[name]
            except KeyError:
                raise EvalError(f"undefined name {name!r}", tok.line, tok.col) from None
        if kind == "neg":
            return -self.eval(node[1], scope)
        if kind == "not":
            return 0 if self.eval(node[1], scope) else 1
        if kind == "and":
            left = self.eval(node[1], scope)
            return self.eval(node[2], scope) if left else left
        if kind == "or":
            left = self.eval(node[1], scope)
            return left if left else self.eval(node[2], scope)
        if kind == "cond":
            return self.eval(node[2] if self.eval(node[1], scope) else node[3], scope)
        if kind == "bin":
            return self.binary(node[1], self.eval(node[2], scope), self.eval(node[3], scope), node[4])
        if kind == "call":
            return self.call(node[1], [self.eval(a, scope) for a in node[2]], node[3])
        raise AssertionError(f"unknown node {kind}")

    def binary(self, op, a, b, tok):
        try:
            if op == "+":
                return a + b
            if op == "-":
                return a - b
            if op == "*":
                return a * b
            if op == "/":
                return a / b
            if op == "//":
                return a // b
            if op == "%":
                return a % b
            if op == "^":
                return a ** b
            return 1 if {"==": a == b, "!=": a != b, "<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}[op] else 0
        except ZeroDivisionError as err:
            raise EvalError(f"division by zero in {op!r}", tok.line, tok.col) from err
        except OverflowError as err:
            raise EvalError(f"number too large in {op!r}", tok.line, tok.col) from err

    def call(self, name, args, tok):
        if name in BUILTINS:
            arity, fn = BUILTINS[name]
            if arity is not None and len(args) != arity:
                raise EvalError(f"{name}() takes {arity} argument(s), got {len(args)}", tok.line, tok.col)
            try:
                return fn(*args)
            except EvalError as err:
                err.line, err.col = tok.line, tok.col
                raise
        if name not in self.functions:
            raise EvalError(f"undefined function {name}()", tok.line, tok.col)
        params, body = self.functions[name]
        if len(params) != len(args):
            raise EvalError(f"{name}() takes {len(params)} argument(s), got {len(args)}", tok.line, tok.col)
        if self.depth >= self.MAX_DEPTH:
            raise EvalError(f"recursion too deep in {name}()", tok.line, tok.col)
        self.depth += 1
        try:
            return self.eval(body, dict(zip(params, args)))
        finally:
            self.depth -= 1


def format_value(v):
    if isinstance(v, float) and v == int(v) and abs(v) < 1e15:
        return str(int(v)) + ".0"
    return str(v)


PROGRAM = """
# arithmetic and precedence
print 1 + 2 * 3, (1 + 2) * 3, 2 ^ 3 ^ 2, -2 ^ 2
print 7 // 2, 7 % 3, 7 / 2, 10 - 4 - 3
let r = 2.5
print pi * r ^ 2
print 1 < 2, 2 <= 1, 3 == 3.0, 1 != 1
print 0 or 5, 3 and 0, not 0, not 7
# functions, recursion and the conditional
fn sq(x) = x * x
fn fact(n) = n <= 1 ? 1 : n * fact(n - 1)
fn fib(n) = n < 2 ? n : fib(n - 1) + fib(n - 2)
fn hyp(a, b) = sqrt(sq(a) + sq(b))
print sq(12), fact(10), fib(15), hyp(3, 4)
print fact(25)
print max(3, 9, 4), min(2, -1), abs(-7.5)
assert fact(5) == 120, "fact is broken"
# errors, each reported on its own
print 1 / 0
print 5 // (2 - 2)
print undefined + 1
print nope(1)
print sq(1, 2)
print sqrt(1, 2)
print min()
fn forever(n) = forever(n + 1)
print forever(0)
fn abs(x) = x
fn twice(a, a) = a
assert 1 > 2, "one is not greater than two"
let x = 3 $ 4
print "text
print (1 + 2
print 1 +
let = 4
print 2 ^ 10000.5
print 10 ^ 3
"""


def main():
    interp = Interpreter()
    count = 0
    for out in interp.run(PROGRAM):
        count += 1
        print(out)
    print(f"{count} lines of output, {len(interp.functions)} functions defined")
    tokens = list(tokenize("let total = a1 + 2.5 // x", 1))
    print(tokens[:3])
    print([t.kind for t in tokens])
    try:
        list(tokenize("ok @", 7))
    except LexError as err:
        print(repr(err), err.line, err.col, isinstance(err, CalcError))


main()
# expect: 7 9 512 -4
# expect: 3 1 3.5 3
# expect: 19.634954084936208
# expect: 1 0 1 0
# expect: 5 0 1 0
# expect: 144 3628800 610 5.0
# expect: 15511210043330985984000000
# expect: 9 -1 7.5
# expect: runtime error at 19:9: division by zero in '/'
# expect:   caused by ZeroDivisionError: division by zero
# expect: runtime error at 20:9: division by zero in '//'
# expect:   caused by ZeroDivisionError: integer division or modulo by zero
# expect: runtime error at 21:7: undefined name 'undefined'
# expect: runtime error at 22:7: undefined function nope()
# expect: runtime error at 23:7: sq() takes 1 argument(s), got 2
# expect: runtime error at 24:7: sqrt() takes 1 argument(s), got 2
# expect: runtime error at 25:7: min() needs arguments
# expect: runtime error at 26:17: recursion too deep in forever()
# expect: runtime error at 28:1: cannot redefine built-in abs()
# expect: parse error at 29:4: duplicate parameter in twice()
# expect: assertion failed at 30:1: one is not greater than two
# expect: lex error at 31:11: unexpected character '$'
# expect: lex error at 32:7: unterminated string
# expect: parse error at 33:13: expected ')', got end of line
# expect: parse error at 34:10: unexpected end of line
# expect: parse error at 35:5: expected a name, got '='
# expect: runtime error at 36:9: number too large in '^'
# expect:   caused by OverflowError: (34, 'Numerical result out of range')
# expect: 1000
# expect: 29 lines of output, 5 functions defined
# expect: [Token(kw, 'let', 1:1), Token(name, 'total', 1:5), Token(op, '=', 1:11)]
# expect: ['kw', 'name', 'op', 'name', 'op', 'num', 'op', 'name', 'end']
# expect: LexError("unexpected character '@'") 7 4 True
