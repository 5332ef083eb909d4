// The bytecode compiler: code units, jumps, exception tables, and the statements.
#include "compiler/compiler.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "compiler/parser.hpp"
#include "core/interp.hpp"
#include "objects/function.hpp"
#include "objects/str.hpp"
#include "objects/tuple.hpp"

namespace gilt {

CodeObj* compile_source(Interp& I, std::string_view source, const std::string& filename, CompileMode mode) {
    // Universal newlines: the lexer only ever sees '\n'.
    std::string text;
    text.reserve(source.size() + 1);
    for (size_t i = 0; i < source.size(); ++i) {
        char c = source[i];
        if (c == '\r') {
            text += '\n';
            if (i + 1 < source.size() && source[i + 1] == '\n') ++i;
        } else {
            text += c;
        }
    }
    if (size_t nul = text.find('\0'); nul != std::string::npos) {
        // Worded and placed by syntax_error_value: CPython's words depend on the origin.
        CompileError e;
        e.cause = CompileError::Cause::NullByte;
        e.message = "source code string cannot contain null bytes";
        e.filename = filename;
        size_t line_start = text.rfind('\n', nul);
        line_start = line_start == std::string::npos ? 0 : line_start + 1;
        e.line = e.end_line = int(std::count(text.begin(), text.begin() + long(nul), '\n')) + 1;
        e.text = text.substr(line_start, nul - line_start);
        throw e;
    }
    Lexer lexer(text, filename);
    AstArena arena;
    Parser parser(lexer, arena);
    if (mode == CompileMode::Eval) {
        Expr* e = parser.parse_eval();
        SymbolTable st(e, filename);
        Compiler c(I, st, filename);
        return c.compile_eval(e);
    }
    Module m = mode == CompileMode::Interactive ? parser.parse_interactive() : parser.parse_module();
    SymbolTable st(m, filename);
    Compiler c(I, st, filename);
    return c.compile_module(m, mode);
}

PosScope::PosScope(Compiler& comp, const Pos& p) : c(comp), saved(comp.u().pos) { c.u().pos = p; }
PosScope::~PosScope() { c.u().pos = saved; }

void Compiler::error(const std::string& msg, const Pos& pos) { throw CompileError::over(pos, msg, filename_); }

// ------------------------------------------------------------------ units

void Compiler::enter_unit(Scope* scope, const std::string& name, int firstlineno) {
    std::string qualname = name;
    if (!units_.empty()) {
        Unit& parent = u();
        Scope* ps = parent.scope;
        bool declared_global = ps && scope->parent == ps && ps->lookup(name) == NameScope::GlobalExplicit;
        if (ps && ps->is_function_like() && !declared_global) qualname = parent.qualname + ".<locals>." + name;
        else if (ps && ps->kind == Scope::Kind::Class && !declared_global) qualname = parent.qualname + "." + name;
    }
    units_.emplace_back();
    Unit& unit = u();
    unit.scope = scope;
    unit.name = name;
    unit.qualname = qualname;
    unit.firstlineno = firstlineno;
    unit.pos = {firstlineno, 0, firstlineno, 0};

    auto add_slot = [&](const std::string& n, uint8_t kind) {
        auto it = unit.slot_of.find(n);
        if (it != unit.slot_of.end()) {
            unit.slot_kinds[size_t(it->second)] |= kind;
            return;
        }
        unit.slot_of[n] = int(unit.slot_names.size());
        unit.slot_names.push_back(n);
        unit.slot_kinds.push_back(kind);
    };
    if (scope->is_function_like()) {
        for (const std::string& p : scope->params) {
            uint8_t kind = CodeObj::kLocal | CodeObj::kArg;
            if (scope->lookup(p) == NameScope::Cell) kind |= CodeObj::kCell;
            add_slot(p, kind);
        }
        for (const std::string& n : scope->order)
            if (scope->lookup(n) == NameScope::Local) add_slot(n, CodeObj::kLocal);
    }
    if (scope->kind != Scope::Kind::Module) {
        for (const std::string& c : scope->cellvars) add_slot(c, CodeObj::kCell);
        for (const std::string& f : scope->freevars) add_slot(f, CodeObj::kFree);
    }
}

CodeObj* Compiler::leave_unit() {
    Unit& unit = u();
    CodeObj* co = new_code(I_);
    // Resolve jumps.
    for (const Label& l : unit.labels) {
        for (int at : l.patches) {
            if (l.target < 0) error("internal compiler error: unplaced label", unit.pos);
            if (uint32_t(l.target) > kMaxArg) error("code too large", unit.pos);
            unit.code[size_t(at)] = encode(decode_op(unit.code[size_t(at)]), uint32_t(l.target));
        }
    }
    // The exception table: runs of instructions sharing a handler.
    for (size_t i = 0; i < unit.code.size();) {
        int h = unit.handler_of[i];
        size_t j = i + 1;
        while (j < unit.code.size() && unit.handler_of[j] == h) ++j;
        if (h >= 0) {
            const Handler& rec = unit.handler_records[size_t(h)];
            co->exception_table.push_back(
                {uint32_t(i), uint32_t(j), uint32_t(unit.labels[size_t(rec.label)].target), uint32_t(rec.depth)});
        }
        i = j;
    }
    co->code = std::move(unit.code);
    co->positions = std::move(unit.positions);
    co->consts = std::move(unit.consts);
    for (const std::string& n : unit.names) co->names.push_back(intern(I_, n));
    for (const std::string& g : unit.globals) {
        GlobalCache c;
        c.name = intern(I_, g);
        co->global_caches.push_back(c);
    }
    for (const std::string& a : unit.attr_names) {
        AttrCache c;
        c.name = intern(I_, a);
        co->attr_caches.push_back(c);
    }
    for (const std::string& n : unit.slot_names) co->slot_names.push_back(intern(I_, n));
    co->slot_kinds = std::move(unit.slot_kinds);
    co->nlocalsplus = uint32_t(co->slot_names.size());
    co->nfrees = uint32_t(unit.scope->kind == Scope::Kind::Module ? 0 : unit.scope->freevars.size());
    co->stacksize = uint32_t(unit.max_depth) + 2;
    co->name = intern(I_, unit.name);
    co->qualname = new_str(I_, unit.qualname);
    co->filename = new_str(I_, filename_);
    co->firstlineno = uint32_t(unit.firstlineno);
    co->argcount = unit.argcount;
    co->posonlyargcount = unit.posonly;
    co->kwonlyargcount = unit.kwonly;
    co->flags = unit.flags;
    co->doc = unit.doc;
    units_.pop_back();
    return co;
}

// ------------------------------------------------------------------ emission

int Compiler::emit(OpCode op, uint32_t arg) {
    Unit& unit = u();
    if (arg > kMaxArg) error("code too large", unit.pos);
    unit.code.push_back(encode(op, arg));
    SourcePos sp;
    sp.line = uint32_t(unit.pos.line);
    sp.end_line = uint32_t(unit.pos.end_line);
    sp.col = uint16_t(std::min(unit.pos.col, 0xFFFF));
    sp.end_col = uint16_t(std::min(std::max(unit.pos.end_col, 0), 0xFFFF));
    unit.positions.push_back(sp);
    unit.handler_of.push_back(unit.handlers.empty() ? -1 : unit.handlers.back());
    unit.depth += stack_effect(op, arg, false);
    if (unit.depth > unit.max_depth) unit.max_depth = unit.depth;
    if (op == OpCode::JUMP || op == OpCode::RETURN_VALUE || op == OpCode::RERAISE ||
        (op == OpCode::RAISE_VARARGS))
        unit.reachable = false;
    return int(unit.code.size()) - 1;
}

int Compiler::new_label() {
    u().labels.emplace_back();
    return int(u().labels.size()) - 1;
}

void Compiler::emit_jump(OpCode op, int label) {
    Unit& unit = u();
    int branch_depth = unit.depth + stack_effect(op, 0, true);
    int at = emit(op, 0);
    Label& l = unit.labels[size_t(label)];
    l.patches.push_back(at);
    if (l.depth < 0) l.depth = branch_depth;
    if (branch_depth > unit.max_depth) unit.max_depth = branch_depth;
}

void Compiler::place(int label) {
    Unit& unit = u();
    Label& l = unit.labels[size_t(label)];
    l.target = int(unit.code.size());
    if (l.depth >= 0) unit.depth = l.depth;
    unit.reachable = true;
}

// `below` leaves that many of the current top items out of the handler's depth: a
// cleanup handler set up right after PUSH_EXC_INFO keeps the saved exception but not
// the one being handled; a `with` handler keeps __exit__ but not __enter__'s result.
void Compiler::push_handler(int label, int below) {
    Unit& unit = u();
    int depth = unit.depth - below;
    unit.handler_records.push_back({label, depth});
    unit.handlers.push_back(int(unit.handler_records.size()) - 1);
    unit.labels[size_t(label)].depth = depth + 1;
    if (depth + 1 > unit.max_depth) unit.max_depth = depth + 1;
}

void Compiler::pop_handler() { u().handlers.pop_back(); }

int Compiler::add_const(Value v, const std::string& key) {
    Unit& unit = u();
    if (!key.empty()) {
        auto it = unit.const_index.find(key);
        if (it != unit.const_index.end()) return it->second;
    }
    unit.consts.push_back(v);
    int idx = int(unit.consts.size()) - 1;
    if (!key.empty()) unit.const_index[key] = idx;
    return idx;
}

int Compiler::const_none() { return add_const(Value::none(), "N"); }

Value Compiler::str_constant(const std::string& s) {
    bool ident = !s.empty();
    for (char c : s)
        if (!(std::isalnum((unsigned char)c) || c == '_')) ident = false;
    // Identifier-like strings are interned, as CPython does, so attribute-name strings
    // passed to getattr() and dict keys compare by pointer.
    return Value::from_obj(ident ? intern(I_, s) : new_str(I_, s));
}

int Compiler::const_str(const std::string& s) {
    auto it = u().const_index.find("s" + s);
    if (it != u().const_index.end()) return it->second;
    return add_const(str_constant(s), "s" + s);
}

int Compiler::const_int(int64_t v) { return add_const(Value::from_small(v), fmt::format("i{}", v)); }

int Compiler::name_index(const std::string& n) {
    Unit& unit = u();
    auto it = unit.name_index.find(n);
    if (it != unit.name_index.end()) return it->second;
    unit.names.push_back(n);
    return unit.name_index[n] = int(unit.names.size()) - 1;
}

int Compiler::attr_cache(const std::string& attr) {
    u().attr_names.push_back(mangle_private(u().scope, attr));
    if (u().attr_names.size() > kMaxArg) error("too many attribute accesses in one code object", u().pos);
    return int(u().attr_names.size()) - 1;
}

int Compiler::global_index(const std::string& n) {
    Unit& unit = u();
    auto it = unit.global_index.find(n);
    if (it != unit.global_index.end()) return it->second;
    unit.globals.push_back(n);
    return unit.global_index[n] = int(unit.globals.size()) - 1;
}

// CPython's compiler refuses to bind or delete __debug__ (a constant to it), wherever
// the name would be bound: targets, imports, definitions, parameters, keywords.
void Compiler::check_not_debug(const std::string& name, Ctx ctx, const Pos& pos) {
    if (ctx != Ctx::Load && name == "__debug__")
        error(ctx == Ctx::Del ? "cannot delete __debug__" : "cannot assign to __debug__", pos);
}

void Compiler::check_parameters_not_debug(const Arguments* args, const Pos& pos) {
    for (const auto* group : {&args->posonlyargs, &args->args, &args->kwonlyargs})
        for (const Arg& a : *group) check_not_debug(a.name, Ctx::Store, pos);
    if (args->vararg) check_not_debug(args->vararg->name, Ctx::Store, pos);
    if (args->kwarg) check_not_debug(args->kwarg->name, Ctx::Store, pos);
}

// ------------------------------------------------------------------ entry points

namespace {
const ConstantExpr* docstring_of(const Body& body) {
    if (body.empty() || body[0]->kind != SK::Expr) return nullptr;
    const Expr* e = static_cast<const ExprStmt*>(body[0])->value;
    if (e->kind != EK::Constant) return nullptr;
    auto c = static_cast<const ConstantExpr*>(e);
    return c->ck == ConstKind::Str ? c : nullptr;
}
} // namespace

CodeObj* Compiler::compile_module(const Module& m, CompileMode mode) {
    mode_ = mode;
    interactive_ = mode == CompileMode::Interactive;
    enter_unit(st_.root(), "<module>", 1);
    u().flags = CodeObj::kModule;
    if (!m.body.empty()) u().firstlineno = m.body[0]->pos.line;
    const ConstantExpr* doc = interactive_ ? nullptr : docstring_of(m.body);
    if (doc) {
        PosScope ps(*this, doc->pos);
        emit(OpCode::LOAD_CONST, uint32_t(const_str(doc->text)));
        emit(OpCode::STORE_GLOBAL, uint32_t(global_index("__doc__")));
    }
    for (size_t i = doc ? 1 : 0; i < m.body.size(); ++i) compile_stmt(m.body[i]);
    emit(OpCode::LOAD_CONST, uint32_t(const_none()));
    emit(OpCode::RETURN_VALUE);
    return leave_unit();
}

CodeObj* Compiler::compile_eval(Expr* e) {
    mode_ = CompileMode::Eval;
    enter_unit(st_.root(), "<module>", e->pos.line);
    u().flags = CodeObj::kModule;
    compile_expr(e);
    emit(OpCode::RETURN_VALUE);
    return leave_unit();
}

// ------------------------------------------------------------------ statements

void Compiler::compile_body(const Body& body) {
    for (const Stmt* s : body) compile_stmt(s);
}

void Compiler::compile_stmt(const Stmt* s) {
    PosScope ps(*this, s->pos);
    int depth_at_start = u().depth;
    switch (s->kind) {
    case SK::Expr: {
        const Expr* e = static_cast<const ExprStmt*>(s)->value;
        if (interactive_) {
            compile_expr(e);
            emit(OpCode::PRINT_EXPR);
        } else if (e->kind == EK::Constant) {
            emit(OpCode::NOP); // a bare constant (docstring-like): nothing to evaluate
        } else {
            compile_expr(e);
            emit(OpCode::POP_TOP);
        }
        break;
    }
    case SK::Assign: compile_assign(static_cast<const AssignStmt*>(s)); break;
    case SK::AugAssign: compile_augassign(static_cast<const AugAssignStmt*>(s)); break;
    case SK::AnnAssign: {
        auto a = static_cast<const AnnAssignStmt*>(s);
        // Annotations are parsed and ignored; the assignment itself happens.
        if (a->value) {
            compile_expr(a->value);
            compile_store(a->target);
        } else if (a->target->kind != EK::Name) {
            // `obj.attr: int` evaluates obj (and the subscript) but assigns nothing.
            if (a->target->kind == EK::Attribute) {
                compile_expr(static_cast<const AttributeExpr*>(a->target)->value);
                emit(OpCode::POP_TOP);
            }
        }
        break;
    }
    case SK::If: compile_if(static_cast<const IfStmt*>(s)); break;
    case SK::While: compile_while(static_cast<const IfStmt*>(s)); break;
    case SK::For: compile_for(static_cast<const ForStmt*>(s)); break;
    case SK::Break: compile_break_continue(s, true); break;
    case SK::Continue: compile_break_continue(s, false); break;
    case SK::Pass: emit(OpCode::NOP); break;
    case SK::FunctionDef: compile_funcdef(static_cast<const FunctionDefStmt*>(s)); break;
    case SK::ClassDef: compile_classdef(static_cast<const ClassDefStmt*>(s)); break;
    case SK::Return: compile_return(static_cast<const ReturnStmt*>(s)); break;
    case SK::Delete:
        for (const Expr* t : static_cast<const DeleteStmt*>(s)->targets) compile_delete(t);
        break;
    case SK::Global:
    case SK::Nonlocal: emit(OpCode::NOP); break;
    case SK::Assert: compile_assert(static_cast<const AssertStmt*>(s)); break;
    case SK::Raise: compile_raise(static_cast<const RaiseStmt*>(s)); break;
    case SK::Try: compile_try(static_cast<const TryStmt*>(s)); break;
    case SK::Import: compile_import(static_cast<const ImportStmt*>(s)); break;
    case SK::ImportFrom: compile_import_from(static_cast<const ImportFromStmt*>(s)); break;
    case SK::With: compile_with(static_cast<const WithStmt*>(s), 0); break;
    }
    // Statements leave the operand stack as they found it; after code that cannot
    // fall through (return, raise, break) the tracked depth is meaningless, so reset it.
    if (!u().reachable) u().depth = depth_at_start;
}

void Compiler::compile_assign(const AssignStmt* s) {
    compile_expr(s->value);
    for (size_t i = 0; i < s->targets.size(); ++i) {
        if (i + 1 < s->targets.size()) emit(OpCode::COPY, 1);
        compile_store(s->targets[i]);
    }
}

void Compiler::compile_augassign(const AugAssignStmt* s) {
    uint32_t op = uint32_t(s->op) | 0x80;
    const Expr* t = s->target;
    switch (t->kind) {
    case EK::Name: {
        auto n = static_cast<const NameExpr*>(t);
        {
            PosScope ps(*this, t->pos);
            compile_name(n->id, Ctx::Load, t->pos);
        }
        compile_expr(s->value);
        emit(OpCode::BINARY_OP, op);
        compile_name(n->id, Ctx::Store, t->pos);
        break;
    }
    case EK::Attribute: {
        auto a = static_cast<const AttributeExpr*>(t);
        compile_expr(a->value);
        emit(OpCode::COPY, 1);
        {
            PosScope ps(*this, t->pos);
            emit(OpCode::LOAD_ATTR, uint32_t(attr_cache(a->attr)));
        }
        compile_expr(s->value);
        emit(OpCode::BINARY_OP, op);
        emit(OpCode::SWAP, 2);
        emit(OpCode::STORE_ATTR, uint32_t(attr_cache(a->attr)));
        break;
    }
    case EK::Subscript: {
        auto sub = static_cast<const SubscriptExpr*>(t);
        compile_expr(sub->value);
        if (sub->slice->kind == EK::Slice) compile_slice(static_cast<const SliceExpr*>(sub->slice));
        else compile_expr(sub->slice);
        emit(OpCode::COPY, 2);
        emit(OpCode::COPY, 2);
        {
            PosScope ps(*this, t->pos);
            emit(OpCode::BINARY_SUBSCR);
        }
        compile_expr(s->value);
        emit(OpCode::BINARY_OP, op);
        emit(OpCode::SWAP, 3);
        emit(OpCode::SWAP, 2);
        emit(OpCode::STORE_SUBSCR);
        break;
    }
    default:
        error(fmt::format("'{}' is an illegal expression for augmented assignment", expr_description(t)), t->pos);
    }
}

void Compiler::compile_if(const IfStmt* s) {
    int else_label = new_label(), end = new_label();
    compile_jump_if(s->test, false, else_label);
    compile_body(s->body);
    if (!s->orelse.empty()) {
        emit_jump(OpCode::JUMP, end);
        place(else_label);
        compile_body(s->orelse);
    } else {
        place(else_label);
    }
    place(end);
}

void Compiler::compile_while(const IfStmt* s) {
    int loop = new_label(), else_label = new_label(), end = new_label();
    place(loop);
    u().labels[size_t(loop)].depth = u().depth;
    bool infinite = s->test->kind == EK::Constant && static_cast<const ConstantExpr*>(s->test)->ck == ConstKind::True;
    if (!infinite) compile_jump_if(s->test, false, else_label);
    u().fblocks.push_back({FBlockKind::While, loop, end, nullptr, u().handlers.size(), ""});
    compile_body(s->body);
    u().fblocks.pop_back();
    {
        PosScope ps(*this, s->test->pos);
        emit_jump(OpCode::JUMP, loop);
    }
    place(else_label);
    if (!infinite) compile_body(s->orelse);
    place(end);
}

void Compiler::compile_for(const ForStmt* s) {
    if (s->is_async) error("'async for' is not supported yet", s->pos);
    int loop = new_label(), else_label = new_label(), end = new_label();
    compile_expr(s->iter);
    // GET_ITER and FOR_ITER have the whole statement's position, as in CPython: an
    // error while iterating shows the `for` line without carets.
    emit(OpCode::GET_ITER);
    place(loop);
    u().labels[size_t(loop)].depth = u().depth;
    emit_jump(OpCode::FOR_ITER, else_label);
    compile_store(s->target);
    u().fblocks.push_back({FBlockKind::For, loop, end, nullptr, u().handlers.size(), ""});
    compile_body(s->body);
    u().fblocks.pop_back();
    {
        PosScope ps(*this, s->iter->pos);
        emit_jump(OpCode::JUMP, loop);
    }
    place(else_label);
    compile_body(s->orelse);
    place(end);
}

void Compiler::compile_break_continue(const Stmt* s, bool is_break) {
    Unit& unit = u();
    int loop_index = -1;
    for (int i = int(unit.fblocks.size()) - 1; i >= 0; --i) {
        FBlockKind k = unit.fblocks[size_t(i)].kind;
        if (k == FBlockKind::While || k == FBlockKind::For) {
            loop_index = i;
            break;
        }
    }
    if (loop_index < 0) error(is_break ? "'break' outside loop" : "'continue' not properly in loop", s->pos);
    std::vector<int> saved = u().handlers;
    unwind_fblocks(false, size_t(loop_index) + 1);
    FBlock loop = u().fblocks[size_t(loop_index)];
    u().handlers.resize(std::min(u().handlers.size(), loop.handlers_at_start));
    if (is_break) {
        if (loop.kind == FBlockKind::For) emit(OpCode::POP_TOP);
        emit_jump(OpCode::JUMP, loop.break_label);
    } else {
        emit_jump(OpCode::JUMP, loop.continue_label);
    }
    u().handlers = saved;
}

void Compiler::compile_return(const ReturnStmt* s) {
    if (!u().scope->is_function_like()) error("'return' outside function", s->pos);
    if (s->value) {
        if (s->value->kind == EK::Starred) error("can't use starred expression here", s->value->pos);
        compile_expr(s->value);
    } else {
        emit(OpCode::LOAD_CONST, uint32_t(const_none()));
    }
    std::vector<int> saved = u().handlers;
    unwind_fblocks(true, 0);
    emit(OpCode::RETURN_VALUE); // covered only by what the unwinding left active
    u().handlers = saved;
}

void Compiler::unwind_fblocks(bool preserve_tos, size_t stop_at) {
    Unit& unit = u();
    std::vector<FBlock> saved_blocks = unit.fblocks;
    while (u().fblocks.size() > stop_at) {
        FBlock b = u().fblocks.back();
        u().fblocks.pop_back();
        u().handlers.resize(std::min(u().handlers.size(), b.handlers_at_start));
        unwind_fblock(b, preserve_tos);
    }
    u().fblocks = saved_blocks;
    // The handlers stay as the unwinding left them: the caller emits its jump or return
    // under them, then restores its own.
}

void Compiler::call_exit_with_none() {
    emit(OpCode::PUSH_NULL);
    for (int i = 0; i < 3; ++i) emit(OpCode::LOAD_CONST, uint32_t(const_none()));
    emit(OpCode::CALL, 3);
    emit(OpCode::POP_TOP);
}

void Compiler::unwind_fblock(const FBlock& b, bool preserve_tos) {
    switch (b.kind) {
    case FBlockKind::While:
    case FBlockKind::TryExcept:
    case FBlockKind::ExceptionHandler:
        break;
    case FBlockKind::For:
        if (preserve_tos) emit(OpCode::SWAP, 2);
        emit(OpCode::POP_TOP);
        break;
    case FBlockKind::FinallyTry:
        compile_body(*b.finalbody);
        break;
    case FBlockKind::FinallyEnd:
        // Leaving the exceptional path of a finally: drop the exception, restore the
        // previously handled one.
        if (preserve_tos) emit(OpCode::SWAP, 2);
        emit(OpCode::POP_TOP);
        if (preserve_tos) emit(OpCode::SWAP, 2);
        emit(OpCode::POP_EXCEPT);
        break;
    case FBlockKind::HandlerCleanup:
        if (preserve_tos) emit(OpCode::SWAP, 2);
        emit(OpCode::POP_EXCEPT);
        if (!b.name.empty()) {
            emit(OpCode::LOAD_CONST, uint32_t(const_none()));
            compile_name(b.name, Ctx::Store, u().pos);
            compile_name(b.name, Ctx::Del, u().pos);
        }
        break;
    case FBlockKind::With:
        if (preserve_tos) emit(OpCode::SWAP, 2);
        call_exit_with_none();
        break;
    }
}

void Compiler::compile_try(const TryStmt* s) {
    if (s->finalbody.empty()) {
        compile_try_except(s);
        return;
    }
    int final_label = new_label(), end = new_label(), cleanup = new_label();
    size_t outside = u().handlers.size();
    push_handler(final_label);
    u().fblocks.push_back({FBlockKind::FinallyTry, -1, -1, &s->finalbody, outside, ""});
    if (!s->handlers.empty()) compile_try_except(s);
    else compile_body(s->body);
    u().fblocks.pop_back();
    pop_handler();
    compile_body(s->finalbody);
    emit_jump(OpCode::JUMP, end);

    place(final_label); // stack: ..., exc
    emit(OpCode::PUSH_EXC_INFO);
    push_handler(cleanup, 1);
    u().fblocks.push_back({FBlockKind::FinallyEnd, -1, -1, nullptr, u().handlers.size() - 1, ""});
    compile_body(s->finalbody);
    u().fblocks.pop_back();
    emit(OpCode::RERAISE);
    pop_handler();

    place(cleanup); // stack: ..., previously handled, new exc
    emit(OpCode::SWAP, 2);
    emit(OpCode::POP_EXCEPT);
    emit(OpCode::RERAISE);
    place(end);
}

// The instructions emitted while it lives are not covered by the innermost handler.
// After a handler body's POP_EXCEPT the stack is below the depth the cleanup handler
// unwinds to, so the code that leaves the handler must not be covered by it: an
// exception there (a KeyboardInterrupt between two instructions) would reach the cleanup
// with a stack too shallow for it.
struct HandlerSuspended {
    explicit HandlerSuspended(Compiler& c) : c(c), handler(c.u().handlers.back()) { c.u().handlers.pop_back(); }
    ~HandlerSuspended() { c.u().handlers.push_back(handler); }
    Compiler& c;
    int handler;
};

void Compiler::compile_try_except(const TryStmt* s) {
    int handler = new_label(), end = new_label(), cleanup = new_label();
    size_t outside = u().handlers.size();
    push_handler(handler);
    u().fblocks.push_back({FBlockKind::TryExcept, -1, -1, nullptr, outside, ""});
    compile_body(s->body);
    u().fblocks.pop_back();
    pop_handler();
    compile_body(s->orelse);
    emit_jump(OpCode::JUMP, end);

    place(handler); // stack: ..., exc
    emit(OpCode::PUSH_EXC_INFO); // ..., previously handled, exc
    push_handler(cleanup, 1);
    for (size_t i = 0; i < s->handlers.size(); ++i) {
        const ExceptHandler& h = s->handlers[i];
        PosScope ps(*this, h.pos);
        // CPython places errors about a handler on all of it, its body included.
        Pos whole = h.pos;
        if (!h.body.empty()) {
            whole.end_line = h.body.back()->pos.end_line;
            whole.end_col = h.body.back()->pos.end_col;
        }
        if (!h.type && i + 1 < s->handlers.size()) error("default 'except:' must be last", whole);
        if (!h.name.empty()) check_not_debug(h.name, Ctx::Store, whole);
        int next = new_label();
        if (h.type) {
            compile_expr(h.type);
            emit(OpCode::CHECK_EXC_MATCH);
            emit_jump(OpCode::POP_JUMP_IF_FALSE, next);
        }
        if (!h.name.empty()) {
            compile_name(h.name, Ctx::Store, h.pos);
            int body_cleanup = new_label();
            push_handler(body_cleanup);
            u().fblocks.push_back({FBlockKind::HandlerCleanup, -1, -1, nullptr, u().handlers.size() - 1, h.name});
            compile_body(h.body);
            u().fblocks.pop_back();
            pop_handler();
            emit(OpCode::POP_EXCEPT);
            {
                HandlerSuspended restored(*this); // the handled exception is restored
                emit(OpCode::LOAD_CONST, uint32_t(const_none()));
                compile_name(h.name, Ctx::Store, h.pos);
                compile_name(h.name, Ctx::Del, h.pos);
                emit_jump(OpCode::JUMP, end);
            }
            // An exception inside the handler body: unbind the name, then let the
            // enclosing cleanup restore the handled exception and re-raise.
            place(body_cleanup);
            emit(OpCode::LOAD_CONST, uint32_t(const_none()));
            compile_name(h.name, Ctx::Store, h.pos);
            compile_name(h.name, Ctx::Del, h.pos);
            emit(OpCode::RERAISE);
        } else {
            emit(OpCode::POP_TOP);
            u().fblocks.push_back({FBlockKind::HandlerCleanup, -1, -1, nullptr, u().handlers.size() - 1, ""});
            compile_body(h.body);
            u().fblocks.pop_back();
            emit(OpCode::POP_EXCEPT);
            HandlerSuspended restored(*this); // the handled exception is restored
            emit_jump(OpCode::JUMP, end);
        }
        place(next);
    }
    emit(OpCode::RERAISE); // nothing matched
    pop_handler();
    place(cleanup); // ..., previously handled, exc
    emit(OpCode::SWAP, 2);
    emit(OpCode::POP_EXCEPT);
    emit(OpCode::RERAISE);
    place(end);
}

void Compiler::compile_with(const WithStmt* s, size_t item) {
    if (s->is_async) error("'async with' is not supported yet", s->pos);
    const WithItem& w = s->items[item];
    int handler = new_label(), end = new_label(), cleanup = new_label(), suppress = new_label();
    compile_expr(w.context_expr);
    // At the statement's position, as in CPython 3.11 (no carets under the manager).
    emit(OpCode::BEFORE_WITH); // exit, enter-result
    size_t outside = u().handlers.size();
    push_handler(handler, 1);
    u().fblocks.push_back({FBlockKind::With, -1, -1, nullptr, outside, ""});
    if (w.optional_vars) compile_store(w.optional_vars);
    else emit(OpCode::POP_TOP);
    if (item + 1 < s->items.size()) compile_with(s, item + 1);
    else compile_body(s->body);
    u().fblocks.pop_back();
    pop_handler();
    {
        PosScope ps(*this, s->pos);
        call_exit_with_none();
    }
    emit_jump(OpCode::JUMP, end);

    place(handler); // exit, exc
    emit(OpCode::PUSH_EXC_INFO); // exit, previously handled, exc
    push_handler(cleanup, 1);
    emit(OpCode::WITH_EXCEPT_START); // exit, prev, exc, result
    emit_jump(OpCode::POP_JUMP_IF_TRUE, suppress);
    emit(OpCode::RERAISE);
    place(suppress); // exit, prev, exc
    emit(OpCode::POP_TOP);
    emit(OpCode::POP_EXCEPT);
    pop_handler(); // the handled exception is restored: the cleanup no longer applies
    emit(OpCode::POP_TOP);
    emit_jump(OpCode::JUMP, end);
    place(cleanup); // exit, prev, exc
    emit(OpCode::SWAP, 2);
    emit(OpCode::POP_EXCEPT);
    emit(OpCode::RERAISE);
    place(end);
}

void Compiler::compile_delete(const Expr* t) {
    PosScope ps(*this, t->pos);
    switch (t->kind) {
    case EK::Name:
        compile_name(static_cast<const NameExpr*>(t)->id, Ctx::Del, t->pos);
        break;
    case EK::Attribute: {
        auto a = static_cast<const AttributeExpr*>(t);
        compile_expr(a->value);
        emit(OpCode::DELETE_ATTR, uint32_t(name_index(mangle_private(u().scope, a->attr))));
        break;
    }
    case EK::Subscript: {
        auto s = static_cast<const SubscriptExpr*>(t);
        compile_expr(s->value);
        if (s->slice->kind == EK::Slice) compile_slice(static_cast<const SliceExpr*>(s->slice));
        else compile_expr(s->slice);
        emit(OpCode::DELETE_SUBSCR);
        break;
    }
    case EK::Tuple:
    case EK::List:
        for (const Expr* x : static_cast<const SeqExpr*>(t)->elts) compile_delete(x);
        break;
    default:
        error(fmt::format("cannot delete {}", expr_description(t)), t->pos);
    }
}

// Import instructions carry the whole statement's position, as in CPython: a failing
// import is shown in a traceback without carets.
void Compiler::compile_import(const ImportStmt* s) {
    for (const Alias& a : s->names)
        check_not_debug(a.asname.empty() ? a.name.substr(0, a.name.find('.')) : a.asname, Ctx::Store, s->pos);
    // Every instruction of an import carries the statement's position, as in CPython (a
    // traceback then shows the whole line, with no carets).
    PosScope ps(*this, s->pos);
    for (const Alias& a : s->names) {
        emit(OpCode::LOAD_CONST, uint32_t(const_int(0)));
        emit(OpCode::LOAD_CONST, uint32_t(const_none()));
        emit(OpCode::IMPORT_NAME, uint32_t(name_index(a.name)));
        if (a.asname.empty()) {
            compile_name(a.name.substr(0, a.name.find('.')), Ctx::Store, a.pos);
            continue;
        }
        // `import a.b.c as d` binds the leaf module: walk the attributes.
        size_t dot = a.name.find('.');
        while (dot != std::string::npos) {
            size_t next = a.name.find('.', dot + 1);
            std::string part = a.name.substr(dot + 1, next == std::string::npos ? std::string::npos : next - dot - 1);
            emit(OpCode::IMPORT_FROM, uint32_t(name_index(part)));
            emit(OpCode::SWAP, 2);
            emit(OpCode::POP_TOP);
            dot = next;
        }
        compile_name(a.asname, Ctx::Store, a.pos);
    }
}

void Compiler::compile_import_from(const ImportFromStmt* s) {
    for (const Alias& a : s->names) check_not_debug(a.asname.empty() ? a.name : a.asname, Ctx::Store, s->pos);
    PosScope ps(*this, s->pos); // as for `import`
    emit(OpCode::LOAD_CONST, uint32_t(const_int(s->level)));
    std::vector<Value> names;
    std::string key = "T(";
    for (const Alias& a : s->names) {
        names.push_back(Value::from_obj(intern(I_, a.name)));
        key += "s" + a.name + ",";
    }
    emit(OpCode::LOAD_CONST, uint32_t(add_const(Value::from_obj(new_tuple(I_, names.data(), names.size())), key + ")")));
    emit(OpCode::IMPORT_NAME, uint32_t(name_index(s->module)));
    if (s->names.size() == 1 && s->names[0].name == "*") {
        emit(OpCode::IMPORT_STAR);
        return;
    }
    for (const Alias& a : s->names) {
        emit(OpCode::IMPORT_FROM, uint32_t(name_index(a.name)));
        compile_name(a.asname.empty() ? a.name : a.asname, Ctx::Store, a.pos);
    }
    emit(OpCode::POP_TOP);
}

namespace {
// The comparison whose position CPython 3.11's compiler leaves in force after compiling
// `e` as a condition (its compiler_jump_if sets the location for comparisons and does not
// restore it): the instructions that follow a condition, such as an assert's raise,
// carry it. Null when the statement's own position stays.
const Expr* position_left_by_condition(const Expr* e) {
    if (e->kind == EK::UnaryOp && static_cast<const UnaryOpExpr*>(e)->op == UnaryKind::Not)
        return position_left_by_condition(static_cast<const UnaryOpExpr*>(e)->operand);
    if (e->kind == EK::BoolOp) {
        const Expr* last = nullptr;
        for (const Expr* v : static_cast<const BoolOpExpr*>(e)->values)
            if (const Expr* p = position_left_by_condition(v)) last = p;
        return last;
    }
    return e->kind == EK::Compare ? e : nullptr;
}
} // namespace

void Compiler::compile_assert(const AssertStmt* s) {
    int end = new_label();
    compile_jump_if(s->test, true, end);
    const Expr* left = position_left_by_condition(s->test);
    PosScope ps(*this, left ? left->pos : u().pos);
    emit(OpCode::LOAD_ASSERTION_ERROR);
    if (s->msg) {
        emit(OpCode::PUSH_NULL);
        compile_expr(s->msg);
        emit(OpCode::CALL, 1);
    }
    emit(OpCode::RAISE_VARARGS, 1);
    place(end);
}

void Compiler::compile_raise(const RaiseStmt* s) {
    uint32_t n = 0;
    if (s->exc) {
        compile_expr(s->exc);
        ++n;
        if (s->cause) {
            compile_expr(s->cause);
            ++n;
        }
    }
    emit(OpCode::RAISE_VARARGS, n);
}

void Compiler::compile_defaults(const Arguments* args, uint32_t* flags) {
    if (!args->defaults.empty()) {
        for (const Expr* d : args->defaults) compile_expr(d);
        emit(OpCode::BUILD_TUPLE, uint32_t(args->defaults.size()));
        *flags |= 1;
    }
    uint32_t nkw = 0;
    for (size_t i = 0; i < args->kwonlyargs.size(); ++i) {
        if (!args->kw_defaults[i]) continue;
        emit(OpCode::LOAD_CONST, uint32_t(const_str(mangle_private(u().scope, args->kwonlyargs[i].name))));
        compile_expr(args->kw_defaults[i]);
        ++nkw;
    }
    if (nkw) {
        emit(OpCode::BUILD_MAP, nkw);
        *flags |= 2;
    }
}

void Compiler::make_closure(CodeObj* code, Scope* scope, uint32_t flags) {
    if (!scope->freevars.empty()) {
        for (const std::string& fv : scope->freevars) {
            // The cell lives in this (enclosing) unit's slots, as a cell or a free var.
            auto it = u().slot_of.find(fv);
            if (it == u().slot_of.end()) error(fmt::format("internal compiler error: no cell for '{}'", fv), u().pos);
            emit(OpCode::LOAD_CLOSURE, uint32_t(it->second));
        }
        emit(OpCode::BUILD_TUPLE, uint32_t(scope->freevars.size()));
        flags |= 8;
    }
    emit(OpCode::LOAD_CONST, uint32_t(add_const(Value::from_obj(code), "")));
    emit(OpCode::MAKE_FUNCTION, flags);
}

void Compiler::compile_function_body(const Node* node, const std::string& name, const Arguments* args,
                                     const Body* body, const Expr* lambda_body, bool is_async, uint32_t flags) {
    Scope* scope = st_.scope_of(node);
    enter_unit(scope, name, node->pos.line);
    Unit& unit = u();
    unit.posonly = uint32_t(args->posonlyargs.size());
    unit.argcount = uint32_t(args->posonlyargs.size() + args->args.size());
    unit.kwonly = uint32_t(args->kwonlyargs.size());
    if (args->vararg) unit.flags |= CodeObj::kVarArgs;
    if (args->kwarg) unit.flags |= CodeObj::kVarKeywords;
    if (scope->is_generator) unit.flags |= is_async ? CodeObj::kAsyncGenerator : CodeObj::kGenerator;
    else if (is_async) unit.flags |= CodeObj::kCoroutine;
    const ConstantExpr* doc = body ? docstring_of(*body) : nullptr;
    if (doc) unit.doc = Value::from_obj(new_str(I_, doc->text));
    for (size_t i = 0; i < unit.slot_names.size(); ++i)
        if (unit.slot_kinds[i] & CodeObj::kCell) emit(OpCode::MAKE_CELL, uint32_t(i));
    if (!scope->freevars.empty()) emit(OpCode::COPY_FREE_VARS, uint32_t(scope->freevars.size()));
    if (body) {
        for (size_t i = doc ? 1 : 0; i < body->size(); ++i) compile_stmt((*body)[i]);
        emit(OpCode::LOAD_CONST, uint32_t(const_none()));
        emit(OpCode::RETURN_VALUE);
    } else {
        PosScope ps(*this, lambda_body->pos);
        compile_expr(lambda_body);
        emit(OpCode::RETURN_VALUE);
    }
    CodeObj* code = leave_unit();
    make_closure(code, scope, flags);
}

void Compiler::compile_funcdef(const FunctionDefStmt* s) {
    check_parameters_not_debug(s->args, s->pos);
    check_not_debug(s->name, Ctx::Store, s->pos);
    for (const Expr* d : s->decorators) {
        compile_expr(d);
        emit(OpCode::PUSH_NULL);
    }
    uint32_t flags = 0;
    compile_defaults(s->args, &flags);
    compile_function_body(s, s->name, s->args, &s->body, nullptr, s->is_async, flags);
    for (size_t i = 0; i < s->decorators.size(); ++i) emit(OpCode::CALL, 1);
    compile_name(s->name, Ctx::Store, s->pos);
}

void Compiler::compile_classdef(const ClassDefStmt* s) {
    check_not_debug(s->name, Ctx::Store, s->pos);
    for (const Expr* d : s->decorators) {
        compile_expr(d);
        emit(OpCode::PUSH_NULL);
    }
    emit(OpCode::LOAD_BUILD_CLASS);
    emit(OpCode::PUSH_NULL);
    Scope* scope = st_.scope_of(s);
    enter_unit(scope, s->name, s->pos.line);
    u().flags |= CodeObj::kClassBody;
    for (size_t i = 0; i < u().slot_names.size(); ++i)
        if (u().slot_kinds[i] & CodeObj::kCell) emit(OpCode::MAKE_CELL, uint32_t(i));
    if (!scope->freevars.empty()) emit(OpCode::COPY_FREE_VARS, uint32_t(scope->freevars.size()));
    emit(OpCode::LOAD_NAME, uint32_t(name_index("__name__")));
    emit(OpCode::STORE_NAME, uint32_t(name_index("__module__")));
    emit(OpCode::LOAD_CONST, uint32_t(const_str(u().qualname)));
    emit(OpCode::STORE_NAME, uint32_t(name_index("__qualname__")));
    const ConstantExpr* doc = docstring_of(s->body);
    if (doc) {
        emit(OpCode::LOAD_CONST, uint32_t(const_str(doc->text)));
        emit(OpCode::STORE_NAME, uint32_t(name_index("__doc__")));
    }
    for (size_t i = doc ? 1 : 0; i < s->body.size(); ++i) compile_stmt(s->body[i]);
    if (scope->needs_class_cell) {
        emit(OpCode::LOAD_CLOSURE, uint32_t(u().slot_of["__class__"]));
    } else {
        emit(OpCode::LOAD_CONST, uint32_t(const_none()));
    }
    emit(OpCode::RETURN_VALUE);
    CodeObj* code = leave_unit();
    make_closure(code, scope, 0);
    emit(OpCode::LOAD_CONST, uint32_t(const_str(s->name)));
    compile_call_args(s->bases, s->keywords, 2);
    for (size_t i = 0; i < s->decorators.size(); ++i) emit(OpCode::CALL, 1);
    compile_name(s->name, Ctx::Store, s->pos);
}

} // namespace gilt
