// The tokenizer: source text to Python tokens (INDENT/DEDENT, strings, numbers, operators).
#include "compiler/lexer.hpp"

#include <algorithm>
#include <cstring>
#include <cwctype>
#include <wctype.h>
#include <fmt/format.h>
#include <locale.h>

namespace gilt {

namespace {

struct OpSpelling {
    const char* text;
    Op op;
};

// Longest spellings first so a greedy scan finds `**=` before `**` before `*`.
constexpr OpSpelling kOperators[] = {
    {"**=", Op::DoubleStarEqual}, {"//=", Op::DoubleSlashEqual}, {">>=", Op::RightShiftEqual},
    {"<<=", Op::LeftShiftEqual}, {"...", Op::Ellipsis},     {"->", Op::RArrow},
    {":=", Op::ColonEqual},      {"**", Op::DoubleStar},    {"//", Op::DoubleSlash},
    {"<<", Op::LeftShift},       {">>", Op::RightShift},    {"<=", Op::LessEqual},
    {">=", Op::GreaterEqual},    {"==", Op::EqEqual},       {"!=", Op::NotEqual},
    {"<>", Op::NotEqual}, // Python 2's spelling: one token, which the parser rejects
    {"+=", Op::PlusEqual},       {"-=", Op::MinEqual},      {"*=", Op::StarEqual},
    {"/=", Op::SlashEqual},      {"%=", Op::PercentEqual},  {"&=", Op::AmperEqual},
    {"|=", Op::VBarEqual},       {"^=", Op::CircumflexEqual}, {"@=", Op::AtEqual},
    {"(", Op::LParen},           {")", Op::RParen},         {"[", Op::LBracket},
    {"]", Op::RBracket},         {"{", Op::LBrace},         {"}", Op::RBrace},
    {":", Op::Colon},            {",", Op::Comma},          {";", Op::Semi},
    {"+", Op::Plus},             {"-", Op::Minus},          {"*", Op::Star},
    {"/", Op::Slash},            {"|", Op::VBar},           {"&", Op::Amper},
    {"<", Op::Less},             {">", Op::Greater},        {"=", Op::Equal},
    {".", Op::Dot},              {"%", Op::Percent},        {"~", Op::Tilde},
    {"^", Op::Circumflex},       {"@", Op::At},
};

constexpr OpSpelling kKeywords[] = {
    {"False", Op::False},   {"None", Op::None_},       {"True", Op::True},     {"and", Op::And},
    {"as", Op::As},         {"assert", Op::Assert},    {"async", Op::Async},   {"await", Op::Await},
    {"break", Op::Break},   {"class", Op::Class},      {"continue", Op::Continue},
    {"def", Op::Def},       {"del", Op::Del},          {"elif", Op::Elif},     {"else", Op::Else},
    {"except", Op::Except}, {"finally", Op::Finally},  {"for", Op::For},       {"from", Op::From},
    {"global", Op::Global}, {"if", Op::If},            {"import", Op::Import}, {"in", Op::In},
    {"is", Op::Is},         {"lambda", Op::Lambda},    {"nonlocal", Op::Nonlocal},
    {"not", Op::Not},       {"or", Op::Or},            {"pass", Op::Pass},     {"raise", Op::Raise},
    {"return", Op::Return}, {"try", Op::Try},          {"while", Op::While},   {"with", Op::With},
    {"yield", Op::Yield},
};

Op keyword_of(std::string_view s) {
    if (s.size() < 2 || s.size() > 8 || (!(s[0] >= 'a' && s[0] <= 'z') && s[0] != 'F' && s[0] != 'N' && s[0] != 'T'))
        return Op::None;
    for (const auto& k : kKeywords)
        if (s == k.text) return k.op;
    return Op::None;
}

bool is_ascii_ident_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool is_ascii_ident_char(char c) { return is_ascii_ident_start(c) || (c >= '0' && c <= '9'); }

// Unicode letter tests for identifiers use the C.UTF-8 locale's classification (no
// dependency on a Unicode database library for this one question).
locale_t utf8_locale() {
    static locale_t loc = newlocale(LC_CTYPE_MASK, "C.UTF-8", nullptr);
    return loc;
}

uint32_t decode_at(std::string_view s, size_t i, size_t* len) {
    unsigned char c = s[i];
    if (c < 0x80) {
        *len = 1;
        return c;
    }
    int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    uint32_t cp = n == 4 ? c & 0x07 : n == 3 ? c & 0x0F : n == 2 ? c & 0x1F : c;
    for (int k = 1; k < n && i + k < s.size(); ++k) cp = (cp << 6) | (s[i + k] & 0x3F);
    *len = size_t(n);
    return cp;
}

} // namespace

const char* op_text(Op op) {
    for (const auto& o : kOperators)
        if (o.op == op) return o.text;
    for (const auto& k : kKeywords)
        if (k.op == op) return k.text;
    return "?";
}

bool is_keyword(Op op) { return op >= Op::False && op < Op::Count; }

Lexer::Lexer(std::string_view source, std::string filename) : filename_(std::move(filename)) {
    src_ = source;
    if (src_.size() >= 3 && std::memcmp(src_.data(), "\xEF\xBB\xBF", 3) == 0) pos_ = line_start_ = 3;
    line_starts_.push_back(line_start_);
    for (size_t i = 0; i < src_.size(); ++i)
        if (src_[i] == '\n') line_starts_.push_back(i + 1);
}

Lexer::Lexer(std::string_view fragment, std::string filename, int origin_line, int origin_col)
    : filename_(std::move(filename)) {
    src_ = fragment;
    line_starts_.push_back(0);
    for (size_t i = 0; i < src_.size(); ++i)
        if (src_[i] == '\n') line_starts_.push_back(i + 1);
    line_ = origin_line_ = origin_line;
    origin_col_ = origin_col;
    fragment_ = true;
    at_line_start_ = false;
}

int Lexer::last_line() const {
    bool terminated = !src_.empty() && src_.back() == '\n';
    return int(line_starts_.size()) - (terminated ? 1 : 0);
}

std::string_view Lexer::line_text(int n) const {
    if (n < 1 || size_t(n) > line_starts_.size()) return {};
    size_t b = line_starts_[size_t(n) - 1];
    size_t e = src_.find('\n', b);
    if (e == std::string_view::npos) e = src_.size();
    return src_.substr(b, e - b);
}

void Lexer::error(const std::string& msg, int line, int col, int end_col, CompileError::Kind kind,
                  CompileError::Cause cause) const {
    CompileError e;
    e.kind = kind;
    e.cause = cause;
    e.from_tokenizer = true;
    e.message = msg;
    e.filename = filename_;
    e.line = e.end_line = line;
    e.col = col;
    e.end_col = end_col == kEndAtStart ? col : end_col;
    throw e;
}

// CPython reports a TabError at column 1 of the line, with no end.
void Lexer::tab_error() const {
    error("inconsistent use of tabs and spaces in indentation", line_, 1, 0, CompileError::Kind::Tab);
}

void Lexer::newline_at(size_t p) {
    ++line_;
    line_start_ = p + 1;
}

Token Lexer::make(Tok t, size_t start, Op op) {
    Token tok;
    tok.type = t;
    tok.op = op;
    tok.text = src_.substr(start, pos_ - start);
    tok.end_line = line_;
    tok.end_col = col_of(pos_);
    return tok;
}

// Measures the indentation of a new logical line and emits INDENT/DEDENT as needed.
// Returns true if `out` holds a token to return. Blank and comment-only lines are
// skipped entirely, as in CPython.
bool Lexer::handle_indentation(Token& out) {
    for (;;) {
        int col = 0, alt = 0;
        size_t p = pos_;
        for (; p < src_.size(); ++p) {
            char c = src_[p];
            if (c == ' ') {
                ++col;
                ++alt;
            } else if (c == '\t') {
                col = (col / 8 + 1) * 8;
                alt = alt + 1;
            } else if (c == '\f') {
                col = alt = 0;
            } else {
                break;
            }
        }
        pos_ = p;
        if (p >= src_.size()) return false; // EOF: handled by next()
        char c = src_[p];
        if (c == '#' || c == '\n') {
            // Blank line: skip to the next one.
            while (pos_ < src_.size() && src_[pos_] != '\n') ++pos_;
            if (pos_ >= src_.size()) return false;
            newline_at(pos_);
            ++pos_;
            continue;
        }
        at_line_start_ = false;
        int top = indents_.back();
        if (col == top) {
            if (alt != alt_indents_.back()) tab_error();
            return false;
        }
        if (col > top) {
            if (alt <= alt_indents_.back()) tab_error();
            indents_.push_back(col);
            alt_indents_.push_back(alt);
            out = Token{};
            out.type = Tok::Indent;
            out.line = out.end_line = line_;
            out.col = 0;
            out.end_col = col_of(pos_);
            return true;
        }
        int dedents = 0;
        while (indents_.size() > 1 && col < indents_.back()) {
            indents_.pop_back();
            alt_indents_.pop_back();
            ++dedents;
        }
        // CPython reports this one past the end of the line, with no end.
        if (col != indents_.back())
            error("unindent does not match any outer indentation level", line_, int(line_text(line_).size()) + 1, -1,
                  CompileError::Kind::Indentation);
        if (alt != alt_indents_.back()) tab_error();
        pending_dedents_ = dedents - 1;
        out = Token{};
        out.type = Tok::Dedent;
        out.line = out.end_line = line_;
        out.col = out.end_col = col_of(pos_);
        return true;
    }
}

Token Lexer::next() {
    if (pending_dedents_ > 0) {
        --pending_dedents_;
        Token t;
        t.type = Tok::Dedent;
        t.line = t.end_line = line_;
        t.col = t.end_col = col_of(pos_);
        return t;
    }
    if (at_line_start_ && brackets_.empty() && !fragment_) {
        Token t;
        if (handle_indentation(t)) return t;
    }
    for (;;) {
        // Skip spaces, comments and continuation lines.
        while (pos_ < src_.size()) {
            char c = src_[pos_];
            if (c == ' ' || c == '\t' || c == '\f') {
                ++pos_;
            } else if (c == '#') {
                while (pos_ < src_.size() && src_[pos_] != '\n') ++pos_;
            } else if (c == '\\') {
                // CPython places both errors just after the backslash.
                if (pos_ + 1 >= src_.size()) error("unexpected EOF while parsing", line_, col_of(pos_) + 2, -1);
                if (src_[pos_ + 1] != '\n')
                    error("unexpected character after line continuation character", line_, col_of(pos_) + 2, 0);
                if (pos_ + 2 >= src_.size())
                    error("unexpected EOF while parsing", line_, col_of(pos_) + 2, -1);
                newline_at(pos_ + 1);
                pos_ += 2;
            } else {
                break;
            }
        }
        if (pos_ >= src_.size()) {
            if (!brackets_.empty()) {
                const Bracket& b = brackets_.back();
                error(fmt::format("'{}' was never closed", b.ch), b.line, b.col + 1, 0, CompileError::Kind::Syntax,
                      CompileError::Cause::UnclosedBracket);
            }
            Token t;
            t.line = t.end_line = line_;
            t.col = t.end_col = col_of(pos_);
            if (emitted_any_on_line_ && !eof_newline_done_) {
                eof_newline_done_ = true;
                emitted_any_on_line_ = false;
                t.type = Tok::Newline;
                return t;
            }
            t.at_eof = true;
            if (indents_.size() > 1) {
                indents_.pop_back();
                alt_indents_.pop_back();
                t.type = Tok::Dedent;
                return t;
            }
            t.type = Tok::EndMarker;
            return t;
        }
        char c = src_[pos_];
        if (c == '\n') {
            size_t at = pos_;
            newline_at(pos_);
            ++pos_;
            if (!brackets_.empty()) continue; // implicit line joining
            at_line_start_ = !fragment_;
            if (!emitted_any_on_line_ && !fragment_) {
                Token t;
                if (handle_indentation(t)) return t;
                continue;
            }
            emitted_any_on_line_ = false;
            Token t;
            t.type = Tok::Newline;
            t.line = t.end_line = line_ - 1;
            t.col = t.end_col = int(at - line_starts_[size_t(line_ - origin_line_ - 1)]);
            return t;
        }
        emitted_any_on_line_ = true;
        Token t;
        if (is_ascii_ident_start(c) || (unsigned char)c >= 0x80) {
            t = lex_name();
        } else if ((c >= '0' && c <= '9') || (c == '.' && peek(1) >= '0' && peek(1) <= '9')) {
            t = lex_number();
        } else if (c == '"' || c == '\'') {
            t = lex_string(0);
        } else {
            t = lex_operator();
        }
        return t;
    }
}

void Lexer::check_identifier_char(uint32_t cp, size_t at) {
    if (cp < 0x80) return;
    if (::iswalnum_l(wint_t(cp), utf8_locale())) return;
    // Combining marks and connector punctuation are allowed inside identifiers; the
    // locale does not classify them, so accept the common combining ranges.
    if ((cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x1AB0 && cp <= 0x1AFF) || (cp >= 0x20D0 && cp <= 0x20FF) ||
        cp == 0x203F || cp == 0x2040)
        return;
    std::string ch(src_.substr(at, 1));
    size_t len;
    decode_at(src_, at, &len);
    ch = std::string(src_.substr(at, len));
    if (!::iswprint_l(wint_t(cp), utf8_locale()) || cp == 0xA0 || cp == 0xFEFF)
        error(fmt::format("invalid non-printable character U+{:04X}", cp), line_, col_of(at) + 1);
    error(fmt::format("invalid character '{}' (U+{:04X})", ch, cp), line_, col_of(at) + 1);
}

Token Lexer::lex_name() {
    size_t start = pos_;
    int col = col_of(pos_);
    while (pos_ < src_.size()) {
        char c = src_[pos_];
        if (is_ascii_ident_char(c)) {
            ++pos_;
        } else if ((unsigned char)c >= 0x80) {
            size_t len;
            uint32_t cp = decode_at(src_, pos_, &len);
            check_identifier_char(cp, pos_);
            pos_ += len;
        } else {
            break;
        }
    }
    std::string_view text = src_.substr(start, pos_ - start);
    // String prefixes: r, b, u, f and two-letter combinations, directly before a quote.
    if (text.size() <= 2 && pos_ < src_.size() && (src_[pos_] == '"' || src_[pos_] == '\'')) {
        std::string lower;
        for (char ch : text) lower += char(std::tolower((unsigned char)ch));
        if (lower == "r" || lower == "b" || lower == "u" || lower == "f" || lower == "br" || lower == "rb" ||
            lower == "fr" || lower == "rf") {
            pos_ = start;
            return lex_string(text.size());
        }
    }
    Token t = make(Tok::Name, start, keyword_of(text));
    t.line = line_;
    t.col = col;
    if (t.op != Op::None) t.type = Tok::Op;
    return t;
}

Token Lexer::lex_number() {
    size_t start = pos_;
    int col = col_of(pos_);
    auto dec = [](char c) { return c >= '0' && c <= '9'; };
    // Error columns follow CPython's tokenizer: an error found at a character that
    // cannot continue the literal points just before it (the offset is the number
    // of characters consumed so far).
    auto digits = [&](auto is_digit, const char* kind) {
        // digit (["_"] digit)*
        bool any = false;
        for (;;) {
            char c = peek();
            if (is_digit(c)) {
                ++pos_;
                any = true;
            } else if (c == '_' && any && is_digit(peek(1))) {
                pos_ += 1;
            } else if (c == '_') {
                // CPython names a decimal digit that cannot follow "0o1_" / "0b1_".
                if (dec(peek(1)) && std::strcmp(kind, "decimal") != 0 && std::strcmp(kind, "hexadecimal") != 0)
                    error(fmt::format("invalid digit '{}' in {} literal", peek(1), kind), line_, col_of(pos_ + 2));
                ++pos_;
                error(fmt::format("invalid {} literal", kind), line_, col_of(pos_));
            } else {
                break;
            }
        }
        return any;
    };
    auto finish = [&](const char* kind) {
        // A number directly followed by a name character is an error, as in CPython.
        char c = peek();
        if (is_ascii_ident_char(c) || (unsigned char)c >= 0x80) {
            // `1if x else y` is legal Python (a deprecated spelling); allow keywords.
            std::string_view rest = src_.substr(pos_);
            for (const char* kw : {"and", "else", "for", "if", "in", "is", "not", "or"}) {
                size_t n = std::strlen(kw);
                if (rest.substr(0, n) == kw && (rest.size() == n || !is_ascii_ident_char(rest[n])))
                    return;
            }
            error(fmt::format("invalid {} literal", kind), line_, col_of(pos_));
        }
    };
    if (peek() == '0' && (peek(1) == 'x' || peek(1) == 'X' || peek(1) == 'o' || peek(1) == 'O' ||
                          peek(1) == 'b' || peek(1) == 'B')) {
        char kind = char(std::tolower((unsigned char)peek(1)));
        pos_ += 2;
        const char* name = kind == 'x' ? "hexadecimal" : kind == 'o' ? "octal" : "binary";
        if (peek() == '_') ++pos_;
        auto ok = [kind](char c) {
            if (kind == 'x') return std::isxdigit((unsigned char)c) != 0;
            if (kind == 'o') return c >= '0' && c <= '7';
            return c == '0' || c == '1';
        };
        bool any = digits(ok, name);
        if (dec(peek()) && kind != 'x') {
            error(fmt::format("invalid digit '{}' in {} literal", peek(), name), line_, col_of(pos_) + 1);
        }
        if (!any) error(fmt::format("invalid {} literal", name), line_, col_of(pos_));
        finish(name);
        Token t = make(Tok::Number, start);
        t.line = line_;
        t.col = col;
        return t;
    }
    bool is_float = false;
    if (peek() != '.') {
        bool leading_zero = peek() == '0';
        digits(dec, "decimal");
        std::string_view intpart = src_.substr(start, pos_ - start);
        if (leading_zero && peek() != '.' && peek() != 'e' && peek() != 'E' && peek() != 'j' && peek() != 'J') {
            size_t first_nonzero = intpart.find_first_not_of("0_");
            // CPython's range ends just past the first digit after the zeros.
            if (first_nonzero != std::string_view::npos)
                error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for "
                      "octal integers",
                      line_, col + 1, col_of(start + first_nonzero + 1));
        }
    }
    if (peek() == '.') {
        is_float = true;
        ++pos_;
        if (dec(peek())) digits(dec, "decimal");
    }
    if (peek() == 'e' || peek() == 'E') {
        size_t save = pos_;
        ++pos_;
        bool sign = peek() == '+' || peek() == '-';
        if (sign) ++pos_;
        if (!dec(peek())) {
            // `1else` is the number 1 and the keyword (a deprecated spelling CPython accepts).
            std::string_view rest = src_.substr(save);
            bool keyword = !sign && rest.starts_with("else") && (rest.size() == 4 || !is_ascii_ident_char(rest[4]));
            if (!keyword) error("invalid decimal literal", line_, col_of(sign ? pos_ : save));
            pos_ = save;
        } else {
            digits(dec, "decimal");
            is_float = true;
        }
    }
    if (peek() == 'j' || peek() == 'J') {
        ++pos_;
        error("complex numbers are not supported", line_, col + 1, col_of(pos_) + 1);
    }
    (void)is_float;
    finish("decimal");
    Token t = make(Tok::Number, start);
    t.line = line_;
    t.col = col;
    return t;
}

