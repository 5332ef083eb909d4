// String literals: escape decoding, implicit concatenation, bytes, and f-string parsing.
#include <fmt/format.h>

#include "compiler/parser.hpp"
#include "core/utf8.hpp"

namespace gilt {

namespace {

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

struct Literal {
    bool raw = false, bytes = false, fstring = false;
    std::string_view body;
    int body_line = 0, body_col = 0; // where the body starts in the file
};

Literal split_literal(const Token& t) {
    Literal lit;
    size_t i = 0;
    while (i < t.text.size() && t.text[i] != '\'' && t.text[i] != '"') {
        char c = char(std::tolower((unsigned char)t.text[i]));
        if (c == 'r') lit.raw = true;
        if (c == 'b') lit.bytes = true;
        if (c == 'f') lit.fstring = true;
        ++i;
    }
    char q = t.text[i];
    size_t qlen = (t.text.size() - i >= 6 && t.text[i + 1] == q && t.text[i + 2] == q) ? 3 : 1;
    lit.body = t.text.substr(i + qlen, t.text.size() - i - 2 * qlen);
    lit.body_line = t.line;
    lit.body_col = t.col + int(i + qlen);
    return lit;
}

// Thrown to the caller who knows the token position. CPython places most literal
// errors at the token after the literal (where its parser stood when it decoded the
// string); `at_literal` ones cover the literal itself.
struct LiteralError {
    std::string message;
    bool at_literal = false;
};

// The position CPython's escape errors name for body offset `at`: it decodes a str
// literal after spelling each non-ASCII character as a 10-byte \UXXXXXXXX escape (and a
// backslash right before one as \u005c), so positions count those spellings.
size_t escape_position(std::string_view s, size_t at) {
    size_t pos = 0;
    for (size_t k = 0; k < at && k < s.size();) {
        auto c = (unsigned char)s[k];
        if (c < 0x80) {
            pos += (c == '\\' && k + 1 < s.size() && (unsigned char)s[k + 1] >= 0x80) ? 6 : 1;
            ++k;
            continue;
        }
        pos += 10;
        ++k;
        while (k < s.size() && ((unsigned char)s[k] & 0xC0) == 0x80) ++k;
    }
    return pos;
}

// Decodes backslash escapes of a (non-raw) str or bytes literal body.
std::string decode_escapes(std::string_view s, bool bytes) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c != '\\') {
            if (bytes && (unsigned char)c >= 0x80)
                throw LiteralError{"bytes can only contain ASCII literal characters", true};
            out += c;
            continue;
        }
        if (i + 1 >= s.size()) {
            out += '\\';
            break;
        }
        size_t backslash = i;
        auto at = [&] { return escape_position(s, backslash); }; // only for errors: it is O(n)
        char e = s[++i];
        switch (e) {
        case '\n': break;
        case '\\': out += '\\'; break;
        case '\'': out += '\''; break;
        case '"': out += '"'; break;
        case 'a': out += '\a'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'v': out += '\v'; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            uint32_t v = uint32_t(e - '0');
            for (int k = 0; k < 2 && i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '7'; ++k)
                v = v * 8 + uint32_t(s[++i] - '0');
            if (bytes) out += char(v & 0xFF);
            else utf8_append(out, v);
            break;
        }
        case 'x': {
            int h1 = i + 1 < s.size() ? hex_value(s[i + 1]) : -1;
            int h2 = i + 2 < s.size() ? hex_value(s[i + 2]) : -1;
            if (h1 < 0 || h2 < 0) {
                if (bytes) throw LiteralError{fmt::format("(value error) invalid \\x escape at position {}", at())};
                throw LiteralError{fmt::format("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                                               "{}-{}: truncated \\xXX escape",
                                               at(), at() + 1 + (h1 >= 0 ? 1 : 0))};
            }
            uint32_t v = uint32_t(h1 * 16 + h2);
            i += 2;
            if (bytes) out += char(v);
            else utf8_append(out, v);
            break;
        }
        case 'u': case 'U':
            if (!bytes) {
                int n = e == 'u' ? 4 : 8;
                uint32_t v = 0;
                int k = 0;
                for (; k < n && i + 1 < s.size() && hex_value(s[i + 1]) >= 0; ++k) v = v * 16 + uint32_t(hex_value(s[++i]));
                if (k < n)
                    throw LiteralError{fmt::format("(unicode error) 'unicodeescape' codec can't decode bytes in "
                                                   "position {}-{}: truncated \\{}{} escape",
                                                   at(), at() + 1 + k, e, e == 'u' ? "XXXX" : "XXXXXXXX")};
                if (v > 0x10FFFF)
                    throw LiteralError{fmt::format("(unicode error) 'unicodeescape' codec can't decode bytes in "
                                                   "position {}-{}: illegal Unicode character",
                                                   at(), at() + 9)};
                utf8_append(out, v);
                break;
            }
            out += '\\';
            out += e;
            break;
        case 'N':
            if (!bytes) throw LiteralError{"\\N{...} escapes are not supported", true};
            [[fallthrough]];
        default:
            // Unknown escapes keep their backslash (CPython only warns).
            out += '\\';
            out += e;
            break;
        }
    }
    return out;
}

} // namespace

