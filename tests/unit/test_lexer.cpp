// Unit tests for the tokenizer: tokens, indentation, continuation, literals, error positions.
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include <fmt/format.h>

#include "compiler/lexer.hpp"
#include "support.hpp"

using gilt::CompileError;
using gilt::Lexer;
using gilt::Tok;
using gilt::Token;

namespace {

// The token stream as text: NAME(x) KW(if) OP(==) NUMBER(1) STRING('a') NEWLINE INDENT
// DEDENT, ending before ENDMARKER; with `positions`, each token is followed by
// @line:col-end_line:end_col (columns are 0-based bytes).
std::string tokens(std::string_view source, bool positions = false) {
    Lexer lexer(source, "<test>");
    std::string out;
    for (;;) {
        Token t = lexer.next();
        if (t.type == Tok::EndMarker) break;
        if (!out.empty()) out += ' ';
        switch (t.type) {
        case Tok::Name: out += fmt::format("NAME({})", t.text); break;
        case Tok::Number: out += fmt::format("NUMBER({})", t.text); break;
        case Tok::String: out += fmt::format("STRING({})", t.text); break;
        case Tok::Op: out += fmt::format("{}({})", gilt::is_keyword(t.op) ? "KW" : "OP", t.text); break;
        case Tok::Newline: out += "NEWLINE"; break;
        case Tok::Indent: out += "INDENT"; break;
        case Tok::Dedent: out += "DEDENT"; break;
        case Tok::EndMarker: break;
        }
        if (positions) out += fmt::format("@{}:{}-{}:{}", t.line, t.col, t.end_line, t.end_col);
    }
    return out;
}

// The error the tokenizer alone raises for `source`, as "message @line:col" (1-based
// byte column), or "" if it tokenizes.
std::string lex_error(std::string_view source, CompileError::Kind* kind = nullptr) {
    Lexer lexer(source, "<test>");
    try {
        while (lexer.next().type != Tok::EndMarker) {
        }
    } catch (const CompileError& e) {
        if (kind) *kind = e.kind;
        return fmt::format("{} @{}:{}", e.message, e.line, e.col);
    }
    return "";
}

struct Case {
    const char* source;
    const char* expected;
};

// Tokenizer and indentation errors of whole programs, with CPython's attributes: each
// expectation was printed by CPython 3.11's compile(source, "<test>", "exec").
const Case kTokenizerErrors[] = {
    {"if x:\n\ty\n        z",
     "TabError: inconsistent use of tabs and spaces in indentation (3:1-3:0)"},
    {"if x:\n        y\n\tz",
     "TabError: inconsistent use of tabs and spaces in indentation (3:1-3:0)"},
    {"if x:\n    y\n  z",
     "IndentationError: unindent does not match any outer indentation level (3:4-3:-1)"},
    {"if x:\n  y\n    z",
     "IndentationError: unexpected indent (3:4-3:-1)"},
    {"x = $",
     "SyntaxError: invalid syntax (1:5-1:6)"},
    {"x = (1,",
     "SyntaxError: '(' was never closed (1:5-1:0)"},
    {"x = 1)",
     "SyntaxError: unmatched ')' (1:6-1:6)"},
    {"x = (1]",
     "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' (1:7-1:7)"},
    {"x = (1,\n 2]",
     "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1 (2:3-2:3)"},
    {"s = 'abc",
     "SyntaxError: unterminated string literal (detected at line 1) (1:5-1:5)"},
    {"s = '''abc\n",
     "SyntaxError: unterminated triple-quoted string literal (detected at line 1) (1:5-1:5)"},
    {"x = 1__0",
     "SyntaxError: invalid decimal literal (1:6-1:6)"},
    {"x = 0x",
     "SyntaxError: invalid hexadecimal literal (1:6-1:6)"},
    {"x = 0b102",
     "SyntaxError: invalid digit '2' in binary literal (1:9-1:9)"},
    {"x = 0o8",
     "SyntaxError: invalid digit '8' in octal literal (1:7-1:7)"},
    {"x = 012",
     "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers (1:5-1:6)"},
    {"x = 1_",
     "SyntaxError: invalid decimal literal (1:6-1:6)"},
    {"x = 1abc",
     "SyntaxError: invalid decimal literal (1:5-1:5)"},
    {"x = 1e",
     "SyntaxError: invalid decimal literal (1:5-1:5)"},
    {"x = a€",
     "SyntaxError: invalid character '€' (U+20AC) (1:6-1:6)"},
    {"x = 1 + \\ 2",
     "SyntaxError: unexpected character after line continuation character (1:10-1:0)"},
    {"  x = 1",
     "IndentationError: unexpected indent (1:2-1:-1)"},
    {"if x:\ny",
     "IndentationError: expected an indented block after 'if' statement on line 1 (2:1-2:2)"},
    {"x = 0x_",
     "SyntaxError: invalid hexadecimal literal (1:7-1:7)"},
    {"x = 1.e5_",
     "SyntaxError: invalid decimal literal (1:9-1:9)"},
    {"x = 0xg",
     "SyntaxError: invalid hexadecimal literal (1:6-1:6)"},
    {"s = \"abc",
     "SyntaxError: unterminated string literal (detected at line 1) (1:5-1:5)"},
    {"x = [1,\n     2,",
     "SyntaxError: '[' was never closed (1:5-1:0)"},
    {"f(a,\n  b",
     "SyntaxError: '(' was never closed (1:2-1:0)"},
    {"if True:\n    if True:\n        pass\n   x = 1",
     "IndentationError: unindent does not match any outer indentation level (4:9-4:-1)"},
    {"if x:\n    y\n  zzz = 1",
     "IndentationError: unindent does not match any outer indentation level (3:10-3:-1)"},
    {"if x:\n    y\n  z  # c",
     "IndentationError: unindent does not match any outer indentation level (3:9-3:-1)"},
    {"x = 1e+",
     "SyntaxError: invalid decimal literal (1:7-1:7)"},
    {"x = 0x1g",
     "SyntaxError: invalid hexadecimal literal (1:7-1:7)"},
    {"x = 0_0_12",
     "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers (1:5-1:9)"},
    {"x = 1 +\\",
     "SyntaxError: unexpected EOF while parsing (1:9-1:-1)"},
    {"x = 1 + \\",
     "SyntaxError: unexpected EOF while parsing (1:10-1:-1)"},
    {"x = \\\n",
     "SyntaxError: unexpected EOF while parsing (1:6-1:-1)"},
    {"def f():\n\tif x:\n        pass",
     "TabError: inconsistent use of tabs and spaces in indentation (3:1-3:0)"},
    {"x = (",
     "SyntaxError: '(' was never closed (1:5-1:0)"},
    {"x = 'a' 'b",
     "SyntaxError: unterminated string literal (detected at line 1) (1:9-1:9)"},
    {"class C:\npass",
     "IndentationError: expected an indented block after class definition on line 1 (2:1-2:5)"},
    {"for x in y:\n",
     "IndentationError: expected an indented block after 'for' statement on line 1 (1:12-1:-1)"},
    {"x = 1\n    y = 2",
     "IndentationError: unexpected indent (2:4-2:-1)"},
    {"if x:\n    y\n\t\tz = 1",
     "TabError: inconsistent use of tabs and spaces in indentation (3:1-3:0)"},
    {"x=1\n    y=2",
     "IndentationError: unexpected indent (2:4-2:-1)"},
    {"x = 5 $ 3",
     "SyntaxError: invalid syntax (1:7-1:8)"},
    {"x = 1 ? 2",
     "SyntaxError: invalid syntax (1:7-1:8)"},
    {"a = b!c",
     "SyntaxError: invalid syntax (1:6-1:7)"},
    {"x = `1`",
     "SyntaxError: invalid syntax (1:5-1:6)"},
    {"x = 0o1_8",
     "SyntaxError: invalid digit '8' in octal literal (1:9-1:9)"},
    {"x = 0b1_2",
     "SyntaxError: invalid digit '2' in binary literal (1:9-1:9)"},
    {"x=1e_5",
     "SyntaxError: invalid decimal literal (1:3-1:3)"},
    {"x=1_e5",
     "SyntaxError: invalid decimal literal (1:4-1:4)"},
    {"x = 1.__class__",
     "SyntaxError: invalid decimal literal (1:6-1:6)"},
    {"x = 0x1_g",
     "SyntaxError: invalid hexadecimal literal (1:8-1:8)"},
    {"x = 1__",
     "SyntaxError: invalid decimal literal (1:6-1:6)"},
    {"x = 0b",
     "SyntaxError: invalid binary literal (1:6-1:6)"},
    {"x = 0o",
     "SyntaxError: invalid octal literal (1:6-1:6)"},
    {"x = 0b_",
     "SyntaxError: invalid binary literal (1:7-1:7)"},
    {"x = 0_7",
     "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers (1:5-1:7)"},
    {"x = 1e5x",
     "SyntaxError: invalid decimal literal (1:7-1:7)"},
    {"x = 1.5e-3_",
     "SyntaxError: invalid decimal literal (1:11-1:11)"},
    {"s = \"\"\"a\nb",
     "SyntaxError: unterminated triple-quoted string literal (detected at line 2) (1:5-1:5)"},
    {"s = '\\",
     "SyntaxError: unterminated string literal (detected at line 1) (1:5-1:5)"},
    {"x = ]",
     "SyntaxError: unmatched ']' (1:5-1:5)"},
    {"x = [1, 2}",
     "SyntaxError: closing parenthesis '}' does not match opening parenthesis '[' (1:10-1:10)"},
    {"x = (1 +\n2) ) ",
     "SyntaxError: unmatched ')' (2:4-2:4)"},
    {"print 'x'",
     "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)? (1:1-1:10)"},
    {"if True:\n\tx = 1\n        y = 2\n",
     "TabError: inconsistent use of tabs and spaces in indentation (3:1-3:0)"},
    {"for x in y:",
     "IndentationError: expected an indented block after 'for' statement on line 1 (1:12-1:-1)"},
    {"for x in y:\n\n",
     "IndentationError: expected an indented block after 'for' statement on line 1 (2:1-2:-1)"},
    {"for x in y:\n\n\n",
     "IndentationError: expected an indented block after 'for' statement on line 1 (3:1-3:-1)"},
    {"for x in y:  # c\n",
     "IndentationError: expected an indented block after 'for' statement on line 1 (1:17-1:-1)"},
    {"for x in y:\n# c\n",
     "IndentationError: expected an indented block after 'for' statement on line 1 (2:4-2:-1)"},
    {"x = 1\nif x:\n",
     "IndentationError: expected an indented block after 'if' statement on line 2 (2:6-2:-1)"},
    {"def f():\n    if x:\n",
     "IndentationError: expected an indented block after 'if' statement on line 2 (2:10-2:-1)"},
    {"def f():\n    if x:\n\n\n",
     "IndentationError: expected an indented block after 'if' statement on line 2 (4:1-4:-1)"},
    {"def f():\n    if x:\ny = 1\n",
     "IndentationError: expected an indented block after 'if' statement on line 2 (3:0-3:-1)"},
    {"def f():\n    if x:\n    y = 1\n",
     "IndentationError: expected an indented block after 'if' statement on line 2 (3:5-3:6)"},
    {"if x:\n  # c\npass\n",
     "IndentationError: expected an indented block after 'if' statement on line 1 (3:1-3:5)"},
    {"while x:\nelse:\n  pass\n",
     "IndentationError: expected an indented block after 'while' statement on line 1 (2:1-2:5)"},
    {"try:\nexcept:\n  pass\n",
     "IndentationError: expected an indented block after 'try' statement on line 1 (2:1-2:7)"},
    {"def f():\n    if x:\n  # c\n",
     "IndentationError: expected an indented block after 'if' statement on line 2 (3:6-3:-1)"},
};

// String literals: "= repr" is the value CPython gives the literal; otherwise the
// SyntaxError CPython 3.11 raises compiling "v = LITERAL\n" (with globals x=3 w=6 y=4
// z=2 a=1 b=2 c=5).
const Case kStringLiterals[] = {
    {"'\\x41\\x62'",
     "= 'Ab'"},
    {"'\\n\\t\\\\\\'\\\"'",
     "= '\\n\\t\\\\\\'\"'"},
    {"'\\101\\0\\7\\1234'",
     "= 'A\\x00\\x07S4'"},
    {"'\\u00e9\\U0001F600'",
     "= 'é😀'"},
    {"'a\\\nb'",
     "= 'ab'"},
    {"'\\q\\d'",
     "= '\\\\q\\\\d'"},
    {"r'\\n\\x41'",
     "= '\\\\n\\\\x41'"},
    {"b'\\x00\\xff\\n'",
     "= b'\\x00\\xff\\n'"},
    {"rb'\\x'",
     "= b'\\\\x'"},
    {"Rb'a\\b'",
     "= b'a\\\\b'"},
    {"BR'\\\\'",
     "= b'\\\\\\\\'"},
    {"u'abc'",
     "= 'abc'"},
    {"'''a\nb'''",
     "= 'a\\nb'"},
    {"\"\"\"x\"y\"\"\"",
     "= 'x\"y'"},
    {"'a' 'b' \\\n'c'",
     "= 'abc'"},
    {"'é' '\\xe9'",
     "= 'éé'"},
    {"b'a' b'b'",
     "= b'ab'"},
    {"'\\777'",
     "= 'ǿ'"},
    {"f'{1+1}'",
     "= '2'"},
    {"'\\x4'",
     "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape (1:10-1:10)"},
    {"'ab\\x4'",
     "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: truncated \\xXX escape (1:12-1:12)"},
    {"'\\n\\x4'",
     "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: truncated \\xXX escape (1:12-1:12)"},
    {"'é\\x4'",
     "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \\xXX escape (1:11-1:11)"},
    {"'\\u12'",
     "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape (1:11-1:11)"},
    {"'\\U0011FFFF'",
     "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character (1:17-1:17)"},
    {"b'\\x4'",
     "SyntaxError: (value error) invalid \\x escape at position 0 (1:11-1:11)"},
    {"b'é'",
     "SyntaxError: bytes can only contain ASCII literal characters (1:5-1:9)"},
    {"'a' b'b'",
     "SyntaxError: cannot mix bytes and nonbytes literals (1:13-1:13)"},
    {"b'\\u1234'",
     "= b'\\\\u1234'"},
    {"'\\\n'",
     "= ''"},
    {"f'a{x!r:>{w}}b{{c}}'",
     "= 'a     3b{c}'"},
    {"f'{x=}'",
     "= 'x=3'"},
    {"f'{x = !s}'",
     "= 'x = 3'"},
    {"f'{}'",
     "SyntaxError: f-string: empty expression not allowed (1:10-1:10)"},
    {"f'{x!z}'",
     "SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a' (1:13-1:13)"},
    {"f'{x'",
     "SyntaxError: f-string: expecting '}' (1:10-1:10)"},
    {"f'}'",
     "SyntaxError: f-string: single '}' is not allowed (1:9-1:9)"},
    {"f'{x:{y:{z}}}'",
     "SyntaxError: f-string: expressions nested too deeply (1:19-1:19)"},
    {"f'{\\'a\\'}'",
     "SyntaxError: f-string expression part cannot include a backslash (1:15-1:15)"},
    {"f'{#}'",
     "SyntaxError: f-string expression part cannot include '#' (1:11-1:11)"},
    {"fr'\\n{x}'",
     "= '\\\\n3'"},
    {"f'{x:=5}'",
     "= '    3'"},
    {"f'{(x:=5)}'",
     "= '5'"},
    {"f'''{\nx\n}'''",
     "= '3'"},
    {"f'{x:{y:{z:{w}}}}'",
     "SyntaxError: f-string: expressions nested too deeply (1:23-1:23)"},
    {"f'{x!r=}'",
     "SyntaxError: f-string: expecting '}' (1:14-1:14)"},
    {"f'{ x }'",
     "= '3'"},
    {"f'{x:}'",
     "= '3'"},
    {"f'{3.14:.1f}{x:03}{\"s\"!a}'",
     "= \"3.1003's'\""},
    {"f'{\"é\"!a}'",
     "= \"'\\\\xe9'\""},
    {"b'\\n\\x4'",
     "SyntaxError: (value error) invalid \\x escape at position 2 (1:13-1:13)"},
    {"'\\é\\x4'",
     "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 16-18: truncated \\xXX escape (1:12-1:12)"},
    {"'ab' '\\x4'",
     "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape (1:15-1:15)"},
    {"f'a{1}\\x4'",
     "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape (1:15-1:15)"},
    {"f'é{1}b\\x4'",
     "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 1-3: truncated \\xXX escape (1:16-1:16)"},
    {"f'{{\\x4'",
     "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape (1:13-1:13)"},
    {"('a'\n  '\\x4')",
     "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape (2:8-2:9)"},
    {"'\\x4' + 1",
     "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape (1:11-1:12)"},
    {"f'{x!r:^{w}.{y}}'",
     "= '  3   '"},
    {"f'{x}{{}}{y!s}'",
     "= '3{}4'"},
    {"f'{x:>{w}}' f'{y}' 'z'",
     "= '     34z'"},
    {"'a' f'{x}' 'b'",
     "= 'a3b'"},
    {"f'{[1, 2][0]}'",
     "= '1'"},
    {"f'{ {1: 2}[1] }'",
     "= '2'"},
    {"f'{x:{w}d}'",
     "= '     3'"},
    {"f'{\\\"a\\\" if x else \\\"b\\\"}'",
     "SyntaxError: f-string expression part cannot include a backslash (1:31-1:31)"},
    {"f'{lambda: 1}'",
     "SyntaxError: f-string: invalid syntax (1:8-1:9)"},
    {"f'{(lambda: 1)()}'",
     "= '1'"},
    {"f'{x!}'",
     "SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a' (1:12-1:12)"},
    {"f'{x:{}}'",
     "SyntaxError: f-string: empty expression not allowed (1:14-1:14)"},
    {"f'{!r}'",
     "SyntaxError: f-string: expression required before '!' (1:12-1:12)"},
    {"f'{x!r:}'",
     "= '3'"},
    {"f'{{{x}}}'",
     "= '{3}'"},
    {"f'{a b}'",
     "SyntaxError: f-string: invalid syntax. Perhaps you forgot a comma? (1:2-1:5)"},
    {"f'{1 +}'",
     "SyntaxError: f-string: invalid syntax (1:5-1:6)"},
    {"f'{)}'",
     "SyntaxError: f-string: unmatched ')' (1:11-1:11)"},
    {"f'{lambda x: 1}'",
     "SyntaxError: f-string: invalid syntax (1:10-1:11)"},
    {"f'{a = = b}'",
     "SyntaxError: f-string: expecting '}' (1:17-1:17)"},
    {"f'{*a}'",
     "SyntaxError: f-string: cannot use starred expression here (1:2-1:4)"},
    {"f'{x = }'",
     "= 'x = 3'"},
    {"f'{1abc}'",
     "SyntaxError: invalid decimal literal (1:2-1:2)"},
    {"f'{a!r b}'",
     "SyntaxError: f-string: expecting '}' (1:15-1:15)"},
    {"f'{x:{!r}}'",
     "SyntaxError: f-string: expression required before '!' (1:16-1:16)"},
    {"f'{ !r}'",
     "SyntaxError: f-string: expression required before '!' (1:13-1:13)"},
    {"f'{:x}'",
     "SyntaxError: f-string: expression required before ':' (1:12-1:12)"},
    {"f'{=}'",
     "SyntaxError: f-string: expression required before '=' (1:11-1:11)"},
    {"f'{a:=1}'",
     "= '1'"},
    {"f'{print 1}'",
     "SyntaxError: f-string: Missing parentheses in call to 'print'. Did you mean print(...)? (1:2-1:9)"},
    {"f'{$}'",
     "SyntaxError: f-string: invalid syntax (1:2-1:3)"},
    {"f'{\"a\" \"b\" c}'",
     "SyntaxError: f-string: invalid syntax. Perhaps you forgot a comma? (1:2-1:11)"},
    {"f'{f\"{}\"}'",
     "SyntaxError: f-string: f-string: empty expression not allowed (1:7-1:8)"},
    {"f'{f\"{a b}\"}'",
     "SyntaxError: f-string: invalid syntax. Perhaps you forgot a comma? (1:2-1:5)"},
    {"f'{\"a\" b\"x\"}'",
     "SyntaxError: f-string: cannot mix bytes and nonbytes literals (1:10-1:11)"},
    {"f'{(}'",
     "SyntaxError: f-string: closing parenthesis '}' does not match opening parenthesis '(' (1:11-1:11)"},
    {"f'{a[}'",
     "SyntaxError: f-string: closing parenthesis '}' does not match opening parenthesis '[' (1:12-1:12)"},
    {"f'{x:{a b}}'",
     "SyntaxError: f-string: invalid syntax. Perhaps you forgot a comma? (1:2-1:5)"},
    {"f'{1_}'",
     "SyntaxError: invalid decimal literal (1:3-1:3)"},
    {"f'{a + \"é\" b}'",
     "SyntaxError: f-string: invalid syntax. Perhaps you forgot a comma? (1:2-1:12)"},
    {"f'é{a b}'",
     "SyntaxError: f-string: invalid syntax. Perhaps you forgot a comma? (1:2-1:5)"},
    {"f'{a]}'",
     "SyntaxError: f-string: unmatched ']' (1:12-1:12)"},
    {"f'{a)}'",
     "SyntaxError: f-string: unmatched ')' (1:12-1:12)"},
    {"f'{\"\\n\"}'",
     "SyntaxError: f-string expression part cannot include a backslash (1:14-1:14)"},
    {"f'{x!=y}'",
     "= 'True'"},
    {"f'{x<y}'",
     "= 'True'"},
    {"f'{x>=y}'",
     "= 'False'"},
    {"f'{x==y=}'",
     "= 'x==y=False'"},
    {"f'{(x:=1)}'",
     "= '1'"},
    {"f'{[x for x in (1, 2)]}'",
     "= '[1, 2]'"},
    {"f'{x:}}'",
     "SyntaxError: f-string: single '}' is not allowed (1:13-1:13)"},
    {"f'{x!s:{w}}'",
     "= '3     '"},
    {"f'{3!r}'",
     "= '3'"},
};

} // namespace