Token Lexer::lex_string(size_t prefix_len) {
    size_t start = pos_;
    int start_line = line_;
    int col = col_of(pos_);
    pos_ += prefix_len;
    char quote = src_[pos_];
    bool triple = peek(1) == quote && peek(2) == quote;
    pos_ += triple ? 3 : 1;
    for (;;) {
        if (pos_ >= src_.size()) {
            // CPython reports the line of the last character, not the empty line after it.
            int last_line = (!src_.empty() && src_.back() == '\n') ? line_ - 1 : line_;
            if (triple)
                error(fmt::format("unterminated triple-quoted string literal (detected at line {})", last_line),
                      start_line, col + 1);
            error(fmt::format("unterminated string literal (detected at line {})", start_line), start_line,
                  col + 1);
        }
        char c = src_[pos_];
        if (c == '\\') {
            if (pos_ + 1 < src_.size() && src_[pos_ + 1] == '\n') newline_at(pos_ + 1);
            pos_ += 2;
            continue;
        }
        if (c == '\n') {
            if (!triple)
                error(fmt::format("unterminated string literal (detected at line {})", start_line), start_line,
                      col + 1);
            newline_at(pos_);
            ++pos_;
            continue;
        }
        if (c == quote) {
            if (!triple) {
                ++pos_;
                break;
            }
            if (peek(1) == quote && peek(2) == quote) {
                pos_ += 3;
                break;
            }
        }
        ++pos_;
    }
    Token t = make(Tok::String, start);
    t.line = start_line;
    t.col = col;
    return t;
}

