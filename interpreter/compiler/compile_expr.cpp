// The bytecode compiler: expressions, assignment targets, calls and comprehensions.
#include <cmath>
#include <cstring>
#include <set>
#include <fmt/format.h>

#include "compiler/compiler.hpp"
#include "core/interp.hpp"
#include "objects/bytes.hpp"
#include "objects/function.hpp"
#include "objects/number.hpp"
#include "objects/str.hpp"
#include "objects/tuple.hpp"
#include "vm/ops.hpp"

namespace gilt {

namespace {

uint32_t compare_arg(CmpKind k) {
    switch (k) {
    case CmpKind::Lt: return uint32_t(CompareOp::Lt);
    case CmpKind::Le: return uint32_t(CompareOp::Le);
    case CmpKind::Eq: return uint32_t(CompareOp::Eq);
    case CmpKind::Ne: return uint32_t(CompareOp::Ne);
    case CmpKind::Gt: return uint32_t(CompareOp::Gt);
    case CmpKind::Ge: return uint32_t(CompareOp::Ge);
    default: return 0;
    }
}

BinaryOp binop_of(BinOpKind k) {
    switch (k) {
    case BinOpKind::Add: return BinaryOp::Add;
    case BinOpKind::Sub: return BinaryOp::Sub;
    case BinOpKind::Mul: return BinaryOp::Mul;
    case BinOpKind::TrueDiv: return BinaryOp::TrueDiv;
    case BinOpKind::FloorDiv: return BinaryOp::FloorDiv;
    case BinOpKind::Mod: return BinaryOp::Mod;
    case BinOpKind::Pow: return BinaryOp::Pow;
    case BinOpKind::LShift: return BinaryOp::LShift;
    case BinOpKind::RShift: return BinaryOp::RShift;
    case BinOpKind::BitAnd: return BinaryOp::And;
    case BinOpKind::BitOr: return BinaryOp::Or;
    case BinOpKind::BitXor: return BinaryOp::Xor;
    case BinOpKind::MatMul: return BinaryOp::MatMul;
    }
    return BinaryOp::Add;
}

} // namespace

// Evaluates constant expressions at compile time: literals, signed numbers and tuples
// of constants (so `(1, 2, 3)` and `-1` cost one LOAD_CONST).
bool Compiler::constant_value(const Expr* e, Value* out, std::string* key) {
    if (e->kind == EK::Constant) {
        auto c = static_cast<const ConstantExpr*>(e);
        switch (c->ck) {
        case ConstKind::None: *out = Value::none(); *key = 'N'; return true;
        case ConstKind::True: *out = Value::true_(); *key = 'T'; return true;
        case ConstKind::False: *out = Value::false_(); *key = 'F'; return true;
        case ConstKind::Ellipsis: *out = Value::ellipsis(); *key = 'E'; return true;
        case ConstKind::Int: {
            if (c->base == 10 && c->text.size() <= 18) {
                *out = Value::from_small(std::strtoll(c->text.c_str(), nullptr, 10));
            } else {
                auto b = BigInt::parse(c->text, c->base);
                if (!b) error("invalid integer literal", e->pos);
                *out = make_int(I_, std::move(*b));
            }
            *key = fmt::format("i{}:{}", c->base, c->text);
            return true;
        }
        case ConstKind::Float: {
            *out = make_float(I_, c->number);
            uint64_t bits;
            std::memcpy(&bits, &c->number, 8);
            *key = fmt::format("f{}", bits);
            return true;
        }
        case ConstKind::Str:
            // Not added to the constants: it may only be an item of a folded tuple.
            *out = str_constant(c->text);
            *key = "s" + c->text;
            return true;
        case ConstKind::Bytes:
            *out = Value::from_obj(new_bytes(I_, c->text));
            *key = "b" + c->text;
            return true;
        }
    }
    if (e->kind == EK::UnaryOp) {
        auto un = static_cast<const UnaryOpExpr*>(e);
        if (un->operand->kind != EK::Constant) return false;
        auto c = static_cast<const ConstantExpr*>(un->operand);
        if (c->ck != ConstKind::Int && c->ck != ConstKind::Float) return false;
        if (un->op != UnaryKind::Neg) return false;
        Value v;
        std::string k;
        if (!constant_value(c, &v, &k)) return false;
        if (c->ck == ConstKind::Float) {
            double d = -float_value(v);
            *out = make_float(I_, d);
            uint64_t bits;
            std::memcpy(&bits, &d, 8);
            *key = fmt::format("f{}", bits);
            return true;
        }
        BigInt b = to_bigint(v);
        *out = make_int(I_, b.neg());
        *key = "-" + k;
        return true;
    }
    if (e->kind == EK::Tuple) {
        auto t = static_cast<const SeqExpr*>(e);
        if (t->elts.size() > 64) return false;
        std::vector<Value> items;
        std::string k = "T(";
        for (const Expr* x : t->elts) {
            Value v;
            std::string xk;
            if (x->kind == EK::Starred || !constant_value(x, &v, &xk)) return false;
            items.push_back(v);
            k += xk + ",";
        }
        *out = Value::from_obj(new_tuple(I_, items.data(), items.size()));
        *key = k + ")";
        return true;
    }
    return false;
}

void Compiler::compile_expr(const Expr* e) {
    PosScope ps(*this, e->pos);
    switch (e->kind) {
    case EK::Name:
        compile_name(static_cast<const NameExpr*>(e)->id, Ctx::Load, e->pos);
        return;
    case EK::Constant:
    case EK::UnaryOp:
    case EK::Tuple: {
        Value v;
        std::string key;
        if (constant_value(e, &v, &key)) {
            emit(OpCode::LOAD_CONST, uint32_t(add_const(v, key)));
            return;
        }
        if (e->kind == EK::Tuple) {
            compile_sequence(static_cast<const SeqExpr*>(e));
            return;
        }
        auto u = static_cast<const UnaryOpExpr*>(e);
        compile_expr(u->operand);
        switch (u->op) {
        case UnaryKind::Neg: emit(OpCode::UNARY_NEGATIVE); break;
        case UnaryKind::Pos: emit(OpCode::UNARY_POSITIVE); break;
        case UnaryKind::Invert: emit(OpCode::UNARY_INVERT); break;
        case UnaryKind::Not: emit(OpCode::UNARY_NOT); break;
        }
        return;
    }
    case EK::BinOp: {
        auto b = static_cast<const BinOpExpr*>(e);
        compile_expr(b->left);
        compile_expr(b->right);
        emit(OpCode::BINARY_OP, uint32_t(binop_of(b->op)));
        return;
    }
    case EK::BoolOp:
        compile_boolop(static_cast<const BoolOpExpr*>(e));
        return;
    case EK::Compare:
        compile_compare(static_cast<const CompareExpr*>(e));
        return;
    case EK::Call:
        compile_call(static_cast<const CallExpr*>(e));
        return;
    case EK::Attribute: {
        auto a = static_cast<const AttributeExpr*>(e);
        compile_expr(a->value);
        emit(OpCode::LOAD_ATTR, uint32_t(attr_cache(a->attr)));
        return;
    }
    case EK::Subscript:
        compile_subscript(static_cast<const SubscriptExpr*>(e));
        return;
    case EK::Slice:
        compile_slice(static_cast<const SliceExpr*>(e));
        return;
    case EK::Starred:
        error("can't use starred expression here", e->pos);
    case EK::List:
    case EK::Set:
        compile_sequence(static_cast<const SeqExpr*>(e));
        return;
    case EK::Dict:
        compile_dict(static_cast<const DictExpr*>(e));
        return;
    case EK::ListComp:
    case EK::SetComp:
    case EK::DictComp:
    case EK::GeneratorExp:
        compile_comprehension(static_cast<const CompExpr*>(e));
        return;
    case EK::Lambda:
        compile_lambda(static_cast<const LambdaExpr*>(e));
        return;
    case EK::IfExp: {
        auto i = static_cast<const IfExpExpr*>(e);
        int else_label = new_label(), end = new_label();
        compile_jump_if(i->test, false, else_label);
        compile_expr(i->body);
        emit_jump(OpCode::JUMP, end);
        place(else_label);
        compile_expr(i->orelse);
        place(end);
        return;
    }
    case EK::NamedExpr: {
        auto n = static_cast<const NamedExpr*>(e);
        compile_expr(n->value);
        emit(OpCode::COPY, 1);
        compile_name(n->target->id, Ctx::Store, n->target->pos);
        return;
    }
    case EK::JoinedStr:
        compile_joined_str(static_cast<const JoinedStrExpr*>(e));
        return;
    case EK::FormattedValue:
        compile_formatted_value(static_cast<const FormattedValueExpr*>(e));
        return;
    case EK::Yield:
    case EK::YieldFrom:
    case EK::Await:
        compile_yield(static_cast<const YieldExpr*>(e));
        return;
    }
}

void Compiler::compile_name(const std::string& raw_name, Ctx ctx, const Pos& pos) {
    Unit& unit = u();
    Scope* sc = unit.scope;
    const std::string name = mangle_private(sc, raw_name);
    check_not_debug(name, ctx, pos);
    NameScope ns = sc->lookup(name);
    auto global_op = [&]() {
        uint32_t idx = uint32_t(global_index(name));
        emit(ctx == Ctx::Load ? OpCode::LOAD_GLOBAL : ctx == Ctx::Store ? OpCode::STORE_GLOBAL : OpCode::DELETE_GLOBAL, idx);
    };
    auto deref_op = [&](bool class_load) {
        auto it = unit.slot_of.find(name);
        if (it == unit.slot_of.end()) error(fmt::format("internal compiler error: no slot for '{}'", name), pos);
        uint32_t slot = uint32_t(it->second);
        if (ctx == Ctx::Load) emit(class_load ? OpCode::LOAD_CLASSDEREF : OpCode::LOAD_DEREF, slot);
        else emit(ctx == Ctx::Store ? OpCode::STORE_DEREF : OpCode::DELETE_DEREF, slot);
    };
    if (sc->kind == Scope::Kind::Module) {
        global_op();
        return;
    }
    if (sc->kind == Scope::Kind::Class) {
        if (ns == NameScope::GlobalExplicit) {
            global_op();
        } else if (ns == NameScope::Free) {
            deref_op(true);
        } else {
            uint32_t idx = uint32_t(name_index(name));
            emit(ctx == Ctx::Load ? OpCode::LOAD_NAME : ctx == Ctx::Store ? OpCode::STORE_NAME : OpCode::DELETE_NAME, idx);
        }
        return;
    }
    switch (ns) {
    case NameScope::Local: {
        auto it = unit.slot_of.find(name);
        if (it == unit.slot_of.end()) error(fmt::format("internal compiler error: no slot for '{}'", name), pos);
        uint32_t slot = uint32_t(it->second);
        emit(ctx == Ctx::Load ? OpCode::LOAD_FAST : ctx == Ctx::Store ? OpCode::STORE_FAST : OpCode::DELETE_FAST, slot);
        return;
    }
    case NameScope::Cell:
    case NameScope::Free:
        deref_op(false);
        return;
    case NameScope::GlobalExplicit:
    case NameScope::GlobalImplicit:
        global_op();
        return;
    }
}

void Compiler::compile_store(const Expr* t) {
    PosScope ps(*this, t->pos);
    switch (t->kind) {
    case EK::Name:
        compile_name(static_cast<const NameExpr*>(t)->id, Ctx::Store, t->pos);
        return;
    case EK::Attribute: {
        auto a = static_cast<const AttributeExpr*>(t);
        check_not_debug(a->attr, Ctx::Store, t->pos);
        compile_expr(a->value);
        emit(OpCode::STORE_ATTR, uint32_t(attr_cache(a->attr)));
        return;
    }
    case EK::Subscript: {
        auto s = static_cast<const SubscriptExpr*>(t);
        compile_expr(s->value);
        if (s->slice->kind == EK::Slice) compile_slice(static_cast<const SliceExpr*>(s->slice));
        else compile_expr(s->slice);
        emit(OpCode::STORE_SUBSCR);
        return;
    }
    case EK::Tuple:
    case EK::List:
        compile_unpack_store(static_cast<const SeqExpr*>(t));
        return;
    case EK::Starred:
        error("starred assignment target must be in a list or tuple", t->pos);
    default:
        error(fmt::format("cannot assign to {}", expr_description(t)), t->pos);
    }
}

void Compiler::compile_unpack_store(const SeqExpr* target) {
    size_t star = SIZE_MAX;
    for (size_t i = 0; i < target->elts.size(); ++i) {
        if (target->elts[i]->kind != EK::Starred) continue;
        if (star != SIZE_MAX) error("multiple starred expressions in assignment", target->pos);
        star = i;
    }
    if (star == SIZE_MAX) {
        emit(OpCode::UNPACK_SEQUENCE, uint32_t(target->elts.size()));
    } else {
        size_t after = target->elts.size() - star - 1;
        if (star >= 256 || after >= (1u << 16)) error("too many expressions in star-unpacking assignment", target->pos);
        emit(OpCode::UNPACK_EX, uint32_t(star | (after << 8)));
    }
    for (const Expr* x : target->elts) {
        if (x->kind == EK::Starred) compile_store(static_cast<const StarredExpr*>(x)->value);
        else compile_store(x);
    }
}

void Compiler::compile_call(const CallExpr* c) {
    bool simple_args = true;
    for (const Expr* a : c->args)
        if (a->kind == EK::Starred) simple_args = false;
    for (const Keyword& k : c->keywords)
        if (k.arg.empty()) simple_args = false;
    if (c->func->kind == EK::Attribute && simple_args && !c->func->parenthesized) {
        // obj.method(args): LOAD_METHOD avoids creating a bound method object.
        auto a = static_cast<const AttributeExpr*>(c->func);
        compile_expr(a->value);
        {
            PosScope ps(*this, a->pos);
            emit(OpCode::LOAD_METHOD, uint32_t(attr_cache(a->attr)));
        }
    } else {
        compile_expr(c->func);
        emit(OpCode::PUSH_NULL);
    }
    compile_call_args(c->args, c->keywords, 0);
}

void Compiler::compile_call_args(const std::vector<Expr*>& args, const std::vector<Keyword>& keywords,
                                 int extra_positional) {
    // Checked here rather than by the parser: CPython's compiler reports these, so any
    // syntax error elsewhere in the file comes first.
    std::set<std::string> seen;
    for (const Keyword& k : keywords) {
        if (k.arg.empty()) continue;
        check_not_debug(k.arg, Ctx::Store, u().pos);
        if (!seen.insert(k.arg).second) error(fmt::format("keyword argument repeated: {}", k.arg), k.pos);
    }
    bool has_star = false, has_double_star = false;
    for (const Expr* a : args)
        if (a->kind == EK::Starred) has_star = true;
    for (const Keyword& k : keywords)
        if (k.arg.empty()) has_double_star = true;
    if (!has_star && !has_double_star) {
        for (const Expr* a : args) compile_expr(a);
        if (keywords.empty()) {
            emit(OpCode::CALL, uint32_t(extra_positional + int(args.size())));
            return;
        }
        std::vector<Value> names;
        std::string key = "T(";
        for (const Keyword& k : keywords) {
            compile_expr(k.value);
            names.push_back(Value::from_obj(intern(I_, k.arg)));
            key += "s" + k.arg + ",";
        }
        emit(OpCode::LOAD_CONST,
             uint32_t(add_const(Value::from_obj(new_tuple(I_, names.data(), names.size())), key + ")")));
        emit(OpCode::CALL_KW, uint32_t(extra_positional + int(args.size() + keywords.size())));
        return;
    }
    if (extra_positional == 0 && args.size() == 1 && args[0]->kind == EK::Starred) {
        // `f(*x)`: x goes to CALL_EX as it is, so a non-iterable x is reported against
        // the callee ("f() argument after * must be an iterable"), as CPython does.
        compile_expr(static_cast<const StarredExpr*>(args[0])->value);
    } else {
        emit(OpCode::BUILD_LIST, uint32_t(extra_positional));
        for (const Expr* a : args) {
            if (a->kind == EK::Starred) {
                compile_expr(static_cast<const StarredExpr*>(a)->value);
                emit(OpCode::LIST_EXTEND, 1);
            } else {
                compile_expr(a);
                emit(OpCode::LIST_APPEND, 1);
            }
        }
        emit(OpCode::LIST_TO_TUPLE);
    }
    if (!keywords.empty()) {
        emit(OpCode::BUILD_MAP, 0);
        for (const Keyword& k : keywords) {
            if (k.arg.empty()) {
                compile_expr(k.value);
                emit(OpCode::DICT_MERGE, 1);
            } else {
                emit(OpCode::LOAD_CONST, uint32_t(const_str(k.arg)));
                compile_expr(k.value);
                emit(OpCode::MAP_ADD, 1);
            }
        }
    }
    emit(OpCode::CALL_EX, keywords.empty() ? 0 : 1);
}

void Compiler::compile_compare(const CompareExpr* c) {
    auto emit_cmp = [&](CmpKind k) {
        switch (k) {
        case CmpKind::Is: emit(OpCode::IS_OP, 0); break;
        case CmpKind::IsNot: emit(OpCode::IS_OP, 1); break;
        case CmpKind::In: emit(OpCode::CONTAINS_OP, 0); break;
        case CmpKind::NotIn: emit(OpCode::CONTAINS_OP, 1); break;
        default: emit(OpCode::COMPARE_OP, compare_arg(k)); break;
        }
    };
    compile_expr(c->left);
    if (c->ops.size() == 1) {
        compile_expr(c->comparators[0]);
        emit_cmp(c->ops[0]);
        return;
    }
    int cleanup = new_label(), end = new_label();
    for (size_t i = 0; i + 1 < c->ops.size(); ++i) {
        compile_expr(c->comparators[i]);
        emit(OpCode::SWAP, 2);
        emit(OpCode::COPY, 2);
        emit_cmp(c->ops[i]);
        emit_jump(OpCode::JUMP_IF_FALSE_OR_POP, cleanup);
    }
    compile_expr(c->comparators.back());
    emit_cmp(c->ops.back());
    emit_jump(OpCode::JUMP, end);
    place(cleanup);
    emit(OpCode::SWAP, 2);
    emit(OpCode::POP_TOP);
    place(end);
}

void Compiler::compile_boolop(const BoolOpExpr* b) {
    int end = new_label();
    OpCode jump = b->is_and ? OpCode::JUMP_IF_FALSE_OR_POP : OpCode::JUMP_IF_TRUE_OR_POP;
    for (size_t i = 0; i + 1 < b->values.size(); ++i) {
        compile_expr(b->values[i]);
        emit_jump(jump, end);
    }
    compile_expr(b->values.back());
    place(end);
}

// Compiles a condition straight into jumps, without materialising booleans for
// `not`, `and`, `or` and simple comparisons.
//
// The jumps carry the position of the context (the `if`/`while` statement, the
// conditional expression, the comprehension), not of the condition: CPython 3.11 does
// the same, so an error raised while testing truth (a bad __bool__) shows the same
// traceback carets.
void Compiler::compile_jump_if(const Expr* e, bool jump_if_true, int label) {
    if (e->kind == EK::UnaryOp && static_cast<const UnaryOpExpr*>(e)->op == UnaryKind::Not) {
        compile_jump_if(static_cast<const UnaryOpExpr*>(e)->operand, !jump_if_true, label);
        return;
    }
    if (e->kind == EK::BoolOp) {
        auto b = static_cast<const BoolOpExpr*>(e);
        // `a and b`: jump to label when false if any operand is false.
        bool short_circuit_same = b->is_and != jump_if_true;
        if (short_circuit_same) {
            for (const Expr* v : b->values) compile_jump_if(v, jump_if_true, label);
        } else {
            int next = new_label();
            for (size_t i = 0; i + 1 < b->values.size(); ++i) compile_jump_if(b->values[i], !jump_if_true, next);
            compile_jump_if(b->values.back(), jump_if_true, label);
            place(next);
        }
        return;
    }
    compile_expr(e);
    // A comparison's jump is the exception: it carries the comparison's position.
    PosScope ps(*this, e->kind == EK::Compare ? e->pos : u().pos);
    emit_jump(jump_if_true ? OpCode::POP_JUMP_IF_TRUE : OpCode::POP_JUMP_IF_FALSE, label);
}

void Compiler::compile_sequence(const SeqExpr* s) {
    bool starred = false;
    for (const Expr* x : s->elts)
        if (x->kind == EK::Starred) starred = true;
    if (!starred) {
        for (const Expr* x : s->elts) compile_expr(x);
        OpCode op = s->kind == EK::List ? OpCode::BUILD_LIST : s->kind == EK::Set ? OpCode::BUILD_SET : OpCode::BUILD_TUPLE;
        emit(op, uint32_t(s->elts.size()));
        return;
    }
    bool is_set = s->kind == EK::Set;
    emit(is_set ? OpCode::BUILD_SET : OpCode::BUILD_LIST, 0);
    for (const Expr* x : s->elts) {
        if (x->kind == EK::Starred) {
            compile_expr(static_cast<const StarredExpr*>(x)->value);
            emit(is_set ? OpCode::SET_UPDATE : OpCode::LIST_EXTEND, 1);
        } else {
            compile_expr(x);
            emit(is_set ? OpCode::SET_ADD : OpCode::LIST_APPEND, 1);
        }
    }
    if (s->kind == EK::Tuple) emit(OpCode::LIST_TO_TUPLE);
}

void Compiler::compile_dict(const DictExpr* d) {
    bool unpack = false;
    for (const Expr* k : d->keys)
        if (!k) unpack = true;
    if (!unpack && d->keys.size() < 0xFFFF) {
        for (size_t i = 0; i < d->keys.size(); ++i) {
            compile_expr(d->keys[i]);
            compile_expr(d->values[i]);
        }
        emit(OpCode::BUILD_MAP, uint32_t(d->keys.size()));
        return;
    }
    emit(OpCode::BUILD_MAP, 0);
    for (size_t i = 0; i < d->keys.size(); ++i) {
        if (!d->keys[i]) {
            compile_expr(d->values[i]);
            emit(OpCode::DICT_UPDATE, 1);
        } else {
            compile_expr(d->keys[i]);
            compile_expr(d->values[i]);
            emit(OpCode::MAP_ADD, 1);
        }
    }
}

void Compiler::compile_comprehension(const CompExpr* c) {
    Scope* scope = st_.scope_of(c);
    const char* name = c->kind == EK::ListComp   ? "<listcomp>"
                       : c->kind == EK::SetComp  ? "<setcomp>"
                       : c->kind == EK::DictComp ? "<dictcomp>"
                                                 : "<genexpr>";
    enter_unit(scope, name, c->pos.line);
    u().pos = c->pos;
    u().argcount = 1;
    if (c->kind == EK::GeneratorExp) u().flags |= CodeObj::kGenerator;
    for (size_t i = 0; i < u().slot_names.size(); ++i)
        if (u().slot_kinds[i] & CodeObj::kCell) emit(OpCode::MAKE_CELL, uint32_t(i));
    if (!scope->freevars.empty()) emit(OpCode::COPY_FREE_VARS, uint32_t(scope->freevars.size()));
    if (c->kind == EK::ListComp) emit(OpCode::BUILD_LIST, 0);
    else if (c->kind == EK::SetComp) emit(OpCode::BUILD_SET, 0);
    else if (c->kind == EK::DictComp) emit(OpCode::BUILD_MAP, 0);
    compile_comprehension_generator(c, 0, int(c->generators.size()) + 1);
    if (c->kind == EK::GeneratorExp) emit(OpCode::LOAD_CONST, uint32_t(const_none()));
    emit(OpCode::RETURN_VALUE);
    CodeObj* code = leave_unit();
    make_closure(code, scope, 0);
    compile_expr(c->generators[0].iter);
    emit(OpCode::GET_ITER);
    emit(OpCode::CALL, 0); // the function takes the iterator in the "self" slot
}

void Compiler::compile_comprehension_generator(const CompExpr* c, size_t gi, int append_depth) {
    const Comprehension& g = c->generators[gi];
    int start = new_label(), anchor = new_label(), if_cleanup = new_label();
    // GET_ITER and FOR_ITER keep the whole comprehension's position, as in CPython: an
    // error while iterating underlines the comprehension, not its iterable.
    if (gi == 0) {
        emit(OpCode::LOAD_FAST, 0); // .0, the iterator argument
    } else {
        compile_expr(g.iter);
        emit(OpCode::GET_ITER);
    }
    place(start);
    u().labels[size_t(start)].depth = u().depth;
    emit_jump(OpCode::FOR_ITER, anchor);
    compile_store(g.target);
    for (const Expr* cond : g.ifs) compile_jump_if(cond, false, if_cleanup);
    if (gi + 1 < c->generators.size()) {
        compile_comprehension_generator(c, gi + 1, append_depth);
    } else {
        switch (c->kind) {
        case EK::ListComp:
            compile_expr(c->elt);
            emit(OpCode::LIST_APPEND, uint32_t(append_depth));
            break;
        case EK::SetComp:
            compile_expr(c->elt);
            emit(OpCode::SET_ADD, uint32_t(append_depth));
            break;
        case EK::DictComp:
            compile_expr(c->elt);
            compile_expr(c->value);
            emit(OpCode::MAP_ADD, uint32_t(append_depth));
            break;
        default:
            compile_expr(c->elt);
            emit(OpCode::YIELD_VALUE);
            emit(OpCode::POP_TOP);
            break;
        }
    }
    place(if_cleanup);
    emit_jump(OpCode::JUMP, start);
    place(anchor);
}

void Compiler::compile_joined_str(const JoinedStrExpr* j) {
    if (j->values.empty()) {
        emit(OpCode::LOAD_CONST, uint32_t(const_str("")));
        return;
    }
    for (const Expr* v : j->values) {
        if (v->kind == EK::Constant) emit(OpCode::LOAD_CONST, uint32_t(const_str(static_cast<const ConstantExpr*>(v)->text)));
        else compile_formatted_value(static_cast<const FormattedValueExpr*>(v));
    }
    if (j->values.size() > 1) emit(OpCode::BUILD_STRING, uint32_t(j->values.size()));
}

void Compiler::compile_formatted_value(const FormattedValueExpr* f) {
    compile_expr(f->value);
    uint32_t arg = f->conversion == 's' ? 1 : f->conversion == 'r' ? 2 : f->conversion == 'a' ? 3 : 0;
    if (f->format_spec) {
        compile_joined_str(static_cast<const JoinedStrExpr*>(f->format_spec));
        arg |= 4;
    }
    // At the f-string's own position, as in CPython (a bad __format__ underlines it all).
    emit(OpCode::FORMAT_VALUE, arg);
}

void Compiler::compile_subscript(const SubscriptExpr* s) {
    compile_expr(s->value);
    if (s->slice->kind == EK::Slice) compile_slice(static_cast<const SliceExpr*>(s->slice));
    else compile_expr(s->slice);
    emit(OpCode::BINARY_SUBSCR);
}

void Compiler::compile_slice(const SliceExpr* s) {
    PosScope ps(*this, s->pos);
    auto part = [&](const Expr* e) {
        if (e) compile_expr(e);
        else emit(OpCode::LOAD_CONST, uint32_t(const_none()));
    };
    part(s->lower);
    part(s->upper);
    if (s->step) {
        compile_expr(s->step);
        emit(OpCode::BUILD_SLICE, 3);
    } else {
        emit(OpCode::BUILD_SLICE, 2);
    }
}

void Compiler::compile_lambda(const LambdaExpr* l) {
    check_parameters_not_debug(l->args, l->pos);
    uint32_t flags = 0;
    compile_defaults(l->args, &flags);
    compile_function_body(l, "<lambda>", l->args, nullptr, l->body, false, flags);
}

void Compiler::compile_yield(const YieldExpr* y) {
    if (!u().scope->is_function_like())
        error(y->kind == EK::Await ? "'await' outside function" : "'yield' outside function", y->pos);
    if (y->kind == EK::Yield) {
        if (y->value) compile_expr(y->value);
        else emit(OpCode::LOAD_CONST, uint32_t(const_none()));
        emit(OpCode::YIELD_VALUE);
        return;
    }
    compile_expr(y->value);
    if (y->kind == EK::YieldFrom) emit(OpCode::GET_YIELD_FROM_ITER);
    else emit(OpCode::GET_AWAITABLE, 0);
    emit(OpCode::LOAD_CONST, uint32_t(const_none()));
    int loop = new_label(), exit = new_label();
    place(loop);
    u().labels[size_t(loop)].depth = u().depth;
    emit_jump(OpCode::SEND, exit);
    emit(OpCode::YIELD_VALUE);
    emit_jump(OpCode::JUMP, loop);
    place(exit);
}

} // namespace gilt