TEST_CASE("names, keywords, numbers, strings and operators") {
    CHECK(tokens("x = 1 + foo_2\n") == "NAME(x) OP(=) NUMBER(1) OP(+) NAME(foo_2) NEWLINE");
    CHECK(tokens("if not x: pass\n") == "KW(if) KW(not) NAME(x) OP(:) KW(pass) NEWLINE");
    CHECK(tokens("True False None\n") == "KW(True) KW(False) KW(None) NEWLINE");
    // Keywords are exact words: prefixes, suffixes and other cases are names.
    CHECK(tokens("iff Not none truee _if\n") == "NAME(iff) NAME(Not) NAME(none) NAME(truee) NAME(_if) NEWLINE");
    // The longest operator wins.
    CHECK(tokens("a**=b//c>>=d->e:=f...g!=h\n") ==
          "NAME(a) OP(**=) NAME(b) OP(//) NAME(c) OP(>>=) NAME(d) OP(->) NAME(e) OP(:=) NAME(f) OP(...) NAME(g) "
          "OP(!=) NAME(h) NEWLINE");
    CHECK(tokens("a<<=b<<c<=d<e**f*g\n") ==
          "NAME(a) OP(<<=) NAME(b) OP(<<) NAME(c) OP(<=) NAME(d) OP(<) NAME(e) OP(**) NAME(f) OP(*) NAME(g) NEWLINE");
    CHECK(tokens("x.y @ z @= w\n") == "NAME(x) OP(.) NAME(y) OP(@) NAME(z) OP(@=) NAME(w) NEWLINE");
    // '<>' is one token, as in CPython's tokenizer (the parser rejects it).
    CHECK(tokens("a <> b\n") == "NAME(a) OP(<>) NAME(b) NEWLINE");
    // A string keeps its prefix and quotes; a number keeps its underscores.
    CHECK(tokens("rb'x' f\"{y}\" '''a\nb''' 1_000 0x_F .5 5.\n") ==
          "STRING(rb'x') STRING(f\"{y}\") STRING('''a\nb''') NUMBER(1_000) NUMBER(0x_F) NUMBER(.5) NUMBER(5.) "
          "NEWLINE");
    // `1if` and `1else` are the number 1 and the keyword (CPython accepts them, deprecated).
    CHECK(tokens("1if x else 2\n") == "NUMBER(1) KW(if) NAME(x) KW(else) NUMBER(2) NEWLINE");
    CHECK(tokens("0 if 1else 2\n") == "NUMBER(0) KW(if) NUMBER(1) KW(else) NUMBER(2) NEWLINE");
    // Comments vanish; the file may end without a newline.
    CHECK(tokens("x # comment\ny") == "NAME(x) NEWLINE NAME(y) NEWLINE");
    CHECK(tokens("") == "");
    CHECK(tokens("# only a comment\n\n   \n") == "");
}

