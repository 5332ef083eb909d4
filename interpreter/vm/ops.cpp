// The object protocol: operators, comparison, truth, hashing, repr/str, items and iteration.
#include "vm/ops.hpp"

#include <charconv>
#include <cmath>
#include <cstring>
#include <fmt/format.h>

#include "objects/bytes.hpp"
#include "objects/class.hpp"
#include "objects/descr.hpp"
#include "objects/dict.hpp"
#include "objects/exception.hpp"
#include "objects/file.hpp"
#include "objects/function.hpp"
#include "objects/generator.hpp"
#include "objects/iter.hpp"
#include "objects/list.hpp"
#include "objects/number.hpp"
#include "objects/numfmt.hpp"
#include "objects/opaque.hpp"
#include "objects/range.hpp"
#include "objects/set.hpp"
#include "objects/str.hpp"
#include "objects/tuple.hpp"
#include "objects/type.hpp"
#include "vm/dunder.hpp"
#include "vm/errors.hpp"
#include "vm/eval.hpp"
#include "vm/generators.hpp"

namespace gilt {

Value builtin_iter_next(ThreadState& ts, Obj* o);

namespace {

inline bool is_number(Value v) { return v.is_small() || v.is_flonum() || v.is_bool() || is_bigint(v) || is_kind(v, ObjKind::Float); }

// Repeats a sequence (`[1] * 3`, `3 * "ab"`).
Value repeat(ThreadState& ts, Value seq, Value count) {
    Interp& I = ts.interp;
    int64_t n;
    if (count.is_small()) {
        n = count.small();
    } else {
        Value c = index_value(ts, count);
        if (!c.is_small()) raise_msg(ts, I.exc.OverflowError, "cannot fit 'int' into an index-sized integer");
        n = c.small();
    }
    if (n < 0) n = 0;
    if (is_str(seq)) return Value::from_obj(str_repeat(ts, as_str(seq), n));
    if (is_list(seq)) {
        ListObj* src = as_list(seq);
        if (n && src->items.size() > (size_t(1) << 32) / size_t(n)) raise_type(ts, I.exc.MemoryError);
        ListObj* l = new_list(I, src->items.size() * size_t(n));
        std::vector<Value> copy = src->items;
        for (int64_t k = 0; k < n; ++k) l->items.insert(l->items.end(), copy.begin(), copy.end());
        return Value::from_obj(l);
    }
    if (is_tuple(seq)) {
        TupleObj* src = as_tuple(seq);
        if (n == 1 && !is_heap_instance(seq)) return seq; // a subclass instance repeats into a plain tuple
        if (n && src->size > (size_t(1) << 32) / size_t(n)) raise_type(ts, I.exc.MemoryError);
        TupleObj* t = new_tuple(I, src->size * size_t(n));
        for (int64_t k = 0; k < n; ++k)
            for (size_t i = 0; i < src->size; ++i) t->items()[size_t(k) * src->size + i] = src->items()[i];
        return Value::from_obj(t);
    }
    std::string_view v = bytes_view(seq);
    if (n && v.size() > (size_t(1) << 32) / size_t(n)) raise_type(ts, I.exc.MemoryError);
    std::string out;
    out.reserve(v.size() * size_t(n));
    for (int64_t k = 0; k < n; ++k) out.append(v);
    if (is_bytearray(seq)) return Value::from_obj(new_bytearray(I, out));
    return Value::from_obj(new_bytes(I, out));
}

bool is_sequence_for_repeat(Value v) { return is_str(v) || is_list(v) || is_tuple(v) || is_byteslike(v); }

// Can `key` index a sequence: an int, or an object whose class defines __index__?
bool is_index_like(ThreadState& ts, Value key) {
    if (is_int(key)) return true;
    return is_heap_instance(key) && !type_find(ts.interp, key.obj()->type, ts.interp.names.__index__).is_null();
}

Value dict_view_as_set(ThreadState& ts, Value v) {
    auto view = v.as<DictViewObj>();
    SetObj* s = new_set(ts.interp);
    Rooted keep(ts, Value::from_obj(s));
    Rooted it(ts, new_dict_iter(ts.interp, view->dict, view->part));
    for (;;) {
        Value x = iter_next(ts, it);
        if (x.is_null()) break;
        Rooted kx(ts, x);
        set_add(ts, s, x);
    }
    return Value::from_obj(s);
}

bool is_setlike_view(Value v) { return is_kind(v, ObjKind::DictView) && v.as<DictViewObj>()->part != DictPart::Values; }

[[noreturn]] void unsupported(ThreadState& ts, BinaryOp op, Value a, Value b, bool inplace) {
    Interp& I = ts.interp;
    if (op == BinaryOp::Pow && !inplace)
        type_error(ts, "unsupported operand type(s) for ** or pow(): '{}' and '{}'", type_name(I, a), type_name(I, b));
    type_error(ts, "unsupported operand type(s) for {}: '{}' and '{}'", binop_symbol(op, inplace), type_name(I, a), type_name(I, b));
}

} // namespace

// The built-in meaning of a binary operator; NotImplemented when the built-in types
// of the operands do not define it.
Value builtin_binary(ThreadState& ts, BinaryOp op, Value a, Value b) {
    Interp& I = ts.interp;
    if (is_number(a) && is_number(b)) {
        if (is_int(a) && is_int(b)) return int_binary(ts, int(op), a, b);
        if (op == BinaryOp::LShift || op == BinaryOp::RShift || op == BinaryOp::And || op == BinaryOp::Or ||
            op == BinaryOp::Xor || op == BinaryOp::MatMul)
            return Value::not_implemented();
        double x, y;
        to_double(ts, a, &x);
        to_double(ts, b, &y);
        return float_binary(ts, int(op), x, y);
    }
    switch (op) {
    case BinaryOp::Add:
        if (is_str(a)) {
            if (!is_str(b)) type_error(ts, "can only concatenate str (not \"{}\") to str", type_name(I, b));
            return Value::from_obj(str_concat(I, as_str(a), as_str(b)));
        }
        if (is_list(a)) {
            if (!is_list(b)) type_error(ts, "can only concatenate list (not \"{}\") to list", type_name(I, b));
            ListObj* l = new_list(I, as_list(a)->items.size() + as_list(b)->items.size());
            l->items = as_list(a)->items;
            l->items.insert(l->items.end(), as_list(b)->items.begin(), as_list(b)->items.end());
            return Value::from_obj(l);
        }
        if (is_tuple(a)) {
            if (!is_tuple(b)) type_error(ts, "can only concatenate tuple (not \"{}\") to tuple", type_name(I, b));
            TupleObj* x = as_tuple(a);
            TupleObj* y = as_tuple(b);
            if (y->size == 0 && !is_heap_instance(a)) return a;
            if (x->size == 0 && !is_heap_instance(b)) return b;
            TupleObj* t = new_tuple(I, x->size + y->size);
            std::memcpy(t->items(), x->items(), x->size * sizeof(Value));
            std::memcpy(t->items() + x->size, y->items(), y->size * sizeof(Value));
            return Value::from_obj(t);
        }
        if (is_byteslike(a)) {
            if (!is_byteslike(b)) type_error(ts, "can't concat {} to {}", type_name(I, b), type_name(I, a));
            std::string out(bytes_view(a));
            out.append(bytes_view(b));
            if (is_bytearray(a)) return Value::from_obj(new_bytearray(I, out));
            return Value::from_obj(new_bytes(I, out));
        }
        break;
    case BinaryOp::Mul:
        if (is_sequence_for_repeat(a)) {
            if (!is_int(b)) {
                if (is_heap_instance(b)) return Value::not_implemented();
                type_error(ts, "can't multiply sequence by non-int of type '{}'", type_name(I, b));
            }
            return repeat(ts, a, b);
        }
        if (is_sequence_for_repeat(b)) {
            if (!is_int(a)) {
                if (is_heap_instance(a)) return Value::not_implemented();
                type_error(ts, "can't multiply sequence by non-int of type '{}'", type_name(I, a));
            }
            return repeat(ts, b, a);
        }
        break;
    case BinaryOp::Mod:
        if (is_str(a)) return str_mod(ts, as_str(a), b);
        if (is_byteslike(a)) return bytes_mod(ts, a, b);
        break;
    case BinaryOp::Or:
    case BinaryOp::And:
    case BinaryOp::Sub:
    case BinaryOp::Xor: {
        int sop = op == BinaryOp::Or ? 0 : op == BinaryOp::And ? 1 : op == BinaryOp::Sub ? 2 : 3;
        if (is_anyset(a) && is_anyset(b)) return set_binary(ts, sop, a, b);
        // Dict views' set algebra (objects/iter.cpp) takes any iterable as the other side.
        if (is_setlike_view(a) || is_setlike_view(b)) return dict_view_binary(ts, sop, a, b);
        if (op == BinaryOp::Or && is_dict(a) && is_dict(b)) {
            DictObj* d = dict_copy(I, as_dict(a));
            Rooted keep(ts, Value::from_obj(d));
            dict_update(ts, d, b);
            return Value::from_obj(d);
        }
        break;
    }
    default:
        break;
    }
    return Value::not_implemented();
}

const char* binop_symbol(BinaryOp op, bool inplace) {
    static const char* const kPlain[] = {"+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@", "divmod()"};
    static const char* const kInplace[] = {"+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@=", "divmod()"};
    return inplace ? kInplace[size_t(op)] : kPlain[size_t(op)];
}

const char* compare_symbol(CompareOp op) {
    static const char* const k[] = {"<", "<=", "==", "!=", ">", ">="};
    return k[size_t(op)];
}

namespace {

// Neither operand's methods gave a result: the sequence-repeat fallback (a sequence
// times an object with __index__) or CPython's error for the operator.
Value binary_fallback(ThreadState& ts, BinaryOp op, Value a, Value b, bool inplace) {
    // str/list/tuple/bytes concatenation is tried last, and raises its own message
    // ("can only concatenate str (not \"A\") to str").
    if (op == BinaryOp::Add && is_sequence_for_repeat(a)) builtin_binary(ts, op, a, b);
    if (op == BinaryOp::Mul) {
        if (is_sequence_for_repeat(a) && !is_int(b)) {
            if (is_index_like(ts, b)) return repeat(ts, a, index_value(ts, b));
            type_error(ts, "can't multiply sequence by non-int of type '{}'", type_name(ts.interp, b));
        }
        if (is_sequence_for_repeat(b) && !is_int(a)) {
            if (is_index_like(ts, a)) return repeat(ts, b, index_value(ts, a));
            type_error(ts, "can't multiply sequence by non-int of type '{}'", type_name(ts.interp, a));
        }
    }
    unsupported(ts, op, a, b, inplace);
}

} // namespace

Value binary_op(ThreadState& ts, BinaryOp op, Value a, Value b) {
    if (is_heap_instance(a) || is_heap_instance(b)) {
        Value r = dunder_binary(ts, op, a, b, false);
        if (r != Value::not_implemented()) return r;
        return binary_fallback(ts, op, a, b, false);
    }
    Value r = builtin_binary(ts, op, a, b);
    if (r != Value::not_implemented()) return r;
    return binary_fallback(ts, op, a, b, false);
}

Value builtin_inplace(ThreadState& ts, BinaryOp op, Value a, Value b) {
    Interp& I = ts.interp;
    if (is_list(a)) {
        if (op == BinaryOp::Add) {
            ListObj* l = as_list(a);
            if (is_list(b)) {
                std::vector<Value> copy = as_list(b)->items;
                l->items.insert(l->items.end(), copy.begin(), copy.end());
            } else {
                RootedVector items(ts);
                collect_iterable(ts, b, items.items);
                l->items.insert(l->items.end(), items.items.begin(), items.items.end());
            }
            I.heap.note_external(ptrdiff_t(l->items.size() * sizeof(Value) / 2));
            return a;
        }
        if (op == BinaryOp::Mul && is_index_like(ts, b)) {
            ListObj* l = as_list(a);
            int64_t n = index_int64(ts, b);
            std::vector<Value> copy = l->items;
            l->items.clear();
            for (int64_t k = 0; k < n; ++k) l->items.insert(l->items.end(), copy.begin(), copy.end());
            return a;
        }
    }
    if (is_set(a) && is_anyset(b) &&
        (op == BinaryOp::Or || op == BinaryOp::And || op == BinaryOp::Sub || op == BinaryOp::Xor)) {
        int sop = op == BinaryOp::Or ? 0 : op == BinaryOp::And ? 1 : op == BinaryOp::Sub ? 2 : 3;
        return set_inplace(ts, sop, a, b);
    }
    if (is_dict(a) && op == BinaryOp::Or) {
        dict_update(ts, as_dict(a), b);
        return a;
    }
    if (is_bytearray(a) && op == BinaryOp::Add && is_byteslike(b)) {
        std::string_view v = bytes_view(b);
        std::string copy(v);
        auto& d = a.as<ByteArrayObj>()->data;
        d.insert(d.end(), copy.begin(), copy.end());
        return a;
    }
    if (is_bytearray(a) && op == BinaryOp::Mul && is_int(b)) { // ba *= n repeats in place
        auto& d = a.as<ByteArrayObj>()->data;
        int64_t n = index_int64(ts, b);
        if (n <= 0) {
            d.clear();
        } else {
            if (uint64_t(n) > (uint64_t(1) << 40) / std::max<size_t>(d.size(), 1)) raise_type(ts, I.exc.MemoryError);
            std::vector<uint8_t> once = d;
            d.reserve(once.size() * size_t(n));
            for (int64_t k = 1; k < n; ++k) d.insert(d.end(), once.begin(), once.end());
        }
        return a;
    }
    return Value::not_implemented();
}

Value inplace_op(ThreadState& ts, BinaryOp op, Value a, Value b) {
    if (is_heap_instance(a) || is_heap_instance(b)) {
        Value r = dunder_binary(ts, op, a, b, true);
        if (r != Value::not_implemented()) return r;
        return binary_fallback(ts, op, a, b, true);
    }
    Value r = builtin_inplace(ts, op, a, b);
    if (r != Value::not_implemented()) return r;
    r = builtin_binary(ts, op, a, b);
    if (r != Value::not_implemented()) return r;
    return binary_fallback(ts, op, a, b, true);
}

Value unary_op(ThreadState& ts, UnaryOp op, Value a) {
    Interp& I = ts.interp;
    if (op == UnaryOp::Not) return Value::boolean(!truthy(ts, a));
    if (is_heap_instance(a)) {
        // The class's method, or its built-in base's (int.__neg__ for an int subclass).
        StrObj* name = op == UnaryOp::Neg ? I.names.__neg__ : op == UnaryOp::Pos ? I.names.__pos__ : I.names.__invert__;
        Value r = call_dunder(ts, a, name, nullptr, 0);
        if (!r.is_null()) return r;
        const char* sym = op == UnaryOp::Neg ? "-" : op == UnaryOp::Pos ? "+" : "~";
        type_error(ts, "bad operand type for unary {}: '{}'", sym, type_name(I, a));
    }
    if (is_int(a)) {
        if (op == UnaryOp::Pos) return a.is_bool() ? Value::from_small(a.is_true()) : a;
        if (op == UnaryOp::Neg) {
            if (a.is_small() && a.small() != Value::kSmallMin) return Value::from_small(-a.small());
            return make_int(I, to_bigint(a).neg());
        }
        if (a.is_small()) return Value::from_small(~a.small());
        return make_int(I, to_bigint(a).invert());
    }
    if (is_float(a)) {
        if (op == UnaryOp::Pos) return a;
        if (op == UnaryOp::Neg) return make_float(I, -float_value(a));
        type_error(ts, "bad operand type for unary ~: 'float'");
    }
    const char* sym = op == UnaryOp::Neg ? "-" : op == UnaryOp::Pos ? "+" : "~";
    type_error(ts, "bad operand type for unary {}: '{}'", sym, type_name(I, a));
}

// ---------------------------------------------------------------- comparison

namespace {

bool cmp_result(CompareOp op, int c) {
    switch (op) {
    case CompareOp::Lt: return c < 0;
    case CompareOp::Le: return c <= 0;
    case CompareOp::Eq: return c == 0;
    case CompareOp::Ne: return c != 0;
    case CompareOp::Gt: return c > 0;
    case CompareOp::Ge: return c >= 0;
    }
    return false;
}

// Lexicographic comparison of two item arrays (lists/tuples).
Value compare_sequences(ThreadState& ts, CompareOp op, Value a, Value b, const Value* x, size_t nx, const Value* y, size_t ny) {
    Rooted ka(ts, a), kb(ts, b);
    if ((op == CompareOp::Eq || op == CompareOp::Ne) && nx != ny) return Value::boolean(op == CompareOp::Ne);
    size_t i = 0;
    for (; i < nx && i < ny; ++i) {
        // Items may move if script code mutates the containers; re-fetch each time.
        const Value* xs = is_list(a) ? as_list(a)->items.data() : as_tuple(a)->items();
        const Value* ys = is_list(b) ? as_list(b)->items.data() : as_tuple(b)->items();
        size_t cx = is_list(a) ? as_list(a)->items.size() : as_tuple(a)->size;
        size_t cy = is_list(b) ? as_list(b)->items.size() : as_tuple(b)->size;
        if (i >= cx || i >= cy) break;
        if (!equals(ts, xs[i], ys[i])) {
            if (op == CompareOp::Eq) return Value::false_();
            if (op == CompareOp::Ne) return Value::true_();
            return compare(ts, op, xs[i], ys[i]);
        }
    }
    (void)x;
    (void)y;
    size_t cx = is_list(a) ? as_list(a)->items.size() : as_tuple(a)->size;
    size_t cy = is_list(b) ? as_list(b)->items.size() : as_tuple(b)->size;
    return Value::boolean(cmp_result(op, cx < cy ? -1 : cx > cy ? 1 : 0));
}

} // namespace

Value builtin_compare(ThreadState& ts, CompareOp op, Value a, Value b) {
    if (is_number(a) && is_number(b)) {
        Cmp c = number_compare(a, b);
        if (c == Cmp::Unordered) return Value::boolean(op == CompareOp::Ne);
        return Value::boolean(cmp_result(op, c == Cmp::Less ? -1 : c == Cmp::Greater ? 1 : 0));
    }
    if (is_str(a) && is_str(b)) {
        if (op == CompareOp::Eq) return Value::boolean(str_equal(as_str(a), as_str(b)));
        if (op == CompareOp::Ne) return Value::boolean(!str_equal(as_str(a), as_str(b)));
        return Value::boolean(cmp_result(op, str_compare(as_str(a), as_str(b))));
    }
    if (is_byteslike(a) && is_byteslike(b)) {
        int c = bytes_view(a).compare(bytes_view(b));
        return Value::boolean(cmp_result(op, c));
    }
    if (is_list(a) && is_list(b))
        return compare_sequences(ts, op, a, b, as_list(a)->items.data(), as_list(a)->items.size(), as_list(b)->items.data(),
                                 as_list(b)->items.size());
    if (is_tuple(a) && is_tuple(b))
        return compare_sequences(ts, op, a, b, as_tuple(a)->items(), as_tuple(a)->size, as_tuple(b)->items(), as_tuple(b)->size);
    if (is_anyset(a) && is_anyset(b)) {
        SetObj* x = as_set(a);
        SetObj* y = as_set(b);
        switch (op) {
        case CompareOp::Eq: return Value::boolean(x->used == y->used && set_subset(ts, x, y));
        case CompareOp::Ne: return Value::boolean(!(x->used == y->used && set_subset(ts, x, y)));
        case CompareOp::Le: return Value::boolean(set_subset(ts, x, y));
        case CompareOp::Lt: return Value::boolean(x->used < y->used && set_subset(ts, x, y));
        case CompareOp::Ge: return Value::boolean(set_subset(ts, y, x));
        case CompareOp::Gt: return Value::boolean(x->used > y->used && set_subset(ts, y, x));
        }
    }
    if (is_dict(a) && is_dict(b) && (op == CompareOp::Eq || op == CompareOp::Ne)) {
        DictObj* x = as_dict(a);
        DictObj* y = as_dict(b);
        bool eq = x->count == y->count;
        if (eq) {
            Rooted ka(ts, a), kb(ts, b);
            uint32_t pos = 0;
            DictEntry* e;
            while (eq && dict_next(x, &pos, &e)) {
                Rooted key(ts, e->key), val(ts, e->value);
                Value other = dict_get(ts, y, key);
                eq = !other.is_null() && equals(ts, val, other);
            }
        }
        return Value::boolean(op == CompareOp::Eq ? eq : !eq);
    }
    if (is_range(a) && is_range(b) && (op == CompareOp::Eq || op == CompareOp::Ne)) {
        bool eq = range_equal(ts, a.as<RangeObj>(), b.as<RangeObj>());
        return Value::boolean(op == CompareOp::Eq ? eq : !eq);
    }
    if (is_kind(a, ObjKind::DictView) && is_kind(b, ObjKind::DictView) && (op == CompareOp::Eq || op == CompareOp::Ne) &&
        is_setlike_view(a) && is_setlike_view(b)) {
        Rooted x(ts, dict_view_as_set(ts, a));
        Rooted y(ts, dict_view_as_set(ts, b));
        return builtin_compare(ts, op, x, y);
    }
    if (is_kind(a, ObjKind::DictView) && is_setlike_view(a) && is_anyset(b)) {
        Rooted x(ts, dict_view_as_set(ts, a));
        return builtin_compare(ts, op, x, b);
    }
    if (is_kind(b, ObjKind::DictView) && is_setlike_view(b) && is_anyset(a)) {
        Rooted y(ts, dict_view_as_set(ts, b));
        return builtin_compare(ts, op, a, y);
    }
    if (is_kind(a, ObjKind::BoundMethod) && is_kind(b, ObjKind::BoundMethod) && (op == CompareOp::Eq || op == CompareOp::Ne)) {
        // Bound methods are equal when they bind the same object (by identity, as
        // CPython 3.8+) to equal functions: `obj.f == obj.f`.
        auto x = a.as<BoundMethodObj>();
        auto y = b.as<BoundMethodObj>();
        bool eq = x->self == y->self && equals(ts, x->func, y->func);
        return Value::boolean(op == CompareOp::Eq ? eq : !eq);
    }
    if (op == CompareOp::Eq) return Value::boolean(a == b);
    if (op == CompareOp::Ne) return Value::boolean(a != b);
    return Value::not_implemented();
}

Value compare(ThreadState& ts, CompareOp op, Value a, Value b) {
    if (a.is_small() && b.is_small()) return Value::boolean(cmp_result(op, a.small() < b.small() ? -1 : a.small() > b.small() ? 1 : 0));
    if (is_heap_instance(a) || is_heap_instance(b)) {
        Value r = dunder_compare(ts, op, a, b);
        if (r != Value::not_implemented()) return r;
    } else {
        Value r = builtin_compare(ts, op, a, b);
        if (r != Value::not_implemented()) return r;
    }
    if (op == CompareOp::Eq) return Value::boolean(a == b);
    if (op == CompareOp::Ne) return Value::boolean(a != b);
    type_error(ts, "'{}' not supported between instances of '{}' and '{}'", compare_symbol(op), type_name(ts.interp, a),
               type_name(ts.interp, b));
}

bool compare_bool(ThreadState& ts, CompareOp op, Value a, Value b) {
    Value r = compare(ts, op, a, b);
    return r.is_bool() ? r.is_true() : truthy(ts, r);
}

bool equals(ThreadState& ts, Value a, Value b) {
    if (a == b) {
        // Identity implies equality, except for NaN floats which are never equal.
        if (is_kind(a, ObjKind::Float) && std::isnan(a.as<FloatObj>()->value)) return true;
        return true;
    }
    if (a.is_small() && b.is_small()) return false;
    if (is_str(a) && is_str(b)) return str_equal(as_str(a), as_str(b));
    return compare_bool(ts, CompareOp::Eq, a, b);
}

bool truthy(ThreadState& ts, Value v) {
    if (v.is_bool()) return v.is_true();
    if (v.is_small()) return v.small() != 0;
    if (v.is_none()) return false;
    if (v.is_flonum()) return v.flonum() != 0.0;
    if (!v.is_obj()) return true;
    if (v.obj()->type->tflags & TypeObj::kHeapType) return dunder_truthy(ts, v);
    return builtin_truthy(v);
}

bool builtin_truthy(Value v) {
    if (v.is_bool()) return v.is_true();
    if (v.is_small()) return v.small() != 0;
    if (v.is_none()) return false;
    if (v.is_flonum()) return v.flonum() != 0.0;
    if (!v.is_obj()) return true;
    Obj* o = v.obj();
    switch (o->kind) {
    case ObjKind::Str: return static_cast<StrObj*>(o)->nbytes != 0;
    case ObjKind::List: return !static_cast<ListObj*>(o)->items.empty();
    case ObjKind::Tuple: return static_cast<TupleObj*>(o)->size != 0;
    case ObjKind::Dict: return static_cast<DictObj*>(o)->count != 0;
    case ObjKind::Set:
    case ObjKind::FrozenSet: return static_cast<SetObj*>(o)->used != 0;
    case ObjKind::Float: return static_cast<FloatObj*>(o)->value != 0.0;
    case ObjKind::BigInt: return !static_cast<BigIntObj*>(o)->value.is_zero();
    case ObjKind::Bytes: return static_cast<BytesObj*>(o)->size != 0;
    case ObjKind::ByteArray: return !static_cast<ByteArrayObj*>(o)->data.empty();
    case ObjKind::Range: return range_truthy(static_cast<RangeObj*>(o));
    case ObjKind::DictView: return static_cast<DictViewObj*>(o)->dict->count != 0;
    default: return true;
    }
}

int64_t hash_value(ThreadState& ts, Value v) {
    if (v.is_small()) return BigInt::hash_int64(v.small());
    if (v.is_flonum()) return float_hash(v.flonum());
    if (v.is_bool()) return v.is_true() ? 1 : 0;
    if (v.is_special()) return int64_t(0x1337C0DE5EED5ull ^ v.bits());
    if (v.obj()->type->tflags & TypeObj::kHeapType) return dunder_hash(ts, v);
    return builtin_hash(ts, v);
}

int64_t builtin_hash(ThreadState& ts, Value v) {
    if (!v.is_obj()) return hash_value(ts, v);
    Obj* o = v.obj();
    switch (o->kind) {
    case ObjKind::Str: return str_hash(static_cast<StrObj*>(o));
    case ObjKind::BigInt: return static_cast<BigIntObj*>(o)->value.hash();
    case ObjKind::Float: return float_hash(static_cast<FloatObj*>(o)->value);
    case ObjKind::Tuple: {
        auto t = static_cast<TupleObj*>(o);
        if (t->hash != -1) return t->hash;
        constexpr uint64_t P1 = 11400714785074694791ull, P2 = 14029467366897019727ull, P5 = 2870177450012600261ull;
        uint64_t acc = P5;
        for (size_t i = 0; i < t->size; ++i) {
            uint64_t lane = uint64_t(hash_value(ts, t->items()[i]));
            acc += lane * P2;
            acc = (acc << 31) | (acc >> 33);
            acc *= P1;
        }
        acc += t->size ^ (P5 ^ 3527539ull);
        int64_t h = acc == uint64_t(-1) ? 1546275796 : int64_t(acc);
        t->hash = h;
        return h;
    }
    case ObjKind::Bytes: {
        auto b = static_cast<BytesObj*>(o);
        if (b->hash == -1) {
            // bytes hash like the str with the same ASCII content (CPython guarantees
            // nothing here, but a stable value keeps set order reproducible).
            StrObj tmp(nullptr, b->size, b->size);
            (void)tmp;
            uint64_t h = 1469598103934665603ull;
            for (size_t i = 0; i < b->size; ++i) h = (h ^ b->data()[i]) * 1099511628211ull;
            b->hash = int64_t(h >> 1);
        }
        return b->hash;
    }
    case ObjKind::FrozenSet: return frozenset_hash(static_cast<SetObj*>(o));
    case ObjKind::List:
    case ObjKind::Dict:
    case ObjKind::Set:
    case ObjKind::ByteArray:
    case ObjKind::DictView:
    case ObjKind::Slice:
        type_error(ts, "unhashable type: '{}'", type_name(ts.interp, v));
    case ObjKind::BoundMethod: {
        // self by identity (its own __hash__ may not exist), as CPython 3.8+.
        auto m = static_cast<BoundMethodObj*>(o);
        uint64_t b = m->self.bits();
        return (int64_t((b >> 4) | (b << 60)) >> 2) ^ hash_value(ts, m->func);
    }
    case ObjKind::Range: return range_hash(ts, static_cast<RangeObj*>(o));
    default: {
        uint64_t b = v.bits();
        return int64_t((b >> 4) | (b << 60)) >> 2;
    }
    }
}

// ---------------------------------------------------------------- repr / str

namespace {

// Guards repr() of self-containing containers: `[...]`, `{...}`.
struct ReprGuard {
    ThreadState& ts;
    Obj* o;
    bool recursive = false;
    ReprGuard(ThreadState& t, Obj* obj) : ts(t), o(obj) {
        for (Obj* x : ts.repr_stack)
            if (x == obj) recursive = true;
        if (!recursive) ts.repr_stack.push_back(obj);
    }
    ~ReprGuard() {
        if (!recursive) ts.repr_stack.pop_back();
    }
};

std::string module_qualified_name(ThreadState& ts, TypeObj* t) {
    Value m = t->dict ? dict_get_str(t->dict, ts.interp.names.__module__) : Value();
    if (m.is_null()) m = t->module;
    std::string name(t->qualname->view());
    if (is_str(m) && as_str(m)->view() != "builtins") return std::string(as_str(m)->view()) + "." + name;
    return name;
}

std::string repr_items(ThreadState& ts, const Value* items, size_t n) {
    std::string out;
    for (size_t i = 0; i < n; ++i) {
        if (i) out += ", ";
        out += repr_string(ts, items[i]);
    }
    return out;
}

} // namespace

std::string builtin_repr(ThreadState& ts, Value v) {
    Interp& I = ts.interp;
    if (v.is_small()) return std::to_string(v.small());
    if (v.is_flonum()) return numfmt::float_repr(v.flonum());
    if (v.is_none()) return "None";
    if (v.is_bool()) return v.is_true() ? "True" : "False";
    if (v == Value::ellipsis()) return "Ellipsis";
    if (v == Value::not_implemented()) return "NotImplemented";
    if (!v.is_obj()) return "<?>";
    Obj* o = v.obj();
    switch (o->kind) {
    case ObjKind::Str: return str_repr(static_cast<StrObj*>(o)->view());
    case ObjKind::BigInt: return int_to_string(ts, v);
    case ObjKind::Float: return numfmt::float_repr(static_cast<FloatObj*>(o)->value);
    case ObjKind::Bytes: return bytes_repr(static_cast<BytesObj*>(o)->view());
    case ObjKind::ByteArray: return "bytearray(" + bytes_repr(static_cast<ByteArrayObj*>(o)->view(), true) + ")";
    case ObjKind::List: {
        ReprGuard g(ts, o);
        if (g.recursive) return "[...]";
        Rooted keep(ts, v);
        auto l = static_cast<ListObj*>(o);
        std::string out = "[";
        for (size_t i = 0; i < l->items.size(); ++i) {
            if (i) out += ", ";
            out += repr_string(ts, l->items[i]);
        }
        return out + "]";
    }
    case ObjKind::Tuple: {
        ReprGuard g(ts, o);
        if (g.recursive) return "(...)";
        auto t = static_cast<TupleObj*>(o);
        if (t->size == 1) return "(" + repr_string(ts, t->items()[0]) + ",)";
        return "(" + repr_items(ts, t->items(), t->size) + ")";
    }
    case ObjKind::Dict: {
        ReprGuard g(ts, o);
        if (g.recursive) return "{...}";
        Rooted keep(ts, v);
        auto d = static_cast<DictObj*>(o);
        std::string out = "{";
        bool first = true;
        for (uint32_t i = 0; i < d->entries_used; ++i) {
            if (d->entries[i].key.is_null()) continue;
            Rooted k(ts, d->entries[i].key), val(ts, d->entries[i].value);
            if (!first) out += ", ";
            first = false;
            out += repr_string(ts, k);
            out += ": ";
            out += repr_string(ts, val);
        }
        return out + "}";
    }
    case ObjKind::Set:
    case ObjKind::FrozenSet: {
        auto s = static_cast<SetObj*>(o);
        bool frozen = o->kind == ObjKind::FrozenSet;
        std::string tname(o->type->name->view());
        if (s->used == 0) return tname + "()";
        ReprGuard g(ts, o);
        if (g.recursive) return tname + "(...)";
        RootedVector items(ts);
        size_t pos = 0;
        Value k;
        while (set_next(s, &pos, &k)) items.items.push_back(k);
        std::string body = "{" + repr_items(ts, items.items.data(), items.items.size()) + "}";
        if (frozen || o->type != I.types.set) return tname + "(" + body + ")";
        return body;
    }
    case ObjKind::Range: return range_repr(ts, static_cast<RangeObj*>(o));
    case ObjKind::Slice: {
        auto s = static_cast<SliceObj*>(o);
        return "slice(" + repr_string(ts, s->start) + ", " + repr_string(ts, s->stop) + ", " + repr_string(ts, s->step) + ")";
    }
    case ObjKind::Type: return fmt::format("<class '{}'>", module_qualified_name(ts, static_cast<TypeObj*>(o)));
    case ObjKind::Module: {
        auto m = static_cast<ModuleObj*>(o);
        Value file = dict_get_str(m->dict, I.names.__file__);
        if (is_str(file)) return fmt::format("<module '{}' from '{}'>", m->name->view(), as_str(file)->view());
        return fmt::format("<module '{}' (built-in)>", m->name->view());
    }
    case ObjKind::Function:
        return fmt::format("<function {} at {:#x}>", static_cast<FunctionObj*>(o)->qualname->view(), v.bits());
    case ObjKind::NativeFunction: {
        auto f = static_cast<NativeFunctionObj*>(o);
        if (f->owner && (f->nflags & NativeFunctionObj::kMethod))
            return fmt::format("<method '{}' of '{}' objects>", f->name->view(), f->owner->name->view());
        return fmt::format("<built-in function {}>", f->name->view());
    }
    case ObjKind::BoundMethod: {
        auto m = static_cast<BoundMethodObj*>(o);
        Rooted keep(ts, v);
        if (is_native(m->func)) {
            auto f = m->func.as<NativeFunctionObj>();
            if (is_type(m->self))
                return fmt::format("<built-in method {} of type object at {:#x}>", f->name->view(), m->self.bits());
            return fmt::format("<built-in method {} of {} object at {:#x}>", f->name->view(), type_name(I, m->self), m->self.bits());
        }
        Value qn = lookup_attr(ts, m->func, I.names.__qualname__);
        std::string name = is_str(qn) ? std::string(as_str(qn)->view()) : "?";
        return fmt::format("<bound method {} of {}>", name, repr_string(ts, m->self));
    }
    case ObjKind::Code: {
        auto c = static_cast<CodeObj*>(o);
        return fmt::format("<code object {} at {:#x}, file \"{}\", line {}>", c->name->view(), v.bits(), c->filename->view(),
                           c->firstlineno);
    }
    case ObjKind::Cell: {
        auto c = static_cast<CellObj*>(o);
        if (c->value.is_unbound()) return fmt::format("<cell at {:#x}: empty>", v.bits());
        return fmt::format("<cell at {:#x}: {} object at {:#x}>", v.bits(), type_name(I, c->value), c->value.bits());
    }
    case ObjKind::Exception: return as_str(exception_repr(ts, static_cast<ExceptionObj*>(o)))->data();
    case ObjKind::DictView: {
        auto view = static_cast<DictViewObj*>(o);
        ReprGuard g(ts, o);
        if (g.recursive) return "...";
        Rooted keep(ts, v);
        RootedVector items(ts);
        Rooted it(ts, new_dict_iter(I, view->dict, view->part));
        for (;;) {
            Value x = iter_next(ts, it);
            if (x.is_null()) break;
            items.items.push_back(x);
        }
        return fmt::format("{}([{}])", o->type->name->view(), repr_items(ts, items.items.data(), items.items.size()));
    }
    case ObjKind::Generator: {
        auto g = static_cast<GeneratorObj*>(o);
        return fmt::format("<generator object {} at {:#x}>", g->qualname->view(), v.bits());
    }
    case ObjKind::File: return file_repr(ts, static_cast<FileObj*>(o));
    case ObjKind::Property: return fmt::format("<property object at {:#x}>", v.bits());
    case ObjKind::StaticMethod: return fmt::format("<staticmethod({})>", repr_string(ts, static_cast<MethodWrapperObj*>(o)->func));
    case ObjKind::ClassMethod: return fmt::format("<classmethod({})>", repr_string(ts, static_cast<MethodWrapperObj*>(o)->func));
    case ObjKind::NativeProperty: {
        auto p = static_cast<NativePropertyObj*>(o);
        return fmt::format("<attribute '{}' of '{}' objects>", p->name->view(), p->owner->name->view());
    }
    case ObjKind::Traceback: return fmt::format("<traceback object at {:#x}>", v.bits());
    case ObjKind::Opaque: {
        auto p = static_cast<OpaqueObj*>(o);
        if (p->hooks && p->hooks->repr) return p->hooks->repr(p);
        return fmt::format("<{} object at {:#x}>", module_qualified_name(ts, o->type), v.bits());
    }
    default:
        return fmt::format("<{} object at {:#x}>", module_qualified_name(ts, o->type), v.bits());
    }
}

std::string repr_string(ThreadState& ts, Value v) {
    if (ts.c_stack_nearly_full()) raise_msg(ts, ts.interp.exc.RecursionError, "maximum recursion depth exceeded while getting the repr of an object");
    if (is_heap_instance(v)) return std::string(dunder_repr(ts, v)->view());
    return builtin_repr(ts, v);
}

StrObj* repr(ThreadState& ts, Value v) {
    if (is_heap_instance(v)) return dunder_repr(ts, v); // first: a str subclass may override __repr__
    if (is_str(v)) return new_str(ts.interp, str_repr(as_str(v)->view()));
    return new_str(ts.interp, builtin_repr(ts, v));
}

StrObj* to_str(ThreadState& ts, Value v) {
    if (is_heap_instance(v)) return dunder_str(ts, v); // first: a str subclass may override __str__
    if (is_str(v)) return as_str(v);
    if (is_exception(v)) return as_str(exception_str(ts, as_exception(v)));
    if (v.is_small()) {
        char buf[24];
        auto r = std::to_chars(buf, buf + sizeof buf, v.small());
        return new_str_ascii(ts.interp, std::string_view(buf, size_t(r.ptr - buf)));
    }
    return new_str(ts.interp, builtin_repr(ts, v));
}

std::string str_string(ThreadState& ts, Value v) { return std::string(to_str(ts, v)->view()); }

StrObj* format_value(ThreadState& ts, Value v, StrObj* spec) {
    if (is_heap_instance(v)) return dunder_format(ts, v, spec);
    return builtin_format(ts, v, spec);
}

StrObj* builtin_format(ThreadState& ts, Value v, StrObj* spec) {
    Interp& I = ts.interp;
    std::string_view s = spec->view();
    try {
        if (is_int(v)) {
            if (s.empty()) return to_str(ts, v.is_bool() ? v : v);
            numfmt::FormatSpec fs = numfmt::parse_format_spec(s, v.is_bool() ? "bool" : "int");
            int base = numfmt::int_format_base(fs, v.is_bool() ? "bool" : "int");
            if (base == 0) {
                double d;
                to_double(ts, v, &d);
                return new_str(I, numfmt::format_float(d, fs, "int"));
            }
            Value iv = v.is_bool() ? Value::from_small(v.is_true()) : v;
            if (iv.is_small() && base == 10) return new_str(I, numfmt::format_int64(iv.small(), fs));
            BigInt b = to_bigint(iv);
            bool neg = b.is_negative();
            std::string digits = b.abs().to_string(base, base == 10 ? I.config.int_max_str_digits : 0);
            return new_str(I, numfmt::format_int_digits(neg, digits, fs));
        }
        if (is_float(v)) {
            if (s.empty()) return to_str(ts, v);
            return new_str(I, numfmt::format_float(float_value(v), s));
        }
        if (is_str(v)) {
            if (s.empty()) return as_str(v);
            return new_str(I, numfmt::format_str(as_str(v)->view(), s));
        }
    } catch (const NumericError& e) {
        raise_msg(ts, e.kind == NumericError::Kind::Overflow ? I.exc.OverflowError : I.exc.ValueError, e.what());
    }
    if (s.empty()) return to_str(ts, v);
    type_error(ts, "unsupported format string passed to {}.__format__", type_name(I, v));
}

// ---------------------------------------------------------------- attributes

namespace {

DictObj* instance_dict(Value obj) {
    if (!obj.is_obj()) return nullptr;
    Obj* o = obj.obj();
    switch (o->kind) {
    case ObjKind::Instance: return static_cast<InstanceObj*>(o)->dict;
    case ObjKind::Function: return static_cast<FunctionObj*>(o)->dict;
    case ObjKind::Exception: return static_cast<ExceptionObj*>(o)->dict;
    case ObjKind::StaticMethod:
    case ObjKind::ClassMethod: return static_cast<MethodWrapperObj*>(o)->dict;
    default: return heap_instance_dict(obj);
    }
}

} // namespace

bool is_data_descriptor(ThreadState& ts, Value d) {
    if (!d.is_obj()) return false;
    ObjKind k = d.obj()->kind;
    if (k == ObjKind::NativeProperty || k == ObjKind::Property) return true;
    if (is_heap_instance(d)) return dunder_is_data_descriptor(ts, d);
    return false;
}

namespace {

// Applies the descriptor protocol to a class attribute found for an instance access.
Value bind(ThreadState& ts, Value descr, Value obj, TypeObj* type) {
    Interp& I = ts.interp;
    if (!descr.is_obj()) return descr;
    switch (descr.obj()->kind) {
    case ObjKind::Function: return Value::from_obj(new_bound_method(I, descr, obj));
    case ObjKind::NativeFunction: {
        auto f = descr.as<NativeFunctionObj>();
        if (f->nflags & NativeFunctionObj::kMethod) return Value::from_obj(new_bound_method(I, descr, obj));
        return descr;
    }
    case ObjKind::NativeProperty: return descr.as<NativePropertyObj>()->get(ts, obj);
    case ObjKind::Property: return property_get(ts, descr.as<PropertyObj>(), obj);
    case ObjKind::StaticMethod: return descr.as<MethodWrapperObj>()->func;
    case ObjKind::ClassMethod:
        return Value::from_obj(new_bound_method(I, descr.as<MethodWrapperObj>()->func, Value::from_obj(type)));
    default:
        if (is_heap_instance(descr)) return dunder_get(ts, descr, obj, Value::from_obj(type));
        return descr;
    }
}

Value type_getattr(ThreadState& ts, TypeObj* type, StrObj* name, bool raise_missing) {
    Interp& I = ts.interp;
    TypeObj* meta = type->type;
    Value meta_attr = type_find(I, meta, name);
    if (!meta_attr.is_null() && is_data_descriptor(ts, meta_attr)) return bind(ts, meta_attr, Value::from_obj(type), meta);
    Value attr = type_find(I, type, name);
    if (!attr.is_null()) {
        if (!attr.is_obj()) return attr;
        switch (attr.obj()->kind) {
        case ObjKind::StaticMethod: return attr.as<MethodWrapperObj>()->func;
        case ObjKind::ClassMethod:
            return Value::from_obj(new_bound_method(I, attr.as<MethodWrapperObj>()->func, Value::from_obj(type)));
        default:
            if (is_heap_instance(attr)) return dunder_get(ts, attr, Value::none(), Value::from_obj(type));
            return attr;
        }
    }
    if (!meta_attr.is_null()) return bind(ts, meta_attr, Value::from_obj(type), meta);
    if (!raise_missing) return Value();
    attribute_error(ts, Value::from_obj(type), name);
}

} // namespace

Value generic_getattr(ThreadState& ts, Value obj, StrObj* name, bool raise_missing) {
    Interp& I = ts.interp;
    if (is_type(obj)) return type_getattr(ts, as_type(obj), name, raise_missing);
    if (is_kind(obj, ObjKind::Super)) {
        Value r = super_getattr(ts, obj.as<SuperObj>(), name);
        if (!r.is_null() || !raise_missing) return r;
        raise_fmt(ts, I.exc.AttributeError, "'super' object has no attribute '{}'", std::string(name->view()));
    }
    if (is_module(obj)) {
        // As CPython's generic lookup: the type's data descriptors (__dict__), the
        // namespace, the type's other attributes, and only then a module __getattr__.
        auto m = obj.as<ModuleObj>();
        Value attr = type_lookup(m->type, name);
        if (is_kind(attr, ObjKind::NativeProperty)) return bind(ts, attr, obj, m->type);
        Value v = dict_get_str(m->dict, name);
        if (!v.is_null()) return v;
        if (!attr.is_null()) return bind(ts, attr, obj, m->type);
        Value getattr_hook = dict_get_str(m->dict, I.names.__getattr__);
        if (!getattr_hook.is_null()) {
            Value n = Value::from_obj(name);
            if (!raise_missing) {
                try {
                    return call(ts, getattr_hook, &n, 1);
                } catch (const ScriptError&) {
                    if (!exception_matches(ts, ts.raised, Value::from_obj(I.exc.AttributeError))) throw;
                    ts.raised = Value();
                    return Value();
                }
            }
            return call(ts, getattr_hook, &n, 1);
        }
        if (!raise_missing) return Value();
        attribute_error(ts, obj, name);
    }
    TypeObj* t = type_of(I, obj);
    Value descr = type_find(I, t, name);
    if (!descr.is_null() && is_data_descriptor(ts, descr)) return bind(ts, descr, obj, t);
    if (DictObj* d = instance_dict(obj)) {
        Value v = dict_get_str(d, name);
        if (!v.is_null()) return v;
    }
    if (!descr.is_null()) return bind(ts, descr, obj, t);
    if (!raise_missing) return Value();
    attribute_error(ts, obj, name);
}

namespace {

// Attribute access on an instance of a class that defines __getattribute__ or
// __getattr__ (CPython's slot_tp_getattr_hook): __getattribute__ (or object's), then, if
// that raised AttributeError, __getattr__. Null when absent and !raise_missing.
Value hooked_getattr(ThreadState& ts, Value obj, StrObj* name, bool raise_missing) {
    Interp& I = ts.interp;
    uint32_t hooks = obj.obj()->type->hooks;
    Rooted keep(ts, obj);
    bool has_getattr = hooks & TypeObj::kUserGetattr;
    try {
        if (hooks & TypeObj::kUserGetattribute) {
            Value n = Value::from_obj(name);
            return call_dunder(ts, obj, I.names.__getattribute__, &n, 1);
        }
        Value r = generic_getattr(ts, obj, name, false);
        if (!r.is_null()) return r;
        if (!has_getattr) {
            if (!raise_missing) return Value();
            attribute_error(ts, obj, name);
        }
    } catch (const ScriptError&) {
        if (!has_getattr || !exception_matches(ts, ts.raised, Value::from_obj(I.exc.AttributeError))) throw;
        ts.raised = Value();
    }
    return dunder_getattr_fallback(ts, obj, name, raise_missing);
}

constexpr uint32_t kGetattrHooks = TypeObj::kUserGetattribute | TypeObj::kUserGetattr;

} // namespace

Value get_attr(ThreadState& ts, Value obj, StrObj* name) {
    if (obj.is_obj() && (obj.obj()->type->hooks & kGetattrHooks)) return hooked_getattr(ts, obj, name, true);
    return generic_getattr(ts, obj, name, true);
}

Value lookup_attr(ThreadState& ts, Value obj, StrObj* name) {
    try {
        if (obj.is_obj() && (obj.obj()->type->hooks & kGetattrHooks)) return hooked_getattr(ts, obj, name, false);
        return generic_getattr(ts, obj, name, false);
    } catch (const ScriptError&) {
        if (!exception_matches(ts, ts.raised, Value::from_obj(ts.interp.exc.AttributeError))) throw;
        ts.raised = Value();
        return Value();
    }
}

bool get_method(ThreadState& ts, Value obj, StrObj* name, Value* method) {
    // Types, modules and super objects resolve attributes their own way (a super
    // object must find the *next* class's method, not super's own), and so do classes
    // with a __getattribute__ of their own.
    if (!is_type(obj) && !is_module(obj) && !is_kind(obj, ObjKind::Super) &&
        !(obj.is_obj() && (obj.obj()->type->hooks & TypeObj::kUserGetattribute))) {
        TypeObj* t = type_of(ts.interp, obj);
        Value descr = type_find(ts.interp, t, name);
        if (!descr.is_null() && descr.is_obj()) {
            ObjKind k = descr.obj()->kind;
            bool plain = k == ObjKind::Function ||
                         (k == ObjKind::NativeFunction && (descr.as<NativeFunctionObj>()->nflags & NativeFunctionObj::kMethod));
            if (plain) {
                DictObj* d = instance_dict(obj);
                if (!d || dict_get_str(d, name).is_null()) {
                    *method = descr;
                    return true;
                }
            }
        }
    }
    *method = get_attr(ts, obj, name);
    return false;
}

void set_attr(ThreadState& ts, Value obj, StrObj* name, Value value) {
    Interp& I = ts.interp;
    if (is_type(obj)) {
        TypeObj* t = as_type(obj);
        Value meta_attr = type_find(I, t->type, name);
        if (!meta_attr.is_null() && is_kind(meta_attr, ObjKind::NativeProperty)) {
            auto p = meta_attr.as<NativePropertyObj>();
            if (!p->set) raise_fmt(ts, I.exc.AttributeError, "attribute '{}' of 'type' objects is not writable", std::string(name->view()));
            p->set(ts, obj, value);
            return;
        }
        if (!(t->tflags & TypeObj::kHeapType))
            type_error(ts, "cannot {} '{}' attribute of immutable type '{}'", value.is_null() ? "delete" : "set",
                       std::string(name->view()), std::string(t->name->view()));
        type_set_attribute(ts, t, name, value);
        return;
    }
    if (is_module(obj)) {
        auto m = obj.as<ModuleObj>();
        if (value.is_null()) {
            if (!dict_del_str(I, m->dict, name)) attribute_error(ts, obj, name, false);
        } else {
            dict_set_str(I, m->dict, name, value);
        }
        return;
    }
    if (obj.is_obj() && (obj.obj()->type->hooks & (value.is_null() ? TypeObj::kUserDelattr : TypeObj::kUserSetattr)) &&
        dunder_setattr(ts, obj, name, value))
        return;
    generic_setattr(ts, obj, name, value);
}

void generic_setattr(ThreadState& ts, Value obj, StrObj* name, Value value) {
    Interp& I = ts.interp;
    TypeObj* t = type_of(I, obj);
    Value descr = type_find(I, t, name);
    if (!descr.is_null() && descr.is_obj()) {
        ObjKind k = descr.obj()->kind;
        if (k == ObjKind::NativeProperty) {
            auto p = descr.as<NativePropertyObj>();
            if (!p->set)
                raise_fmt(ts, I.exc.AttributeError, "attribute '{}' of '{}' objects is not writable", std::string(name->view()),
                          std::string(p->owner->name->view()));
            p->set(ts, obj, value);
            return;
        }
        if (k == ObjKind::Property) {
            property_set(ts, descr.as<PropertyObj>(), obj, value);
            return;
        }
        if (is_heap_instance(descr) && dunder_set_descriptor(ts, descr, obj, value)) return;
    }
    DictObj* d = instance_dict(obj);
    if (!d && obj.is_obj()) {
        // Lazily created namespaces.
        Obj* o = obj.obj();
        if (o->kind == ObjKind::Function) d = static_cast<FunctionObj*>(o)->dict = new_dict(I);
        else if (o->kind == ObjKind::Exception) d = static_cast<ExceptionObj*>(o)->dict = new_dict(I);
        else if (o->kind == ObjKind::Instance && (o->type->tflags & TypeObj::kHeapType))
            d = static_cast<InstanceObj*>(o)->dict = new_dict(I); // object() instances have none
        else if (o->kind == ObjKind::StaticMethod || o->kind == ObjKind::ClassMethod)
            d = static_cast<MethodWrapperObj*>(o)->dict = new_dict(I);
        else d = heap_instance_dict_create(ts, obj);
    }
    if (!d) {
        if (value.is_null() || type_find(I, t, name).is_null())
            raise_fmt(ts, I.exc.AttributeError, "'{}' object has no attribute '{}'", type_name(I, obj), std::string(name->view()));
        raise_fmt(ts, I.exc.AttributeError, "'{}' object attribute '{}' is read-only", type_name(I, obj), std::string(name->view()));
    }
    if (value.is_null()) {
        if (!dict_del_str(I, d, name)) attribute_error(ts, obj, name, false);
    } else {
        // Interned keys let the attribute caches compare names by pointer.
        dict_set_str(I, d, intern(I, name), value);
    }
}

void del_attr(ThreadState& ts, Value obj, StrObj* name) { set_attr(ts, obj, name, Value()); }

// ---------------------------------------------------------------- items

Value get_item(ThreadState& ts, Value obj, Value key) {
    if (obj.is_obj() && (obj.obj()->type->tflags & TypeObj::kHeapType)) {
        Value r = dunder_getitem(ts, obj, key);
        if (!r.is_null()) return r;
    }
    return builtin_get_item(ts, obj, key);
}

Value builtin_get_item(ThreadState& ts, Value obj, Value key) {
    Interp& I = ts.interp;
    if (obj.is_obj()) {
        Obj* o = obj.obj();
        switch (o->kind) {
        case ObjKind::List: {
            auto l = static_cast<ListObj*>(o);
            if (key.is_small()) {
                int64_t i = key.small(), n = int64_t(l->items.size());
                if (i < 0) i += n;
                if (i < 0 || i >= n) raise_msg(ts, I.exc.IndexError, "list index out of range");
                return l->items[size_t(i)];
            }
            if (is_slice(key)) {
                int64_t start, stop, step;
                int64_t n = slice_indices(ts, key.as<SliceObj>(), int64_t(l->items.size()), &start, &stop, &step);
                ListObj* out = new_list(I, size_t(std::max<int64_t>(n, 0)));
                for (int64_t i = 0, j = start; i < n; ++i, j += step) out->items.push_back(l->items[size_t(j)]);
                return Value::from_obj(out);
            }
            if (!is_index_like(ts, key))
                type_error(ts, "list indices must be integers or slices, not {}", type_name(I, key));
            return l->items[size_t(normalize_index(ts, key, int64_t(l->items.size()), "list"))];
        }
        case ObjKind::Tuple: {
            auto t = static_cast<TupleObj*>(o);
            if (key.is_small()) {
                int64_t i = key.small(), n = int64_t(t->size);
                if (i < 0) i += n;
                if (i < 0 || i >= n) raise_msg(ts, I.exc.IndexError, "tuple index out of range");
                return t->items()[i];
            }
            if (is_slice(key)) {
                int64_t start, stop, step;
                int64_t n = slice_indices(ts, key.as<SliceObj>(), int64_t(t->size), &start, &stop, &step);
                if (n == int64_t(t->size) && step == 1 && !is_heap_instance(obj)) return obj;
                TupleObj* out = new_tuple(I, size_t(std::max<int64_t>(n, 0)));
                for (int64_t i = 0, j = start; i < n; ++i, j += step) out->items()[i] = t->items()[j];
                return Value::from_obj(out);
            }
            if (!is_index_like(ts, key))
                type_error(ts, "tuple indices must be integers or slices, not {}", type_name(I, key));
            return t->items()[normalize_index(ts, key, int64_t(t->size), "tuple")];
        }
        case ObjKind::Dict: {
            Value v = dict_get(ts, static_cast<DictObj*>(o), key);
            if (!v.is_null()) return v;
            key_error(ts, key);
        }
        case ObjKind::Str: {
            auto s = static_cast<StrObj*>(o);
            if (is_slice(key)) return str_slice(ts, s, key);
            if (!is_index_like(ts, key))
                type_error(ts, "string indices must be integers, not '{}'", type_name(I, key));
            int64_t i = normalize_index(ts, key, int64_t(s->nchars), "string");
            return Value::from_obj(str_getitem_index(I, s, i));
        }
        case ObjKind::Bytes:
        case ObjKind::ByteArray: return bytes_getitem(ts, obj, key);
        case ObjKind::Range: return range_getitem(ts, static_cast<RangeObj*>(o), key);
        case ObjKind::Type: {
            // `list[int]` and friends (typing generics) are accepted and ignored.
            auto t = static_cast<TypeObj*>(o);
            if (!type_find(I, t, I.names.__class_getitem__).is_null()) {
                // An implicit classmethod: bound to the class by attribute lookup.
                Rooted cg(ts, get_attr(ts, obj, I.names.__class_getitem__));
                return call1(ts, cg, key);
            }
            if (t->is_builtin() && (t == I.types.list || t == I.types.dict || t == I.types.tuple || t == I.types.set ||
                                    t == I.types.frozenset || t == I.types.type))
                return obj;
            type_error(ts, "type '{}' is not subscriptable", std::string(t->name->view()));
        }
        default:
            break;
        }
    }
    type_error(ts, "'{}' object is not subscriptable", type_name(I, obj));
}

void set_item(ThreadState& ts, Value obj, Value key, Value value) {
    if (obj.is_obj() && (obj.obj()->type->tflags & TypeObj::kHeapType) && dunder_setitem(ts, obj, key, value)) return;
    builtin_set_item(ts, obj, key, value);
}

void builtin_set_item(ThreadState& ts, Value obj, Value key, Value value) {
    Interp& I = ts.interp;
    if (obj.is_obj()) {
        Obj* o = obj.obj();
        switch (o->kind) {
        case ObjKind::List: {
            auto l = static_cast<ListObj*>(o);
            if (key.is_small()) {
                int64_t i = key.small(), n = int64_t(l->items.size());
                if (i < 0) i += n;
                if (i < 0 || i >= n)
                    raise_msg(ts, I.exc.IndexError, value.is_null() ? "list assignment index out of range" : "list assignment index out of range");
                if (value.is_null()) l->items.erase(l->items.begin() + i);
                else l->items[size_t(i)] = value;
                return;
            }
            if (is_slice(key)) {
                int64_t start, stop, step;
                int64_t n = slice_indices(ts, key.as<SliceObj>(), int64_t(l->items.size()), &start, &stop, &step);
                if (value.is_null()) {
                    // del l[a:b:c]
                    if (n <= 0) return;
                    if (step < 0) {
                        start = start + (n - 1) * step;
                        step = -step;
                    }
                    std::vector<Value> kept;
                    for (int64_t i = 0; i < int64_t(l->items.size()); ++i) {
                        bool removed = i >= start && (i - start) % step == 0 && (i - start) / step < n;
                        if (!removed) kept.push_back(l->items[size_t(i)]);
                    }
                    l->items = std::move(kept);
                    return;
                }
                RootedVector items(ts);
                collect_iterable(ts, value, items.items);
                if (step == 1) {
                    if (stop < start) stop = start;
                    l->items.erase(l->items.begin() + start, l->items.begin() + stop);
                    l->items.insert(l->items.begin() + start, items.items.begin(), items.items.end());
                    return;
                }
                if (int64_t(items.items.size()) != n)
                    value_error(ts, "attempt to assign sequence of size {} to extended slice of size {}", items.items.size(), n);
                for (int64_t i = 0, j = start; i < n; ++i, j += step) l->items[size_t(j)] = items.items[size_t(i)];
                return;
            }
            if (!is_index_like(ts, key)) type_error(ts, "list indices must be integers or slices, not {}", type_name(I, key));
            int64_t i = normalize_index(ts, key, int64_t(l->items.size()), "list assignment");
            if (value.is_null()) l->items.erase(l->items.begin() + i);
            else l->items[size_t(i)] = value;
            return;
        }
        case ObjKind::Dict:
            if (value.is_null()) {
                if (!dict_del(ts, static_cast<DictObj*>(o), key)) key_error(ts, key);
            } else {
                dict_set(ts, static_cast<DictObj*>(o), key, value);
            }
            return;
        case ObjKind::ByteArray: bytearray_setitem(ts, static_cast<ByteArrayObj*>(o), key, value); return;
        default:
            break;
        }
    }
    if (value.is_null()) type_error(ts, "'{}' object doesn't support item deletion", type_name(I, obj));
    type_error(ts, "'{}' object does not support item assignment", type_name(I, obj));
}

void del_item(ThreadState& ts, Value obj, Value key) { set_item(ts, obj, key, Value()); }

bool contains(ThreadState& ts, Value container, Value item) {
    if (container.is_obj() && (container.obj()->type->tflags & TypeObj::kHeapType)) {
        int r = dunder_contains(ts, container, item);
        if (r >= 0) return r;
    }
    return builtin_contains(ts, container, item);
}

bool builtin_contains(ThreadState& ts, Value container, Value item) {
    Interp& I = ts.interp;
    if (container.is_obj()) {
        Obj* o = container.obj();
        switch (o->kind) {
        case ObjKind::List: {
            auto l = static_cast<ListObj*>(o);
            for (size_t i = 0; i < l->items.size(); ++i)
                if (equals(ts, l->items[i], item)) return true;
            return false;
        }
        case ObjKind::Tuple: {
            auto t = static_cast<TupleObj*>(o);
            for (size_t i = 0; i < t->size; ++i)
                if (equals(ts, t->items()[i], item)) return true;
            return false;
        }
        case ObjKind::Str:
            if (!is_str(item)) type_error(ts, "'in <string>' requires string as left operand, not {}", type_name(I, item));
            return str_contains(static_cast<StrObj*>(o), as_str(item));
        case ObjKind::Dict: return !dict_get(ts, static_cast<DictObj*>(o), item).is_null();
        case ObjKind::Set:
        case ObjKind::FrozenSet: return set_contains(ts, static_cast<SetObj*>(o), item);
        case ObjKind::Range: return range_contains(ts, static_cast<RangeObj*>(o), item);
        case ObjKind::Bytes:
        case ObjKind::ByteArray: {
            std::string_view v = bytes_view(container);
            if (is_int(item)) {
                int64_t b = index_int64(ts, item);
                if (b < 0 || b > 255) value_error(ts, "byte must be in range(0, 256)");
                return v.find(char(b)) != std::string_view::npos;
            }
            if (!is_byteslike(item)) type_error(ts, "a bytes-like object is required, not '{}'", type_name(I, item));
            return v.find(bytes_view(item)) != std::string_view::npos;
        }
        case ObjKind::DictView: {
            auto view = static_cast<DictViewObj*>(o);
            if (view->part == DictPart::Keys) return !dict_get(ts, view->dict, item).is_null();
            if (view->part == DictPart::Items) {
                if (!is_tuple(item) || as_tuple(item)->size != 2) return false;
                Value v = dict_get(ts, view->dict, as_tuple(item)->items()[0]);
                return !v.is_null() && equals(ts, v, as_tuple(item)->items()[1]);
            }
            break;
        }
        default:
            break;
        }
    }
    // Fall back to iteration.
    TypeObj* t = type_of(I, container);
    if (type_find(I, t, I.names.__iter__).is_null() && !is_kind(container, ObjKind::DictView) &&
        !(container.is_obj() && container.obj()->kind >= ObjKind::SeqIter && container.obj()->kind <= ObjKind::Generator) &&
        type_find(I, t, I.names.__getitem__).is_null())
        type_error(ts, "argument of type '{}' is not iterable", type_name(I, container));
    Rooted it(ts, get_iter(ts, container));
    Rooted target(ts, item);
    for (;;) {
        Value v = iter_next(ts, it);
        if (v.is_null()) return false;
        if (equals(ts, v, target)) return true;
    }
}

int64_t length(ThreadState& ts, Value v) {
    if (v.is_obj() && (v.obj()->type->tflags & TypeObj::kHeapType)) {
        int64_t n = dunder_len(ts, v);
        if (n >= 0) return n;
    }
    return builtin_length(ts, v);
}

int64_t builtin_length(ThreadState& ts, Value v) {
    if (v.is_obj()) {
        Obj* o = v.obj();
        switch (o->kind) {
        case ObjKind::Str: return int64_t(static_cast<StrObj*>(o)->nchars);
        case ObjKind::List: return int64_t(static_cast<ListObj*>(o)->items.size());
        case ObjKind::Tuple: return int64_t(static_cast<TupleObj*>(o)->size);
        case ObjKind::Dict: return static_cast<DictObj*>(o)->count;
        case ObjKind::Set:
        case ObjKind::FrozenSet: return int64_t(static_cast<SetObj*>(o)->used);
        case ObjKind::Bytes: return int64_t(static_cast<BytesObj*>(o)->size);
        case ObjKind::ByteArray: return int64_t(static_cast<ByteArrayObj*>(o)->data.size());
        case ObjKind::Range: return range_len(ts, static_cast<RangeObj*>(o));
        case ObjKind::DictView: return static_cast<DictViewObj*>(o)->dict->count;
        default: break;
        }
    }
    type_error(ts, "object of type '{}' has no len()", type_name(ts.interp, v));
}

// ---------------------------------------------------------------- iteration

Value get_iter(ThreadState& ts, Value v) {
    if (v.is_obj() && (v.obj()->type->tflags & TypeObj::kHeapType)) {
        Value r = dunder_iter(ts, v);
        if (!r.is_null()) return r;
    }
    return builtin_get_iter(ts, v);
}

bool supports_iteration(Interp& I, Value v) {
    if (v.is_obj() && !(v.obj()->type->tflags & TypeObj::kHeapType)) {
        switch (v.obj()->kind) {
        case ObjKind::List: case ObjKind::Tuple: case ObjKind::Str: case ObjKind::Bytes:
        case ObjKind::ByteArray: case ObjKind::Range: case ObjKind::Dict: case ObjKind::DictView:
        case ObjKind::Set: case ObjKind::FrozenSet: case ObjKind::SeqIter: case ObjKind::RangeIter:
        case ObjKind::LongRangeIter: case ObjKind::DictIter: case ObjKind::SetIter: case ObjKind::Enumerate:
        case ObjKind::Zip: case ObjKind::Map: case ObjKind::Filter: case ObjKind::Reversed:
        case ObjKind::CallIter: case ObjKind::Generator: case ObjKind::File:
            return true;
        default: break;
        }
    }
    TypeObj* t = type_of(I, v);
    return !type_find(I, t, I.names.__iter__).is_null() || !type_find(I, t, I.names.__getitem__).is_null();
}

Value builtin_get_iter(ThreadState& ts, Value v) {
    Interp& I = ts.interp;
    if (v.is_obj()) {
        Obj* o = v.obj();
        switch (o->kind) {
        case ObjKind::List: return Value::from_obj(I.heap.make<SeqIterObj>(I.types.list_iterator, v));
        case ObjKind::Tuple: return Value::from_obj(I.heap.make<SeqIterObj>(I.types.tuple_iterator, v));
        case ObjKind::Str:
            return Value::from_obj(I.heap.make<SeqIterObj>(
                static_cast<StrObj*>(o)->ascii() ? I.types.str_ascii_iterator : I.types.str_iterator, v));
        case ObjKind::Bytes: return Value::from_obj(I.heap.make<SeqIterObj>(I.types.bytes_iterator, v));
        case ObjKind::ByteArray: return Value::from_obj(I.heap.make<SeqIterObj>(I.types.bytearray_iterator, v));
        case ObjKind::Range: return range_iter(ts, static_cast<RangeObj*>(o), false);
        case ObjKind::Dict: return new_dict_iter(I, static_cast<DictObj*>(o), DictPart::Keys);
        case ObjKind::DictView: {
            auto view = static_cast<DictViewObj*>(o);
            return new_dict_iter(I, view->dict, view->part);
        }
        case ObjKind::Set:
        case ObjKind::FrozenSet: {
            auto s = static_cast<SetObj*>(o);
            return Value::from_obj(I.heap.make<SetIterObj>(I.types.set_iterator, s, s->used));
        }
        case ObjKind::SeqIter:
        case ObjKind::RangeIter:
        case ObjKind::LongRangeIter:
        case ObjKind::DictIter:
        case ObjKind::SetIter:
        case ObjKind::Enumerate:
        case ObjKind::Zip:
        case ObjKind::Map:
        case ObjKind::Filter:
        case ObjKind::Reversed:
        case ObjKind::CallIter:
        case ObjKind::Generator:
            return v;
        case ObjKind::File:
            file_check_iterable(ts, static_cast<FileObj*>(o));
            return v;
        default:
            break;
        }
    }
    type_error(ts, "'{}' object is not iterable", type_name(I, v));
}

Value get_iter_or_type_error(ThreadState& ts, Value v, const std::function<std::string()>& message) {
    try {
        return get_iter(ts, v);
    } catch (const ScriptError&) {
        if (!exception_matches(ts, ts.raised, Value::from_obj(ts.interp.exc.TypeError))) throw;
        ts.raised = Value();
        raise_msg(ts, ts.interp.exc.TypeError, message());
    }
}

Value iter_next(ThreadState& ts, Value iter) {
    if (!iter.is_obj()) type_error(ts, "'{}' object is not an iterator", type_name(ts.interp, iter));
    Obj* o = iter.obj();
    if (o->type->tflags & TypeObj::kHeapType) return dunder_next(ts, iter);
    switch (o->kind) {
    case ObjKind::SeqIter:
    case ObjKind::RangeIter:
    case ObjKind::LongRangeIter:
    case ObjKind::DictIter:
    case ObjKind::SetIter:
    case ObjKind::Enumerate:
    case ObjKind::Zip:
    case ObjKind::Map:
    case ObjKind::Filter:
    case ObjKind::Reversed:
    case ObjKind::CallIter:
        return builtin_iter_next(ts, o);
    case ObjKind::Generator: {
        Value returned;
        return gen_resume(ts, static_cast<GeneratorObj*>(o), Value::none(), &returned);
    }
    case ObjKind::File: return file_iter_next(ts, static_cast<FileObj*>(o));
    default:
        type_error(ts, "'{}' object is not an iterator", type_name(ts.interp, iter));
    }
}

void collect_iterable(ThreadState& ts, Value iterable, std::vector<Value>& out) {
    if (is_list(iterable) && !is_heap_instance(iterable)) {
        auto& items = as_list(iterable)->items;
        out.insert(out.end(), items.begin(), items.end());
        return;
    }
    if (is_tuple(iterable)) {
        out.insert(out.end(), as_tuple(iterable)->begin(), as_tuple(iterable)->end());
        return;
    }
    Rooted it(ts, get_iter(ts, iterable));
    for (;;) {
        Value v = iter_next(ts, it);
        if (v.is_null()) return;
        out.push_back(v);
    }
}

bool callable(ThreadState& ts, Value v) {
    if (!v.is_obj()) return false;
    switch (v.obj()->kind) {
    case ObjKind::Function:
    case ObjKind::NativeFunction:
    case ObjKind::BoundMethod:
    case ObjKind::Type:
        return true;
    default:
        return !type_find(ts.interp, type_of(ts.interp, v), ts.interp.names.__call__).is_null();
    }
}

} // namespace gilt
