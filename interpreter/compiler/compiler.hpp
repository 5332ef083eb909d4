// The bytecode compiler: AST plus scope analysis to code objects.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "compiler/ast.hpp"
#include "compiler/lexer.hpp"
#include "compiler/opcodes.hpp"
#include "compiler/symtable.hpp"
#include "core/value.hpp"
#include "objects/function.hpp" // SourcePos: Unit holds a vector of them, so it must be complete

namespace gilt {

struct Interp;
struct StrObj;

enum class CompileMode { File, Eval, Interactive };

// Compiles source text; throws CompileError for syntax errors. The result is not yet
// reachable from any root: run it (or store it) before the next safe point.
CodeObj* compile_source(Interp& I, std::string_view source, const std::string& filename, CompileMode mode);

class Compiler {
public:
    Compiler(Interp& I, SymbolTable& st, const std::string& filename) : I_(I), st_(st), filename_(filename) {}

    CodeObj* compile_module(const Module& m, CompileMode mode);
    CodeObj* compile_eval(Expr* e);

private:
    struct Label {
        int target = -1;
        int depth = -1;
        std::vector<int> patches;
    };
    struct Handler {
        int label;
        int depth;
    };
    enum class FBlockKind { While, For, TryExcept, FinallyTry, FinallyEnd, HandlerCleanup, With, ExceptionHandler };
    struct FBlock {
        FBlockKind kind;
        int continue_label = -1, break_label = -1;
        const Body* finalbody = nullptr;
        size_t handlers_at_start = 0; // handler-stack size outside this block
        std::string name;             // HandlerCleanup: the `as` name
    };
    // One code object under construction.
    struct Unit {
        Scope* scope = nullptr;
        std::string name, qualname;
        std::vector<uint32_t> code;
        std::vector<SourcePos> positions;
        std::vector<int> handler_of; // per instruction: index into handler_records or -1
        std::vector<Handler> handler_records;
        std::vector<int> handlers; // active handler stack (indices into handler_records)
        std::vector<Label> labels;
        std::vector<Value> consts;
        std::map<std::string, int> const_index;
        std::vector<std::string> names;
        std::map<std::string, int> name_index;
        std::vector<std::string> globals;
        std::map<std::string, int> global_index;
        std::vector<std::string> attr_names; // one per attribute instruction (its cache)
        std::vector<std::string> slot_names;
        std::vector<uint8_t> slot_kinds;
        std::map<std::string, int> slot_of;
        std::vector<FBlock> fblocks;
        Pos pos;
        int depth = 0, max_depth = 0;
        bool reachable = true;
        uint32_t flags = 0;
        uint32_t argcount = 0, posonly = 0, kwonly = 0;
        int firstlineno = 1;
        Value doc = Value::none();
    };

    // ---- units
    void enter_unit(Scope* scope, const std::string& name, int firstlineno);
    CodeObj* leave_unit();
    Unit& u() { return units_.back(); }

    // ---- emission
    int emit(OpCode op, uint32_t arg = 0);
    int new_label();
    void emit_jump(OpCode op, int label);
    void place(int label);
    void push_handler(int label, int below = 0);
    void pop_handler();
    int add_const(Value v, const std::string& key);
    int const_none();
    int const_str(const std::string& s);
    Value str_constant(const std::string& s); // the str object a literal compiles to
    int const_int(int64_t v);
    int name_index(const std::string& n);
    int global_index(const std::string& n);
    // A new attribute cache for one LOAD_ATTR/STORE_ATTR/LOAD_METHOD instruction.
    int attr_cache(const std::string& attr);
    void load_const_value(Value v, const std::string& key) { emit(OpCode::LOAD_CONST, uint32_t(add_const(v, key))); }
    [[noreturn]] void error(const std::string& msg, const Pos& pos);
    void check_not_debug(const std::string& name, Ctx ctx, const Pos& pos);
    void check_parameters_not_debug(const Arguments* args, const Pos& pos);

    // ---- statements
    void compile_body(const Body& body);
    void compile_stmt(const Stmt* s);
    void compile_assign(const AssignStmt* s);
    void compile_augassign(const AugAssignStmt* s);
    void compile_if(const IfStmt* s);
    void compile_while(const IfStmt* s);
    void compile_for(const ForStmt* s);
    void compile_try(const TryStmt* s);
    void compile_try_except(const TryStmt* s);
    void compile_with(const WithStmt* s, size_t item);
    void compile_return(const ReturnStmt* s);
    void compile_break_continue(const Stmt* s, bool is_break);
    void compile_delete(const Expr* target);
    void compile_import(const ImportStmt* s);
    void compile_import_from(const ImportFromStmt* s);
    void compile_assert(const AssertStmt* s);
    void compile_raise(const RaiseStmt* s);
    void compile_funcdef(const FunctionDefStmt* s);
    void compile_classdef(const ClassDefStmt* s);
    void compile_function_body(const Node* node, const std::string& name, const Arguments* args, const Body* body,
                               const Expr* lambda_body, bool is_async, uint32_t flags);
    void make_closure(CodeObj* code, Scope* scope, uint32_t flags);
    void compile_defaults(const Arguments* args, uint32_t* flags);
    // Emits what leaving the innermost fblocks needs (popping iterators, running
    // finally bodies, restoring the handled exception) on the way to a return/break.
    // Leaves the handler stack as it is outside those blocks, so that the jump or return
    // that follows is not covered by a handler expecting a deeper stack; the caller
    // saves and restores the handler stack around it.
    void unwind_fblocks(bool preserve_tos, size_t stop_at);
    void unwind_fblock(const FBlock& b, bool preserve_tos);
    void call_exit_with_none();

    // ---- expressions (compile_expr.cpp)
    void compile_expr(const Expr* e);
    void compile_name(const std::string& name, Ctx ctx, const Pos& pos);
    void compile_store(const Expr* target);
    void compile_unpack_store(const SeqExpr* target);
    void compile_call(const CallExpr* c);
    void compile_call_args(const std::vector<Expr*>& args, const std::vector<Keyword>& keywords, int extra_positional);
    void compile_compare(const CompareExpr* c);
    void compile_boolop(const BoolOpExpr* b);
    void compile_sequence(const SeqExpr* s);
    void compile_dict(const DictExpr* d);
    void compile_comprehension(const CompExpr* c);
    void compile_comprehension_generator(const CompExpr* c, size_t gen_index, int depth_for_append);
    void compile_joined_str(const JoinedStrExpr* j);
    void compile_formatted_value(const FormattedValueExpr* f);
    void compile_subscript(const SubscriptExpr* s);
    void compile_slice(const SliceExpr* s);
    void compile_lambda(const LambdaExpr* l);
    void compile_yield(const YieldExpr* y);
    void compile_jump_if(const Expr* e, bool jump_if_true, int label);
    bool constant_value(const Expr* e, Value* out, std::string* key);

    Interp& I_;
    SymbolTable& st_;
    std::string filename_;
    std::vector<Unit> units_;
    CompileMode mode_ = CompileMode::File;
    bool interactive_ = false;

    friend struct PosScope;
    friend struct HandlerSuspended;
};

// Sets the source position attached to instructions emitted while it lives.
struct PosScope {
    PosScope(Compiler& c, const Pos& p);
    ~PosScope();
    Compiler& c;
    Pos saved;
};

} // namespace gilt