TEST_CASE("token positions: lines from 1, byte columns from 0") {
    CHECK(tokens("x = 'a'\n  # c\ny\n", true) ==
          "NAME(x)@1:0-1:1 OP(=)@1:2-1:3 STRING('a')@1:4-1:7 NEWLINE@1:7-1:7 NAME(y)@3:0-3:1 NEWLINE@3:1-3:1");
    // A triple-quoted string spans lines; the next token is on the line it ends on.
    CHECK(tokens("s = '''a\nbc''' + t\n", true) ==
          "NAME(s)@1:0-1:1 OP(=)@1:2-1:3 STRING('''a\nbc''')@1:4-2:5 OP(+)@2:6-2:7 NAME(t)@2:8-2:9 NEWLINE@2:9-2:9");
    // Non-ASCII identifiers: columns count bytes (é is two).
    CHECK(tokens("café = naïve\n", true) == "NAME(café)@1:0-1:5 OP(=)@1:6-1:7 NAME(naïve)@1:8-1:14 NEWLINE@1:14-1:14");
    // A UTF-8 byte order mark is skipped; columns count from after it.
    CHECK(tokens("\xEF\xBB\xBFx = 1\n", true) == "NAME(x)@1:0-1:1 OP(=)@1:2-1:3 NUMBER(1)@1:4-1:5 NEWLINE@1:5-1:5");
}

