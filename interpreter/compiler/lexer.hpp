// The tokenizer: source text to Python tokens (INDENT/DEDENT, strings, numbers, operators).
#pragma once

#include <climits>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gilt {

struct Pos;

enum class Tok : uint8_t { EndMarker, Newline, Indent, Dedent, Name, Number, String, Op };

// Operators, delimiters and keywords share one enum so the parser compares one byte.
enum class Op : uint8_t {
    None,
    // delimiters and operators
    LParen, RParen, LBracket, RBracket, LBrace, RBrace, Colon, Comma, Semi, Plus, Minus,
    Star, Slash, VBar, Amper, Less, Greater, Equal, Dot, Percent, EqEqual, NotEqual,
    LessEqual, GreaterEqual, Tilde, Circumflex, LeftShift, RightShift, DoubleStar,
    PlusEqual, MinEqual, StarEqual, SlashEqual, PercentEqual, AmperEqual, VBarEqual,
    CircumflexEqual, LeftShiftEqual, RightShiftEqual, DoubleStarEqual, DoubleSlash,
    DoubleSlashEqual, At, AtEqual, RArrow, Ellipsis, ColonEqual,
    // keywords
    False, None_, True, And, As, Assert, Async, Await, Break, Class, Continue, Def, Del,
    Elif, Else, Except, Finally, For, From, Global, If, Import, In, Is, Lambda, Nonlocal,
    Not, Or, Pass, Raise, Return, Try, While, With, Yield,
    Count
};

const char* op_text(Op op);
bool is_keyword(Op op);

// Positions: lines 1-based; columns are 0-based byte offsets into the line (converted
// to character offsets only when shown to a user).
struct Token {
    Tok type = Tok::EndMarker;
    Op op = Op::None;
    std::string_view text; // exact source text (for strings: prefix and quotes included)
    int line = 1, col = 0, end_line = 1, end_col = 0;
    bool at_eof = false; // a DEDENT or the ENDMARKER produced by the end of the source
};

// A SyntaxError (or IndentationError/TabError) found while compiling, positioned as
// CPython positions it. `col`/`end_col` are 1-based *byte* offsets in the line
// (0 = unknown); the caller converts them for display. An `end_col` of 0 or -1 is
// passed on as is: CPython's end_offset for errors whose range has no end.
struct CompileError {
    enum class Kind { Syntax, Indentation, Tab } kind = Kind::Syntax;
    // Tokenizer errors that a parser error found earlier in the file may outrank.
    enum class Cause { Other, UnclosedBracket, StrayCharacter, NullByte } cause = Cause::Other;
    bool at_eof = false; // positioned at the end of the source (CPython's offset differs by origin)
    bool from_tokenizer = false; // raised by the Lexer
    // The line to show, when it is not the source's own (an f-string's expression).
    std::string text;
    std::string message;
    std::string filename;
    int line = 0, col = 0, end_line = 0, end_col = 0;

    // A SyntaxError over an AST node's range, the way the parser, the symbol table and the
    // compiler all report one (Pos columns are 0-based, these 1-based).
    static CompileError over(const Pos& range, const std::string& message, const std::string& filename);
};

// Tokens are produced on demand, so that a parse error early in a file is reported
// before a tokenizer error later in it — as CPython does. The parser calls next().
class Lexer {
public:
    Lexer(std::string_view source, std::string filename);
    // A lexer for a fragment of a larger file (an f-string replacement field): tokens are
    // positioned as in the enclosing file, and indentation is not significant.
    Lexer(std::string_view fragment, std::string filename, int origin_line, int origin_col);

    Token next();
    // After a generic parse error CPython tokenizes the rest of the file and reports a
    // tokenizer error instead, if there is one (an unclosed bracket, a bad string).
    void scan_rest_for_errors();

    const std::string& filename() const { return filename_; }
    std::string_view source() const { return src_; }
    // The text of line `n` (1-based) without its newline.
    std::string_view line_text(int n) const;
    // The number of the source's last line (a final newline ends it, starts no other).
    int last_line() const;

    // Throws a CompileError on `line` from byte column `col` (1-based) to `end_col`.
    static constexpr int kEndAtStart = INT_MIN;
    [[noreturn]] void error(const std::string& msg, int line, int col, int end_col = kEndAtStart,
                            CompileError::Kind kind = CompileError::Kind::Syntax,
                            CompileError::Cause cause = CompileError::Cause::Other) const;

private:
    struct Bracket {
        char ch;
        int line, col;
    };

    bool at_end() const { return pos_ >= src_.size(); }
    char peek(size_t ahead = 0) const { return pos_ + ahead < src_.size() ? src_[pos_ + ahead] : '\0'; }
    int col_of(size_t p) const { return int(p - line_start_) + (line_ == origin_line_ ? origin_col_ : 0); }
    void newline_at(size_t p); // bookkeeping: a new physical line starts after p
    bool handle_indentation(Token& out);
    Token lex_name();
    Token lex_number();
    Token lex_string(size_t prefix_len);
    Token lex_operator();
    Token make(Tok t, size_t start, Op op = Op::None);
    [[noreturn]] void tab_error() const;
    void check_identifier_char(uint32_t cp, size_t at);

    std::string_view src_;
    std::string filename_;
    std::vector<size_t> line_starts_;
    size_t pos_ = 0;
    size_t line_start_ = 0;
    int line_ = 1;
    bool at_line_start_ = true;
    bool emitted_any_on_line_ = false;
    int pending_dedents_ = 0;
    bool eof_newline_done_ = false;
    std::vector<int> indents_{0};
    std::vector<int> alt_indents_{0};
    std::vector<Bracket> brackets_;
    int origin_line_ = 1;
    int origin_col_ = 0;
    bool fragment_ = false;
};

} // namespace gilt