// CPython reports most errors inside string literals at the token that follows them.
[[noreturn]] void fail_after_literal(const Lexer& lexer, const Token& next, const std::string& msg) {
    CompileError e;
    e.message = msg;
    e.filename = lexer.filename();
    e.line = next.line;
    e.end_line = next.end_line;
    e.col = next.col + 1;
    e.end_col = next.end_col + 1;
    throw e;
}

// Parses f-string bodies into JoinedStr parts.
class StringParser {
public:
    StringParser(Lexer& lexer, AstArena& arena, const Token& tok, const Token& next)
        : lexer_(lexer), arena_(arena), tok_(tok), next_(next) {}

    void parse(const Literal& lit, std::vector<Expr*>& parts, std::string& pending) {
        lit_ = &lit;
        size_t i = 0;
        parse_body(lit.body, i, 0, parts, pending);
    }

private:
    [[noreturn]] void fail(const std::string& msg) { fail_after_literal(lexer_, next_, msg); }
    [[noreturn]] void fail_at_literal(const std::string& msg) {
        CompileError e;
        e.message = msg;
        e.filename = lexer_.filename();
        e.line = tok_.line;
        e.col = tok_.col + 1;
        e.end_line = tok_.end_line;
        e.end_col = tok_.end_col + 1;
        throw e;
    }

    // CPython 3.11 reports an error in a replacement field's expression against the
    // expression alone, as it compiled it: wrapped in parentheses, columns counted in
    // bytes from the '(', and, unless the tokenizer found it, "f-string: " before the
    // message. The line stays the file's.
    static CompileError in_expression(CompileError e, const std::string& wrapped, int origin_line, int origin_col) {
        if (!e.text.empty()) return e; // already reported against a nested field's expression
        auto relative = [&](int line, int col) { return line == origin_line && col > 0 ? col - origin_col : col; };
        e.col = relative(e.line, e.col);
        e.end_col = relative(e.end_line, e.end_col);
        int nth = e.line - origin_line; // which line of the expression
        size_t from = 0;
        for (int k = 0; k < nth && from != std::string::npos; ++k) {
            from = wrapped.find('\n', from);
            if (from != std::string::npos) ++from;
        }
        if (from == std::string::npos) from = wrapped.size();
        size_t to = wrapped.find('\n', from);
        e.text = wrapped.substr(from, to == std::string::npos ? std::string::npos : to - from);
        if (!e.from_tokenizer) {
            e.message = "f-string: " + e.message;
            if (to == std::string::npos && from == 0) e.text += '\n';
        }
        return e;
    }

    // Where body offset `off` lies in the file (line, byte column).
    void locate(size_t off, int* line, int* col) {
        int l = lit_->body_line, c = lit_->body_col;
        std::string_view b = lit_->body;
        for (size_t k = 0; k < off && k < b.size(); ++k) {
            if (b[k] == '\n') {
                ++l;
                c = 0;
            } else {
                ++c;
            }
        }
        *line = l;
        *col = c;
    }

    void flush(std::string& raw_literal, std::string& pending) {
        if (raw_literal.empty()) return;
        try {
            pending += lit_->raw ? raw_literal : decode_escapes(raw_literal, false);
        } catch (const LiteralError& e) {
            if (e.at_literal) fail_at_literal(e.message);
            fail(e.message);
        }
        raw_literal.clear();
    }

    static void emit_pending(AstArena& arena, std::vector<Expr*>& parts, std::string& pending, const Pos& pos) {
        if (pending.empty()) return;
        auto* c = arena.make<ConstantExpr>();
        c->ck = ConstKind::Str;
        c->text = std::move(pending);
        c->pos = pos;
        pending.clear();
        parts.push_back(c);
    }