TEST_CASE("INDENT and DEDENT as CPython's tokenizer makes them") {
    CHECK(tokens("if x:\n    y = 1\n    if z:\n        w\nv\n") ==
          "KW(if) NAME(x) OP(:) NEWLINE INDENT NAME(y) OP(=) NUMBER(1) NEWLINE KW(if) NAME(z) OP(:) NEWLINE INDENT "
          "NAME(w) NEWLINE DEDENT DEDENT NAME(v) NEWLINE");
    // Blank and comment-only lines, at any indentation, produce nothing.
    CHECK(tokens("if a:\n  # c\n\n        \n  b\n") == "KW(if) NAME(a) OP(:) NEWLINE INDENT NAME(b) NEWLINE DEDENT");
    // At the end of the file every open block is closed.
    CHECK(tokens("def f():\n    if x:\n        return 1") ==
          "KW(def) NAME(f) OP(() OP()) OP(:) NEWLINE INDENT KW(if) NAME(x) OP(:) NEWLINE INDENT KW(return) NUMBER(1) "
          "NEWLINE DEDENT DEDENT");
    // Dedenting two levels at once.
    CHECK(tokens("a\nif b:\n  if c:\n    d\ne\n") ==
          "NAME(a) NEWLINE KW(if) NAME(b) OP(:) NEWLINE INDENT KW(if) NAME(c) OP(:) NEWLINE INDENT NAME(d) NEWLINE "
          "DEDENT DEDENT NAME(e) NEWLINE");
    // Tabs, used the same way on every line, are fine.
    CHECK(tokens("if x:\n\ty\n\tif z:\n\t\tw\n") ==
          "KW(if) NAME(x) OP(:) NEWLINE INDENT NAME(y) NEWLINE KW(if) NAME(z) OP(:) NEWLINE INDENT NAME(w) NEWLINE "
          "DEDENT DEDENT");
    // Mixed but consistent (the same tabs-then-spaces prefix on each line): accepted.
    CHECK(tokens("if x:\n\t  y\n\t  z\n") == "KW(if) NAME(x) OP(:) NEWLINE INDENT NAME(y) NEWLINE NAME(z) NEWLINE DEDENT");
    // A form feed resets the column count, as in CPython.
    CHECK(tokens("if x:\n    y\n\f    z\n") == "KW(if) NAME(x) OP(:) NEWLINE INDENT NAME(y) NEWLINE NAME(z) NEWLINE DEDENT");
    // The tokens of a dedent carry the dedented line's position.
    CHECK(tokens("if x:\n  y\nz\n", true) ==
          "KW(if)@1:0-1:2 NAME(x)@1:3-1:4 OP(:)@1:4-1:5 NEWLINE@1:5-1:5 INDENT@2:0-2:2 NAME(y)@2:2-2:3 "
          "NEWLINE@2:3-2:3 DEDENT@3:0-3:0 NAME(z)@3:0-3:1 NEWLINE@3:1-3:1");
}

