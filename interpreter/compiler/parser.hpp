// The parser: tokens to AST by recursive descent, with CPython's syntax-error messages.
#pragma once

#include <deque>
#include <string>
#include <string_view>

#include "compiler/ast.hpp"
#include "compiler/lexer.hpp"

namespace gilt {

class Parser {
public:
    enum class Mode { File, Eval, Interactive };

    Parser(Lexer& lexer, AstArena& arena) : lex_(lexer), arena_(arena) {}

    Module parse_module();   // a file / exec'd source
    Expr* parse_eval();      // one expression (eval mode)
    Module parse_interactive(); // one REPL input

    // Parses the expression inside an f-string replacement field (text between the
    // braces); used by the string-literal code.
    Expr* parse_fstring_expression();

private:
    // ---- tokens
    const Token& cur() { return peek(0); }
    const Token& peek(size_t n);
    Token advance();
    bool at(Op op) { return cur().type == Tok::Op && cur().op == op; }
    bool at(Tok t) { return cur().type == t; }
    bool at_name() { return cur().type == Tok::Name; }
    bool accept(Op op);
    void expect(Op op);
    void expect_colon();
    std::string expect_name();

    // ---- errors
    [[noreturn]] void error_at(const std::string& msg, const Pos& p);
    [[noreturn]] void error_at_token(const std::string& msg, const Token& t);
    [[noreturn]] void invalid_syntax(); // at the current token, after checking the tokenizer
    [[noreturn]] void indentation_error(const std::string& msg, const Token& t);
    [[noreturn]] void fail(const CompileError& e); // reports a parser error (see parser.cpp)
    [[noreturn]] void missing_except();
    void check_missing_comma(Expr* a);
    void check_legacy_print(Expr* e);
    void no_unpacking_in_comprehension(const Expr* element); // `[*a for a in b]`
    [[noreturn]] void unparenthesized_comprehension_target(const std::vector<Expr*>& elements, const Token* comma);

    // ---- statements
    void parse_statement(Body& out);
    void parse_simple_statements(Body& out);
    Stmt* parse_simple_statement();
    Stmt* parse_expression_statement();
    Body parse_block(const std::string& what, int line);
    Stmt* parse_if(SK kind);
    Stmt* parse_for(bool is_async, const Token& start);
    Stmt* parse_while();
    Stmt* parse_try();
    Stmt* parse_with(bool is_async, const Token& start);
    Stmt* parse_funcdef(std::vector<Expr*> decorators, bool is_async, const Token& start);
    Stmt* parse_classdef(std::vector<Expr*> decorators, const Token& start);
    Stmt* parse_decorated();
    Stmt* parse_import();
    Stmt* parse_from_import();
    Stmt* parse_return();
    Stmt* parse_raise();
    Stmt* parse_del();
    Stmt* parse_assert();
    Stmt* parse_global(SK kind);
    bool looks_like_match_statement();
    Arguments* parse_parameters(Op closing, bool allow_annotations);

    // ---- expressions
    Expr* parse_named_expression();
    Expr* parse_star_expressions();       // a, *b, c  (tuple without parentheses)
    Expr* parse_star_expression();
    Expr* parse_star_named_expression();
    Expr* parse_expression();             // ternaries and lambdas included
    Expr* parse_disjunction();
    Expr* parse_conjunction();
    Expr* parse_inversion();
    Expr* parse_comparison();
    Expr* parse_bitwise_or();
    Expr* parse_binary(int level);
    Expr* parse_factor();
    Expr* parse_power();
    Expr* parse_primary();
    Expr* parse_atom();
    Expr* parse_lambda();
    Expr* parse_yield();
    Expr* parse_paren();
    Expr* parse_list_display();
    Expr* parse_brace_display();
    Expr* parse_call(Expr* func, bool in_class_bases = false);
    Expr* parse_subscript(Expr* value);
    Expr* parse_slice_item();
    Expr* parse_strings();
    void parse_comprehension_clauses(std::vector<Comprehension>& out);
    Expr* parse_star_targets(); // for-loop / with targets, up to `in` or `:`
    Expr* parse_target_item();

    // ---- target validation
    void set_store(Expr* e, bool top_level_assign, bool in_statement);
    void set_del(Expr* e);
    void check_aug_target(Expr* e);

    template <class T, class... A> T* node(const Pos& p, A&&... args) {
        T* n = arena_.make<T>(std::forward<A>(args)...);
        n->pos = p;
        return n;
    }
    Pos pos_of(const Token& t) const { return {t.line, t.col, t.end_line, t.end_col}; }
    Pos span(const Pos& a, const Pos& b) const { return {a.line, a.col, b.end_line, b.end_col}; }
    Pos last_end() const { return {prev_.end_line, prev_.end_col, prev_.end_line, prev_.end_col}; }
    Pos from(const Pos& a) const { return {a.line, a.col, prev_.end_line, prev_.end_col}; }

    Lexer& lex_;
    AstArena& arena_;
    std::deque<Token> ahead_;
    Token prev_;
    int depth_ = 0;        // bracket nesting (for "Perhaps you forgot a comma?")
    int func_depth_ = 0;
    bool in_fstring_ = false;

    friend class StringParser;
};

// Decodes a sequence of adjacent string literal tokens (plain, raw, bytes, f-strings)
// into a Constant or a JoinedStr; `next` is the token after them, where CPython
// reports most errors in literals. Lives in strings.cpp.
Expr* parse_string_tokens(Lexer& lexer, AstArena& arena, const std::vector<Token>& toks, const Token& next);

} // namespace gilt