    // Parses literal text and replacement fields until the end of the body or, inside a
    // format spec (depth > 0), until the '}' closing the enclosing field.
    void parse_body(std::string_view b, size_t& i, int depth, std::vector<Expr*>& parts, std::string& pending) {
        std::string raw_literal;
        Pos tokpos{tok_.line, tok_.col, tok_.end_line, tok_.end_col};
        while (i < b.size()) {
            char c = b[i];
            if (c == '{') {
                if (depth == 0 && i + 1 < b.size() && b[i + 1] == '{') {
                    // CPython decodes the text up to a doubled brace as one piece (error
                    // positions count from the piece's start).
                    raw_literal += '{';
                    flush(raw_literal, pending);
                    i += 2;
                    continue;
                }
                flush(raw_literal, pending);
                emit_pending(arena_, parts, pending, tokpos);
                parse_field(b, i, depth, parts, pending);
                continue;
            }
            if (c == '}') {
                if (depth > 0) break;
                if (i + 1 < b.size() && b[i + 1] == '}') {
                    raw_literal += '}';
                    flush(raw_literal, pending);
                    i += 2;
                    continue;
                }
                fail("f-string: single '}' is not allowed");
            }
            if (c == '\\' && !lit_->raw && i + 1 < b.size()) {
                if (b[i + 1] == 'N' && i + 2 < b.size() && b[i + 2] == '{') fail_at_literal("\\N{...} escapes are not supported");
                raw_literal += c;
                raw_literal += b[i + 1];
                i += 2;
                continue;
            }
            raw_literal += c;
            ++i;
        }
        flush(raw_literal, pending);
        if (depth > 0) emit_pending(arena_, parts, pending, tokpos);
    }

