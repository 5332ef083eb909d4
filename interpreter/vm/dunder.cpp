// Dunder-method dispatch for instances of user-defined classes (and builtin subclasses).
#include "vm/dunder.hpp"

#include <fmt/format.h>

#include "objects/bytes.hpp"
#include "objects/descr.hpp"
#include "objects/dict.hpp"
#include "objects/exception.hpp"
#include "objects/function.hpp"
#include "objects/iter.hpp"
#include "objects/list.hpp"
#include "objects/number.hpp"
#include "objects/set.hpp"
#include "objects/str.hpp"
#include "objects/tuple.hpp"
#include "vm/errors.hpp"
#include "vm/eval.hpp"

namespace gilt {

namespace {

// A class attribute found for a dunder lookup, and whether a `class` statement defined
// it (as opposed to a built-in base providing a native default).
struct Found {
    Value attr;
    TypeObj* owner = nullptr;
    bool user() const { return !attr.is_null() && owner && (owner->tflags & TypeObj::kHeapType); }
};

Found find(Interp& I, Value obj, StrObj* name) {
    Found f;
    f.attr = type_find(I, type_of(I, obj), name, &f.owner);
    return f;
}

// Calls a class attribute as a method of obj, without allocating a bound method for the
// usual cases (plain functions and native methods).
// (Dunders take at most four arguments besides self, so the argument array lives on the
// C++ stack; its values are rooted by the callers.)
Value invoke(ThreadState& ts, Value attr, Value obj, const Value* args, size_t nargs) {
    constexpr size_t kMaxArgs = 4;
    Value small[kMaxArgs + 1];
    std::vector<Value> big;
    Value* all = small;
    if (nargs > kMaxArgs) {
        big.resize(nargs + 1);
        all = big.data();
    }
    auto with_first = [&](Value first) {
        all[0] = first;
        for (size_t i = 0; i < nargs; ++i) all[i + 1] = args[i];
        return all;
    };
    if (attr.is_obj()) {
        switch (attr.obj()->kind) {
        case ObjKind::Function:
        case ObjKind::NativeFunction:
            return call(ts, attr, with_first(obj), nargs + 1);
        case ObjKind::StaticMethod:
            return call(ts, attr.as<MethodWrapperObj>()->func, args, nargs);
        case ObjKind::ClassMethod:
            return call(ts, attr.as<MethodWrapperObj>()->func, with_first(Value::from_obj(type_of(ts.interp, obj))), nargs + 1);
        default:
            if (is_heap_instance(attr)) {
                Rooted bound(ts, dunder_get(ts, attr, obj, Value::from_obj(type_of(ts.interp, obj))));
                return call(ts, bound, args, nargs);
            }
            break;
        }
    }
    return call(ts, attr, args, nargs);
}

inline bool is_pure_instance(Value v) { return v.is_obj() && v.obj()->kind == ObjKind::Instance; }

bool is_object_default(Interp& I, const Found& f) { return f.owner == I.types.object; }

} // namespace

Value call_dunder(ThreadState& ts, Value obj, StrObj* name, const Value* args, size_t nargs) {
    Found f = find(ts.interp, obj, name);
    if (f.attr.is_null()) return Value();
    if (f.attr.is_none()) type_error(ts, "'{}' object is not callable", "NoneType");
    Rooted keep(ts, obj);
    return invoke(ts, f.attr, obj, args, nargs);
}

// ---------------------------------------------------------------- operators

namespace {

// The layouts whose in-place operators are slots of their own (nb_inplace_or of set and
// dict): they run before the binary forms. list and bytearray concatenate and repeat in
// place only after the binary forms declined (CPython's sq_inplace_concat/repeat).
bool inplace_slot_first(Value a, BinaryOp op) {
    if (is_set(a)) return op == BinaryOp::Or || op == BinaryOp::And || op == BinaryOp::Sub || op == BinaryOp::Xor;
    return is_dict(a) && op == BinaryOp::Or;
}
bool inplace_sequence_last(Value a, BinaryOp op) {
    return (is_list(a) && (op == BinaryOp::Add || op == BinaryOp::Mul)) || (is_bytearray(a) && op == BinaryOp::Add);
}

// str, bytes and bytearray `%` take any right operand (CPython's unicode_mod/bytes_mod).
bool formats_any(Value a, BinaryOp op) {
    return op == BinaryOp::Mod && (is_str(a) || is_bytes(a) || is_bytearray(a));
}

} // namespace

Value dunder_binary(ThreadState& ts, BinaryOp op, Value a, Value b, bool inplace) {
    Interp& I = ts.interp;
    Rooted ka(ts, a), kb(ts, b);
    StrObj* const* names = I.names.binop[size_t(op)];
    if (inplace) {
        if (is_heap_instance(a)) {
            Found f = find(I, a, names[2]);
            if (f.user()) {
                Value r = invoke(ts, f.attr, a, &b, 1);
                if (r != Value::not_implemented()) return r;
            }
        }
        if (inplace_slot_first(a, op)) {
            Value r = builtin_inplace(ts, op, a, b);
            if (r != Value::not_implemented()) return r;
        }
    }
    TypeObj* ta = type_of(I, a);
    TypeObj* tb = type_of(I, b);
    Found fwd = is_heap_instance(a) ? find(I, a, names[0]) : Found{};
    Found rev = (is_heap_instance(b) && ta != tb) ? find(I, b, names[1]) : Found{};
    bool pure_a = a.is_obj() && a.obj()->kind == ObjKind::Instance;
    bool pure_b = b.is_obj() && b.obj()->kind == ObjKind::Instance;
    bool in_place_later = inplace && inplace_sequence_last(a, op);
    // A subclass's reflected method goes first (if it overrides the one of the left operand).
    bool rev_first = rev.user() && is_subtype(tb, ta) && !(fwd.user() && fwd.attr == rev.attr);
    if (rev_first) {
        Value r = invoke(ts, rev.attr, b, &a, 1);
        if (r != Value::not_implemented()) return r;
    }
    if (fwd.user()) {
        Value r = invoke(ts, fwd.attr, a, &b, 1);
        if (r != Value::not_implemented()) return r;
    } else if (!pure_a && (!pure_b || formats_any(a, op)) && !in_place_later) {
        // Built-in layouts on both sides (a list subclass plus a list, 2 * a str subclass),
        // or `"%s" % obj`, which formats any right operand before its __rmod__ is asked.
        Value r = builtin_binary(ts, op, a, b);
        if (r != Value::not_implemented()) return r;
    }
    if (rev.user() && !rev_first) {
        Value r = invoke(ts, rev.attr, b, &a, 1);
        if (r != Value::not_implemented()) return r;
    }
    if (in_place_later) return builtin_inplace(ts, op, a, b);
    return Value::not_implemented();
}

namespace {

StrObj* compare_name(Interp& I, CompareOp op) {
    StrObj* names[] = {I.names.__lt__, I.names.__le__, I.names.__eq__, I.names.__ne__, I.names.__gt__, I.names.__ge__};
    return names[size_t(op)];
}

CompareOp reflected(CompareOp op) {
    static const CompareOp k[] = {CompareOp::Gt, CompareOp::Ge, CompareOp::Eq, CompareOp::Ne, CompareOp::Lt, CompareOp::Le};
    return k[size_t(op)];
}

// `x.__op__(y)` for any x: the class's own method, object's defaults (__ne__ inverts
// __eq__), or the built-in layout's comparison for subclasses of built-in types.
Value try_compare(ThreadState& ts, CompareOp op, Value x, Value y) {
    Interp& I = ts.interp;
    if (!is_heap_instance(x)) {
        if (is_pure_instance(y)) return Value::not_implemented();
        return builtin_compare(ts, op, x, y);
    }
    Found f = find(I, x, compare_name(I, op));
    if (f.user()) return invoke(ts, f.attr, x, &y, 1);
    if (op == CompareOp::Ne) {
        Found eq = find(I, x, I.names.__eq__);
        if (eq.user()) {
            Value r = invoke(ts, eq.attr, x, &y, 1);
            if (r == Value::not_implemented()) return r;
            return Value::boolean(!truthy(ts, r));
        }
    }
    if (is_pure_instance(x) || is_pure_instance(y)) return Value::not_implemented();
    return builtin_compare(ts, op, x, y);
}

} // namespace

Value dunder_compare(ThreadState& ts, CompareOp op, Value a, Value b) {
    Interp& I = ts.interp;
    Rooted ka(ts, a), kb(ts, b);
    TypeObj* ta = type_of(I, a);
    TypeObj* tb = type_of(I, b);
    CompareOp rop = reflected(op);
    bool checked_reverse = false;
    if (ta != tb && is_heap_instance(b) && is_subtype(tb, ta) && find(I, b, compare_name(I, rop)).user()) {
        checked_reverse = true;
        Value r = try_compare(ts, rop, kb, ka);
        if (r != Value::not_implemented()) return r;
    }
    Value r = try_compare(ts, op, ka, kb);
    if (r != Value::not_implemented()) return r;
    if (!checked_reverse) {
        r = try_compare(ts, rop, kb, ka);
        if (r != Value::not_implemented()) return r;
    }
    return Value::not_implemented();
}

bool dunder_truthy(ThreadState& ts, Value v) {
    Interp& I = ts.interp;
    Found f = find(I, v, I.names.__bool__);
    if (f.user()) {
        Value r = invoke(ts, f.attr, v, nullptr, 0);
        if (!r.is_bool()) type_error(ts, "__bool__ should return bool, returned {}", type_name(I, r));
        return r.is_true();
    }
    Found len = find(I, v, I.names.__len__);
    if (len.user()) return dunder_len(ts, v) != 0;
    if (v.obj()->kind != ObjKind::Instance) return builtin_truthy(v);
    return true;
}

int64_t dunder_hash(ThreadState& ts, Value v) {
    Interp& I = ts.interp;
    Found f = find(I, v, I.names.__hash__);
    if (f.attr.is_none()) type_error(ts, "unhashable type: '{}'", type_name(I, v));
    if (f.user()) {
        Value r = invoke(ts, f.attr, v, nullptr, 0);
        if (!is_int(r)) type_error(ts, "__hash__ method should return an integer");
        return int_hash(r);
    }
    // object.__hash__ (identity), or the built-in base's own (a tuple subclass hashes
    // like the tuple it holds).
    ObjKind k = v.obj()->kind;
    if (k == ObjKind::Instance || k == ObjKind::Exception || is_object_default(I, f)) {
        uint64_t b = v.bits();
        return int64_t((b >> 4) | (b << 60)) >> 2;
    }
    return builtin_hash(ts, v);
}

StrObj* dunder_repr(ThreadState& ts, Value v) {
    Interp& I = ts.interp;
    Found f = find(I, v, I.names.__repr__);
    if (!f.user() && v.obj()->kind != ObjKind::Instance && v.obj()->kind != ObjKind::Exception)
        return new_str(I, builtin_repr(ts, v));
    if (f.attr.is_null()) return new_str(I, builtin_repr(ts, v));
    if (ts.c_stack_nearly_full()) raise_msg(ts, I.exc.RecursionError, "maximum recursion depth exceeded while getting the repr of an object");
    Value r = invoke(ts, f.attr, v, nullptr, 0);
    if (!is_str(r)) type_error(ts, "__repr__ returned non-string (type {})", type_name(I, r));
    return as_str(r);
}

StrObj* dunder_str(ThreadState& ts, Value v) {
    Interp& I = ts.interp;
    Found f = find(I, v, I.names.__str__);
    if (f.user()) {
        Value r = invoke(ts, f.attr, v, nullptr, 0);
        if (!is_str(r)) type_error(ts, "__str__ returned non-string (type {})", type_name(I, r));
        return as_str(r);
    }
    // str.__str__ gives the text itself; exceptions have their own; everything else
    // (int and float included, as in CPython 3.11) falls back to __repr__.
    if (v.obj()->kind == ObjKind::Str) return as_str(v);
    if (v.obj()->kind == ObjKind::Exception) return as_str(exception_str(ts, as_exception(v)));
    return dunder_repr(ts, v);
}

StrObj* dunder_format(ThreadState& ts, Value v, StrObj* spec) {
    Interp& I = ts.interp;
    Found f = find(I, v, I.names.__format__);
    if (f.user()) {
        Value s = Value::from_obj(spec);
        Value r = invoke(ts, f.attr, v, &s, 1);
        if (!is_str(r)) type_error(ts, "__format__ must return a str, not {}", type_name(I, r));
        return as_str(r);
    }
    // int, float and str subclasses format as their base does (with str() for "").
    ObjKind k = v.obj()->kind;
    if (spec->nbytes != 0 && (k == ObjKind::Str || k == ObjKind::BigInt || k == ObjKind::Float))
        return builtin_format(ts, v, spec);
    if (spec->nbytes != 0) type_error(ts, "unsupported format string passed to {}.__format__", type_name(I, v));
    return dunder_str(ts, v);
}

// ---------------------------------------------------------------- containers

Value dunder_getitem(ThreadState& ts, Value obj, Value key) {
    Interp& I = ts.interp;
    Found f = find(I, obj, I.names.__getitem__);
    if (f.user()) return invoke(ts, f.attr, obj, &key, 1);
    if (obj.obj()->kind == ObjKind::Dict) {
        // dict subclasses: __missing__ for absent keys.
        Value v = dict_get(ts, obj.as<DictObj>(), key);
        if (!v.is_null()) return v;
        Found m = find(I, obj, I.names.__missing__);
        if (m.user()) return invoke(ts, m.attr, obj, &key, 1);
        key_error(ts, key);
    }
    return Value();
}

bool dunder_setitem(ThreadState& ts, Value obj, Value key, Value value) {
    Interp& I = ts.interp;
    Found f = find(I, obj, value.is_null() ? I.names.__delitem__ : I.names.__setitem__);
    if (!f.user()) {
        if (obj.obj()->kind == ObjKind::Instance) {
            if (value.is_null()) type_error(ts, "'{}' object doesn't support item deletion", type_name(I, obj));
            type_error(ts, "'{}' object does not support item assignment", type_name(I, obj));
        }
        return false;
    }
    if (value.is_null()) {
        invoke(ts, f.attr, obj, &key, 1);
    } else {
        Value args[2] = {key, value};
        invoke(ts, f.attr, obj, args, 2);
    }
    return true;
}

int dunder_contains(ThreadState& ts, Value obj, Value item) {
    Found f = find(ts.interp, obj, ts.interp.names.__contains__);
    if (!f.user()) return -1;
    return truthy(ts, invoke(ts, f.attr, obj, &item, 1)) ? 1 : 0;
}

int64_t dunder_len(ThreadState& ts, Value obj) {
    Interp& I = ts.interp;
    Found f = find(I, obj, I.names.__len__);
    if (!f.user()) return -1;
    Value r = invoke(ts, f.attr, obj, nullptr, 0);
    if (!is_int(r)) type_error(ts, "'{}' object cannot be interpreted as an integer", type_name(I, r));
    if (is_bigint(r) && !r.as<BigIntObj>()->value.is_negative())
        raise_msg(ts, I.exc.OverflowError, "cannot fit 'int' into an index-sized integer");
    int64_t n = r.is_bool() ? r.is_true() : r.is_small() ? r.small() : -1;
    if (n < 0) value_error(ts, "__len__() should return >= 0");
    return n;
}

Value dunder_iter(ThreadState& ts, Value obj) {
    Interp& I = ts.interp;
    Found f = find(I, obj, I.names.__iter__);
    if (f.attr.is_none()) type_error(ts, "'{}' object is not iterable", type_name(I, obj));
    if (f.user()) {
        Value it = invoke(ts, f.attr, obj, nullptr, 0);
        TypeObj* t = type_of(I, it);
        bool is_iterator = !type_find(I, t, I.names.__next__).is_null();
        if (!is_iterator) type_error(ts, "iter() returned non-iterator of type '{}'", type_name(I, it));
        return it;
    }
    if (obj.obj()->kind == ObjKind::Instance) {
        // The old sequence protocol: __getitem__ with 0, 1, 2... until IndexError.
        if (find(I, obj, I.names.__getitem__).user())
            return Value::from_obj(I.heap.make<SeqIterObj>(I.types.list_iterator, obj));
        type_error(ts, "'{}' object is not iterable", type_name(I, obj));
    }
    return Value();
}

Value dunder_next(ThreadState& ts, Value iter) {
    Interp& I = ts.interp;
    Found f = find(I, iter, I.names.__next__);
    if (f.attr.is_null()) type_error(ts, "'{}' object is not an iterator", type_name(I, iter));
    try {
        return invoke(ts, f.attr, iter, nullptr, 0);
    } catch (const ScriptError&) {
        if (!exception_matches(ts, ts.raised, Value::from_obj(I.exc.StopIteration))) throw;
        ts.raised = Value();
        return Value();
    }
}

// ---------------------------------------------------------------- attributes

DictObj* heap_instance_dict(Value obj) {
    if (!obj.is_obj()) return nullptr;
    Obj* o = obj.obj();
    if (!(o->type->tflags & TypeObj::kHeapType)) return nullptr;
    switch (o->kind) {
    case ObjKind::List: return static_cast<ListObj*>(o)->attrs;
    case ObjKind::Dict: return static_cast<DictObj*>(o)->attrs;
    case ObjKind::Set:
    case ObjKind::FrozenSet: return static_cast<SetObj*>(o)->attrs;
    default: return is_trailing_dict_kind(o->kind) ? *trailing_dict_slot(o) : nullptr;
    }
}

DictObj* heap_instance_dict_create(ThreadState& ts, Value obj) {
    if (!is_heap_instance(obj)) return nullptr;
    Obj* o = obj.obj();
    switch (o->kind) {
    case ObjKind::List: return static_cast<ListObj*>(o)->attrs = new_dict(ts.interp);
    case ObjKind::Dict: return static_cast<DictObj*>(o)->attrs = new_dict(ts.interp);
    case ObjKind::Set:
    case ObjKind::FrozenSet: return static_cast<SetObj*>(o)->attrs = new_dict(ts.interp);
    default: return is_trailing_dict_kind(o->kind) ? (*trailing_dict_slot(o) = new_dict(ts.interp)) : nullptr;
    }
}

bool dunder_is_data_descriptor(ThreadState& ts, Value descr) {
    TypeObj* t = type_of(ts.interp, descr);
    return !type_find(ts.interp, t, ts.interp.names.__set__).is_null() || !type_find(ts.interp, t, ts.interp.names.__delete__).is_null();
}

Value dunder_get(ThreadState& ts, Value descr, Value obj, Value type) {
    Found f = find(ts.interp, descr, ts.interp.names.__get__);
    if (!f.user()) return descr;
    Value args[2] = {obj, type};
    return invoke(ts, f.attr, descr, args, 2);
}

bool dunder_set_descriptor(ThreadState& ts, Value descr, Value obj, Value value) {
    Interp& I = ts.interp;
    Found f = find(I, descr, value.is_null() ? I.names.__delete__ : I.names.__set__);
    if (!f.user()) return false;
    if (value.is_null()) {
        invoke(ts, f.attr, descr, &obj, 1);
    } else {
        Value args[2] = {obj, value};
        invoke(ts, f.attr, descr, args, 2);
    }
    return true;
}

Value dunder_getattr_fallback(ThreadState& ts, Value obj, StrObj* name, bool raise_missing) {
    Interp& I = ts.interp;
    Found f = find(I, obj, I.names.__getattr__);
    if (!f.user()) return Value();
    Value n = Value::from_obj(name);
    if (raise_missing) return invoke(ts, f.attr, obj, &n, 1);
    try {
        return invoke(ts, f.attr, obj, &n, 1);
    } catch (const ScriptError&) {
        if (!exception_matches(ts, ts.raised, Value::from_obj(I.exc.AttributeError))) throw;
        ts.raised = Value();
        return Value();
    }
}

bool dunder_setattr(ThreadState& ts, Value obj, StrObj* name, Value value) {
    Interp& I = ts.interp;
    Found f = find(I, obj, value.is_null() ? I.names.__delattr__ : I.names.__setattr__);
    if (!f.user()) return false;
    Value n = Value::from_obj(name);
    if (value.is_null()) {
        invoke(ts, f.attr, obj, &n, 1);
    } else {
        Value args[2] = {n, value};
        invoke(ts, f.attr, obj, args, 2);
    }
    return true;
}

void type_set_attribute(ThreadState& ts, TypeObj* t, StrObj* name, Value value) {
    Interp& I = ts.interp;
    if (value.is_null()) {
        if (!dict_del_str(I, t->dict, name)) attribute_error(ts, Value::from_obj(t), name, false);
    } else {
        dict_set_str(I, t->dict, name, value);
    }
    type_modified(I, t);
}

} // namespace gilt
