// The abstract syntax tree the parser builds and the compiler walks (CPython's node set).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace gilt {

struct Pos {
    int line = 0, col = 0, end_line = 0, end_col = 0; // cols: 0-based byte offsets
};

struct Node {
    Pos pos;
    virtual ~Node() = default;
};

// ---------------------------------------------------------------- expressions
enum class EK : uint8_t {
    Name, Constant, JoinedStr, FormattedValue, BinOp, UnaryOp, BoolOp, Compare, Call,
    Attribute, Subscript, Slice, Starred, List, Tuple, Set, Dict, ListComp, SetComp,
    DictComp, GeneratorExp, Lambda, IfExp, NamedExpr, Yield, YieldFrom, Await
};
enum class Ctx : uint8_t { Load, Store, Del };
enum class BinOpKind : uint8_t { Add, Sub, Mul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, BitAnd, BitOr, BitXor, MatMul };
enum class UnaryKind : uint8_t { Neg, Pos, Invert, Not };
enum class CmpKind : uint8_t { Lt, Le, Eq, Ne, Gt, Ge, In, NotIn, Is, IsNot };

struct Expr : Node {
    EK kind;
    bool parenthesized = false;
    explicit Expr(EK k) : kind(k) {}
};

struct NameExpr : Expr {
    std::string id;
    Ctx ctx = Ctx::Load;
    NameExpr() : Expr(EK::Name) {}
};

enum class ConstKind : uint8_t { None, True, False, Ellipsis, Int, Float, Str, Bytes };
struct ConstantExpr : Expr {
    ConstKind ck = ConstKind::None;
    std::string text;  // Str/Bytes: the decoded value; Int: the digits (no '_' or prefix)
    int base = 10;     // Int
    double number = 0; // Float
    ConstantExpr() : Expr(EK::Constant) {}
};

struct JoinedStrExpr : Expr {
    std::vector<Expr*> values; // Constant(Str) and FormattedValue
    JoinedStrExpr() : Expr(EK::JoinedStr) {}
};

struct FormattedValueExpr : Expr {
    Expr* value = nullptr;
    int conversion = -1;           // 's', 'r', 'a' or -1
    Expr* format_spec = nullptr;   // a JoinedStr, or null
    FormattedValueExpr() : Expr(EK::FormattedValue) {}
};

struct BinOpExpr : Expr {
    Expr* left = nullptr;
    BinOpKind op{};
    Expr* right = nullptr;
    BinOpExpr() : Expr(EK::BinOp) {}
};

struct UnaryOpExpr : Expr {
    UnaryKind op{};
    Expr* operand = nullptr;
    UnaryOpExpr() : Expr(EK::UnaryOp) {}
};

struct BoolOpExpr : Expr {
    bool is_and = true;
    std::vector<Expr*> values;
    BoolOpExpr() : Expr(EK::BoolOp) {}
};

struct CompareExpr : Expr {
    Expr* left = nullptr;
    std::vector<CmpKind> ops;
    std::vector<Expr*> comparators;
    CompareExpr() : Expr(EK::Compare) {}
};

struct Keyword {
    std::string arg; // empty for **mapping
    Expr* value = nullptr;
    Pos pos;
};

struct CallExpr : Expr {
    Expr* func = nullptr;
    std::vector<Expr*> args; // may contain Starred
    std::vector<Keyword> keywords;
    CallExpr() : Expr(EK::Call) {}
};

struct AttributeExpr : Expr {
    Expr* value = nullptr;
    std::string attr;
    Ctx ctx = Ctx::Load;
    AttributeExpr() : Expr(EK::Attribute) {}
};

struct SubscriptExpr : Expr {
    Expr* value = nullptr;
    Expr* slice = nullptr;
    Ctx ctx = Ctx::Load;
    SubscriptExpr() : Expr(EK::Subscript) {}
};

struct SliceExpr : Expr {
    Expr *lower = nullptr, *upper = nullptr, *step = nullptr;
    SliceExpr() : Expr(EK::Slice) {}
};

struct StarredExpr : Expr {
    Expr* value = nullptr;
    Ctx ctx = Ctx::Load;
    StarredExpr() : Expr(EK::Starred) {}
};

// List, Tuple and Set displays.
struct SeqExpr : Expr {
    std::vector<Expr*> elts;
    Ctx ctx = Ctx::Load;
    explicit SeqExpr(EK k) : Expr(k) {}
};

struct DictExpr : Expr {
    std::vector<Expr*> keys; // null key: **mapping
    std::vector<Expr*> values;
    DictExpr() : Expr(EK::Dict) {}
};

struct Comprehension {
    Expr* target = nullptr;
    Expr* iter = nullptr;
    std::vector<Expr*> ifs;
    bool is_async = false;
};

// ListComp, SetComp, GeneratorExp (elt) and DictComp (elt = key, value).
struct CompExpr : Expr {
    Expr* elt = nullptr;
    Expr* value = nullptr;
    std::vector<Comprehension> generators;
    explicit CompExpr(EK k) : Expr(k) {}
};

struct Arg {
    std::string name;
    Expr* annotation = nullptr;
    Pos pos;
};

struct Arguments {
    std::vector<Arg> posonlyargs, args, kwonlyargs;
    std::unique_ptr<Arg> vararg, kwarg;
    std::vector<Expr*> defaults;    // for the last len(defaults) positional parameters
    std::vector<Expr*> kw_defaults; // one per kwonly parameter, null if none
};

struct LambdaExpr : Expr {
    Arguments* args = nullptr;
    Expr* body = nullptr;
    LambdaExpr() : Expr(EK::Lambda) {}
};

