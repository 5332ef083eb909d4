// Scope analysis: decides for every name whether it is local, global, free or a cell.
#include "compiler/symtable.hpp"

#include <algorithm>
#include <fmt/format.h>

#include "compiler/lexer.hpp"

namespace gilt {

SymbolTable::SymbolTable(const Module& module, const std::string& filename) : filename_(filename) {
    root_ = std::make_unique<Scope>();
    root_->kind = Scope::Kind::Module;
    root_->name = "top";
    current_ = root_.get();
    visit_stmts(module.body);
    analyze(root_.get(), {});
}

SymbolTable::SymbolTable(Expr* expression, const std::string& filename) : filename_(filename) {
    root_ = std::make_unique<Scope>();
    root_->kind = Scope::Kind::Module;
    root_->name = "top";
    current_ = root_.get();
    visit_expr(expression);
    analyze(root_.get(), {});
}

void SymbolTable::error(const std::string& msg, const Pos& pos) { throw CompileError::over(pos, msg, filename_); }

Scope* SymbolTable::push(Scope::Kind kind, const std::string& name, const Node* node) {
    auto s = std::make_unique<Scope>();
    s->kind = kind;
    s->name = name;
    s->parent = current_;
    s->node = node;
    Scope* raw = s.get();
    current_->children.push_back(std::move(s));
    by_node_[node] = raw;
    current_ = raw;
    return raw;
}

std::string mangle_private(const Scope* scope, const std::string& name) {
    if (name.size() < 3 || name[0] != '_' || name[1] != '_') return name;
    if (name.ends_with("__") || name.find('.') != std::string::npos) return name;
    while (scope && scope->kind != Scope::Kind::Class) scope = scope->parent;
    if (!scope) return name;
    size_t start = scope->name.find_first_not_of('_');
    if (start == std::string::npos) return name; // a class named only with underscores
    // Built with append: g++ 12 warns falsely (-Wrestrict) about "_" + std::string.
    std::string mangled = "_";
    mangled.append(scope->name, start, std::string::npos).append(name);
    return mangled;
}

void SymbolTable::add(const std::string& raw_name, uint32_t flag, const Pos& pos) {
    Scope* s = current_;
    const std::string name = mangle_private(s, raw_name);
    auto it = s->flags.find(name);
    if (it == s->flags.end()) {
        s->order.push_back(name);
        it = s->flags.emplace(name, 0).first;
    }
    if ((flag & Scope::DefParam) && (it->second & Scope::DefParam))
        error(fmt::format("duplicate argument '{}' in function definition", name), pos);
    it->second |= flag;
    if (flag & (Scope::DefNonlocal | Scope::DefGlobal)) first_use_[{s, name}] = pos;
}

void SymbolTable::visit_stmts(const Body& body) {
    for (const Stmt* s : body) visit_stmt(s);
}

void SymbolTable::visit_args_defaults(const Arguments* a) {
    for (Expr* d : a->defaults) visit_expr(d);
    for (Expr* d : a->kw_defaults)
        if (d) visit_expr(d);
    auto annot = [&](const Arg& arg) {
        if (arg.annotation) visit_expr(arg.annotation);
    };
    for (const Arg& arg : a->posonlyargs) annot(arg);
    for (const Arg& arg : a->args) annot(arg);
    for (const Arg& arg : a->kwonlyargs) annot(arg);
    if (a->vararg) annot(*a->vararg);
    if (a->kwarg) annot(*a->kwarg);
}

void SymbolTable::visit_params(const Arguments* a) {
    auto param = [&](const Arg& arg) {
        add(arg.name, Scope::DefParam, arg.pos);
        current_->params.push_back(mangle_private(current_, arg.name));
    };
    for (const Arg& arg : a->posonlyargs) param(arg);
    for (const Arg& arg : a->args) param(arg);
    for (const Arg& arg : a->kwonlyargs) param(arg);
    if (a->vararg) {
        param(*a->vararg);
        current_->has_varargs = true;
    }
    if (a->kwarg) {
        param(*a->kwarg);
        current_->has_varkeywords = true;
    }
}

void SymbolTable::visit_stmt(const Stmt* s) {
    switch (s->kind) {
    case SK::Expr:
        visit_expr(static_cast<const ExprStmt*>(s)->value);
        break;
    case SK::Assign: {
        auto a = static_cast<const AssignStmt*>(s);
        visit_expr(a->value);
        for (Expr* t : a->targets) visit_expr(t);
        break;
    }
    case SK::AugAssign: {
        auto a = static_cast<const AugAssignStmt*>(s);
        visit_expr(a->value);
        visit_expr(a->target);
        if (a->target->kind == EK::Name) add(static_cast<NameExpr*>(a->target)->id, Scope::Use, a->target->pos);
        break;
    }
    case SK::AnnAssign: {
        auto a = static_cast<const AnnAssignStmt*>(s);
        if (a->value) visit_expr(a->value);
        if (a->target->kind == EK::Name) {
            const std::string& n = static_cast<NameExpr*>(a->target)->id;
            auto it = current_->flags.find(mangle_private(current_, n));
            if (it != current_->flags.end() && (it->second & (Scope::DefGlobal | Scope::DefNonlocal)) && a->simple)
                error(fmt::format("annotated name '{}' can't be {}", n,
                                  (it->second & Scope::DefGlobal) ? "global" : "nonlocal"),
                      s->pos);
            if (a->value) add(n, Scope::DefLocal, a->target->pos);
            else add(n, Scope::DefAnnot, a->target->pos);
        } else {
            visit_expr(a->target);
        }
        if (current_->kind != Scope::Kind::Function || !a->simple) visit_expr(a->annotation);
        break;
    }
    case SK::If:
    case SK::While: {
        auto i = static_cast<const IfStmt*>(s);
        visit_expr(i->test);
        visit_stmts(i->body);
        visit_stmts(i->orelse);
        break;
    }
    case SK::For: {
        auto f = static_cast<const ForStmt*>(s);
        visit_expr(f->iter);
        visit_expr(f->target);
        visit_stmts(f->body);
        visit_stmts(f->orelse);
        break;
    }
    case SK::Break:
    case SK::Continue:
    case SK::Pass:
        break;
    case SK::FunctionDef: {
        auto f = static_cast<const FunctionDefStmt*>(s);
        for (Expr* d : f->decorators) visit_expr(d);
        visit_args_defaults(f->args);
        if (f->returns) visit_expr(f->returns);
        add(f->name, Scope::DefLocal, s->pos);
        Scope* sc = push(Scope::Kind::Function, f->name, s);
        sc->is_coroutine = f->is_async;
        visit_params(f->args);
        visit_stmts(f->body);
        pop();
        break;
    }
    case SK::ClassDef: {
        auto c = static_cast<const ClassDefStmt*>(s);
        for (Expr* d : c->decorators) visit_expr(d);
        for (Expr* b : c->bases) visit_expr(b);
        for (const Keyword& k : c->keywords) visit_expr(k.value);
        add(c->name, Scope::DefLocal, s->pos);
        push(Scope::Kind::Class, c->name, s);
        visit_stmts(c->body);
        pop();
        break;
    }
    case SK::Return: {
        auto r = static_cast<const ReturnStmt*>(s);
        if (r->value) visit_expr(r->value);
        break;
    }
    case SK::Delete:
        for (Expr* t : static_cast<const DeleteStmt*>(s)->targets) visit_expr(t);
        break;
    case SK::Global:
    case SK::Nonlocal: {
        bool global = s->kind == SK::Global;
        const char* what = global ? "global" : "nonlocal";
        if (!global && current_->kind == Scope::Kind::Module)
            error("nonlocal declaration not allowed at module level", s->pos);
        for (const std::string& n : static_cast<const NamesStmt*>(s)->names) {
            auto it = current_->flags.find(mangle_private(current_, n));
            uint32_t f = it == current_->flags.end() ? 0 : it->second;
            if (f & Scope::DefParam) error(fmt::format("name '{}' is parameter and {}", n, what), s->pos);
            if (global && (f & Scope::DefNonlocal)) error(fmt::format("name '{}' is nonlocal and global", n), s->pos);
            if (!global && (f & Scope::DefGlobal)) error(fmt::format("name '{}' is nonlocal and global", n), s->pos);
            if (f & Scope::DefLocal) error(fmt::format("name '{}' is assigned to before {} declaration", n, what), s->pos);
            if (f & Scope::Use) error(fmt::format("name '{}' is used prior to {} declaration", n, what), s->pos);
            if (f & Scope::DefAnnot) error(fmt::format("annotated name '{}' can't be {}", n, what), s->pos);
            add(n, global ? Scope::DefGlobal : Scope::DefNonlocal, s->pos);
        }
        break;
    }
    case SK::Assert: {
        auto a = static_cast<const AssertStmt*>(s);
        visit_expr(a->test);
        if (a->msg) visit_expr(a->msg);
        break;
    }
    case SK::Raise: {
        auto r = static_cast<const RaiseStmt*>(s);
        if (r->exc) visit_expr(r->exc);
        if (r->cause) visit_expr(r->cause);
        break;
    }
    case SK::Try: {
        auto t = static_cast<const TryStmt*>(s);
        visit_stmts(t->body);
        for (const ExceptHandler& h : t->handlers) {
            if (h.type) visit_expr(h.type);
            if (!h.name.empty()) add(h.name, Scope::DefLocal, h.pos);
            visit_stmts(h.body);
        }
        visit_stmts(t->orelse);
        visit_stmts(t->finalbody);
        break;
    }
    case SK::Import:
        for (const Alias& a : static_cast<const ImportStmt*>(s)->names) {
            std::string bound = a.asname.empty() ? a.name.substr(0, a.name.find('.')) : a.asname;
            add(bound, Scope::DefImport, a.pos);
        }
        break;
    case SK::ImportFrom:
        for (const Alias& a : static_cast<const ImportFromStmt*>(s)->names) {
            if (a.name == "*") {
                if (current_->kind != Scope::Kind::Module)
                    error("import * only allowed at module level", a.pos);
                continue;
            }
            add(a.asname.empty() ? a.name : a.asname, Scope::DefImport, a.pos);
        }
        break;
    case SK::With: {
        auto w = static_cast<const WithStmt*>(s);
        for (const WithItem& item : w->items) {
            visit_expr(item.context_expr);
            if (item.optional_vars) visit_expr(item.optional_vars);
        }
        visit_stmts(w->body);
        break;
    }
    }
}

void SymbolTable::visit_comprehension(const CompExpr* c) {
    // The first iterable is evaluated in the enclosing scope; everything else runs in
    // the comprehension's own function scope with the iterator as parameter ".0".
    visit_expr(c->generators[0].iter);
    const char* name = c->kind == EK::ListComp   ? "listcomp"
                       : c->kind == EK::SetComp  ? "setcomp"
                       : c->kind == EK::DictComp ? "dictcomp"
                                                 : "genexpr";
    Scope* sc = push(Scope::Kind::Comprehension, name, c);
    if (c->kind == EK::GeneratorExp) sc->is_generator = true;
    add(".0", Scope::DefParam, c->pos);
    sc->params.push_back(".0");
    for (size_t i = 0; i < c->generators.size(); ++i) {
        const Comprehension& g = c->generators[i];
        if (i > 0) visit_expr(g.iter);
        visit_expr(g.target);
        for (Expr* cond : g.ifs) visit_expr(cond);
    }
    if (c->value) visit_expr(c->value);
    visit_expr(c->elt);
    pop();
}

void SymbolTable::visit_expr(const Expr* e) {
    switch (e->kind) {
    case EK::Name: {
        auto n = static_cast<const NameExpr*>(e);
        if (n->ctx == Ctx::Load) {
            add(n->id, Scope::Use, e->pos);
            // super() and __class__ in a method need the class cell.
            if ((n->id == "super" || n->id == "__class__") && current_->is_function_like()) {
                for (Scope* p = current_->parent; p; p = p->parent) {
                    if (p->kind == Scope::Kind::Class) {
                        add("__class__", Scope::Use, e->pos);
                        break;
                    }
                    if (!p->is_function_like()) break;
                }
            }
        } else {
            add(n->id, Scope::DefLocal, e->pos);
        }
        break;
    }
    case EK::Constant:
        break;
    case EK::JoinedStr:
        for (Expr* v : static_cast<const JoinedStrExpr*>(e)->values) visit_expr(v);
        break;
    case EK::FormattedValue: {
        auto f = static_cast<const FormattedValueExpr*>(e);
        visit_expr(f->value);
        if (f->format_spec) visit_expr(f->format_spec);
        break;
    }
    case EK::BinOp: {
        auto b = static_cast<const BinOpExpr*>(e);
        visit_expr(b->left);
        visit_expr(b->right);
        break;
    }
    case EK::UnaryOp:
        visit_expr(static_cast<const UnaryOpExpr*>(e)->operand);
        break;
    case EK::BoolOp:
        for (Expr* v : static_cast<const BoolOpExpr*>(e)->values) visit_expr(v);
        break;
    case EK::Compare: {
        auto c = static_cast<const CompareExpr*>(e);
        visit_expr(c->left);
        for (Expr* x : c->comparators) visit_expr(x);
        break;
    }
    case EK::Call: {
        auto c = static_cast<const CallExpr*>(e);
        visit_expr(c->func);
        for (Expr* a : c->args) visit_expr(a);
        for (const Keyword& k : c->keywords) visit_expr(k.value);
        break;
    }
    case EK::Attribute:
        visit_expr(static_cast<const AttributeExpr*>(e)->value);
        break;
    case EK::Subscript: {
        auto s = static_cast<const SubscriptExpr*>(e);
        visit_expr(s->value);
        visit_expr(s->slice);
        break;
    }
    case EK::Slice: {
        auto s = static_cast<const SliceExpr*>(e);
        if (s->lower) visit_expr(s->lower);
        if (s->upper) visit_expr(s->upper);
        if (s->step) visit_expr(s->step);
        break;
    }
    case EK::Starred:
        visit_expr(static_cast<const StarredExpr*>(e)->value);
        break;
    case EK::List:
    case EK::Tuple:
    case EK::Set:
        for (Expr* x : static_cast<const SeqExpr*>(e)->elts) visit_expr(x);
        break;
    case EK::Dict: {
        auto d = static_cast<const DictExpr*>(e);
        for (size_t i = 0; i < d->keys.size(); ++i) {
            if (d->keys[i]) visit_expr(d->keys[i]);
            visit_expr(d->values[i]);
        }
        break;
    }
    case EK::ListComp:
    case EK::SetComp:
    case EK::DictComp:
    case EK::GeneratorExp:
        visit_comprehension(static_cast<const CompExpr*>(e));
        break;
    case EK::Lambda: {
        auto l = static_cast<const LambdaExpr*>(e);
        visit_args_defaults(l->args);
        push(Scope::Kind::Lambda, "<lambda>", e);
        visit_params(l->args);
        visit_expr(l->body);
        pop();
        break;
    }
    case EK::IfExp: {
        auto i = static_cast<const IfExpExpr*>(e);
        visit_expr(i->test);
        visit_expr(i->body);
        visit_expr(i->orelse);
        break;
    }
    case EK::NamedExpr: {
        auto n = static_cast<const NamedExpr*>(e);
        visit_expr(n->value);
        if (current_->kind == Scope::Kind::Comprehension) {
            // PEP 572: the target binds in the nearest enclosing non-comprehension scope.
            Scope* target = current_;
            while (target->kind == Scope::Kind::Comprehension) target = target->parent;
            if (target->kind == Scope::Kind::Class)
                error("assignment expression within a comprehension cannot be used in a class body", e->pos);
            for (Scope* s = current_; s != target; s = s->parent) {
                Scope* saved = current_;
                current_ = s;
                add(n->target->id, target->kind == Scope::Kind::Module ? Scope::DefGlobal : Scope::DefNonlocal,
                    n->target->pos);
                current_ = saved;
            }
            Scope* saved = current_;
            current_ = target;
            add(n->target->id, Scope::DefLocal, n->target->pos);
            current_ = saved;
        } else {
            add(n->target->id, Scope::DefLocal, n->target->pos);
        }
        break;
    }
    case EK::Yield:
    case EK::YieldFrom:
    case EK::Await: {
        auto y = static_cast<const YieldExpr*>(e);
        if (y->value) visit_expr(y->value);
        if (e->kind == EK::Await) {
            if (current_->kind == Scope::Kind::Module || current_->kind == Scope::Kind::Class)
                error("'await' outside function", e->pos);
            if (!current_->is_coroutine && current_->kind != Scope::Kind::Comprehension)
                error("'await' outside async function", e->pos);
            break;
        }
        if (current_->kind == Scope::Kind::Module || current_->kind == Scope::Kind::Class)
            error("'yield' outside function", e->pos);
        if (current_->kind == Scope::Kind::Comprehension) {
            const char* what = current_->name == "listcomp"  ? "list comprehension"
                               : current_->name == "setcomp" ? "set comprehension"
                               : current_->name == "dictcomp" ? "dict comprehension"
                                                              : "generator expression";
            error(fmt::format("'yield' inside {}", what), e->pos);
        }
        if (e->kind == EK::YieldFrom && current_->is_coroutine) error("'yield from' inside async function", e->pos);
        current_->is_generator = true;
        break;
    }
    }
}

void SymbolTable::analyze(Scope* s, const std::map<std::string, bool>& bound_in) {
    for (const std::string& name : s->order) {
        uint32_t f = s->flags[name];
        NameScope ns;
        if (f & Scope::DefGlobal) {
            ns = NameScope::GlobalExplicit;
        } else if (f & Scope::DefNonlocal) {
            if (!bound_in.count(name)) error(fmt::format("no binding for nonlocal '{}' found", name), first_use_[{s, name}]);
            ns = NameScope::Free;
        } else if (f & (Scope::DefLocal | Scope::DefParam | Scope::DefImport)) {
            ns = NameScope::Local;
        } else if (s->kind != Scope::Kind::Module && bound_in.count(name)) {
            ns = NameScope::Free;
        } else {
            ns = NameScope::GlobalImplicit;
        }
        s->scopes[name] = ns;
    }

    // What nested scopes may close over.
    std::map<std::string, bool> bound;
    if (s->kind == Scope::Kind::Class) {
        bound = bound_in;
        bound["__class__"] = true;
    } else if (s->is_function_like()) {
        bound = bound_in;
        for (auto& [name, ns] : s->scopes) {
            if (ns == NameScope::Local || ns == NameScope::Free || ns == NameScope::Cell) bound[name] = true;
            if (ns == NameScope::GlobalExplicit) bound.erase(name);
        }
    }

    std::vector<std::string> passthrough;
    for (auto& child : s->children) {
        analyze(child.get(), bound);
        for (const std::string& fv : child->freevars) {
            if (s->kind == Scope::Kind::Class) {
                if (fv == "__class__") {
                    s->needs_class_cell = true;
                    continue;
                }
                auto it = s->scopes.find(fv);
                if (it == s->scopes.end() || it->second != NameScope::Local) {
                    if (it == s->scopes.end()) s->order.push_back(fv);
                    s->scopes[fv] = NameScope::Free;
                } else {
                    passthrough.push_back(fv);
                }
                continue;
            }
            auto it = s->scopes.find(fv);
            if (it != s->scopes.end() && (it->second == NameScope::Local || it->second == NameScope::Cell)) {
                it->second = NameScope::Cell;
            } else if (it == s->scopes.end() || it->second != NameScope::Free) {
                if (it == s->scopes.end()) s->order.push_back(fv);
                s->scopes[fv] = NameScope::Free;
            }
        }
    }
    for (auto& [name, ns] : s->scopes) {
        if (ns == NameScope::Cell) s->cellvars.push_back(name);
        if (ns == NameScope::Free) s->freevars.push_back(name);
    }
    for (const std::string& p : passthrough)
        if (std::find(s->freevars.begin(), s->freevars.end(), p) == s->freevars.end()) s->freevars.push_back(p);
    if (s->needs_class_cell) s->cellvars.push_back("__class__");
    std::sort(s->cellvars.begin(), s->cellvars.end());
    std::sort(s->freevars.begin(), s->freevars.end());
}

} // namespace gilt
