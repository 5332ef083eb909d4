// Scope analysis: decides for every name whether it is local, global, free or a cell.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "compiler/ast.hpp"

namespace gilt {

struct CompileError;

enum class NameScope : uint8_t {
    Local,          // a fast local slot (functions), or the class/module namespace
    GlobalExplicit, // declared `global`
    GlobalImplicit, // not bound in any enclosing function: globals, then builtins
    Free,           // bound in an enclosing function (closure cell)
    Cell,           // local, and captured by a nested function
};

struct Scope {
    enum class Kind { Module, Function, Lambda, Comprehension, Class };
    enum Flag : uint32_t {
        DefLocal = 1, DefGlobal = 2, DefNonlocal = 4, DefParam = 8, Use = 16, DefImport = 32,
        DefAnnot = 64,
    };

    Kind kind;
    std::string name;
    Scope* parent = nullptr;
    std::vector<std::unique_ptr<Scope>> children;
    const Node* node = nullptr;

    std::vector<std::string> order;        // names in order of first mention
    std::map<std::string, uint32_t> flags; // name -> Flag bits
    std::vector<std::string> params;       // in declaration order (* and ** included)
    std::map<std::string, NameScope> scopes;
    std::vector<std::string> cellvars, freevars; // sorted, as CPython lists them

    bool is_generator = false;
    bool is_coroutine = false;
    bool has_varargs = false, has_varkeywords = false;
    bool needs_class_cell = false; // a method uses super() / __class__
    bool in_loop_for_comprehension = false;

    bool is_function_like() const { return kind == Kind::Function || kind == Kind::Lambda || kind == Kind::Comprehension; }
    NameScope lookup(const std::string& n) const {
        auto it = scopes.find(n);
        return it == scopes.end() ? NameScope::GlobalImplicit : it->second;
    }
};

// Private name mangling: inside a class body, and in the functions nested in it, an
// identifier `__x` that does not end in `__` (and has no dot) stands for `_Class__x`,
// with the innermost class's name stripped of leading underscores, as CPython does. The
// symbol table and the compiler both apply it, so scopes and emitted names agree.
std::string mangle_private(const Scope* scope, const std::string& name);

class SymbolTable {
public:
    // Builds and analyses the scopes of a module; throws CompileError on scope errors
    // ("no binding for nonlocal 'x' found", ...).
    SymbolTable(const Module& module, const std::string& filename);
    SymbolTable(Expr* expression, const std::string& filename); // eval mode

    Scope* root() { return root_.get(); }
    Scope* scope_of(const Node* n) const {
        auto it = by_node_.find(n);
        return it == by_node_.end() ? nullptr : it->second;
    }

private:
    void visit_stmts(const Body& body);
    void visit_stmt(const Stmt* s);
    void visit_expr(const Expr* e);
    void visit_args_defaults(const Arguments* a);
    void visit_params(const Arguments* a);
    void visit_comprehension(const CompExpr* c);
    void add(const std::string& name, uint32_t flag, const Pos& pos);
    Scope* push(Scope::Kind kind, const std::string& name, const Node* node);
    void pop() { current_ = current_->parent; }
    void analyze(Scope* s, const std::map<std::string, bool>& bound);
    [[noreturn]] void error(const std::string& msg, const Pos& pos);

    std::string filename_;
    std::unique_ptr<Scope> root_;
    Scope* current_ = nullptr;
    std::unordered_map<const Node*, Scope*> by_node_;
    std::map<std::pair<Scope*, std::string>, Pos> first_use_;
};

} // namespace gilt