struct IfExpExpr : Expr {
    Expr *test = nullptr, *body = nullptr, *orelse = nullptr;
    IfExpExpr() : Expr(EK::IfExp) {}
};

struct NamedExpr : Expr {
    NameExpr* target = nullptr;
    Expr* value = nullptr;
    NamedExpr() : Expr(EK::NamedExpr) {}
};

// Yield (value may be null), YieldFrom and Await.
struct YieldExpr : Expr {
    Expr* value = nullptr;
    explicit YieldExpr(EK k) : Expr(k) {}
};

// ---------------------------------------------------------------- statements
enum class SK : uint8_t {
    Expr, Assign, AugAssign, AnnAssign, If, While, For, Break, Continue, Pass, FunctionDef,
    ClassDef, Return, Delete, Global, Nonlocal, Assert, Raise, Try, Import, ImportFrom, With
};

struct Stmt : Node {
    SK kind;
    explicit Stmt(SK k) : kind(k) {}
};
using Body = std::vector<Stmt*>;

struct ExprStmt : Stmt {
    Expr* value = nullptr;
    ExprStmt() : Stmt(SK::Expr) {}
};

struct AssignStmt : Stmt {
    std::vector<Expr*> targets; // a = b = value
    Expr* value = nullptr;
    AssignStmt() : Stmt(SK::Assign) {}
};

struct AugAssignStmt : Stmt {
    Expr* target = nullptr;
    BinOpKind op{};
    Expr* value = nullptr;
    AugAssignStmt() : Stmt(SK::AugAssign) {}
};

struct AnnAssignStmt : Stmt {
    Expr* target = nullptr;
    Expr* annotation = nullptr;
    Expr* value = nullptr;
    bool simple = false;
    AnnAssignStmt() : Stmt(SK::AnnAssign) {}
};

// If and While share a shape.
struct IfStmt : Stmt {
    Expr* test = nullptr;
    Body body, orelse;
    explicit IfStmt(SK k) : Stmt(k) {}
};

struct ForStmt : Stmt {
    Expr* target = nullptr;
    Expr* iter = nullptr;
    Body body, orelse;
    bool is_async = false;
    ForStmt() : Stmt(SK::For) {}
};

struct SimpleStmt : Stmt { // Break, Continue, Pass
    explicit SimpleStmt(SK k) : Stmt(k) {}
};

struct FunctionDefStmt : Stmt {
    std::string name;
    Arguments* args = nullptr;
    Body body;
    std::vector<Expr*> decorators;
    Expr* returns = nullptr;
    bool is_async = false;
    FunctionDefStmt() : Stmt(SK::FunctionDef) {}
};

struct ClassDefStmt : Stmt {
    std::string name;
    std::vector<Expr*> bases;
    std::vector<Keyword> keywords;
    Body body;
    std::vector<Expr*> decorators;
    ClassDefStmt() : Stmt(SK::ClassDef) {}
};

struct ReturnStmt : Stmt {
    Expr* value = nullptr;
    ReturnStmt() : Stmt(SK::Return) {}
};

struct DeleteStmt : Stmt {
    std::vector<Expr*> targets;
    DeleteStmt() : Stmt(SK::Delete) {}
};

struct NamesStmt : Stmt { // Global, Nonlocal
    std::vector<std::string> names;
    explicit NamesStmt(SK k) : Stmt(k) {}
};

struct AssertStmt : Stmt {
    Expr* test = nullptr;
    Expr* msg = nullptr;
    AssertStmt() : Stmt(SK::Assert) {}
};

struct RaiseStmt : Stmt {
    Expr* exc = nullptr;
    Expr* cause = nullptr;
    RaiseStmt() : Stmt(SK::Raise) {}
};

struct ExceptHandler {
    Expr* type = nullptr;
    std::string name;
    Body body;
    Pos pos;
};

struct TryStmt : Stmt {
    Body body;
    std::vector<ExceptHandler> handlers;
    Body orelse, finalbody;
    TryStmt() : Stmt(SK::Try) {}
};

struct Alias {
    std::string name;   // dotted for `import a.b`
    std::string asname; // empty if none
    Pos pos;
};

struct ImportStmt : Stmt {
    std::vector<Alias> names;
    ImportStmt() : Stmt(SK::Import) {}
};

struct ImportFromStmt : Stmt {
    std::string module; // may be empty for `from . import x`
    std::vector<Alias> names; // a single "*" for star imports
    int level = 0;
    ImportFromStmt() : Stmt(SK::ImportFrom) {}
};

struct WithItem {
    Expr* context_expr = nullptr;
    Expr* optional_vars = nullptr;
};

struct WithStmt : Stmt {
    std::vector<WithItem> items;
    Body body;
    bool is_async = false;
    WithStmt() : Stmt(SK::With) {}
};

// Owns every node of one parse.
class AstArena {
public:
    template <class T, class... A> T* make(A&&... args) {
        auto p = std::make_unique<T>(std::forward<A>(args)...);
        T* raw = p.get();
        nodes_.push_back(std::move(p));
        return raw;
    }
    Arguments* make_arguments() {
        args_.push_back(std::make_unique<Arguments>());
        return args_.back().get();
    }

private:
    std::vector<std::unique_ptr<Node>> nodes_;
    std::vector<std::unique_ptr<Arguments>> args_;
};

struct Module {
    Body body;
};

// The name CPython uses for an expression in "cannot assign to ..." messages.
const char* expr_description(const Expr* e);

} // namespace gilt
