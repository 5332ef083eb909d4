// The dunder methods of built-in types as attributes: list.__getitem__, int.__add__, ...
//
// Built-in types implement their operators natively (vm/ops.cpp switches on the layout),
// but scripts also call those methods by name: super().__getitem__(i) in a list
// subclass, dict.__setitem__(self, k, v), int.__add__(a, b), super().__eq__(other).
// Each wrapper here runs the layout's own behaviour (the builtin_* functions), never a
// subclass's override, so an override can extend it without recursing into itself.
#include <cmath>

#include <fmt/format.h>

#include "objects/dict.hpp"
#include "objects/function.hpp"
#include "objects/number.hpp"
#include "objects/set.hpp"
#include "objects/str.hpp"
#include "objects/tuple.hpp"
#include "objects/type.hpp"
#include "vm/errors.hpp"
#include "vm/ops.hpp"

namespace gilt {

namespace {

void expect_args(ThreadState& ts, size_t nargs, size_t expected) {
    size_t given = nargs - 1; // args[0] is self
    if (given != expected)
        type_error(ts, "expected {} argument{}, got {}", expected, expected == 1 ? "" : "s", given);
}

Value sw_getitem(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    expect_args(ts, nargs, 1);
    return builtin_get_item(ts, args[0], args[1]);
}
Value sw_setitem(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    expect_args(ts, nargs, 2);
    builtin_set_item(ts, args[0], args[1], args[2]);
    return Value::none();
}
Value sw_delitem(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    expect_args(ts, nargs, 1);
    builtin_set_item(ts, args[0], args[1], Value());
    return Value::none();
}
Value sw_len(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    expect_args(ts, nargs, 0);
    return make_int(ts.interp, builtin_length(ts, args[0]));
}
Value sw_contains(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    expect_args(ts, nargs, 1);
    return Value::boolean(builtin_contains(ts, args[0], args[1]));
}
Value sw_iter(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    expect_args(ts, nargs, 0);
    return builtin_get_iter(ts, args[0]);
}
Value sw_repr(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    expect_args(ts, nargs, 0);
    return Value::from_obj(new_str(ts.interp, builtin_repr(ts, args[0])));
}
Value sw_str_str(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    expect_args(ts, nargs, 0);
    StrObj* s = as_str(args[0]);
    if (s->type == ts.interp.types.str) return args[0];
    return Value::from_obj(new_str(ts.interp, s->view())); // a subclass instance: its exact-str value
}
Value sw_hash(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    expect_args(ts, nargs, 0);
    return make_int(ts.interp, builtin_hash(ts, args[0]));
}
Value sw_bool(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    expect_args(ts, nargs, 0);
    return Value::boolean(builtin_truthy(args[0]));
}

// Comparisons answer only for operands of the same family (numbers with numbers, str
// with str, ...), NotImplemented otherwise, like CPython's rich-comparison slots.
bool same_family(Value a, Value b) {
    auto number = [](Value v) { return is_int(v) || is_float(v); };
    if (number(a)) return number(b);
    if (!a.is_obj() || !b.is_obj()) return false;
    ObjKind x = a.obj()->kind, y = b.obj()->kind;
    auto setlike = [](ObjKind k) { return k == ObjKind::Set || k == ObjKind::FrozenSet; };
    auto byteslike = [](ObjKind k) { return k == ObjKind::Bytes || k == ObjKind::ByteArray; };
    if (setlike(x)) return setlike(y);
    if (byteslike(x)) return byteslike(y);
    return x == y;
}

template <CompareOp op> Value sw_compare(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    expect_args(ts, nargs, 1);
    if (!same_family(args[0], args[1])) return Value::not_implemented();
    return builtin_compare(ts, op, args[0], args[1]);
}

template <BinaryOp op, bool reflected> Value sw_binary(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    expect_args(ts, nargs, 1);
    return reflected ? builtin_binary(ts, op, args[1], args[0]) : builtin_binary(ts, op, args[0], args[1]);
}

template <UnaryOp op> Value sw_unary(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    expect_args(ts, nargs, 0);
    Value v = args[0];
    // The operand's own numeric value: an int or float subclass instance negates as its base.
    if (is_int(v) && v.is_obj()) v = make_int(ts.interp, v.as<BigIntObj>()->value);
    else if (is_float(v) && v.is_obj()) v = make_float(ts.interp, float_value(v));
    return unary_op(ts, op, v);
}
Value sw_abs(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    expect_args(ts, nargs, 0);
    Value v = args[0];
    if (is_float(v)) return make_float(ts.interp, std::fabs(float_value(v)));
    return make_int(ts.interp, to_bigint(v).abs());
}

// Adds `fn` as `name` unless the type already defines it natively.
void add_slot(Interp& I, TypeObj* t, const char* name, NativeFn fn) {
    StrObj* n = intern(I, name);
    if (!dict_get_str(t->dict, n).is_null()) return;
    NativeFunctionObj* f = new_native(I, name, fn, t, NativeFunctionObj::kMethod);
    dict_set_str(I, t->dict, n, Value::from_obj(f));
    type_modified(I, t);
}

void add_comparisons(Interp& I, TypeObj* t) {
    add_slot(I, t, "__lt__", sw_compare<CompareOp::Lt>);
    add_slot(I, t, "__le__", sw_compare<CompareOp::Le>);
    add_slot(I, t, "__eq__", sw_compare<CompareOp::Eq>);
    add_slot(I, t, "__ne__", sw_compare<CompareOp::Ne>);
    add_slot(I, t, "__gt__", sw_compare<CompareOp::Gt>);
    add_slot(I, t, "__ge__", sw_compare<CompareOp::Ge>);
}

template <BinaryOp op> void add_binary(Interp& I, TypeObj* t) {
    add_slot(I, t, I.names.binop[size_t(op)][0]->data(), sw_binary<op, false>);
    add_slot(I, t, I.names.binop[size_t(op)][1]->data(), sw_binary<op, true>);
}

void add_container(Interp& I, TypeObj* t, bool mutable_items) {
    add_slot(I, t, "__getitem__", sw_getitem);
    add_slot(I, t, "__len__", sw_len);
    add_slot(I, t, "__contains__", sw_contains);
    add_slot(I, t, "__iter__", sw_iter);
    if (mutable_items) {
        add_slot(I, t, "__setitem__", sw_setitem);
        add_slot(I, t, "__delitem__", sw_delitem);
    }
}

// object's orderings exist and decline (so `super().__lt__(x)` reaches NotImplemented).
Value object_not_implemented(ThreadState& ts, Value*, size_t nargs, TupleObj*) {
    expect_args(ts, nargs, 1);
    return Value::not_implemented();
}

} // namespace

void init_slot_wrappers(Interp& I) {
    BuiltinTypes& T = I.types;
    for (const char* name : {"__lt__", "__le__", "__gt__", "__ge__"}) add_slot(I, T.object, name, object_not_implemented);

    for (TypeObj* t : {T.int_, T.float_}) {
        add_comparisons(I, t);
        add_slot(I, t, "__hash__", sw_hash);
        add_slot(I, t, "__repr__", sw_repr);
        add_slot(I, t, "__bool__", sw_bool);
        add_slot(I, t, "__neg__", sw_unary<UnaryOp::Neg>);
        add_slot(I, t, "__pos__", sw_unary<UnaryOp::Pos>);
        add_slot(I, t, "__abs__", sw_abs);
        add_binary<BinaryOp::Add>(I, t);
        add_binary<BinaryOp::Sub>(I, t);
        add_binary<BinaryOp::Mul>(I, t);
        add_binary<BinaryOp::TrueDiv>(I, t);
        add_binary<BinaryOp::FloorDiv>(I, t);
        add_binary<BinaryOp::Mod>(I, t);
        add_binary<BinaryOp::Pow>(I, t);
        add_binary<BinaryOp::DivMod>(I, t);
    }
    add_slot(I, T.int_, "__invert__", sw_unary<UnaryOp::Invert>);
    add_binary<BinaryOp::LShift>(I, T.int_);
    add_binary<BinaryOp::RShift>(I, T.int_);
    add_binary<BinaryOp::And>(I, T.int_);
    add_binary<BinaryOp::Or>(I, T.int_);
    add_binary<BinaryOp::Xor>(I, T.int_);

    add_comparisons(I, T.str);
    add_container(I, T.str, false);
    add_slot(I, T.str, "__hash__", sw_hash);
    add_slot(I, T.str, "__repr__", sw_repr);
    add_slot(I, T.str, "__str__", sw_str_str);
    add_slot(I, T.str, "__add__", sw_binary<BinaryOp::Add, false>);
    add_slot(I, T.str, "__mul__", sw_binary<BinaryOp::Mul, false>);
    add_slot(I, T.str, "__rmul__", sw_binary<BinaryOp::Mul, true>);
    add_slot(I, T.str, "__mod__", sw_binary<BinaryOp::Mod, false>);

    for (TypeObj* t : {T.bytes, T.tuple, T.list}) {
        add_comparisons(I, t);
        add_container(I, t, t == T.list);
        add_slot(I, t, "__repr__", sw_repr);
        add_slot(I, t, "__add__", sw_binary<BinaryOp::Add, false>);
        add_slot(I, t, "__mul__", sw_binary<BinaryOp::Mul, false>);
        add_slot(I, t, "__rmul__", sw_binary<BinaryOp::Mul, true>);
    }
    add_slot(I, T.bytes, "__hash__", sw_hash);
    add_slot(I, T.tuple, "__hash__", sw_hash);

    add_container(I, T.dict, true);
    add_slot(I, T.dict, "__repr__", sw_repr);
    add_slot(I, T.dict, "__eq__", sw_compare<CompareOp::Eq>);
    add_slot(I, T.dict, "__ne__", sw_compare<CompareOp::Ne>);
    add_binary<BinaryOp::Or>(I, T.dict);

    for (TypeObj* t : {T.set, T.frozenset}) {
        add_comparisons(I, t);
        add_slot(I, t, "__len__", sw_len);
        add_slot(I, t, "__contains__", sw_contains);
        add_slot(I, t, "__iter__", sw_iter);
        add_slot(I, t, "__repr__", sw_repr);
        add_binary<BinaryOp::Or>(I, t);
        add_binary<BinaryOp::And>(I, t);
        add_binary<BinaryOp::Sub>(I, t);
        add_binary<BinaryOp::Xor>(I, t);
    }
    add_slot(I, T.frozenset, "__hash__", sw_hash);
}

} // namespace gilt
