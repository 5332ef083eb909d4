// The parser: tokens to AST by recursive descent, with CPython's syntax-error messages.
#include "compiler/parser.hpp"

#include <algorithm>
#include <cstdlib>
#include <fmt/format.h>

namespace gilt {

namespace {

bool starts_expression(const Token& t) {
    switch (t.type) {
    case Tok::Name:
    case Tok::Number:
    case Tok::String:
        return true;
    case Tok::Op:
        switch (t.op) {
        case Op::LParen: case Op::LBracket: case Op::LBrace: case Op::Minus: case Op::Plus:
        case Op::Tilde: case Op::Ellipsis: case Op::Not: case Op::Lambda: case Op::Await:
        case Op::None_: case Op::True: case Op::False:
            return true;
        default:
            return false;
        }
    default:
        return false;
    }
}

bool is_name(const Expr* e, const char* id = nullptr) {
    return e && e->kind == EK::Name && (!id || static_cast<const NameExpr*>(e)->id == id);
}

bool is_bitwise_or_level(const Expr* e) {
    switch (e->kind) {
    case EK::Compare: case EK::BoolOp: case EK::IfExp: case EK::Lambda: case EK::NamedExpr:
    case EK::Yield: case EK::YieldFrom:
        return e->parenthesized;
    case EK::UnaryOp:
        return static_cast<const UnaryOpExpr*>(e)->op != UnaryKind::Not || e->parenthesized;
    default:
        return true;
    }
}

} // namespace

const char* expr_description(const Expr* e) {
    switch (e->kind) {
    case EK::Attribute: return "attribute";
    case EK::Subscript: return "subscript";
    case EK::Starred: return "starred";
    case EK::Name: return "name";
    case EK::List: return "list";
    case EK::Tuple: return "tuple";
    case EK::Lambda: return "lambda";
    case EK::Call: return "function call";
    case EK::BoolOp: case EK::BinOp: case EK::UnaryOp: return "expression";
    case EK::GeneratorExp: return "generator expression";
    case EK::Yield: case EK::YieldFrom: return "yield expression";
    case EK::Await: return "await expression";
    case EK::ListComp: return "list comprehension";
    case EK::SetComp: return "set comprehension";
    case EK::DictComp: return "dict comprehension";
    case EK::Dict: return "dict literal";
    case EK::Set: return "set display";
    case EK::JoinedStr: case EK::FormattedValue: return "f-string expression";
    case EK::Constant: {
        auto c = static_cast<const ConstantExpr*>(e);
        switch (c->ck) {
        case ConstKind::None: return "None";
        case ConstKind::True: return "True";
        case ConstKind::False: return "False";
        case ConstKind::Ellipsis: return "ellipsis";
        default: return "literal";
        }
    }
    case EK::Compare: return "comparison";
    case EK::IfExp: return "conditional expression";
    case EK::NamedExpr: return "named expression";
    case EK::Slice: return "slice";
    }
    return "expression";
}

// ------------------------------------------------------------------ tokens

const Token& Parser::peek(size_t n) {
    while (ahead_.size() <= n) {
        try {
            ahead_.push_back(lex_.next());
        } catch (const CompileError& e) {
            // A character no token starts with is CPython's ERRORTOKEN: a parser error,
            // which a tokenizer error further on may still outrank.
            if (e.cause != CompileError::Cause::StrayCharacter) throw;
            CompileError as_parser_error = e;
            as_parser_error.from_tokenizer = false;
            fail(as_parser_error);
        }
    }
    return ahead_[n];
}

Token Parser::advance() {
    peek(0);
    prev_ = ahead_.front();
    ahead_.pop_front();
    if (prev_.type == Tok::Op) {
        switch (prev_.op) {
        case Op::LParen: case Op::LBracket: case Op::LBrace: ++depth_; break;
        case Op::RParen: case Op::RBracket: case Op::RBrace: --depth_; break;
        default: break;
        }
    }
    return prev_;
}

bool Parser::accept(Op op) {
    if (!at(op)) return false;
    advance();
    return true;
}

void Parser::expect(Op op) {
    if (!accept(op)) invalid_syntax();
}

void Parser::expect_colon() {
    if (!at(Op::Colon)) {
        const Token& t = cur();
        Pos p = pos_of(t);
        if (t.type == Tok::Newline) p.end_col = p.col;
        error_at("expected ':'", p);
    }
    advance();
}

std::string Parser::expect_name() {
    if (!at_name()) invalid_syntax();
    return std::string(advance().text);
}

// ------------------------------------------------------------------ errors

CompileError CompileError::over(const Pos& range, const std::string& message, const std::string& filename) {
    CompileError e;
    e.message = message;
    e.filename = filename;
    e.line = range.line;
    e.col = range.col + 1;
    e.end_line = range.end_line;
    e.end_col = range.end_col + 1;
    return e;
}

void Parser::error_at(const std::string& msg, const Pos& p) { fail(CompileError::over(p, msg, lex_.filename())); }

// As CPython does, the rest of the source is tokenized before a parser error is
// reported: a tokenizer error further on (an unterminated string, a bad literal)
// explains the problem better and replaces it. An unclosed bracket replaces it only
// when the parser had read past the bracket's line; a stray character ends the scan.
void Parser::fail(const CompileError& e) {
    int read_up_to = ahead_.empty() ? prev_.line : ahead_.back().line;
    try {
        lex_.scan_rest_for_errors();
    } catch (const CompileError& later) {
        switch (later.cause) {
        case CompileError::Cause::UnclosedBracket:
            // CPython's second pass reads on from the error; it reaches the end of the
            // file when the bracket opens after the error or on a line before the last
            // one it read.
            if (read_up_to > later.line || later.line > e.line || (later.line == e.line && later.col > e.col))
                throw;
            break;
        case CompileError::Cause::StrayCharacter: break;
        case CompileError::Cause::Other:
        case CompileError::Cause::NullByte: throw;
        }
    }
    throw e;
}

void Parser::error_at_token(const std::string& msg, const Token& t) { error_at(msg, pos_of(t)); }

void Parser::indentation_error(const std::string& msg, const Token& t) {
    CompileError e;
    e.kind = CompileError::Kind::Indentation;
    e.message = msg;
    e.filename = lex_.filename();
    e.line = t.line;
    e.col = t.col + 1;
    e.end_line = t.line;
    e.end_col = -1; // CPython gives these no end
    throw e;
}

void Parser::invalid_syntax() {
    Token t = cur();
    if (t.type == Tok::Indent) indentation_error("unexpected indent", t);
    if (t.type == Tok::Dedent) indentation_error("unexpected unindent", t);
    // A tokenizer error further on (an unclosed bracket, an unterminated string) explains
    // a generic syntax error better than "invalid syntax" does, so CPython reports it.
    Pos p = pos_of(t);
    if (t.type == Tok::Newline || t.type == Tok::EndMarker) p.end_col = p.col;
    error_at("invalid syntax", p);
}

void Parser::check_missing_comma(Expr* a) {
    if (depth_ == 0 || !starts_expression(cur())) return;
    if (is_name(a, "print") || is_name(a, "exec")) {
        check_legacy_print(a); // `(print x)`: Python 2's statement inside brackets
        return;
    }
    if (is_name(a) && cur().type == Tok::String) return;
    Expr* b = parse_expression();
    error_at("invalid syntax. Perhaps you forgot a comma?", span(a->pos, b->pos));
}

void Parser::check_legacy_print(Expr* e) {
    if (!(is_name(e, "print") || is_name(e, "exec")) || e->parenthesized) return;
    if (!starts_expression(cur()) || at(Op::LParen)) return;
    Expr* rest = parse_star_expressions();
    if (depth_ > 0) check_missing_comma(rest); // `(print a b)` is the missing comma
    const std::string& id = static_cast<NameExpr*>(e)->id;
    error_at(fmt::format("Missing parentheses in call to '{}'. Did you mean {}(...)?", id, id), span(e->pos, rest->pos));
}

// ------------------------------------------------------------------ entry points

Module Parser::parse_module() {
    Module m;
    while (!at(Tok::EndMarker)) {
        if (at(Tok::Newline)) {
            advance();
            continue;
        }
        parse_statement(m.body);
    }
    return m;
}

Expr* Parser::parse_eval() {
    while (at(Tok::Newline)) advance();
    Expr* e = parse_star_expressions();
    while (at(Tok::Newline)) advance();
    if (!at(Tok::EndMarker)) {
        check_missing_comma(e);
        invalid_syntax();
    }
    return e;
}

Module Parser::parse_interactive() {
    Module m;
    while (at(Tok::Newline)) advance();
    if (at(Tok::EndMarker)) return m;
    parse_statement(m.body);
    while (at(Tok::Newline)) advance();
    if (!at(Tok::EndMarker)) {
        error_at("multiple statements found while compiling a single statement", pos_of(cur()));
    }
    return m;
}

Expr* Parser::parse_fstring_expression() {
    in_fstring_ = true;
    Expr* e;
    if (at(Op::Star)) {
        e = parse_star_expressions();
    } else if (at(Op::Yield)) {
        e = parse_yield();
    } else {
        e = parse_star_expressions();
    }
    return e;
}

// ------------------------------------------------------------------ statements

void Parser::parse_statement(Body& out) {
    const Token& t = cur();
    if (t.type == Tok::Indent) indentation_error("unexpected indent", Token{t.type, t.op, t.text, t.line, t.end_col - 1, t.line, t.end_col});
    if (t.type == Tok::Op) {
        switch (t.op) {
        case Op::If: out.push_back(parse_if(SK::If)); return;
        case Op::While: out.push_back(parse_while()); return;
        case Op::For: { Token s = advance(); out.push_back(parse_for(false, s)); return; }
        case Op::Try: out.push_back(parse_try()); return;
        case Op::With: { Token s = advance(); out.push_back(parse_with(false, s)); return; }
        case Op::Def: { Token s = cur(); out.push_back(parse_funcdef({}, false, s)); return; }
        case Op::Class: { Token s = cur(); out.push_back(parse_classdef({}, s)); return; }
        case Op::At: out.push_back(parse_decorated()); return;
        case Op::Async: {
            Token s = advance();
            if (at(Op::Def)) { out.push_back(parse_funcdef({}, true, s)); return; }
            if (at(Op::For)) { advance(); out.push_back(parse_for(true, s)); return; }
            if (at(Op::With)) { advance(); out.push_back(parse_with(true, s)); return; }
            invalid_syntax();
        }
        default: break;
        }
    }
    if (t.type == Tok::Name && t.text == "match" && looks_like_match_statement())
        error_at("'match' is not supported", pos_of(t));
    parse_simple_statements(out);
}

// `match` is a soft keyword: it starts a match statement only when the logical line
// ends with a colon and `match` is not used as a plain name (`match = 1`, `match.x`).
bool Parser::looks_like_match_statement() {
    const Token& next = peek(1);
    if (next.type == Tok::Newline || next.type == Tok::EndMarker) return false;
    if (next.type == Tok::Op) {
        switch (next.op) {
        case Op::Equal: case Op::Dot: case Op::Comma: case Op::RParen: case Op::Colon:
        case Op::PlusEqual: case Op::MinEqual: case Op::StarEqual: case Op::SlashEqual:
        case Op::Semi: case Op::EqEqual: case Op::NotEqual: case Op::Less: case Op::Greater:
        case Op::LessEqual: case Op::GreaterEqual: case Op::Percent: case Op::DoubleStar:
        case Op::VBar: case Op::Amper: case Op::Circumflex:
            return false;
        default: break;
        }
    }
    // Look for the final colon of the logical line.
    size_t n = 1;
    Token last;
    for (;; ++n) {
        const Token& t = peek(n);
        if (t.type == Tok::Newline || t.type == Tok::EndMarker) break;
        last = t;
        if (n > 4096) return false;
    }
    return last.type == Tok::Op && last.op == Op::Colon;
}

void Parser::parse_simple_statements(Body& out) {
    for (;;) {
        out.push_back(parse_simple_statement());
        if (accept(Op::Semi)) {
            if (at(Tok::Newline) || at(Tok::EndMarker)) break;
            continue;
        }
        break;
    }
    if (at(Tok::Newline)) {
        advance();
        return;
    }
    if (at(Tok::EndMarker)) return;
    invalid_syntax();
}

Stmt* Parser::parse_simple_statement() {
    const Token& t = cur();
    if (t.type == Tok::Op) {
        switch (t.op) {
        case Op::Pass: case Op::Break: case Op::Continue: {
            Token k = advance();
            SK kind = k.op == Op::Pass ? SK::Pass : k.op == Op::Break ? SK::Break : SK::Continue;
            return node<SimpleStmt>(pos_of(k), kind);
        }
        case Op::Return: return parse_return();
        case Op::Raise: return parse_raise();
        case Op::Global: return parse_global(SK::Global);
        case Op::Nonlocal: return parse_global(SK::Nonlocal);
        case Op::Del: return parse_del();
        case Op::Assert: return parse_assert();
        case Op::Import: return parse_import();
        case Op::From: return parse_from_import();
        default: break;
        }
    }
    return parse_expression_statement();
}

namespace {
bool augassign_op(Op op, BinOpKind* out) {
    switch (op) {
    case Op::PlusEqual: *out = BinOpKind::Add; return true;
    case Op::MinEqual: *out = BinOpKind::Sub; return true;
    case Op::StarEqual: *out = BinOpKind::Mul; return true;
    case Op::SlashEqual: *out = BinOpKind::TrueDiv; return true;
    case Op::DoubleSlashEqual: *out = BinOpKind::FloorDiv; return true;
    case Op::PercentEqual: *out = BinOpKind::Mod; return true;
    case Op::DoubleStarEqual: *out = BinOpKind::Pow; return true;
    case Op::LeftShiftEqual: *out = BinOpKind::LShift; return true;
    case Op::RightShiftEqual: *out = BinOpKind::RShift; return true;
    case Op::AmperEqual: *out = BinOpKind::BitAnd; return true;
    case Op::VBarEqual: *out = BinOpKind::BitOr; return true;
    case Op::CircumflexEqual: *out = BinOpKind::BitXor; return true;
    case Op::AtEqual: *out = BinOpKind::MatMul; return true;
    default: return false;
    }
}
} // namespace

Stmt* Parser::parse_expression_statement() {
    Expr* first = at(Op::Yield) ? parse_yield() : parse_star_expressions();

    // Annotated assignment: `x: int = 3` (annotations are evaluated, then ignored).
    if (at(Op::Colon)) {
        if (first->kind == EK::Tuple && !first->parenthesized)
            error_at("only single target (not tuple) can be annotated", first->pos);
        if (first->kind == EK::List) error_at("only single target (not list) can be annotated", first->pos);
        if (first->kind != EK::Name && first->kind != EK::Attribute && first->kind != EK::Subscript)
            error_at("illegal target for annotation", first->pos);
        advance();
        auto* s = node<AnnAssignStmt>(first->pos);
        s->target = first;
        s->simple = first->kind == EK::Name && !first->parenthesized;
        s->annotation = parse_expression();
        if (accept(Op::Equal)) s->value = at(Op::Yield) ? parse_yield() : parse_star_expressions();
        set_store(first, false, true);
        s->pos = from(first->pos);
        return s;
    }

    BinOpKind aug;
    if (cur().type == Tok::Op && augassign_op(cur().op, &aug)) {
        check_aug_target(first);
        advance();
        auto* s = node<AugAssignStmt>(first->pos);
        s->target = first;
        s->op = aug;
        s->value = at(Op::Yield) ? parse_yield() : parse_star_expressions();
        set_store(first, false, true);
        s->pos = from(first->pos);
        return s;
    }

    if (at(Op::Equal)) {
        std::vector<Expr*> chain{first};
        while (accept(Op::Equal)) {
            Expr* next = at(Op::Yield) ? parse_yield() : parse_star_expressions();
            chain.push_back(next);
        }
        auto* s = node<AssignStmt>(first->pos);
        s->value = chain.back();
        chain.pop_back();
        for (size_t i = 0; i < chain.size(); ++i) {
            if ((chain[i]->kind == EK::Yield || chain[i]->kind == EK::YieldFrom) && !chain[i]->parenthesized)
                error_at("assignment to yield expression not possible", chain[i]->pos);
            // CPython words an invalid *first* target as a probable typo for `==`
            // when the statement looks like a comparison (`1 = x`).
            bool typo_form = i == 0 && chain.size() == 1 && is_bitwise_or_level(s->value) &&
                             !(s->value->kind == EK::Tuple && !s->value->parenthesized);
            set_store(chain[i], typo_form, true);
        }
        s->targets = std::move(chain);
        s->pos = from(first->pos);
        return s;
    }

    if (first->kind == EK::Starred) error_at("can't use starred expression here", first->pos);
    if (!at(Tok::Newline) && !at(Op::Semi) && !at(Tok::EndMarker)) {
        check_legacy_print(first);
        check_missing_comma(first);
        if (at(Op::ColonEqual) && is_name(first)) invalid_syntax();
    }
    auto* s = node<ExprStmt>(first->pos);
    s->value = first;
    return s;
}

Body Parser::parse_block(const std::string& what, int line) {
    Body body;
    if (!at(Tok::Newline)) {
        parse_simple_statements(body); // `if x: y = 1` on one line
        return body;
    }
    advance();
    if (!at(Tok::Indent)) {
        Token t = cur();
        CompileError e;
        e.kind = CompileError::Kind::Indentation;
        e.message = fmt::format("expected an indented block after {} on line {}", what, line);
        e.filename = lex_.filename();
        // CPython's positions: the end of the last line when the file ends here, column 0
        // of a dedented line; neither has an end.
        if (t.at_eof) {
            e.line = e.end_line = lex_.last_line();
            e.col = int(lex_.line_text(e.line).size()) + 1;
            e.end_col = -1;
            e.at_eof = true;
        } else if (t.type == Tok::Dedent) {
            e.line = e.end_line = t.line;
            e.col = 0;
            e.end_col = -1;
        } else {
            e.line = t.line;
            e.col = t.col + 1;
            e.end_line = t.end_line;
            e.end_col = t.end_col + 1;
        }
        fail(e);
    }
    advance();
    while (!at(Tok::Dedent) && !at(Tok::EndMarker)) {
        if (at(Tok::Newline)) {
            advance();
            continue;
        }
        parse_statement(body);
    }
    if (at(Tok::Dedent)) advance();
    return body;
}

Stmt* Parser::parse_if(SK kind) {
    Token kw = advance(); // `if` or `elif`
    auto* s = node<IfStmt>(pos_of(kw), SK::If);
    s->test = parse_named_expression();
    expect_colon();
    s->body = parse_block(kind == SK::If && kw.op == Op::If ? "'if' statement" : "'elif' statement", kw.line);
    if (at(Op::Elif)) {
        Stmt* elif = parse_if(SK::While /* marks "elif" */);
        s->orelse.push_back(elif);
    } else if (at(Op::Else)) {
        Token e = advance();
        expect_colon();
        s->orelse = parse_block("'else' statement", e.line);
    }
    s->pos = from(pos_of(kw));
    return s;
}

Stmt* Parser::parse_while() {
    Token kw = advance();
    auto* s = node<IfStmt>(pos_of(kw), SK::While);
    s->test = parse_named_expression();
    expect_colon();
    s->body = parse_block("'while' statement", kw.line);
    if (at(Op::Else)) {
        Token e = advance();
        expect_colon();
        s->orelse = parse_block("'else' statement", e.line);
    }
    s->pos = from(pos_of(kw));
    return s;
}

Stmt* Parser::parse_for(bool is_async, const Token& start) {
    Token kw = prev_;
    auto* s = node<ForStmt>(pos_of(start));
    s->is_async = is_async;
    s->target = parse_star_targets();
    if (!accept(Op::In)) invalid_syntax();
    s->iter = parse_star_expressions();
    expect_colon();
    s->body = parse_block("'for' statement", kw.line);
    if (at(Op::Else)) {
        Token e = advance();
        expect_colon();
        s->orelse = parse_block("'else' statement", e.line);
    }
    s->pos = from(pos_of(start));
    return s;
}

// A `try` block followed by neither `except` nor `finally`. CPython points at what
// follows the block (at the end of the last line when the file ends there).
void Parser::missing_except() {
    const Token& t = cur();
    CompileError e;
    e.message = "expected 'except' or 'finally' block";
    e.filename = lex_.filename();
    if (t.at_eof) {
        e.line = e.end_line = lex_.last_line();
        e.col = int(lex_.line_text(e.line).size()) + 1;
        e.end_col = -1;
        e.at_eof = true;
    } else {
        e.line = t.line;
        e.col = t.col + 1;
        e.end_line = t.end_line;
        e.end_col = t.end_col + 1;
    }
    fail(e);
}

Stmt* Parser::parse_try() {
    Token kw = advance();
    auto* s = node<TryStmt>(pos_of(kw));
    expect_colon();
    s->body = parse_block("'try' statement", kw.line);
    while (at(Op::Except)) {
        Token ex = advance();
        ExceptHandler h;
        h.pos = pos_of(ex);
        if (at(Op::Star)) error_at("'except*' is not supported", pos_of(cur()));
        if (!at(Op::Colon)) {
            h.type = parse_expression();
            if (at(Op::Comma)) {
                // `except A, B:` is Python 2 syntax.
                Expr* first = h.type;
                std::vector<Expr*> rest;
                while (accept(Op::Comma)) rest.push_back(parse_expression());
                error_at("multiple exception types must be parenthesized", span(first->pos, rest.back()->pos));
            }
            if (accept(Op::As)) {
                if (!at_name()) invalid_syntax();
                h.name = std::string(advance().text);
            }
        }
        expect_colon();
        h.body = parse_block("'except' statement", ex.line);
        s->handlers.push_back(std::move(h));
    }
    if (at(Op::Else)) {
        if (s->handlers.empty()) missing_except();
        Token e = advance();
        expect_colon();
        s->orelse = parse_block("'else' statement", e.line);
    }
    if (at(Op::Finally)) {
        Token f = advance();
        expect_colon();
        s->finalbody = parse_block("'finally' statement", f.line);
    }
    if (s->handlers.empty() && s->finalbody.empty()) missing_except();
    s->pos = from(pos_of(kw));
    return s;
}

Stmt* Parser::parse_with(bool is_async, const Token& start) {
    Token kw = prev_;
    auto* s = node<WithStmt>(pos_of(start));
    s->is_async = is_async;
    // `with (a as b, c as d):` — parenthesized items — is told apart from a parenthesized
    // expression (`with (a, b) as c:`) by what follows the matching parenthesis.
    bool parenthesized_items = false;
    if (at(Op::LParen)) {
        int level = 0;
        for (size_t n = 0;; ++n) {
            const Token& t = peek(n);
            if (t.type == Tok::EndMarker || t.type == Tok::Newline) break;
            if (t.type != Tok::Op) continue;
            if (t.op == Op::LParen || t.op == Op::LBracket || t.op == Op::LBrace) ++level;
            if (t.op == Op::RParen || t.op == Op::RBracket || t.op == Op::RBrace) {
                if (--level == 0) {
                    const Token& after = peek(n + 1);
                    parenthesized_items = after.type == Tok::Op && after.op == Op::Colon;
                    break;
                }
            }
        }
    }
    auto parse_item = [&]() {
        WithItem item;
        item.context_expr = parse_expression();
        if (accept(Op::As)) {
            item.optional_vars = parse_target_item();
            set_store(item.optional_vars, false, false);
        }
        s->items.push_back(item);
    };
    if (parenthesized_items) {
        advance();
        for (;;) {
            parse_item();
            if (!accept(Op::Comma)) break;
            if (at(Op::RParen)) break;
        }
        expect(Op::RParen);
    } else {
        for (;;) {
            parse_item();
            if (!accept(Op::Comma)) break;
        }
    }
    expect_colon();
    s->body = parse_block("'with' statement", kw.line);
    s->pos = from(pos_of(start));
    return s;
}

Stmt* Parser::parse_decorated() {
    std::vector<Expr*> decorators;
    while (accept(Op::At)) {
        decorators.push_back(parse_named_expression());
        if (!at(Tok::Newline)) invalid_syntax();
        advance();
    }
    Token start = cur();
    if (at(Op::Def)) return parse_funcdef(std::move(decorators), false, start);
    if (at(Op::Class)) return parse_classdef(std::move(decorators), start);
    if (at(Op::Async) && peek(1).type == Tok::Op && peek(1).op == Op::Def) {
        advance();
        return parse_funcdef(std::move(decorators), true, start);
    }
    invalid_syntax();
}

Stmt* Parser::parse_funcdef(std::vector<Expr*> decorators, bool is_async, const Token& start) {
    Token kw = advance(); // def
    auto* s = node<FunctionDefStmt>(pos_of(start));
    s->decorators = std::move(decorators);
    s->is_async = is_async;
    s->name = expect_name();
    if (!at(Op::LParen)) {
        Pos p = pos_of(cur());
        if (cur().type == Tok::Newline) p.end_col = p.col;
        error_at("expected '('", p);
    }
    advance();
    s->args = parse_parameters(Op::RParen, true);
    expect(Op::RParen);
    if (accept(Op::RArrow)) s->returns = parse_expression();
    expect_colon();
    ++func_depth_;
    s->body = parse_block("function definition", kw.line);
    --func_depth_;
    s->pos = from(pos_of(start));
    return s;
}

Stmt* Parser::parse_classdef(std::vector<Expr*> decorators, const Token& start) {
    Token kw = advance(); // class
    auto* s = node<ClassDefStmt>(pos_of(start));
    s->decorators = std::move(decorators);
    s->name = expect_name();
    if (at(Op::LParen)) {
        Pos p = pos_of(cur());
        auto* call = static_cast<CallExpr*>(parse_call(node<NameExpr>(p), /*in_class_bases=*/true));
        s->bases = std::move(call->args);
        s->keywords = std::move(call->keywords);
    }
    expect_colon();
    s->body = parse_block("class definition", kw.line);
    s->pos = from(pos_of(start));
    return s;
}

Arguments* Parser::parse_parameters(Op closing, bool allow_annotations) {
    Arguments* a = arena_.make_arguments();
    bool seen_slash = false, seen_star = false, seen_default = false;
    Token bare_star;
    bool bare_star_pending = false;
    auto parse_param = [&](Arg& arg) {
        Token t = cur();
        if (!at_name()) invalid_syntax();
        advance();
        arg.name = std::string(t.text);
        arg.pos = pos_of(t);
        if (allow_annotations && accept(Op::Colon)) arg.annotation = parse_expression();
    };
    while (!at(closing)) {
        if (at(Op::Slash)) {
            Token t = advance();
            if (seen_slash) error_at_token("/ may appear only once", t);
            if (seen_star) error_at_token("/ must be ahead of *", t);
            if (a->args.empty()) error_at_token("at least one argument must precede /", t);
            seen_slash = true;
            a->posonlyargs = std::move(a->args);
            a->args.clear();
        } else if (at(Op::DoubleStar)) {
            advance();
            a->kwarg = std::make_unique<Arg>();
            parse_param(*a->kwarg);
            if (at(Op::Equal)) error_at_token("var-keyword argument cannot have default value", cur());
            if (accept(Op::Comma) && !at(closing))
                error_at_token("arguments cannot follow var-keyword argument", cur());
            break;
        } else if (at(Op::Star)) {
            Token t = advance();
            if (seen_star) error_at_token("* argument may appear only once", t);
            seen_star = true;
            if (at(Op::Comma) || at(closing)) {
                bare_star = t;
                bare_star_pending = true;
            } else {
                a->vararg = std::make_unique<Arg>();
                parse_param(*a->vararg);
                if (at(Op::Equal)) error_at_token("var-positional argument cannot have default value", cur());
            }
        } else {
            Arg arg;
            parse_param(arg);
            Expr* def = nullptr;
            if (accept(Op::Equal)) def = parse_expression();
            if (seen_star) {
                bare_star_pending = false;
                a->kwonlyargs.push_back(std::move(arg));
                a->kw_defaults.push_back(def);
            } else {
                if (def) {
                    seen_default = true;
                    a->defaults.push_back(def);
                } else if (seen_default) {
                    error_at("non-default argument follows default argument", arg.pos);
                }
                a->args.push_back(std::move(arg));
            }
        }
        if (!accept(Op::Comma)) break;
    }
    if (bare_star_pending) error_at_token("named arguments must follow bare *", bare_star);
    if (!at(closing)) invalid_syntax();
    return a;
}

Stmt* Parser::parse_import() {
    Token kw = advance();
    auto* s = node<ImportStmt>(pos_of(kw));
    for (;;) {
        Alias al;
        Token first = cur();
        al.name = expect_name();
        while (accept(Op::Dot)) {
            al.name += '.';
            al.name += expect_name();
        }
        if (accept(Op::As)) al.asname = expect_name();
        al.pos = from(pos_of(first));
        s->names.push_back(std::move(al));
        if (!accept(Op::Comma)) break;
    }
    s->pos = from(pos_of(kw));
    return s;
}

Stmt* Parser::parse_from_import() {
    Token kw = advance();
    auto* s = node<ImportFromStmt>(pos_of(kw));
    while (at(Op::Dot) || at(Op::Ellipsis)) s->level += advance().op == Op::Dot ? 1 : 3;
    if (at_name()) {
        s->module = expect_name();
        while (accept(Op::Dot)) s->module += "." + expect_name();
    } else if (s->level == 0) {
        invalid_syntax();
    }
    if (!accept(Op::Import)) invalid_syntax();
    if (at(Op::Star)) {
        Token st = advance();
        Alias al;
        al.name = "*";
        al.pos = pos_of(st);
        s->names.push_back(al);
    } else {
        bool paren = accept(Op::LParen);
        for (;;) {
            Alias al;
            Token first = cur();
            al.name = expect_name();
            if (accept(Op::As)) al.asname = expect_name();
            al.pos = from(pos_of(first));
            s->names.push_back(std::move(al));
            if (!accept(Op::Comma)) break;
            if (paren && at(Op::RParen)) break;
            if (!paren && (at(Tok::Newline) || at(Tok::EndMarker) || at(Op::Semi))) {
                Pos p = pos_of(cur());
                p.end_col = p.col;
                error_at("trailing comma not allowed without surrounding parentheses", p);
            }
        }
        if (paren) expect(Op::RParen);
    }
    s->pos = from(pos_of(kw));
    return s;
}

Stmt* Parser::parse_return() {
    Token kw = advance();
    auto* s = node<ReturnStmt>(pos_of(kw));
    if (!at(Tok::Newline) && !at(Op::Semi) && !at(Tok::EndMarker)) s->value = parse_star_expressions();
    s->pos = from(pos_of(kw));
    return s;
}

Stmt* Parser::parse_raise() {
    Token kw = advance();
    auto* s = node<RaiseStmt>(pos_of(kw));
    if (!at(Tok::Newline) && !at(Op::Semi) && !at(Tok::EndMarker)) {
        s->exc = parse_expression();
        if (accept(Op::From)) s->cause = parse_expression();
    }
    s->pos = from(pos_of(kw));
    return s;
}

Stmt* Parser::parse_del() {
    Token kw = advance();
    auto* s = node<DeleteStmt>(pos_of(kw));
    for (;;) {
        Expr* t = parse_target_item();
        set_del(t);
        s->targets.push_back(t);
        if (!accept(Op::Comma)) break;
        if (at(Tok::Newline) || at(Op::Semi) || at(Tok::EndMarker)) break;
    }
    s->pos = from(pos_of(kw));
    return s;
}

Stmt* Parser::parse_assert() {
    Token kw = advance();
    auto* s = node<AssertStmt>(pos_of(kw));
    s->test = parse_expression();
    if (accept(Op::Comma)) s->msg = parse_expression();
    s->pos = from(pos_of(kw));
    return s;
}

Stmt* Parser::parse_global(SK kind) {
    Token kw = advance();
    auto* s = node<NamesStmt>(pos_of(kw), kind);
    for (;;) {
        s->names.push_back(expect_name());
        if (!accept(Op::Comma)) break;
    }
    s->pos = from(pos_of(kw));
    return s;
}

// ------------------------------------------------------------------ targets

void Parser::set_store(Expr* e, bool typo_form, bool in_statement) {
    (void)in_statement;
    switch (e->kind) {
    case EK::Name:
        static_cast<NameExpr*>(e)->ctx = Ctx::Store;
        return;
    case EK::Attribute:
        static_cast<AttributeExpr*>(e)->ctx = Ctx::Store;
        return;
    case EK::Subscript:
        static_cast<SubscriptExpr*>(e)->ctx = Ctx::Store;
        return;
    case EK::Starred:
        static_cast<StarredExpr*>(e)->ctx = Ctx::Store;
        set_store(static_cast<StarredExpr*>(e)->value, false, in_statement);
        return;
    case EK::Tuple:
    case EK::List: {
        auto* seq = static_cast<SeqExpr*>(e);
        seq->ctx = Ctx::Store;
        for (Expr* x : seq->elts) set_store(x, false, in_statement);
        return;
    }
    default:
        break;
    }
    if (e->kind == EK::Constant) {
        auto* c = static_cast<ConstantExpr*>(e);
        if (c->ck == ConstKind::None || c->ck == ConstKind::True || c->ck == ConstKind::False)
            error_at(fmt::format("cannot assign to {}", expr_description(e)), e->pos);
    }
    if (typo_form)
        error_at(fmt::format("cannot assign to {} here. Maybe you meant '==' instead of '='?", expr_description(e)),
                 e->pos);
    error_at(fmt::format("cannot assign to {}", expr_description(e)), e->pos);
}

void Parser::set_del(Expr* e) {
    switch (e->kind) {
    case EK::Name:
        static_cast<NameExpr*>(e)->ctx = Ctx::Del;
        return;
    case EK::Attribute:
        static_cast<AttributeExpr*>(e)->ctx = Ctx::Del;
        return;
    case EK::Subscript:
        static_cast<SubscriptExpr*>(e)->ctx = Ctx::Del;
        return;
    case EK::Tuple:
    case EK::List: {
        auto* seq = static_cast<SeqExpr*>(e);
        seq->ctx = Ctx::Del;
        for (Expr* x : seq->elts) set_del(x);
        return;
    }
    default:
        error_at(fmt::format("cannot delete {}", expr_description(e)), e->pos);
    }
}

void Parser::check_aug_target(Expr* e) {
    if (e->kind == EK::Name || e->kind == EK::Attribute || e->kind == EK::Subscript) return;
    error_at(fmt::format("'{}' is an illegal expression for augmented assignment", expr_description(e)), e->pos);
}

// A target list up to `in` (for loops, comprehensions): star_targets in the grammar.
// Parsed as expressions at the bitwise-or level, then validated as targets.
Expr* Parser::parse_star_targets() {
    Expr* first = parse_target_item();
    if (!at(Op::Comma)) {
        if (first->kind == EK::Starred)
            error_at("starred assignment target must be in a list or tuple", first->pos);
        set_store(first, false, false);
        return first;
    }
    auto* t = node<SeqExpr>(first->pos, EK::Tuple);
    t->elts.push_back(first);
    while (accept(Op::Comma)) {
        if (at(Op::In) || at(Op::Equal) || at(Op::Colon)) break;
        t->elts.push_back(parse_target_item());
    }
    t->pos = from(first->pos);
    set_store(t, false, false);
    return t;
}

// A for/assignment target's `*x` is the same `'*' bitwise_or` as a star_expression's.
Expr* Parser::parse_target_item() {
    if (at(Op::Star)) return parse_star_expression();
    return parse_bitwise_or();
}

// ------------------------------------------------------------------ expressions

Expr* Parser::parse_named_expression() {
    if (at_name() && peek(1).type == Tok::Op && peek(1).op == Op::ColonEqual) {
        Token name = advance();
        advance();
        auto* target = node<NameExpr>(pos_of(name));
        target->id = std::string(name.text);
        target->ctx = Ctx::Store;
        auto* n = node<NamedExpr>(pos_of(name));
        n->target = target;
        n->value = parse_expression();
        n->pos = from(pos_of(name));
        return n;
    }
    Expr* e = parse_expression();
    if (at(Op::ColonEqual)) error_at(fmt::format("cannot use assignment expressions with {}", expr_description(e)), e->pos);
    if (at(Op::Equal) && !in_fstring_) {
        // `if x = 1:` — almost certainly meant `==`.
        advance();
        Expr* b = parse_bitwise_or();
        if (!at(Op::Equal) && !at(Op::ColonEqual)) {
            if (is_name(e) && !e->parenthesized)
                error_at("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", span(e->pos, b->pos));
            bool excluded = e->kind == EK::List || e->kind == EK::Tuple || e->kind == EK::GeneratorExp ||
                            (e->kind == EK::Constant && (static_cast<ConstantExpr*>(e)->ck == ConstKind::True ||
                                                         static_cast<ConstantExpr*>(e)->ck == ConstKind::None ||
                                                         static_cast<ConstantExpr*>(e)->ck == ConstKind::False));
            if (!excluded && is_bitwise_or_level(e))
                error_at(fmt::format("cannot assign to {} here. Maybe you meant '==' instead of '='?",
                                     expr_description(e)),
                         e->pos);
        }
        invalid_syntax();
    }
    return e;
}

Expr* Parser::parse_star_expressions() {
    Expr* first = parse_star_expression();
    if (!at(Op::Comma)) return first;
    auto* t = node<SeqExpr>(first->pos, EK::Tuple);
    t->elts.push_back(first);
    while (accept(Op::Comma)) {
        if (!starts_expression(cur()) && !at(Op::Star)) break;
        t->elts.push_back(parse_star_expression());
    }
    t->pos = from(first->pos);
    return t;
}

Expr* Parser::parse_star_expression() {
    if (at(Op::Star)) {
        Token st = advance();
        auto* s = node<StarredExpr>(pos_of(st));
        s->value = parse_bitwise_or();
        s->pos = from(pos_of(st));
        return s;
    }
    return parse_expression();
}

Expr* Parser::parse_star_named_expression() {
    if (at(Op::Star)) return parse_star_expression();
    return parse_named_expression();
}

Expr* Parser::parse_expression() {
    if (at(Op::Lambda)) return parse_lambda();
    Expr* body = parse_disjunction();
    if (at(Op::If)) {
        advance();
        Expr* test = parse_disjunction();
        if (!accept(Op::Else)) {
            if (at(Op::Colon)) invalid_syntax();
            error_at("expected 'else' after 'if' expression", span(body->pos, test->pos));
        }
        auto* e = node<IfExpExpr>(body->pos);
        e->body = body;
        e->test = test;
        e->orelse = parse_expression();
        e->pos = from(body->pos);
        return e;
    }
    return body;
}

Expr* Parser::parse_disjunction() {
    Expr* first = parse_conjunction();
    if (!at(Op::Or)) return first;
    auto* b = node<BoolOpExpr>(first->pos);
    b->is_and = false;
    b->values.push_back(first);
    while (accept(Op::Or)) b->values.push_back(parse_conjunction());
    b->pos = from(first->pos);
    return b;
}

Expr* Parser::parse_conjunction() {
    Expr* first = parse_inversion();
    if (!at(Op::And)) return first;
    auto* b = node<BoolOpExpr>(first->pos);
    b->is_and = true;
    b->values.push_back(first);
    while (accept(Op::And)) b->values.push_back(parse_inversion());
    b->pos = from(first->pos);
    return b;
}

Expr* Parser::parse_inversion() {
    if (at(Op::Not)) {
        Token t = advance();
        auto* u = node<UnaryOpExpr>(pos_of(t));
        u->op = UnaryKind::Not;
        u->operand = parse_inversion();
        u->pos = from(pos_of(t));
        return u;
    }
    return parse_comparison();
}

Expr* Parser::parse_comparison() {
    Expr* left = parse_bitwise_or();
    CompareExpr* cmp = nullptr;
    for (;;) {
        CmpKind k;
        if (cur().type != Tok::Op) break;
        switch (cur().op) {
        case Op::Less: k = CmpKind::Lt; break;
        case Op::LessEqual: k = CmpKind::Le; break;
        case Op::EqEqual: k = CmpKind::Eq; break;
        case Op::NotEqual:
            if (cur().text == "<>") invalid_syntax(); // Python 2's spelling, one token as in CPython
            k = CmpKind::Ne;
            break;
        case Op::Greater: k = CmpKind::Gt; break;
        case Op::GreaterEqual: k = CmpKind::Ge; break;
        case Op::In: k = CmpKind::In; break;
        case Op::Is: k = CmpKind::Is; break;
        case Op::Not:
            if (peek(1).type == Tok::Op && peek(1).op == Op::In) {
                k = CmpKind::NotIn;
                break;
            }
            goto done;
        default:
            goto done;
        }
        advance();
        if (k == CmpKind::NotIn) advance();
        if (k == CmpKind::Is && accept(Op::Not)) k = CmpKind::IsNot;
        if (!cmp) {
            cmp = node<CompareExpr>(left->pos);
            cmp->left = left;
        }
        cmp->ops.push_back(k);
        cmp->comparators.push_back(parse_bitwise_or());
    }
done:
    if (!cmp) return left;
    cmp->pos = from(left->pos);
    return cmp;
}

Expr* Parser::parse_bitwise_or() { return parse_binary(0); }

Expr* Parser::parse_binary(int level) {
    Expr* left = level == 5 ? parse_factor() : parse_binary(level + 1);
    for (;;) {
        if (cur().type != Tok::Op) return left;
        BinOpKind k;
        Op op = cur().op;
        switch (level) {
        case 0: if (op != Op::VBar) return left; k = BinOpKind::BitOr; break;
        case 1: if (op != Op::Circumflex) return left; k = BinOpKind::BitXor; break;
        case 2: if (op != Op::Amper) return left; k = BinOpKind::BitAnd; break;
        case 3:
            if (op == Op::LeftShift) k = BinOpKind::LShift;
            else if (op == Op::RightShift) k = BinOpKind::RShift;
            else return left;
            break;
        case 4:
            if (op == Op::Plus) k = BinOpKind::Add;
            else if (op == Op::Minus) k = BinOpKind::Sub;
            else return left;
            break;
        default:
            if (op == Op::Star) k = BinOpKind::Mul;
            else if (op == Op::Slash) k = BinOpKind::TrueDiv;
            else if (op == Op::DoubleSlash) k = BinOpKind::FloorDiv;
            else if (op == Op::Percent) k = BinOpKind::Mod;
            else if (op == Op::At) k = BinOpKind::MatMul;
            else return left;
            break;
        }
        advance();
        auto* b = node<BinOpExpr>(left->pos);
        b->left = left;
        b->op = k;
        b->right = level == 5 ? parse_factor() : parse_binary(level + 1);
        b->pos = from(left->pos);
        left = b;
    }
}

Expr* Parser::parse_factor() {
    if (cur().type == Tok::Op && (at(Op::Minus) || at(Op::Plus) || at(Op::Tilde))) {
        Token t = advance();
        auto* u = node<UnaryOpExpr>(pos_of(t));
        u->op = t.op == Op::Minus ? UnaryKind::Neg : t.op == Op::Plus ? UnaryKind::Pos : UnaryKind::Invert;
        u->operand = parse_factor();
        u->pos = from(pos_of(t));
        return u;
    }
    return parse_power();
}

Expr* Parser::parse_power() {
    Expr* base;
    if (at(Op::Await)) {
        Token t = advance();
        auto* a = node<YieldExpr>(pos_of(t), EK::Await);
        a->value = parse_primary();
        a->pos = from(pos_of(t));
        base = a;
    } else {
        base = parse_primary();
    }
    if (at(Op::DoubleStar)) {
        advance();
        auto* b = node<BinOpExpr>(base->pos);
        b->left = base;
        b->op = BinOpKind::Pow;
        b->right = parse_factor();
        b->pos = from(base->pos);
        return b;
    }
    return base;
}

Expr* Parser::parse_primary() {
    Expr* e = parse_atom();
    for (;;) {
        if (at(Op::Dot)) {
            advance();
            Token name = cur();
            if (!at_name()) invalid_syntax();
            advance();
            auto* a = node<AttributeExpr>(e->pos);
            a->value = e;
            a->attr = std::string(name.text);
            a->pos = from(e->pos);
            e = a;
        } else if (at(Op::LParen)) {
            e = parse_call(e);
        } else if (at(Op::LBracket)) {
            e = parse_subscript(e);
        } else {
            return e;
        }
    }
}

// The arguments of a call (or of a class statement: `in_class_bases`). CPython reports a
// positional argument after keywords only once the list is read, at the token where
// it stopped, so that error waits; a repeated keyword is the compiler's to report.
Expr* Parser::parse_call(Expr* func, bool in_class_bases) {
    Token lp = advance(); // (
    auto* c = node<CallExpr>(func->pos);
    c->func = func;
    bool seen_keyword = false, seen_double_star = false;
    const char* misplaced = nullptr; // "positional argument follows ..."
    while (!at(Op::RParen)) {
        if (at(Op::Star)) {
            Token st = advance();
            auto* s = node<StarredExpr>(pos_of(st));
            s->value = parse_expression();
            s->pos = from(pos_of(st));
            if (at(Op::For)) no_unpacking_in_comprehension(s);
            if (seen_double_star && !misplaced)
                error_at("iterable argument unpacking follows keyword argument unpacking", pos_of(st));
            c->args.push_back(s);
        } else if (at(Op::DoubleStar)) {
            Token st = advance();
            Keyword k;
            k.value = parse_expression();
            k.pos = from(pos_of(st));
            c->keywords.push_back(k);
            seen_double_star = true;
        } else if ((at(Op::True) || at(Op::False) || at(Op::None_)) && peek(1).type == Tok::Op &&
                   peek(1).op == Op::Equal) {
            Token name = advance();
            Token equal = advance();
            error_at(fmt::format("cannot assign to {}", name.text), span(pos_of(name), pos_of(equal)));
        } else if (at_name() && peek(1).type == Tok::Op && peek(1).op == Op::Equal) {
            Token name = advance();
            advance();
            Keyword k;
            k.arg = std::string(name.text);
            k.value = parse_expression();
            k.pos = from(pos_of(name));
            if (at(Op::For)) {
                Pos p = pos_of(name);
                p.end_col = p.col + int(name.text.size()) + 1;
                error_at("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", p);
            }
            c->keywords.push_back(k);
            seen_keyword = true;
        } else {
            // Not parse_named_expression(): a stray `=` here gets the call's own message.
            Expr* arg;
            if (at_name() && peek(1).type == Tok::Op && peek(1).op == Op::ColonEqual) {
                arg = parse_named_expression();
            } else {
                arg = parse_expression();
                if (at(Op::ColonEqual))
                    error_at(fmt::format("cannot use assignment expressions with {}", expr_description(arg)), arg->pos);
            }
            if (at(Op::For)) {
                // A generator expression as an argument: f(x for x in y).
                if (misplaced) error_at(misplaced, pos_of(cur()));
                bool alone = c->args.empty() && c->keywords.empty();
                Token for_token = cur();
                auto* g = node<CompExpr>(arg->pos, EK::GeneratorExp);
                g->elt = arg;
                parse_comprehension_clauses(g->generators);
                g->pos = from(arg->pos);
                if (in_class_bases && alone && at(Op::RParen)) error_at("invalid syntax", pos_of(for_token));
                bool trailing_comma = at(Op::Comma) && peek(1).type == Tok::Op && peek(1).op == Op::RParen;
                if (!alone || in_class_bases || !(at(Op::RParen) || trailing_comma))
                    error_at("Generator expression must be parenthesized", g->pos);
                // The call's parentheses are the generator expression's own (CPython's
                // position for it, shown in tracebacks of its frame).
                if (at(Op::RParen)) g->pos = span(pos_of(lp), pos_of(cur()));
                arg = g;
            } else if (at(Op::Equal)) {
                error_at("expression cannot contain assignment, perhaps you meant \"==\"?", span(arg->pos, pos_of(cur())));
            }
            if (!misplaced && seen_double_star) misplaced = "positional argument follows keyword argument unpacking";
            if (!misplaced && seen_keyword) misplaced = "positional argument follows keyword argument";
            c->args.push_back(arg);
        }
        if (!accept(Op::Comma)) {
            if (!at(Op::RParen)) {
                Expr* last = !c->keywords.empty() ? c->keywords.back().value
                             : !c->args.empty()   ? c->args.back()
                                                  : nullptr;
                if (last) check_missing_comma(last);
                invalid_syntax();
            }
            break;
        }
    }
    if (misplaced) error_at(misplaced, pos_of(cur()));
    expect(Op::RParen);
    c->pos = from(func->pos);
    return c;
}

Expr* Parser::parse_slice_item() {
    Token start = cur();
    Expr* lower = nullptr;
    if (!at(Op::Colon)) {
        lower = parse_star_named_expression();
        if (!at(Op::Colon)) return lower;
    }
    auto* s = node<SliceExpr>(pos_of(start));
    s->lower = lower;
    advance(); // :
    if (!at(Op::Colon) && !at(Op::RBracket) && !at(Op::Comma)) s->upper = parse_expression();
    if (accept(Op::Colon)) {
        if (!at(Op::RBracket) && !at(Op::Comma)) s->step = parse_expression();
    }
    s->pos = from(pos_of(start));
    return s;
}

Expr* Parser::parse_subscript(Expr* value) {
    advance(); // [
    auto* s = node<SubscriptExpr>(value->pos);
    s->value = value;
    Expr* first = parse_slice_item();
    // `x[*a]` subscripts with a tuple (PEP 646), as `x[*a,]` does.
    if (at(Op::Comma) || first->kind == EK::Starred) {
        auto* t = node<SeqExpr>(first->pos, EK::Tuple);
        t->elts.push_back(first);
        while (accept(Op::Comma)) {
            if (at(Op::RBracket)) break;
            t->elts.push_back(parse_slice_item());
        }
        t->pos = from(first->pos);
        first = t;
    }
    if (!at(Op::RBracket)) {
        check_missing_comma(first);
        invalid_syntax();
    }
    advance();
    s->slice = first;
    s->pos = from(value->pos);
    return s;
}

Expr* Parser::parse_atom() {
    const Token& t = cur();
    switch (t.type) {
    case Tok::Name: {
        Token n = advance();
        auto* e = node<NameExpr>(pos_of(n));
        e->id = std::string(n.text);
        return e;
    }
    case Tok::Number: {
        Token n = advance();
        auto* c = node<ConstantExpr>(pos_of(n));
        std::string digits;
        for (char ch : n.text)
            if (ch != '_') digits += ch;
        bool is_float = false;
        if (digits.size() > 1 && digits[0] == '0' && (digits[1] == 'x' || digits[1] == 'X')) {
            c->base = 16;
            digits = digits.substr(2);
        } else if (digits.size() > 1 && digits[0] == '0' && (digits[1] == 'o' || digits[1] == 'O')) {
            c->base = 8;
            digits = digits.substr(2);
        } else if (digits.size() > 1 && digits[0] == '0' && (digits[1] == 'b' || digits[1] == 'B')) {
            c->base = 2;
            digits = digits.substr(2);
        } else {
            is_float = digits.find_first_of(".eE") != std::string::npos;
        }
        if (is_float) {
            c->ck = ConstKind::Float;
            c->number = std::strtod(digits.c_str(), nullptr);
        } else {
            c->ck = ConstKind::Int;
            // Strip leading zeros of decimal literals like 000.
            if (c->base == 10) {
                size_t nz = digits.find_first_not_of('0');
                digits = nz == std::string::npos ? "0" : digits.substr(nz);
            }
            c->text = digits;
        }
        return c;
    }
    case Tok::String:
        return parse_strings();
    case Tok::Op:
        switch (t.op) {
        case Op::LParen: return parse_paren();
        case Op::LBracket: return parse_list_display();
        case Op::LBrace: return parse_brace_display();
        case Op::None_: case Op::True: case Op::False: case Op::Ellipsis: {
            Token k = advance();
            auto* c = node<ConstantExpr>(pos_of(k));
            c->ck = k.op == Op::None_ ? ConstKind::None
                    : k.op == Op::True ? ConstKind::True
                    : k.op == Op::False ? ConstKind::False
                                         : ConstKind::Ellipsis;
            return c;
        }
        default:
            break;
        }
        break;
    default:
        break;
    }
    invalid_syntax();
}

Expr* Parser::parse_strings() {
    std::vector<Token> toks;
    while (at(Tok::String)) toks.push_back(advance());
    Expr* e = nullptr;
    try {
        e = parse_string_tokens(lex_, arena_, toks, cur());
    } catch (const CompileError& error) {
        fail(error);
    }
    e->pos = span(pos_of(toks.front()), pos_of(toks.back()));
    return e;
}

Expr* Parser::parse_yield() {
    Token kw = advance();
    if (accept(Op::From)) {
        auto* y = node<YieldExpr>(pos_of(kw), EK::YieldFrom);
        y->value = parse_expression();
        y->pos = from(pos_of(kw));
        return y;
    }
    auto* y = node<YieldExpr>(pos_of(kw), EK::Yield);
    if (starts_expression(cur()) || at(Op::Star)) y->value = parse_star_expressions();
    y->pos = from(pos_of(kw));
    return y;
}

Expr* Parser::parse_paren() {
    Token lp = advance();
    if (at(Op::RParen)) {
        advance();
        auto* t = node<SeqExpr>(pos_of(lp), EK::Tuple);
        t->pos = from(pos_of(lp));
        t->parenthesized = true;
        return t;
    }
    if (at(Op::Yield)) {
        Expr* y = parse_yield();
        expect(Op::RParen);
        y->parenthesized = true; // its position stays its own, as any parenthesized expression's
        return y;
    }
    Expr* first = parse_star_named_expression();
    if (at(Op::For)) {
        no_unpacking_in_comprehension(first);
        auto* g = node<CompExpr>(pos_of(lp), EK::GeneratorExp);
        g->elt = first;
        parse_comprehension_clauses(g->generators);
        if (!at(Op::RParen)) invalid_syntax();
        advance();
        g->pos = from(pos_of(lp));
        g->parenthesized = true;
        return g;
    }
    if (at(Op::Comma)) {
        auto* t = node<SeqExpr>(pos_of(lp), EK::Tuple);
        t->elts.push_back(first);
        while (accept(Op::Comma)) {
            if (at(Op::RParen)) break;
            t->elts.push_back(parse_star_named_expression());
        }
        if (!at(Op::RParen)) {
            check_missing_comma(t->elts.back());
            invalid_syntax();
        }
        advance();
        t->pos = from(pos_of(lp));
        t->parenthesized = true;
        return t;
    }
    if (!at(Op::RParen)) {
        check_missing_comma(first);
        invalid_syntax();
    }
    advance();
    if (first->kind == EK::Starred) error_at("cannot use starred expression here", first->pos);
    first->parenthesized = true;
    return first;
}

// `[a, b for ...]`: the target list needs parentheses. The range ends at the last
// element, or at the comma when one ends the list.
void Parser::unparenthesized_comprehension_target(const std::vector<Expr*>& elements, const Token* comma) {
    Pos end = comma ? pos_of(*comma) : elements.back()->pos;
    error_at("did you forget parentheses around the comprehension target?", span(elements.front()->pos, end));
}

void Parser::no_unpacking_in_comprehension(const Expr* element) {
    if (element->kind == EK::Starred) error_at("iterable unpacking cannot be used in comprehension", element->pos);
}

Expr* Parser::parse_list_display() {
    Token lb = advance();
    auto* l = node<SeqExpr>(pos_of(lb), EK::List);
    if (at(Op::RBracket)) {
        advance();
        l->pos = from(pos_of(lb));
        return l;
    }
    Expr* first = parse_star_named_expression();
    if (at(Op::For)) {
        no_unpacking_in_comprehension(first);
        auto* c = node<CompExpr>(pos_of(lb), EK::ListComp);
        c->elt = first;
        parse_comprehension_clauses(c->generators);
        if (!at(Op::RBracket)) invalid_syntax();
        advance();
        c->pos = from(pos_of(lb));
        return c;
    }
    l->elts.push_back(first);
    while (accept(Op::Comma)) {
        if (at(Op::RBracket)) break;
        if (at(Op::For)) unparenthesized_comprehension_target(l->elts, &prev_);
        l->elts.push_back(parse_star_named_expression());
    }
    if (at(Op::For)) unparenthesized_comprehension_target(l->elts, nullptr);
    if (!at(Op::RBracket)) {
        check_missing_comma(l->elts.back());
        invalid_syntax();
    }
    advance();
    l->pos = from(pos_of(lb));
    return l;
}

Expr* Parser::parse_brace_display() {
    Token lb = advance();
    auto* d = node<DictExpr>(pos_of(lb));
    // The value after `key:`, with CPython's words for the two usual slips.
    auto dict_value = [&]() -> Expr* {
        if (at(Op::RBrace) || at(Op::Comma)) error_at("expression expected after dictionary key and ':'", pos_of(prev_));
        if (at(Op::Star)) {
            Token star = advance();
            Expr* starred = parse_bitwise_or();
            error_at("cannot use a starred expression in a dictionary value", span(pos_of(star), starred->pos));
        }
        return parse_expression();
    };
    // The remaining `key: value` / `**mapping` items of a dict display.
    auto dict_rest = [&]() -> Expr* {
        while (accept(Op::Comma)) {
            if (at(Op::RBrace)) break;
            if (accept(Op::DoubleStar)) {
                d->keys.push_back(nullptr);
                d->values.push_back(parse_bitwise_or());
                continue;
            }
            Expr* k = parse_expression();
            if (!at(Op::Colon)) {
                if (at(Op::Comma) || at(Op::RBrace)) {
                    Pos p = k->pos; // CPython: the key's last character, no end
                    p.line = p.end_line;
                    p.col = k->pos.end_col - 1;
                    p.end_col = -1;
                    error_at("':' expected after dictionary key", p);
                }
                check_missing_comma(k);
                invalid_syntax();
            }
            advance();
            d->keys.push_back(k);
            d->values.push_back(dict_value());
        }
        if (!at(Op::RBrace)) {
            if (!d->values.empty()) check_missing_comma(d->values.back());
            invalid_syntax();
        }
        advance();
        d->pos = from(pos_of(lb));
        return d;
    };
    if (at(Op::RBrace)) {
        advance();
        d->pos = from(pos_of(lb));
        return d;
    }
    if (at(Op::DoubleStar)) {
        Token stars = advance();
        d->keys.push_back(nullptr);
        d->values.push_back(parse_bitwise_or());
        if (at(Op::For)) error_at("dict unpacking cannot be used in dict comprehension", pos_of(stars));
        return dict_rest();
    }
    Expr* first = parse_star_named_expression();
    if (at(Op::Colon) && first->kind != EK::Starred) {
        advance();
        Expr* value = dict_value();
        if (at(Op::For)) {
            auto* c = node<CompExpr>(pos_of(lb), EK::DictComp);
            c->elt = first;
            c->value = value;
            parse_comprehension_clauses(c->generators);
            if (!at(Op::RBrace)) invalid_syntax();
            advance();
            c->pos = from(pos_of(lb));
            return c;
        }
        d->keys.push_back(first);
        d->values.push_back(value);
        return dict_rest();
    }
    if (at(Op::For)) {
        no_unpacking_in_comprehension(first);
        auto* c = node<CompExpr>(pos_of(lb), EK::SetComp);
        c->elt = first;
        parse_comprehension_clauses(c->generators);
        if (!at(Op::RBrace)) invalid_syntax();
        advance();
        c->pos = from(pos_of(lb));
        return c;
    }
    auto* s = node<SeqExpr>(pos_of(lb), EK::Set);
    s->elts.push_back(first);
    while (accept(Op::Comma)) {
        if (at(Op::RBrace)) break;
        if (at(Op::For)) unparenthesized_comprehension_target(s->elts, &prev_);
        s->elts.push_back(parse_star_named_expression());
    }
    if (at(Op::For)) unparenthesized_comprehension_target(s->elts, nullptr);
    if (!at(Op::RBrace)) {
        check_missing_comma(s->elts.back());
        invalid_syntax();
    }
    advance();
    s->pos = from(pos_of(lb));
    return s;
}

void Parser::parse_comprehension_clauses(std::vector<Comprehension>& out) {
    while (at(Op::For) || (at(Op::Async) && peek(1).type == Tok::Op && peek(1).op == Op::For)) {
        Comprehension c;
        if (accept(Op::Async)) c.is_async = true;
        advance(); // for
        c.target = parse_star_targets();
        if (!accept(Op::In)) invalid_syntax();
        c.iter = parse_disjunction();
        while (at(Op::If)) {
            advance();
            c.ifs.push_back(parse_disjunction());
        }
        out.push_back(std::move(c));
    }
}

Expr* Parser::parse_lambda() {
    Token kw = advance();
    auto* l = node<LambdaExpr>(pos_of(kw));
    l->args = parse_parameters(Op::Colon, false);
    expect(Op::Colon);
    ++func_depth_;
    l->body = parse_expression();
    --func_depth_;
    l->pos = from(pos_of(kw));
    return l;
}

} // namespace gilt