TEST_CASE("inconsistent indentation is an error of the tokenizer, TabError or IndentationError") {
    CompileError::Kind kind{};
    // 8 spaces where the block used a tab: the same column, but a different tab count.
    CHECK(lex_error("if x:\n\ty\n        z\n", &kind) == "inconsistent use of tabs and spaces in indentation @3:1");
    CHECK(kind == CompileError::Kind::Tab);
    CHECK(lex_error("if x:\n        y\n\tz\n", &kind) == "inconsistent use of tabs and spaces in indentation @3:1");
    CHECK(kind == CompileError::Kind::Tab);
    CHECK(lex_error("if x:\n    y\n\t\tz = 1\n", &kind) == "inconsistent use of tabs and spaces in indentation @3:1");
    CHECK(kind == CompileError::Kind::Tab);
    CHECK(lex_error("if x:\n    y\n  z\n", &kind) == "unindent does not match any outer indentation level @3:4");
    CHECK(kind == CompileError::Kind::Indentation);
    // An unexpected indent is the parser's to report (the tokenizer is happy).
    CHECK(lex_error("x = 1\n    y = 2\n") == "");
}

TEST_CASE("continuation lines: a backslash, or an open bracket") {
    CHECK(tokens("x = 1 + \\\n    2\n", true) ==
          "NAME(x)@1:0-1:1 OP(=)@1:2-1:3 NUMBER(1)@1:4-1:5 OP(+)@1:6-1:7 NUMBER(2)@2:4-2:5 NEWLINE@2:5-2:5");
    // Inside brackets newlines and indentation mean nothing.
    CHECK(tokens("x = (1,\n  2,\n        3)\ny\n") ==
          "NAME(x) OP(=) OP(() NUMBER(1) OP(,) NUMBER(2) OP(,) NUMBER(3) OP()) NEWLINE NAME(y) NEWLINE");
    CHECK(tokens("f([{\n}],\n)\n") == "NAME(f) OP(() OP([) OP({) OP(}) OP(]) OP(,) OP()) NEWLINE");
    // A backslash continuation inside a block keeps the block's indentation.
    CHECK(tokens("if a:\n    b = \\\n1\n    c\n") ==
          "KW(if) NAME(a) OP(:) NEWLINE INDENT NAME(b) OP(=) NUMBER(1) NEWLINE NAME(c) NEWLINE DEDENT");
    CHECK(lex_error("x = 1 + \\ 2\n") == "unexpected character after line continuation character @1:10");
    CHECK(lex_error("x = 1 + \\") == "unexpected EOF while parsing @1:10");
    CHECK(lex_error("x = 1 +\\\n") == "unexpected EOF while parsing @1:9");
    CHECK(lex_error("x = (1,\n2\n") == "'(' was never closed @1:5");
    CHECK(lex_error("x = [1)\n") == "closing parenthesis ')' does not match opening parenthesis '[' @1:7");
    CHECK(lex_error("x = (1,\n 2]\n") ==
          "closing parenthesis ']' does not match opening parenthesis '(' on line 1 @2:3");
}