Token Lexer::lex_operator() {
    size_t start = pos_;
    int col = col_of(pos_);
    std::string_view rest = src_.substr(pos_);
    for (const auto& o : kOperators) {
        size_t n = std::strlen(o.text);
        if (rest.substr(0, n) == o.text) {
            pos_ += n;
            char ch = o.text[0];
            if (n == 1 && (ch == '(' || ch == '[' || ch == '{')) {
                brackets_.push_back({ch, line_, col});
            } else if (n == 1 && (ch == ')' || ch == ']' || ch == '}')) {
                if (brackets_.empty()) error(fmt::format("unmatched '{}'", ch), line_, col + 1);
                Bracket open = brackets_.back();
                char want = open.ch == '(' ? ')' : open.ch == '[' ? ']' : '}';
                if (ch != want) {
                    if (open.line != line_)
                        error(fmt::format("closing parenthesis '{}' does not match opening parenthesis '{}' on "
                                          "line {}",
                                          ch, open.ch, open.line),
                              line_, col + 1);
                    error(fmt::format("closing parenthesis '{}' does not match opening parenthesis '{}'", ch,
                                      open.ch),
                          line_, col + 1);
                }
                brackets_.pop_back();
            }
            Token t = make(Tok::Op, start, o.op);
            t.line = line_;
            t.col = col;
            return t;
        }
    }
    unsigned char c = (unsigned char)src_[pos_];
    if (c >= 0x80) {
        size_t len;
        uint32_t cp = decode_at(src_, pos_, &len);
        check_identifier_char(cp, pos_);
    }
    if (c < 0x20 && c != '\t')
        error(fmt::format("invalid non-printable character U+{:04X}", c), line_, col + 1);
    ++pos_; // past it, so that a scan of the rest goes on after it
    error("invalid syntax", line_, col + 1, col + 2, CompileError::Kind::Syntax, CompileError::Cause::StrayCharacter);
}

void Lexer::scan_rest_for_errors() {
    for (;;) {
        Token t = next();
        if (t.type == Tok::EndMarker) return;
    }
}

} // namespace gilt