    void parse_field(std::string_view b, size_t& i, int depth, std::vector<Expr*>& parts, std::string& pending) {
        if (depth >= 2) fail("f-string: expressions nested too deeply");
        size_t start = ++i; // after '{'
        // Find where the expression ends, as CPython's fstring_find_expr does: brackets
        // must match, and quotes, backslashes and comments are checked on the way.
        std::string brackets;
        char quote = 0;
        bool triple = false;
        size_t end = std::string_view::npos;
        for (; i < b.size(); ++i) {
            char c = b[i];
            if (c == '\\') fail("f-string expression part cannot include a backslash");
            if (quote) {
                if (c == quote && (!triple || (i + 2 < b.size() && b[i + 1] == quote && b[i + 2] == quote))) {
                    if (triple) i += 2;
                    quote = 0;
                }
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = c;
                triple = i + 2 < b.size() && b[i + 1] == c && b[i + 2] == c;
                if (triple) i += 2;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                brackets += c;
                continue;
            }
            if (c == '#') fail("f-string expression part cannot include '#'");
            if (brackets.empty() && (c == '!' || c == ':' || c == '}' || c == '=' || c == '<' || c == '>')) {
                char next = i + 1 < b.size() ? b[i + 1] : '\0';
                if (next == '=' && c != ':' && c != '}') { // != == <= >=
                    ++i;
                    continue;
                }
                if (c == '<' || c == '>') continue;
                end = i;
                break;
            }
            if (c == ')' || c == ']' || c == '}') {
                if (brackets.empty()) fail(fmt::format("f-string: unmatched '{}'", c));
                char open = brackets.back();
                brackets.pop_back();
                if ((open == '(') != (c == ')') || (open == '[') != (c == ']'))
                    fail(fmt::format("f-string: closing parenthesis '{}' does not match opening parenthesis '{}'", c,
                                     open));
            }
        }
        if (quote) fail("f-string: unterminated string");
        if (!brackets.empty()) fail(fmt::format("f-string: unmatched '{}'", brackets.back()));
        if (end == std::string_view::npos) fail("f-string: expecting '}'");
        bool self_doc = b[end] == '=';
        std::string_view expr_text = b.substr(start, end - start);
        if (expr_text.find_first_not_of(" \t\n\f") == std::string_view::npos) {
            if (b[end] != '}') fail(fmt::format("f-string: expression required before '{}'", b[end]));
            fail("f-string: empty expression not allowed");
        }

        // Parse the expression in place: wrapped in parentheses (so it may span lines),
        // positioned where it stands in the file.
        int line, col;
        locate(start, &line, &col);
        std::string wrapped = fmt::format("({})", expr_text);
        Lexer sub(wrapped, lexer_.filename(), line, col - 1);
        Parser p(sub, arena_);
        Expr* value = nullptr;
        try {
            value = p.parse_fstring_expression();
            if (!p.at(Tok::EndMarker) && !(p.at(Tok::Newline) && p.peek(1).type == Tok::EndMarker))
                fail("f-string: expecting '}'");
        } catch (const CompileError& e) {
            throw in_expression(e, wrapped, line, col - 1);
        }

        i = end;
        if (self_doc) {
            ++i; // '='
            size_t ws = i;
            while (i < b.size() && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n')) ++i;
            pending += std::string(expr_text) + "=" + std::string(b.substr(ws, i - ws));
            Pos tokpos{tok_.line, tok_.col, tok_.end_line, tok_.end_col};
            emit_pending(arena_, parts, pending, tokpos);
        }
        auto* fv = arena_.make<FormattedValueExpr>();
        fv->value = value;
        fv->pos = value->pos;
        if (i < b.size() && b[i] == '!') {
            if (i + 1 >= b.size()) fail("f-string: expecting '}'");
            char conv = b[i + 1];
            if (conv != 's' && conv != 'r' && conv != 'a')
                fail("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            fv->conversion = conv;
            i += 2;
            if (i < b.size() && b[i] != ':' && b[i] != '}') fail("f-string: expecting '}'");
        }
        if (i < b.size() && b[i] == ':') {
            ++i;
            auto* spec = arena_.make<JoinedStrExpr>();
            spec->pos = fv->pos;
            std::string spec_pending;
            parse_body(b, i, depth + 1, spec->values, spec_pending);
            fv->format_spec = spec;
        }
        if (i >= b.size() || b[i] != '}') fail("f-string: expecting '}'");
        ++i;
        if (self_doc && fv->conversion < 0 && !fv->format_spec) fv->conversion = 'r';
        parts.push_back(fv);
    }

    Lexer& lexer_;
    AstArena& arena_;
    const Token& tok_;
    const Token& next_; // the token after the literals: errors point at it
    const Literal* lit_ = nullptr;
};

Expr* parse_string_tokens(Lexer& lexer, AstArena& arena, const std::vector<Token>& toks, const Token& next) {
    bool any_bytes = false, any_str = false, any_f = false;
    for (const Token& t : toks) {
        Literal lit = split_literal(t);
        (lit.bytes ? any_bytes : any_str) = true;
        any_f |= lit.fstring;
    }
    if (any_bytes && any_str) fail_after_literal(lexer, next, "cannot mix bytes and nonbytes literals");
    auto fail_at = [&](const Token& t, const LiteralError& error) {
        if (!error.at_literal) fail_after_literal(lexer, next, error.message);
        CompileError e;
        e.message = error.message;
        e.filename = lexer.filename();
        e.line = t.line;
        e.col = t.col + 1;
        e.end_line = t.end_line;
        e.end_col = t.end_col + 1;
        throw e;
    };
    if (!any_f) {
        auto* c = arena.make<ConstantExpr>();
        c->ck = any_bytes ? ConstKind::Bytes : ConstKind::Str;
        for (const Token& t : toks) {
            Literal lit = split_literal(t);
            try {
                if (lit.raw) {
                    if (lit.bytes)
                        for (char ch : lit.body)
                            if ((unsigned char)ch >= 0x80)
                                throw LiteralError{"bytes can only contain ASCII literal characters", true};
                    c->text += lit.body;
                } else {
                    c->text += decode_escapes(lit.body, lit.bytes);
                }
            } catch (const LiteralError& e) {
                fail_at(t, e);
            }
        }
        return c;
    }
    auto* j = arena.make<JoinedStrExpr>();
    std::string pending;
    for (const Token& t : toks) {
        Literal lit = split_literal(t);
        if (lit.fstring) {
            StringParser sp(lexer, arena, t, next);
            sp.parse(lit, j->values, pending);
        } else {
            try {
                pending += lit.raw ? std::string(lit.body) : decode_escapes(lit.body, false);
            } catch (const LiteralError& e) {
                fail_at(t, e);
            }
        }
    }
    if (!pending.empty()) {
        auto* c = arena.make<ConstantExpr>();
        c->ck = ConstKind::Str;
        c->text = std::move(pending);
        c->pos = {toks.front().line, toks.front().col, toks.back().end_line, toks.back().end_col};
        j->values.push_back(c);
    }
    return j;
}

} // namespace gilt