TEST_CASE("number literals: digits, underscores, bases, exponents") {
    gilt::test::Vm vm;
    // Values as CPython evaluates them.
    const Case values[] = {
        {"1_000_000", "1000000"},
        {"0x_ff", "255"},
        {"0XFF", "255"},
        {"0b_1010", "10"},
        {"0B11", "3"},
        {"0o7_7", "63"},
        {"0O17", "15"},
        {"1_0.5e1_0", "105000000000.0"},
        {".5", "0.5"},
        {"5.", "5.0"},
        {"1e3", "1000.0"},
        {"1E-3", "0.001"},
        {"0", "0"},
        {"00", "0"},
        {"0_0", "0"},
        {"0.0", "0.0"},
        {"000.5", "0.5"},
        {"0e0", "0.0"},
        {"1_2.3_4", "12.34"},
        {"123456789012345678", "123456789012345678"},
        {"123456789012345678901234567890", "123456789012345678901234567890"},
        {"0x1_0000_0000_0000_0000", "18446744073709551616"},
        {"9_007_199_254_740_993", "9007199254740993"},
        {"4611686018427387903", "4611686018427387903"},
        {"4611686018427387904", "4611686018427387904"},
        {"1e309", "inf"},
        {"2.5e-324", "5e-324"},
        {"1.7976931348623157e308", "1.7976931348623157e+308"},
    };
    for (const Case& c : values) {
        CAPTURE(c.source);
        CHECK(vm.eval_repr(c.source) == c.expected);
    }
}

