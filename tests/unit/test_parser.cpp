// Unit tests for the parser: AST shapes, target contexts, and SyntaxError messages/positions.
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include <fmt/format.h>

#include "compiler/ast.hpp"
#include "compiler/lexer.hpp"
#include "compiler/parser.hpp"
#include "support.hpp"

using namespace gilt;

namespace {

// A compact, fully parenthesized rendering of the AST, so that a test states the exact
// tree: operators print infix inside parentheses ("(a + (b * c))"), a chained
// comparison stays one node ("(a < b < c)"), targets show their context ("x!" is a
// store, "x~" a deletion), and statements print as Kind(...).
std::string dump(const Expr* e);

std::string dump_list(const std::vector<Expr*>& v) {
    std::string out;
    for (size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + dump(v[i]);
    return out;
}

const char* ctx_mark(Ctx c) { return c == Ctx::Store ? "!" : c == Ctx::Del ? "~" : ""; }

const char* binop_text(BinOpKind k) {
    switch (k) {
    case BinOpKind::Add: return "+";
    case BinOpKind::Sub: return "-";
    case BinOpKind::Mul: return "*";
    case BinOpKind::TrueDiv: return "/";
    case BinOpKind::FloorDiv: return "//";
    case BinOpKind::Mod: return "%";
    case BinOpKind::Pow: return "**";
    case BinOpKind::LShift: return "<<";
    case BinOpKind::RShift: return ">>";
    case BinOpKind::BitAnd: return "&";
    case BinOpKind::BitOr: return "|";
    case BinOpKind::BitXor: return "^";
    case BinOpKind::MatMul: return "@";
    }
    return "?";
}

const char* cmp_text(CmpKind k) {
    switch (k) {
    case CmpKind::Lt: return "<";
    case CmpKind::Le: return "<=";
    case CmpKind::Eq: return "==";
    case CmpKind::Ne: return "!=";
    case CmpKind::Gt: return ">";
    case CmpKind::Ge: return ">=";
    case CmpKind::In: return "in";
    case CmpKind::NotIn: return "not in";
    case CmpKind::Is: return "is";
    case CmpKind::IsNot: return "is not";
    }
    return "?";
}

std::string dump_arguments(const Arguments* a) {
    std::string out;
    auto add = [&](const std::string& s) { out += (out.empty() ? "" : ", ") + s; };
    size_t npos = a->posonlyargs.size() + a->args.size();
    size_t first_default = npos - a->defaults.size();
    size_t i = 0;
    auto param = [&](const Arg& arg) {
        std::string s = arg.name;
        if (i >= first_default) s += fmt::format("={}", dump(a->defaults[i - first_default]));
        ++i;
        add(s);
    };
    for (const Arg& arg : a->posonlyargs) param(arg);
    if (!a->posonlyargs.empty()) add("/");
    for (const Arg& arg : a->args) param(arg);
    if (a->vararg) add(fmt::format("*{}", a->vararg->name));
    else if (!a->kwonlyargs.empty()) add("*");
    for (size_t k = 0; k < a->kwonlyargs.size(); ++k)
        add(a->kw_defaults[k] ? fmt::format("{}={}", a->kwonlyargs[k].name, dump(a->kw_defaults[k])) : a->kwonlyargs[k].name);
    if (a->kwarg) add(fmt::format("**{}", a->kwarg->name));
    return out;
}

std::string dump_generators(const std::vector<Comprehension>& gens) {
    std::string out;
    for (const Comprehension& g : gens) {
        out += " for " + dump(g.target) + " in " + dump(g.iter);
        for (const Expr* cond : g.ifs) out += " if " + dump(cond);
    }
    return out;
}

std::string dump_constant(const ConstantExpr* c) {
    switch (c->ck) {
    case ConstKind::None: return "None";
    case ConstKind::True: return "True";
    case ConstKind::False: return "False";
    case ConstKind::Ellipsis: return "...";
    case ConstKind::Int: return c->base == 10 ? c->text : fmt::format("int({}, base {})", c->text, c->base);
    case ConstKind::Float: return fmt::format("{}", c->number);
    case ConstKind::Str: return "'" + c->text + "'";
    case ConstKind::Bytes: return "b'" + c->text + "'";
    }
    return "?";
}

std::string dump(const Expr* e) {
    if (!e) return "<null>";
    switch (e->kind) {
    case EK::Name: {
        auto n = static_cast<const NameExpr*>(e);
        return n->id + ctx_mark(n->ctx);
    }
    case EK::Constant: return dump_constant(static_cast<const ConstantExpr*>(e));
    case EK::JoinedStr: return "f(" + dump_list(static_cast<const JoinedStrExpr*>(e)->values) + ")";
    case EK::FormattedValue: {
        auto f = static_cast<const FormattedValueExpr*>(e);
        std::string out = "{" + dump(f->value);
        if (f->conversion >= 0) out += std::string("!") + char(f->conversion);
        if (f->format_spec) out += ":" + dump(f->format_spec);
        return out + "}";
    }
    case EK::BinOp: {
        auto b = static_cast<const BinOpExpr*>(e);
        return "(" + dump(b->left) + " " + binop_text(b->op) + " " + dump(b->right) + ")";
    }
    case EK::UnaryOp: {
        auto u = static_cast<const UnaryOpExpr*>(e);
        const char* op = u->op == UnaryKind::Neg ? "-" : u->op == UnaryKind::Pos ? "+" : u->op == UnaryKind::Invert ? "~" : "not ";
        return std::string("(") + op + dump(u->operand) + ")";
    }
    case EK::BoolOp: {
        auto b = static_cast<const BoolOpExpr*>(e);
        std::string out = "(";
        for (size_t i = 0; i < b->values.size(); ++i) out += (i ? (b->is_and ? " and " : " or ") : "") + dump(b->values[i]);
        return out + ")";
    }
    case EK::Compare: {
        auto c = static_cast<const CompareExpr*>(e);
        std::string out = "(" + dump(c->left);
        for (size_t i = 0; i < c->ops.size(); ++i) out += std::string(" ") + cmp_text(c->ops[i]) + " " + dump(c->comparators[i]);
        return out + ")";
    }
    case EK::Call: {
        auto c = static_cast<const CallExpr*>(e);
        std::string out = dump(c->func) + "(" + dump_list(c->args);
        for (const Keyword& k : c->keywords)
            out += (out.back() == '(' ? "" : ", ") + (k.arg.empty() ? "**" : k.arg + "=") + dump(k.value);
        return out + ")";
    }
    case EK::Attribute: {
        auto a = static_cast<const AttributeExpr*>(e);
        return dump(a->value) + "." + a->attr + ctx_mark(a->ctx);
    }
    case EK::Subscript: {
        auto s = static_cast<const SubscriptExpr*>(e);
        return dump(s->value) + "[" + dump(s->slice) + "]" + ctx_mark(s->ctx);
    }
    case EK::Slice: {
        auto s = static_cast<const SliceExpr*>(e);
        return (s->lower ? dump(s->lower) : "") + ":" + (s->upper ? dump(s->upper) : "") +
               (s->step ? ":" + dump(s->step) : "");
    }
    case EK::Starred: {
        auto s = static_cast<const StarredExpr*>(e);
        return "*" + dump(s->value) + ctx_mark(s->ctx);
    }
    case EK::List: {
        auto s = static_cast<const SeqExpr*>(e);
        return "[" + dump_list(s->elts) + "]" + ctx_mark(s->ctx);
    }
    case EK::Tuple: {
        auto s = static_cast<const SeqExpr*>(e);
        return "Tuple(" + dump_list(s->elts) + ")" + ctx_mark(s->ctx);
    }
    case EK::Set: return "{" + dump_list(static_cast<const SeqExpr*>(e)->elts) + "}";
    case EK::Dict: {
        auto d = static_cast<const DictExpr*>(e);
        std::string out = "{";
        for (size_t i = 0; i < d->keys.size(); ++i)
            out += (i ? ", " : "") + (d->keys[i] ? dump(d->keys[i]) + ": " : std::string("**")) + dump(d->values[i]);
        return out + "}";
    }
    case EK::ListComp:
    case EK::SetComp:
    case EK::GeneratorExp:
    case EK::DictComp: {
        auto c = static_cast<const CompExpr*>(e);
        const char* kind = e->kind == EK::ListComp ? "ListComp" : e->kind == EK::SetComp ? "SetComp"
                           : e->kind == EK::DictComp ? "DictComp" : "GenExp";
        std::string elt = dump(c->elt) + (c->value ? ": " + dump(c->value) : "");
        return std::string(kind) + "(" + elt + dump_generators(c->generators) + ")";
    }
    case EK::Lambda: {
        auto l = static_cast<const LambdaExpr*>(e);
        return "Lambda(" + dump_arguments(l->args) + ": " + dump(l->body) + ")";
    }
    case EK::IfExp: {
        auto i = static_cast<const IfExpExpr*>(e);
        return "(" + dump(i->body) + " if " + dump(i->test) + " else " + dump(i->orelse) + ")";
    }
    case EK::NamedExpr: {
        auto n = static_cast<const NamedExpr*>(e);
        return "(" + dump(n->target) + " := " + dump(n->value) + ")";
    }
    case EK::Yield: return "Yield(" + (static_cast<const YieldExpr*>(e)->value ? dump(static_cast<const YieldExpr*>(e)->value) : "") + ")";
    case EK::YieldFrom: return "YieldFrom(" + dump(static_cast<const YieldExpr*>(e)->value) + ")";
    case EK::Await: return "Await(" + dump(static_cast<const YieldExpr*>(e)->value) + ")";
    }
    return "?";
}

std::string dump(const Stmt* s);

std::string dump_body(const Body& body) {
    std::string out;
    for (size_t i = 0; i < body.size(); ++i) out += (i ? "; " : "") + dump(body[i]);
    return "{" + out + "}";
}

std::string dump(const Stmt* s) {
    switch (s->kind) {
    case SK::Expr: return "Expr(" + dump(static_cast<const ExprStmt*>(s)->value) + ")";
    case SK::Assign: {
        auto a = static_cast<const AssignStmt*>(s);
        std::string out = "Assign(";
        for (const Expr* t : a->targets) out += dump(t) + " = ";
        return out + dump(a->value) + ")";
    }
    case SK::AugAssign: {
        auto a = static_cast<const AugAssignStmt*>(s);
        return "AugAssign(" + dump(a->target) + " " + binop_text(a->op) + "= " + dump(a->value) + ")";
    }
    case SK::AnnAssign: {
        auto a = static_cast<const AnnAssignStmt*>(s);
        return "AnnAssign(" + dump(a->target) + ": " + dump(a->annotation) + (a->value ? " = " + dump(a->value) : "") +
               (a->simple ? ", simple" : "") + ")";
    }
    case SK::If:
    case SK::While: {
        auto i = static_cast<const IfStmt*>(s);
        return std::string(s->kind == SK::If ? "If(" : "While(") + dump(i->test) + " " + dump_body(i->body) +
               (i->orelse.empty() ? "" : " else " + dump_body(i->orelse)) + ")";
    }
    case SK::For: {
        auto f = static_cast<const ForStmt*>(s);
        return "For(" + dump(f->target) + " in " + dump(f->iter) + " " + dump_body(f->body) +
               (f->orelse.empty() ? "" : " else " + dump_body(f->orelse)) + ")";
    }
    case SK::Break: return "Break";
    case SK::Continue: return "Continue";
    case SK::Pass: return "Pass";
    case SK::FunctionDef: {
        auto f = static_cast<const FunctionDefStmt*>(s);
        std::string out = "Def(";
        for (const Expr* d : f->decorators) out += "@" + dump(d) + " ";
        out += f->name + "(" + dump_arguments(f->args) + ")";
        if (f->returns) out += " -> " + dump(f->returns);
        return out + " " + dump_body(f->body) + ")";
    }
    case SK::ClassDef: {
        auto c = static_cast<const ClassDefStmt*>(s);
        std::string out = "Class(";
        for (const Expr* d : c->decorators) out += "@" + dump(d) + " ";
        out += c->name + "(" + dump_list(c->bases);
        for (const Keyword& k : c->keywords)
            out += (out.back() == '(' ? "" : ", ") + (k.arg.empty() ? "**" : k.arg + "=") + dump(k.value);
        return out + ") " + dump_body(c->body) + ")";
    }
    case SK::Return: {
        auto r = static_cast<const ReturnStmt*>(s);
        return "Return(" + (r->value ? dump(r->value) : "") + ")";
    }
    case SK::Delete: return "Delete(" + dump_list(static_cast<const DeleteStmt*>(s)->targets) + ")";
    case SK::Global:
    case SK::Nonlocal: {
        std::string out = s->kind == SK::Global ? "Global(" : "Nonlocal(";
        const auto& names = static_cast<const NamesStmt*>(s)->names;
        for (size_t i = 0; i < names.size(); ++i) out += (i ? ", " : "") + names[i];
        return out + ")";
    }
    case SK::Assert: {
        auto a = static_cast<const AssertStmt*>(s);
        return "Assert(" + dump(a->test) + (a->msg ? ", " + dump(a->msg) : "") + ")";
    }
    case SK::Raise: {
        auto r = static_cast<const RaiseStmt*>(s);
        return "Raise(" + (r->exc ? dump(r->exc) : "") + (r->cause ? " from " + dump(r->cause) : "") + ")";
    }
    case SK::Try: {
        auto t = static_cast<const TryStmt*>(s);
        std::string out = "Try(" + dump_body(t->body);
        for (const ExceptHandler& h : t->handlers)
            out += " except" + (h.type ? " " + dump(h.type) : "") + (h.name.empty() ? "" : " as " + h.name) + " " +
                   dump_body(h.body);
        if (!t->orelse.empty()) out += " else " + dump_body(t->orelse);
        if (!t->finalbody.empty()) out += " finally " + dump_body(t->finalbody);
        return out + ")";
    }
    case SK::Import:
    case SK::ImportFrom: {
        std::string out;
        if (s->kind == SK::Import) {
            out = "Import(";
        } else {
            auto f = static_cast<const ImportFromStmt*>(s);
            out = "From(" + std::string(size_t(f->level), '.') + f->module + " import ";
        }
        const auto& names = s->kind == SK::Import ? static_cast<const ImportStmt*>(s)->names
                                                  : static_cast<const ImportFromStmt*>(s)->names;
        for (size_t i = 0; i < names.size(); ++i)
            out += (i ? ", " : "") + names[i].name + (names[i].asname.empty() ? "" : " as " + names[i].asname);
        return out + ")";
    }
    case SK::With: {
        auto w = static_cast<const WithStmt*>(s);
        std::string out = "With(";
        for (size_t i = 0; i < w->items.size(); ++i)
            out += (i ? ", " : "") + dump(w->items[i].context_expr) +
                   (w->items[i].optional_vars ? " as " + dump(w->items[i].optional_vars) : "");
        return out + " " + dump_body(w->body) + ")";
    }
    }
    return "?";
}

// Parses a module and renders its statements, one per line.
std::string parse(std::string_view source) {
    Lexer lexer(source, "<test>");
    AstArena arena;
    Parser parser(lexer, arena);
    Module m;
    try {
        m = parser.parse_module();
    } catch (const CompileError& e) {
        return "error: " + e.message;
    }
    std::string out;
    for (const Stmt* s : m.body) {
        if (!out.empty()) out += '\n';
        out += dump(s);
    }
    return out;
}

// The expression of a one-expression module.
std::string expr(std::string_view source) {
    std::string s = parse(source);
    if (s.rfind("Expr(", 0) != 0) return s;
    return s.substr(5, s.size() - 6);
}

// Source position of the first statement's expression: "line:col-end_line:end_col".
std::string position_of(std::string_view source) {
    Lexer lexer(source, "<test>");
    AstArena arena;
    Parser parser(lexer, arena);
    Module m = parser.parse_module();
    const Stmt* s = m.body.at(0);
    const Pos& p = s->kind == SK::Expr ? static_cast<const ExprStmt*>(s)->value->pos : s->pos;
    return fmt::format("{}:{}-{}:{}", p.line, p.col, p.end_line, p.end_col);
}

struct Case {
    const char* source;
    const char* expected;
};

// Bad programs and what CPython 3.11 says about each: compile(source, "<test>",
// "exec")'s exception as "Type: msg (lineno:offset-end_lineno:end_offset)".
const Case kSyntaxErrors[] = {
    {"x = = 1\n",
     "SyntaxError: invalid syntax (1:5-1:6)"},
    {"1 = x\n",
     "SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='? (1:1-1:2)"},
    {"f() = 1\n",
     "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='? (1:1-1:4)"},
    {"x + 1 = 2\n",
     "SyntaxError: cannot assign to expression here. Maybe you meant '==' instead of '='? (1:1-1:6)"},
    {"(a, b) += 1\n",
     "SyntaxError: 'tuple' is an illegal expression for augmented assignment (1:1-1:7)"},
    {"[a, b] += 1\n",
     "SyntaxError: 'list' is an illegal expression for augmented assignment (1:1-1:7)"},
    {"del f()\n",
     "SyntaxError: cannot delete function call (1:5-1:8)"},
    {"del (a, 1)\n",
     "SyntaxError: cannot delete literal (1:9-1:10)"},
    {"for 1 in x: pass\n",
     "SyntaxError: cannot assign to literal (1:5-1:6)"},
    {"with a as 1: pass\n",
     "SyntaxError: cannot assign to literal (1:11-1:12)"},
    {"x = 1 if 2\n",
     "SyntaxError: expected 'else' after 'if' expression (1:5-1:11)"},
    {"x = (1 2)\n",
     "SyntaxError: invalid syntax. Perhaps you forgot a comma? (1:6-1:9)"},
    {"f(a b)\n",
     "SyntaxError: invalid syntax. Perhaps you forgot a comma? (1:3-1:6)"},
    {"[1 2]\n",
     "SyntaxError: invalid syntax. Perhaps you forgot a comma? (1:2-1:5)"},
    {"x = {1: 2 3: 4}\n",
     "SyntaxError: invalid syntax. Perhaps you forgot a comma? (1:9-1:12)"},
    {"x = {1: }\n",
     "SyntaxError: expression expected after dictionary key and ':' (1:7-1:8)"},
    {"def f(:\n  pass\n",
     "SyntaxError: invalid syntax (1:7-1:8)"},
    {"def f(a, a): pass\n",
     "SyntaxError: duplicate argument 'a' in function definition (1:10-1:11)"},
    {"def f(a=1, b): pass\n",
     "SyntaxError: non-default argument follows default argument (1:12-1:13)"},
    {"def f(*, **k): pass\n",
     "SyntaxError: named arguments must follow bare * (1:7-1:8)"},
    {"def f(**k, a): pass\n",
     "SyntaxError: arguments cannot follow var-keyword argument (1:12-1:13)"},
    {"f(**k, *a)\n",
     "SyntaxError: iterable argument unpacking follows keyword argument unpacking (1:8-1:9)"},
    {"f(a=1, b)\n",
     "SyntaxError: positional argument follows keyword argument (1:9-1:10)"},
    {"f(a=1, a=2)\n",
     "SyntaxError: keyword argument repeated: a (1:8-1:11)"},
    {"return 1\n",
     "SyntaxError: 'return' outside function (1:1-1:9)"},
    {"yield 1\n",
     "SyntaxError: 'yield' outside function (1:1-1:8)"},
    {"break\n",
     "SyntaxError: 'break' outside loop (1:1-1:6)"},
    {"continue\n",
     "SyntaxError: 'continue' not properly in loop (1:1-1:9)"},
    {"def f():\n    break\n",
     "SyntaxError: 'break' outside loop (2:5-2:10)"},
    {"class C:\n    return 1\n",
     "SyntaxError: 'return' outside function (2:5-2:13)"},
    {"nonlocal x\n",
     "SyntaxError: nonlocal declaration not allowed at module level (1:1-1:11)"},
    {"def f():\n    global x\n    x = 1\n    global x\n",
     "SyntaxError: name 'x' is assigned to before global declaration (4:5-4:13)"},
    {"def f():\n    x = 1\n    global x\n",
     "SyntaxError: name 'x' is assigned to before global declaration (3:5-3:13)"},
    {"def f(a):\n    global a\n",
     "SyntaxError: name 'a' is parameter and global (2:5-2:13)"},
    {"def f():\n    nonlocal y\n",
     "SyntaxError: no binding for nonlocal 'y' found (2:5-2:15)"},
    {"await x\n",
     "SyntaxError: 'await' outside function (1:1-1:8)"},
    {"print 'hello'\n",
     "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)? (1:1-1:14)"},
    {"exec 'x'\n",
     "SyntaxError: Missing parentheses in call to 'exec'. Did you mean exec(...)? (1:1-1:9)"},
    {"if x = 1: pass\n",
     "SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='? (1:4-1:9)"},
    {"while x = 1: pass\n",
     "SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='? (1:7-1:12)"},
    {"x = [i for i in]\n",
     "SyntaxError: invalid syntax (1:16-1:17)"},
    {"x = [i for i in x if]\n",
     "SyntaxError: invalid syntax (1:21-1:22)"},
    {"f(x for x in y, 1)\n",
     "SyntaxError: Generator expression must be parenthesized (1:3-1:15)"},
    {"x = *a\n",
     "SyntaxError: can't use starred expression here (1:5-1:7)"},
    {"*a = 1\n",
     "SyntaxError: starred assignment target must be in a list or tuple (1:1-1:3)"},
    {"a, *b, *c = x\n",
     "SyntaxError: multiple starred expressions in assignment (1:1-1:10)"},
    {"print(*)\n",
     "SyntaxError: invalid syntax (1:8-1:9)"},
    {"x = yield = 1\n",
     "SyntaxError: assignment to yield expression not possible (1:5-1:10)"},
    {"import\n",
     "SyntaxError: invalid syntax (1:7-1:7)"},
    {"from x import\n",
     "SyntaxError: invalid syntax (1:14-1:14)"},
    {"from x import (a, b\n",
     "SyntaxError: '(' was never closed (1:15-1:0)"},
    {"def f():\n    from x import *\n",
     "SyntaxError: import * only allowed at module level (2:19-2:20)"},
    {"@\ndef f(): pass\n",
     "SyntaxError: invalid syntax (1:2-1:2)"},
    {"class C(: pass\n",
     "SyntaxError: invalid syntax (1:9-1:10)"},
    {"else: pass\n",
     "SyntaxError: invalid syntax (1:1-1:5)"},
    {"try:\n    pass\n",
     "SyntaxError: expected 'except' or 'finally' block (2:9-2:-1)"},
    {"try:\n    pass\nelse:\n    pass\n",
     "SyntaxError: expected 'except' or 'finally' block (3:1-3:5)"},
    {"x = (yield)\n",
     "SyntaxError: 'yield' outside function (1:6-1:11)"},
    {"def f():\n    x = [(yield) for i in y]\n",
     "SyntaxError: 'yield' inside list comprehension (2:11-2:16)"},
    {"a = 1 +\n",
     "SyntaxError: invalid syntax (1:8-1:8)"},
    {"a = not\n",
     "SyntaxError: invalid syntax (1:8-1:8)"},
    {"a = 1 < < 2\n",
     "SyntaxError: invalid syntax (1:9-1:10)"},
    {"f(,)\n",
     "SyntaxError: invalid syntax (1:3-1:4)"},
    {"x: int, y: int = 1, 2\n",
     "SyntaxError: invalid syntax (1:7-1:8)"},
    {"[x]: int\n",
     "SyntaxError: only single target (not list) can be annotated (1:1-1:4)"},
    {"def f[T](): pass\n",
     "SyntaxError: expected '(' (1:6-1:7)"},
    {"x = 'a' 'b' f'{'\n",
     "SyntaxError: f-string: expecting '}' (1:17-1:17)"},
    {"if True:\npass\n",
     "IndentationError: expected an indented block after 'if' statement on line 1 (2:1-2:5)"},
    {"for x in range(3):\npass\n",
     "IndentationError: expected an indented block after 'for' statement on line 1 (2:1-2:5)"},
    {"x = 5\n  y = 6\n",
     "IndentationError: unexpected indent (2:2-2:-1)"},
    {"def f(x):\n    return\n  x\n",
     "IndentationError: unindent does not match any outer indentation level (3:4-3:-1)"},
    {"lambda x=1, y: x\n",
     "SyntaxError: non-default argument follows default argument (1:13-1:14)"},
    {"x = {**a: 1}\n",
     "SyntaxError: invalid syntax (1:9-1:10)"},
    {"x = {*a: 1}\n",
     "SyntaxError: invalid syntax (1:8-1:9)"},
    {"a if b\n",
     "SyntaxError: expected 'else' after 'if' expression (1:1-1:7)"},
    {"a = b = \n",
     "SyntaxError: invalid syntax (1:9-1:9)"},
    {"None = 1\n",
     "SyntaxError: cannot assign to None (1:1-1:5)"},
    {"True = 1\n",
     "SyntaxError: cannot assign to True (1:1-1:5)"},
    {"__debug__ = 1\n",
     "SyntaxError: cannot assign to __debug__ (1:1-1:10)"},
    {"def None(): pass\n",
     "SyntaxError: invalid syntax (1:5-1:9)"},
    {"class True: pass\n",
     "SyntaxError: invalid syntax (1:7-1:11)"},
    {"f(True=1)\n",
     "SyntaxError: cannot assign to True (1:3-1:8)"},
    {"x.None = 1\n",
     "SyntaxError: invalid syntax (1:3-1:7)"},
    {"import a.b as\n",
     "SyntaxError: invalid syntax (1:14-1:14)"},
    {"assert\n",
     "SyntaxError: invalid syntax (1:7-1:7)"},
    {"raise from x\n",
     "SyntaxError: invalid syntax (1:7-1:11)"},
    {"del\n",
     "SyntaxError: invalid syntax (1:4-1:4)"},
    {"global\n",
     "SyntaxError: invalid syntax (1:7-1:7)"},
    {"x = a if b else\n",
     "SyntaxError: invalid syntax (1:16-1:16)"},
    {"x = [1, 2, 3\n",
     "SyntaxError: '[' was never closed (1:5-1:0)"},
    {"x = 1 +* 2\n",
     "SyntaxError: invalid syntax (1:8-1:9)"},
    {"1 +\n",
     "SyntaxError: invalid syntax (1:4-1:4)"},
    {"x = 0 if 1 else 2 if\n",
     "SyntaxError: invalid syntax (1:21-1:21)"},
    {"x = `a`\n",
     "SyntaxError: invalid syntax (1:5-1:6)"},
    {"a <> b\n",
     "SyntaxError: invalid syntax (1:3-1:5)"},
    {"if x:\n    pass\n  else:\n    pass\n",
     "IndentationError: unindent does not match any outer indentation level (3:8-3:-1)"},
    {"def f(*): pass\n",
     "SyntaxError: named arguments must follow bare * (1:7-1:8)"},
    {"def f(a, /, /): pass\n",
     "SyntaxError: / may appear only once (1:13-1:14)"},
    {"def f(*a, *b): pass\n",
     "SyntaxError: * argument may appear only once (1:11-1:12)"},
    {"def f(/, a): pass\n",
     "SyntaxError: at least one argument must precede / (1:7-1:8)"},
    {"x = {1, 2,, 3}\n",
     "SyntaxError: invalid syntax (1:11-1:12)"},
    {"f(x=)\n",
     "SyntaxError: invalid syntax (1:5-1:6)"},
    {"x += yield\n",
     "SyntaxError: 'yield' outside function (1:6-1:11)"},
    {"x = yield from\n",
     "SyntaxError: invalid syntax (1:15-1:15)"},
    {"for x in y:\n    pass\nelse\n",
     "SyntaxError: expected ':' (3:5-3:5)"},
    {"x = 1;; y = 2\n",
     "SyntaxError: invalid syntax (1:7-1:8)"},
    {"x = lambda: yield\n",
     "SyntaxError: invalid syntax (1:13-1:18)"},
    {"class C(x for x in y): pass\n",
     "SyntaxError: invalid syntax (1:11-1:14)"},
    {"try:\n    pass\nfinally:\n    pass\nexcept:\n    pass\n",
     "SyntaxError: invalid syntax (5:1-5:7)"},
    {"try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n",
     "SyntaxError: default 'except:' must be last (3:1-4:9)"},
    {"with open(f) as g, : pass\n",
     "SyntaxError: invalid syntax (1:20-1:21)"},
    {"x = [**a]\n",
     "SyntaxError: invalid syntax (1:6-1:8)"},
    {"'abc' = 1\n",
     "SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='? (1:1-1:6)"},
    {"f'{x}' = 1\n",
     "SyntaxError: cannot assign to f-string expression here. Maybe you meant '==' instead of '='? (1:1-1:7)"},
    {"x = a[1:2:3:4]\n",
     "SyntaxError: invalid syntax (1:12-1:13)"},
    {"a[] = 1\n",
     "SyntaxError: invalid syntax (1:3-1:4)"},
    {"x = 1 if else 2\n",
     "SyntaxError: invalid syntax (1:10-1:14)"},
    {"import a as b.c\n",
     "SyntaxError: invalid syntax (1:14-1:15)"},
    {"from .. a import b as\n",
     "SyntaxError: invalid syntax (1:22-1:22)"},
    {"def f(x, *, ): pass\n",
     "SyntaxError: named arguments must follow bare * (1:10-1:11)"},
    {"f(a=1, b, c)\n",
     "SyntaxError: positional argument follows keyword argument (1:12-1:13)"},
    {"f(a=1, b + 1)\n",
     "SyntaxError: positional argument follows keyword argument (1:13-1:14)"},
    {"f(a=1,\n  b)\n",
     "SyntaxError: positional argument follows keyword argument (2:4-2:5)"},
    {"f(**k, a)\n",
     "SyntaxError: positional argument follows keyword argument unpacking (1:9-1:10)"},
    {"f(**k, *a, b)\n",
     "SyntaxError: iterable argument unpacking follows keyword argument unpacking (1:8-1:9)"},
    {"if x\n",
     "SyntaxError: expected ':' (1:5-1:5)"},
    {"if x\n    pass\n",
     "SyntaxError: expected ':' (1:5-1:5)"},
    {"def f()\n",
     "SyntaxError: expected ':' (1:8-1:8)"},
    {"class C\n",
     "SyntaxError: expected ':' (1:8-1:8)"},
    {"while x\n",
     "SyntaxError: expected ':' (1:8-1:8)"},
    {"for x in y\n",
     "SyntaxError: expected ':' (1:11-1:11)"},
    {"def f(x) -> int\n",
     "SyntaxError: expected ':' (1:16-1:16)"},
    {"x = {1: 2, 3}\n",
     "SyntaxError: ':' expected after dictionary key (1:12-1:0)"},
    {"x = {1: *a}\n",
     "SyntaxError: cannot use a starred expression in a dictionary value (1:9-1:11)"},
    {"x = {1: 2, 3: }\n",
     "SyntaxError: expression expected after dictionary key and ':' (1:13-1:14)"},
    {"x = {1:}\n",
     "SyntaxError: expression expected after dictionary key and ':' (1:7-1:8)"},
    {"try:\n    pass\nx = 1\n",
     "SyntaxError: expected 'except' or 'finally' block (3:1-3:2)"},
    {"try:\n    pass\n\n",
     "SyntaxError: expected 'except' or 'finally' block (3:1-3:-1)"},
    {"try:\n    pass\n# c\n",
     "SyntaxError: expected 'except' or 'finally' block (3:4-3:-1)"},
    {"x = [(yield)]\n",
     "SyntaxError: 'yield' outside function (1:7-1:12)"},
    {"x = ((yield))\n",
     "SyntaxError: 'yield' outside function (1:7-1:12)"},
    {"def __debug__(): pass\n",
     "SyntaxError: cannot assign to __debug__ (1:1-1:22)"},
    {"def f(__debug__): pass\n",
     "SyntaxError: cannot assign to __debug__ (1:1-1:23)"},
    {"del __debug__\n",
     "SyntaxError: cannot delete __debug__ (1:5-1:14)"},
    {"f(__debug__=1)\n",
     "SyntaxError: cannot assign to __debug__ (1:1-1:15)"},
    {"import x as __debug__\n",
     "SyntaxError: cannot assign to __debug__ (1:1-1:22)"},
    {"for __debug__ in x: pass\n",
     "SyntaxError: cannot assign to __debug__ (1:5-1:14)"},
    {"x.__debug__ = 1\n",
     "SyntaxError: cannot assign to __debug__ (1:1-1:12)"},
    {"__debug__ += 1\n",
     "SyntaxError: cannot assign to __debug__ (1:1-1:10)"},
    {"class __debug__: pass\n",
     "SyntaxError: cannot assign to __debug__ (1:1-1:22)"},
    {"(__debug__) = 1\n",
     "SyntaxError: cannot assign to __debug__ (1:2-1:11)"},
    {"f(None=1)\n",
     "SyntaxError: cannot assign to None (1:3-1:8)"},
    {"f(False=1)\n",
     "SyntaxError: cannot assign to False (1:3-1:9)"},
    {"f(x.y=1)\n",
     "SyntaxError: expression cannot contain assignment, perhaps you meant \"==\"? (1:3-1:7)"},
    {"f(1=2)\n",
     "SyntaxError: expression cannot contain assignment, perhaps you meant \"==\"? (1:3-1:5)"},
    {"f((a)=1)\n",
     "SyntaxError: expression cannot contain assignment, perhaps you meant \"==\"? (1:4-1:7)"},
    {"try:\n    pass\nexcept:\n    pass\n    pass\nexcept E:\n    pass\n",
     "SyntaxError: default 'except:' must be last (3:1-5:9)"},
    {"class C(x for x in y, z): pass\n",
     "SyntaxError: Generator expression must be parenthesized (1:9-1:21)"},
    {"class C(a, x for x in y): pass\n",
     "SyntaxError: Generator expression must be parenthesized (1:12-1:24)"},
    {"a <> b <> c\n",
     "SyntaxError: invalid syntax (1:3-1:5)"},
    {"x = 1 <> 2\n",
     "SyntaxError: invalid syntax (1:7-1:9)"},
    {"f(a=1, b, a=2)\n",
     "SyntaxError: positional argument follows keyword argument (1:14-1:15)"},
    {"f(a=1, a=2, b)\n",
     "SyntaxError: positional argument follows keyword argument (1:14-1:15)"},
    {"f(**k, a, *b)\n",
     "SyntaxError: positional argument follows keyword argument unpacking (1:13-1:14)"},
    {"f(a=1, b) + 1\n",
     "SyntaxError: positional argument follows keyword argument (1:9-1:10)"},
    {"f(a=1, *b, c)\n",
     "SyntaxError: positional argument follows keyword argument (1:13-1:14)"},
    {"f(a=1, b for b in c)\n",
     "SyntaxError: Generator expression must be parenthesized (1:8-1:20)"},
    {"f(a=1, b, c for c in d)\n",
     "SyntaxError: positional argument follows keyword argument (1:13-1:16)"},
    {"f(**k, *a, *b)\n",
     "SyntaxError: iterable argument unpacking follows keyword argument unpacking (1:8-1:9)"},
    {"f(x, **k, *a)\n",
     "SyntaxError: iterable argument unpacking follows keyword argument unpacking (1:11-1:12)"},
    {"f(a=1, b)(c)\n",
     "SyntaxError: positional argument follows keyword argument (1:9-1:10)"},
    {"1 = x\ns = 'abc\n",
     "SyntaxError: unterminated string literal (detected at line 2) (2:5-2:5)"},
    {"x = = 1\ns = 'abc\n",
     "SyntaxError: unterminated string literal (detected at line 2) (2:5-2:5)"},
    {"f(a=1, b)\ns = 'abc\n",
     "SyntaxError: unterminated string literal (detected at line 2) (2:5-2:5)"},
    {"  x = 1\ns = 'abc\n",
     "IndentationError: unexpected indent (1:2-1:-1)"},
    {"if x:\ny\ns = 'abc\n",
     "SyntaxError: unterminated string literal (detected at line 3) (3:5-3:5)"},
    {"def f(a, a): pass\ns = 'abc\n",
     "SyntaxError: unterminated string literal (detected at line 2) (2:5-2:5)"},
    {"x = 1 +\ny = $\n",
     "SyntaxError: invalid syntax (1:8-1:8)"},
    {"x = (\n1 = 2)\n",
     "SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='? (2:1-2:2)"},
    {"x = (1 = 2\n",
     "SyntaxError: '(' was never closed (1:5-1:0)"},
    {"f(a=1, a=2)\nx = = 1\n",
     "SyntaxError: invalid syntax (2:5-2:6)"},
    {"nonlocal x\ny = = 1\n",
     "SyntaxError: invalid syntax (2:5-2:6)"},
    {"x = [1,\n  2 3\n",
     "SyntaxError: '[' was never closed (1:5-1:0)"},
    {"x = (1,\n  2\ny = 3\n",
     "SyntaxError: '(' was never closed (1:5-1:0)"},
    {"def f():\n    (yield) = 1\n",
     "SyntaxError: cannot assign to yield expression here. Maybe you meant '==' instead of '='? (2:6-2:11)"},
    {"def f():\n    x = yield = 1\n",
     "SyntaxError: assignment to yield expression not possible (2:9-2:14)"},
    {"def f():\n    yield = 1\n",
     "SyntaxError: assignment to yield expression not possible (2:5-2:10)"},
    {"def f():\n    x = yield from y = 1\n",
     "SyntaxError: assignment to yield expression not possible (2:9-2:21)"},
    {"x = (1 +\n",
     "SyntaxError: '(' was never closed (1:5-1:0)"},
    {"f(a\nb = 1\n",
     "SyntaxError: '(' was never closed (1:2-1:0)"},
    {"x = [1,\n  2 3]\n",
     "SyntaxError: invalid syntax. Perhaps you forgot a comma? (2:3-2:6)"},
    {"(a b\n",
     "SyntaxError: '(' was never closed (1:1-1:0)"},
    {"if x:\n  y = (1,\n  z = 2\n",
     "SyntaxError: '(' was never closed (2:7-2:0)"},
    {"x = 1 2 (\n",
     "SyntaxError: '(' was never closed (1:9-1:0)"},
    {"class C(x for x in y,): pass\n",
     "SyntaxError: Generator expression must be parenthesized (1:9-1:21)"},
    {"f(a=1, a=2)\nnonlocal x\n",
     "SyntaxError: nonlocal declaration not allowed at module level (2:1-2:11)"},
    {"nonlocal x\nf(a=1, a=2)\n",
     "SyntaxError: nonlocal declaration not allowed at module level (1:1-1:11)"},
    {"f(a=1, a=2)\ndef g(a, a): pass\n",
     "SyntaxError: duplicate argument 'a' in function definition (2:10-2:11)"},
    {"class C(m=1, m=2): pass\n",
     "SyntaxError: keyword argument repeated: m (1:14-1:17)"},
    {"def f(a, a): pass\nf(a=1, a=2)\n",
     "SyntaxError: duplicate argument 'a' in function definition (1:10-1:11)"},
    {"lambda __debug__: 1\n",
     "SyntaxError: cannot assign to __debug__ (1:1-1:20)"},
    {"from m import __debug__\n",
     "SyntaxError: cannot assign to __debug__ (1:1-1:24)"},
    {"with a as __debug__: pass\n",
     "SyntaxError: cannot assign to __debug__ (1:11-1:20)"},
    {"(__debug__ := 1)\n",
     "SyntaxError: cannot assign to __debug__ (1:2-1:11)"},
    {"try:\n    pass\nexcept E as __debug__:\n    pass\n",
     "SyntaxError: cannot assign to __debug__ (3:1-4:9)"},
    {"x = 1 + $ + 'abc\n",
     "SyntaxError: unterminated string literal (detected at line 1) (1:13-1:13)"},
    {"x = ) + 'abc\n",
     "SyntaxError: unmatched ')' (1:5-1:5)"},
    {"x = (print 1)\n",
     "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)? (1:6-1:13)"},
    {"f(print 1)\n",
     "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)? (1:3-1:10)"},
    {"[print 1]\n",
     "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)? (1:2-1:9)"},
    {"print 1\n",
     "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)? (1:1-1:8)"},
    {"x = (exec 'a')\n",
     "SyntaxError: Missing parentheses in call to 'exec'. Did you mean exec(...)? (1:6-1:14)"},
    {"(print 'a')\n",
     "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)? (1:2-1:11)"},
    {"x = (print a b)\n",
     "SyntaxError: invalid syntax. Perhaps you forgot a comma? (1:12-1:15)"},
    {"x = (*a)\n",
     "SyntaxError: cannot use starred expression here (1:6-1:8)"},
    {"print((*a))\n",
     "SyntaxError: cannot use starred expression here (1:8-1:10)"},
    {"*a\n",
     "SyntaxError: can't use starred expression here (1:1-1:3)"},
    {"[*a for a in b]\n",
     "SyntaxError: iterable unpacking cannot be used in comprehension (1:2-1:4)"},
    {"(*a for a in b)\n",
     "SyntaxError: iterable unpacking cannot be used in comprehension (1:2-1:4)"},
    {"{*a for a in b}\n",
     "SyntaxError: iterable unpacking cannot be used in comprehension (1:2-1:4)"},
    {"{**a for a in b}\n",
     "SyntaxError: dict unpacking cannot be used in dict comprehension (1:2-1:4)"},
    {"f(*a for a in b)\n",
     "SyntaxError: iterable unpacking cannot be used in comprehension (1:3-1:5)"},
    {"x = [a, *b for b in c]\n",
     "SyntaxError: did you forget parentheses around the comprehension target? (1:6-1:11)"},
    {"x = [a, for b in c]\n",
     "SyntaxError: did you forget parentheses around the comprehension target? (1:6-1:8)"},
    {"x = {a, b for b in c}\n",
     "SyntaxError: did you forget parentheses around the comprehension target? (1:6-1:10)"},
    {"x = [a, b, *c for c in d]\n",
     "SyntaxError: did you forget parentheses around the comprehension target? (1:6-1:14)"},
};

} // namespace

TEST_CASE("operator precedence and associativity") {
    CHECK(expr("a + b * c ** -d ** e\n") == "(a + (b * (c ** (-(d ** e)))))");
    CHECK(expr("a - b - c\n") == "((a - b) - c)");
    CHECK(expr("a ** b ** c\n") == "(a ** (b ** c))");
    CHECK(expr("-a ** 2\n") == "(-(a ** 2))");
    CHECK(expr("a | b ^ c & d << e + f\n") == "(a | (b ^ (c & (d << (e + f)))))");
    CHECK(expr("a // b % c @ d / e\n") == "((((a // b) % c) @ d) / e)");
    CHECK(expr("not a == b and c or d\n") == "(((not (a == b)) and c) or d)");
    CHECK(expr("a or b or c and d and e\n") == "(a or b or (c and d and e))");
    CHECK(expr("not not a\n") == "(not (not a))");
    CHECK(expr("~-+a\n") == "(~(-(+a)))");
    CHECK(expr("a if b else c if d else e\n") == "(a if b else (c if d else e))");
    CHECK(expr("(a if b else c) if d else e\n") == "((a if b else c) if d else e)");
    CHECK(expr("lambda: a if b else c\n") == "Lambda(: (a if b else c))");
    CHECK(expr("a + (b + c)\n") == "(a + (b + c))");
    CHECK(expr("await_ or x\n") == "(await_ or x)");
}

TEST_CASE("comparisons chain into one node; parentheses break the chain") {
    CHECK(expr("a < b < c\n") == "(a < b < c)");
    CHECK(expr("(a < b) < c\n") == "((a < b) < c)");
    CHECK(expr("a < b == c != d >= e\n") == "(a < b == c != d >= e)");
    CHECK(expr("a not in b is not c in d is e\n") == "(a not in b is not c in d is e)");
    CHECK(expr("a < b | c\n") == "(a < (b | c))");
    CHECK(expr("not a < b\n") == "(not (a < b))");
}

TEST_CASE("primaries: calls, attributes, subscripts, slices") {
    CHECK(expr("a.b(c)[d].e\n") == "a.b(c)[d].e");
    CHECK(expr("f(a, *b, c, k=1, **m, j=2)\n") == "f(a, *b, c, k=1, **m, j=2)");
    CHECK(expr("f(x for x in y)\n") == "f(GenExp(x for x! in y))");
    CHECK(expr("f(x for x in y,)\n") == "f(GenExp(x for x! in y))");
    CHECK(expr("x[1:2, ::3, a]\n") == "x[Tuple(1:2, ::3, a)]");
    CHECK(expr("x[:]\n") == "x[:]");
    CHECK(expr("x[a:]\n") == "x[a:]");
    CHECK(expr("x[::]\n") == "x[:]");
    CHECK(expr("x[*a]\n") == "x[Tuple(*a)]");
    CHECK(expr("f()()\n") == "f()()");
}

TEST_CASE("displays, comprehensions and their scopes' targets") {
    CHECK(expr("[1, *a, (2, 3), {4}, {5: 6, **d}]\n") == "[1, *a, Tuple(2, 3), {4}, {5: 6, **d}]");
    CHECK(expr("()\n") == "Tuple()");
    CHECK(expr("(1,)\n") == "Tuple(1)");
    CHECK(expr("{}\n") == "{}");
    CHECK(expr("[x for x in y if x for z in x if z if not x]\n") ==
          "ListComp(x for x! in y if x for z! in x if z if (not x))");
    CHECK(expr("{k: v for k, v in d}\n") == "DictComp(k: v for Tuple(k!, v!)! in d)");
    CHECK(expr("{x for x in y}\n") == "SetComp(x for x! in y)");
    CHECK(expr("(x for x in y)\n") == "GenExp(x for x! in y)");
    CHECK(expr("[(a, *b) for a, *b in c]\n") == "ListComp(Tuple(a, *b) for Tuple(a!, *b!!)! in c)");
    CHECK(expr("[y := f(x) for x in z]\n") == "ListComp((y! := f(x)) for x! in z)");
}

TEST_CASE("literals: numbers, strings and f-strings become constants and pieces") {
    CHECK(expr("0x1F\n") == "int(1F, base 16)");
    CHECK(expr("1_000\n") == "1000");
    CHECK(expr("007.5\n") == "7.5");
    CHECK(expr("'a' \"b\" '''c'''\n") == "'abc'");
    CHECK(expr("b'x' b'y'\n") == "b'xy'");
    CHECK(expr("f'a{x!r:>{w}}b{{c}}' 'd'\n") == "f('a', {x!r:f('>', {w})}, 'b{c}d')");
    CHECK(expr("f'{x=}'\n") == "f('x=', {x!r})");
    CHECK(expr("f'{x=:>5}'\n") == "f('x=', {x:f('>5')})");
    CHECK(expr("f''\n") == "f()");
    CHECK(expr("...\n") == "...");
}

TEST_CASE("assignment targets: contexts, starred targets, chains") {
    CHECK(parse("a = b = c\n") == "Assign(a! = b! = c)");
    CHECK(parse("a, *b = c\n") == "Assign(Tuple(a!, *b!!)! = c)");
    CHECK(parse("[a, (b, c)] = d\n") == "Assign([a!, Tuple(b!, c!)!]! = d)");
    CHECK(parse("x.y[z] = 1\n") == "Assign(x.y[z]! = 1)");
    CHECK(parse("x += 1\n") == "AugAssign(x! += 1)");
    CHECK(parse("x.y **= 2\n") == "AugAssign(x.y! **= 2)");
    CHECK(parse("x: int = 1\n") == "AnnAssign(x!: int = 1, simple)");
    CHECK(parse("(x): int\n") == "AnnAssign(x!: int)");
    CHECK(parse("del a, b.c, d[e]\n") == "Delete(a~, b.c~, d[e]~)");
    CHECK(parse("del (a, [b])\n") == "Delete(Tuple(a~, [b~]~)~)");
    CHECK(parse("for i, *j in k: pass\n") == "For(Tuple(i!, *j!!)! in k {Pass})");
    CHECK(parse("with a as (b, c), d as e[0]: pass\n") == "With(a as Tuple(b!, c!)!, d as e[0]! {Pass})");
    CHECK(parse("x = yield\n") == "Assign(x! = Yield())");
    CHECK(parse("x = *a, b\n") == "Assign(x! = Tuple(*a, b))");
}

TEST_CASE("functions, lambdas and decorators") {
    CHECK(parse("@a.b(c)\n@d\ndef f(x, /, y=1, *args, z, w=2, **kw) -> r:\n    return x\n") ==
          "Def(@a.b(c) @d f(x, /, y=1, *args, z, w=2, **kw) -> r {Return(x)})");
    CHECK(parse("def f(*, a): pass\n") == "Def(f(*, a) {Pass})");
    CHECK(parse("def f(a, b=1, /, c=2): pass\n") == "Def(f(a, b=1, /, c=2) {Pass})");
    CHECK(expr("lambda x, *y, z=3, **w: x\n") == "Lambda(x, *y, z=3, **w: x)");
    CHECK(expr("lambda: (yield)\n") == "Lambda(: Yield())");
    CHECK(parse("@dec\nclass C(B, metaclass=M, **kw):\n    x = 1\n") == "Class(@dec C(B, metaclass=M, **kw) {Assign(x! = 1)})");
    CHECK(parse("class C: pass\n") == "Class(C() {Pass})");
}

TEST_CASE("compound statements") {
    CHECK(parse("if a:\n    b\nelif c:\n    d\nelse:\n    e\n") ==
          "If(a {Expr(b)} else {If(c {Expr(d)} else {Expr(e)})})");
    CHECK(parse("while a:\n    break\nelse:\n    continue\n") == "While(a {Break} else {Continue})");
    CHECK(parse("try:\n    a\nexcept (E, F) as e:\n    b\nexcept:\n    c\nelse:\n    d\nfinally:\n    f\n") ==
          "Try({Expr(a)} except Tuple(E, F) as e {Expr(b)} except {Expr(c)} else {Expr(d)} finally {Expr(f)})");
    CHECK(parse("import a.b as c, d\nfrom ..e import f as g, h\nfrom . import *\n") ==
          "Import(a.b as c, d)\nFrom(..e import f as g, h)\nFrom(. import *)");
    CHECK(parse("global a, b\nassert x, 'm'\nraise E from c\nraise\n") ==
          "Global(a, b)\nAssert(x, 'm')\nRaise(E from c)\nRaise()");
    CHECK(parse("a; b;\nc\n") == "Expr(a)\nExpr(b)\nExpr(c)");
    CHECK(parse("if x: a; b\n") == "If(x {Expr(a); Expr(b)})");
}

TEST_CASE("node positions: 1-based lines, 0-based byte columns; parentheses are not part of a node") {
    CHECK(position_of("a + b\n") == "1:0-1:5");
    CHECK(position_of("(a + b)\n") == "1:1-1:6");
    CHECK(position_of("(1, 2)\n") == "1:0-1:6");
    CHECK(position_of("f(x,\n  y)\n") == "1:0-2:4");
    CHECK(position_of("x = (yield)\n") == "1:0-1:11");
    CHECK(position_of("  \n\nx.y\n") == "3:0-3:3");
    CHECK(position_of("é + b\n") == "1:0-1:6");
}

TEST_CASE("SyntaxError messages and positions are CPython's") {
    gilt::test::Vm vm;
    for (const Case& c : kSyntaxErrors) {
        CAPTURE(c.source);
        CHECK(vm.syntax_error_of(c.source) == c.expected);
    }
}

TEST_CASE("what gilt does not support is a clear SyntaxError") {
    gilt::test::Vm vm;
    CHECK(vm.syntax_error_of("match x:\n    case 1: pass\n") == "SyntaxError: 'match' is not supported (1:1-1:6)");
    CHECK(vm.syntax_error_of("try:\n    pass\nexcept* E:\n    pass\n") ==
          "SyntaxError: 'except*' is not supported (3:7-3:8)");
    // `match` stays an ordinary name where it cannot start a match statement.
    CHECK(vm.syntax_error_of("match = [1]\nmatch[0] = 2\nmatch.append(3)\nprint(match)\n") == "");
}