TEST_CASE("tokenizer and indentation errors: CPython's message, line and columns") {
    gilt::test::Vm vm;
    for (const Case& c : kTokenizerErrors) {
        CAPTURE(c.source);
        CHECK(vm.syntax_error_of(c.source) == c.expected);
    }
}

TEST_CASE("string literals: prefixes, escapes, concatenation, f-string pieces, errors") {
    gilt::test::Vm vm;
    for (const Case& c : kStringLiterals) {
        CAPTURE(c.source);
        vm.exec("x = 3; w = 6; y = 4; z = 2; a = 1; b = 2; c = 5"); // some cases assign with :=
        std::string got = vm.syntax_error_of(std::string("v = ") + c.source + "\n");
        if (got.empty()) got = "= " + vm.eval_repr(c.source);
        CHECK(got == c.expected);
    }
}

TEST_CASE("what gilt does not support says so, at the right place") {
    gilt::test::Vm vm;
    CHECK(vm.syntax_error_of("x = 1j\n") == "SyntaxError: complex numbers are not supported (1:5-1:7)");
    CHECK(vm.syntax_error_of("x = 1.5J\n") == "SyntaxError: complex numbers are not supported (1:5-1:9)");
    CHECK(vm.syntax_error_of("s = '\\N{EM DASH}'\n") == "SyntaxError: \\N{...} escapes are not supported (1:5-1:18)");
    CHECK(vm.syntax_error_of("s = f'\\N{EM DASH}'\n") == "SyntaxError: \\N{...} escapes are not supported (1:5-1:19)");
    // In bytes, \N is no escape at all (CPython keeps the backslash).
    CHECK(vm.eval_repr("b'\\N{X}'") == "b'\\\\N{X}'");
}

TEST_CASE("universal newlines and null bytes") {
    gilt::test::Vm vm;
    vm.exec("p = 1\r\nq = 2\rr = p + \\\r\n q\r\n");
    CHECK(vm.eval_repr("(p, q, r)") == "(1, 2, 3)");
    CHECK(vm.eval_repr("'''a\r\nb'''") == "'a\\nb'");
    // A compiled string (and an imported module) gets no position; a main script gets
    // another wording and its line (see test_api.cpp).
    CHECK(vm.syntax_error_of(std::string_view("x = 1\0", 6)) ==
          "SyntaxError: source code string cannot contain null bytes (None:None-None:None)");
}
