// range and slice objects.
#include "objects/range.hpp"

#include <fmt/format.h>

#include "core/thread_state.hpp"
#include "objects/descr.hpp"
#include "objects/function.hpp"
#include "objects/iter.hpp"
#include "objects/number.hpp"
#include "objects/str.hpp"
#include "objects/tuple.hpp"
#include "objects/type.hpp"
#include "vm/args.hpp"
#include "vm/errors.hpp"
#include "vm/ops.hpp"

namespace gilt {

namespace {
int64_t range_length(int64_t start, int64_t stop, int64_t step) {
    if (step > 0) return start < stop ? int64_t((uint64_t(stop) - uint64_t(start) - 1) / uint64_t(step) + 1) : 0;
    return start > stop ? int64_t((uint64_t(start) - uint64_t(stop) - 1) / uint64_t(-(step + 1) + 1) + 1) : 0;
}
} // namespace

RangeObj* new_range(Interp& I, int64_t start, int64_t stop, int64_t step) {
    return I.heap.make<RangeObj>(I.types.range, start, stop, step, range_length(start, stop, step));
}

SliceObj* new_slice(Interp& I, Value start, Value stop, Value step) {
    return I.heap.make<SliceObj>(I.types.slice, start, stop, step);
}

namespace {
// A slice bound as int64, clamped (bounds beyond 64 bits behave like +/- infinity).
int64_t slice_bound(ThreadState& ts, Value v) {
    if (v.is_small()) return v.small();
    if (!is_int(v)) {
        TypeObj* t = type_of(ts.interp, v);
        if ((t->tflags & TypeObj::kHeapType) && !type_lookup(t, ts.interp.names.__index__).is_null())
            v = index_value(ts, v);
        else
            type_error(ts, "slice indices must be integers or None or have an __index__ method");
    }
    if (v.is_small()) return v.small();
    if (v.is_bool()) return v.is_true();
    const BigInt& b = v.as<BigIntObj>()->value;
    if (b.fits_int64()) return b.to_int64();
    return b.is_negative() ? INT64_MIN / 2 : INT64_MAX / 2;
}
} // namespace

int64_t slice_indices(ThreadState& ts, SliceObj* s, int64_t length, int64_t* start, int64_t* stop, int64_t* step) {
    *step = s->step.is_none() ? 1 : slice_bound(ts, s->step);
    if (*step == 0) value_error(ts, "slice step cannot be zero");
    if (*step < -INT64_MAX) *step = -INT64_MAX;
    bool neg = *step < 0;
    auto adjust = [&](Value v, int64_t def) {
        if (v.is_none()) return def;
        int64_t x = slice_bound(ts, v);
        if (x < 0) {
            x += length;
            if (x < 0) x = neg ? -1 : 0;
        } else if (x >= length) {
            x = neg ? length - 1 : length;
        }
        return x;
    };
    *start = adjust(s->start, neg ? length - 1 : 0);
    *stop = adjust(s->stop, neg ? -1 : length);
    if (neg) return *stop < *start ? (*start - *stop - 1) / (-*step) + 1 : 0;
    return *start < *stop ? (*stop - *start - 1) / *step + 1 : 0;
}

int64_t normalize_index(ThreadState& ts, Value index, int64_t length, const char* what) {
    int64_t i;
    if (index.is_small()) {
        i = index.small();
    } else {
        Value v = index_value(ts, index);
        if (v.is_small()) i = v.small();
        else raise_fmt(ts, ts.interp.exc.IndexError, "cannot fit 'int' into an index-sized integer");
    }
    if (i < 0) i += length;
    if (i < 0 || i >= length) raise_fmt(ts, ts.interp.exc.IndexError, "{} index out of range", what);
    return i;
}

namespace {

RangeObj* self_range(ThreadState& ts, Value v) {
    if (!is_range(v)) type_error(ts, "descriptor requires a 'range' object but received a '{}'", type_name(ts.interp, v));
    return v.as<RangeObj>();
}

// --- Python-int arithmetic for big ranges (no script code runs, so no GC happens).
Value add(ThreadState& ts, Value a, Value b) { return binary_op(ts, BinaryOp::Add, a, b); }
Value sub(ThreadState& ts, Value a, Value b) { return binary_op(ts, BinaryOp::Sub, a, b); }
Value mul(ThreadState& ts, Value a, Value b) { return binary_op(ts, BinaryOp::Mul, a, b); }
Value floordiv(ThreadState& ts, Value a, Value b) { return binary_op(ts, BinaryOp::FloorDiv, a, b); }
bool lt(ThreadState& ts, Value a, Value b) { return compare_bool(ts, CompareOp::Lt, a, b); }
bool is_neg(Value v) { return v.is_small() ? v.small() < 0 : is_bigint(v) && v.as<BigIntObj>()->value.is_negative(); }
const Value kZero = Value::from_small(0);
const Value kOne = Value::from_small(1);

Value start_of(RangeObj* r) { return r->big ? r->big_start : Value::from_small(r->start); }
Value stop_of(RangeObj* r) { return r->big ? r->big_stop : Value::from_small(r->stop); }
Value step_of(RangeObj* r) { return r->big ? r->big_step : Value::from_small(r->step); }
Value length_of(RangeObj* r) { return r->big ? r->big_length : Value::from_small(r->length); }

Value range_arg(ThreadState& ts, Value v) {
    if (is_float(v)) type_error(ts, "'float' object cannot be interpreted as an integer");
    Value i = index_value(ts, v);
    return i.is_bool() ? Value::from_small(i.is_true()) : i;
}

// Builds a range from Python ints, choosing the machine-integer form when it fits.
RangeObj* make_range(ThreadState& ts, Value start, Value stop, Value step) {
    Interp& I = ts.interp;
    if (start.is_small() && stop.is_small() && step.is_small())
        return new_range(I, start.small(), stop.small(), step.small());
    Value length = kZero;
    if (!is_neg(step)) {
        if (lt(ts, start, stop)) length = add(ts, floordiv(ts, sub(ts, sub(ts, stop, start), kOne), step), kOne);
    } else if (lt(ts, stop, start)) {
        Value neg_step = unary_op(ts, UnaryOp::Neg, step);
        length = add(ts, floordiv(ts, sub(ts, sub(ts, start, stop), kOne), neg_step), kOne);
    }
    RangeObj* r = I.heap.make<RangeObj>(I.types.range, 0, 0, 1, 0);
    r->big = true;
    r->big_start = start;
    r->big_stop = stop;
    r->big_step = step;
    r->big_length = length;
    return r;
}

Value range_new(ThreadState& ts, TypeObj*, Value* args, size_t nargs, TupleObj* kwnames) {
    no_keywords(ts, "range", kwnames);
    if (nargs == 0) type_error(ts, "range expected at least 1 argument, got 0");
    if (nargs > 3) type_error(ts, "range expected at most 3 arguments, got {}", nargs);
    Value start = kZero, stop, step = kOne;
    if (nargs == 1) {
        stop = range_arg(ts, args[0]);
    } else {
        start = range_arg(ts, args[0]);
        stop = range_arg(ts, args[1]);
        if (nargs == 3) step = range_arg(ts, args[2]);
    }
    if (step.is_small() && step.small() == 0) value_error(ts, "range() arg 3 must not be zero");
    return Value::from_obj(make_range(ts, start, stop, step));
}

bool range_contains_int(RangeObj* r, int64_t v) {
    if (r->step > 0 ? (v < r->start || v >= r->stop) : (v > r->start || v <= r->stop)) return false;
    return (v - r->start) % r->step == 0;
}

// `v in r` for an int v, on either representation.
bool contains_int(ThreadState& ts, RangeObj* r, Value v) {
    if (!r->big && v.is_small()) return range_contains_int(r, v.small());
    if (!r->big && is_bigint(v)) return false; // beyond every small bound
    Value start = start_of(r), stop = stop_of(r), step = step_of(r);
    bool in_bounds = is_neg(step) ? (lt(ts, stop, v) && !lt(ts, start, v)) : (!lt(ts, v, start) && lt(ts, v, stop));
    if (!in_bounds) return false;
    Value rem = binary_op(ts, BinaryOp::Mod, sub(ts, v, start), step);
    return rem.is_small() && rem.small() == 0;
}

// Position of int v, which must be in r.
Value index_of_int(ThreadState& ts, RangeObj* r, Value v) {
    if (!r->big) return Value::from_small((v.small() - r->start) / r->step);
    return floordiv(ts, sub(ts, v, r->big_start), r->big_step);
}

// Calls f(item) for each item until it returns true; for count()/index() of non-ints.
template <typename F>
bool scan(ThreadState& ts, RangeObj* r, F&& f) {
    Rooted it(ts, range_iter(ts, r, false));
    int64_t i = 0;
    for (Value item; !(item = iter_next(ts, it)).is_null();) {
        Rooted keep(ts, item);
        if (f(item, i++)) return true;
    }
    return false;
}

Value m_count(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "range.count", kw);
    check_count(ts, "range.count", nargs - 1, 1, 1);
    RangeObj* r = self_range(ts, args[0]);
    if (is_int(args[1]))
        return Value::from_small(contains_int(ts, r, range_arg(ts, args[1])) ? 1 : 0);
    int64_t n = 0;
    scan(ts, r, [&](Value item, int64_t) {
        if (equals(ts, item, args[1])) ++n;
        return false;
    });
    return Value::from_small(n);
}

Value m_index(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "range.index", kw);
    check_count(ts, "range.index", nargs - 1, 1, 1);
    RangeObj* r = self_range(ts, args[0]);
    if (is_int(args[1])) {
        Value v = range_arg(ts, args[1]);
        if (contains_int(ts, r, v)) return index_of_int(ts, r, v);
    } else {
        int64_t found = -1;
        if (scan(ts, r, [&](Value item, int64_t i) {
                found = i;
                return equals(ts, item, args[1]);
            }))
            return Value::from_small(found);
    }
    value_error(ts, "{} is not in range", repr_string(ts, args[1]));
}

Value get_start(ThreadState& ts, Value self) { return start_of(self_range(ts, self)); }
Value get_stop(ThreadState& ts, Value self) { return stop_of(self_range(ts, self)); }
Value get_step(ThreadState& ts, Value self) { return step_of(self_range(ts, self)); }

SliceObj* self_slice(ThreadState& ts, Value v) {
    if (!is_slice(v)) type_error(ts, "descriptor requires a 'slice' object but received a '{}'", type_name(ts.interp, v));
    return v.as<SliceObj>();
}

Value slice_new(ThreadState& ts, TypeObj*, Value* args, size_t nargs, TupleObj* kwnames) {
    no_keywords(ts, "slice", kwnames);
    if (nargs == 0) type_error(ts, "slice expected at least 1 argument, got 0");
    if (nargs > 3) type_error(ts, "slice expected at most 3 arguments, got {}", nargs);
    if (nargs == 1) return Value::from_obj(new_slice(ts.interp, Value::none(), args[0], Value::none()));
    return Value::from_obj(new_slice(ts.interp, args[0], args[1], nargs == 3 ? args[2] : Value::none()));
}

Value m_indices(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "range.indices", kw);
    check_count(ts, "range.indices", nargs - 1, 1, 1);
    SliceObj* s = self_slice(ts, args[0]);
    int64_t length = index_int64(ts, args[1]);
    if (length < 0) value_error(ts, "length should not be negative");
    int64_t start, stop, step;
    slice_indices(ts, s, length, &start, &stop, &step);
    return Value::from_obj(new_tuple(ts.interp, {Value::from_small(start), Value::from_small(stop), Value::from_small(step)}));
}

Value s_start(ThreadState& ts, Value self) { return self_slice(ts, self)->start; }
Value s_stop(ThreadState& ts, Value self) { return self_slice(ts, self)->stop; }
Value s_step(ThreadState& ts, Value self) { return self_slice(ts, self)->step; }

const MethodDef kRangeMethods[] = {
    {"count", m_count, NativeFunctionObj::kMethod},
    {"index", m_index, NativeFunctionObj::kMethod},
    {nullptr, nullptr},
};
const MethodDef kSliceMethods[] = {
    {"indices", m_indices, NativeFunctionObj::kMethod},
    {nullptr, nullptr},
};

} // namespace

bool range_contains(ThreadState& ts, RangeObj* r, Value v) {
    if (v.is_small() && !r->big) return range_contains_int(r, v.small());
    if (v.is_bool()) return contains_int(ts, r, Value::from_small(v.is_true()));
    if (is_int(v)) return contains_int(ts, r, v);
    return scan(ts, r, [&](Value item, int64_t) { return equals(ts, item, v); });
}

bool range_equal(ThreadState& ts, RangeObj* a, RangeObj* b) {
    if (!a->big && !b->big)
        return a->length == b->length &&
               (a->length == 0 || (a->start == b->start && (a->length == 1 || a->step == b->step)));
    Value n = length_of(a);
    if (!equals(ts, n, length_of(b))) return false;
    if (n.is_small() && n.small() == 0) return true;
    if (!equals(ts, start_of(a), start_of(b))) return false;
    return (n.is_small() && n.small() == 1) || equals(ts, step_of(a), step_of(b));
}

int64_t range_hash(ThreadState& ts, RangeObj* r) {
    // As CPython: equal ranges hash equal, so hash what equality looks at.
    Value n = length_of(r);
    bool empty = n.is_small() && n.small() == 0, single = n.is_small() && n.small() == 1;
    Value items[3] = {n, empty ? Value::none() : start_of(r), empty || single ? Value::none() : step_of(r)};
    return hash_value(ts, Value::from_obj(new_tuple(ts.interp, items, 3)));
}

std::string range_repr(ThreadState& ts, RangeObj* r) {
    if (!r->big) {
        if (r->step == 1) return fmt::format("range({}, {})", r->start, r->stop);
        return fmt::format("range({}, {}, {})", r->start, r->stop, r->step);
    }
    std::string out = "range(" + repr_string(ts, r->big_start) + ", " + repr_string(ts, r->big_stop);
    if (!(r->big_step.is_small() && r->big_step.small() == 1)) out += ", " + repr_string(ts, r->big_step);
    return out + ")";
}

bool range_truthy(RangeObj* r) {
    return r->big ? !(r->big_length.is_small() && r->big_length.small() == 0) : r->length != 0;
}

int64_t range_len(ThreadState& ts, RangeObj* r) {
    if (!r->big) return r->length;
    if (r->big_length.is_small()) return r->big_length.small();
    const BigInt& b = r->big_length.as<BigIntObj>()->value;
    if (!b.fits_int64()) raise_msg(ts, ts.interp.exc.OverflowError, "Python int too large to convert to C ssize_t");
    return b.to_int64();
}

Value range_getitem(ThreadState& ts, RangeObj* r, Value key) {
    Interp& I = ts.interp;
    if (is_slice(key)) {
        // Computed on Python ints as CPython's compute_slice does, so huge steps and
        // bounds stay exact: range(0, 10, 3)[::-1] == range(9, -1, -3).
        auto s = key.as<SliceObj>();
        Value step = s->step.is_none() ? kOne : index_value(ts, s->step);
        if (step.is_small() && step.small() == 0) value_error(ts, "slice step cannot be zero");
        bool neg = is_neg(step);
        Value length = length_of(r);
        Value lower = neg ? Value::from_small(-1) : kZero;
        Value upper = neg ? sub(ts, length, kOne) : length;
        auto clamp = [&](Value v, Value def) {
            if (v.is_none()) return def;
            v = index_value(ts, v);
            if (is_neg(v)) {
                v = add(ts, v, length);
                return lt(ts, v, lower) ? lower : v;
            }
            return lt(ts, upper, v) ? upper : v;
        };
        Value start = clamp(s->start, neg ? upper : lower);
        Value stop = clamp(s->stop, neg ? lower : upper);
        Value rstart = start_of(r), rstep = step_of(r);
        return Value::from_obj(make_range(ts, add(ts, rstart, mul(ts, start, rstep)),
                                          add(ts, rstart, mul(ts, stop, rstep)), mul(ts, rstep, step)));
    }
    if (!is_int(key) && !(type_of(I, key)->tflags & TypeObj::kHeapType))
        type_error(ts, "range indices must be integers or slices, not {}", type_name(I, key));
    if (!r->big && key.is_small()) {
        int64_t i = normalize_index(ts, key, r->length, "range object");
        return Value::from_small(r->start + i * r->step);
    }
    Value i = index_value(ts, key);
    Value length = length_of(r);
    if (is_neg(i)) i = add(ts, i, length);
    if (is_neg(i) || !lt(ts, i, length)) raise_msg(ts, I.exc.IndexError, "range object index out of range");
    return add(ts, start_of(r), mul(ts, i, step_of(r)));
}

Value range_iter(ThreadState& ts, RangeObj* r, bool reversed) {
    Interp& I = ts.interp;
    if (!r->big) {
        if (!reversed) return Value::from_obj(I.heap.make<RangeIterObj>(I.types.range_iterator, r->start, r->step, r->length));
        return Value::from_obj(I.heap.make<RangeIterObj>(I.types.range_iterator, r->start + (r->length - 1) * r->step,
                                                         -r->step, r->length));
    }
    Value first = r->big_start, step = r->big_step;
    if (reversed) {
        first = add(ts, first, mul(ts, sub(ts, r->big_length, kOne), step));
        step = unary_op(ts, UnaryOp::Neg, step);
    }
    return Value::from_obj(I.heap.make<LongRangeIterObj>(I.types.longrange_iterator, first, step, r->big_length));
}

Value longrange_next(ThreadState& ts, LongRangeIterObj* it) {
    if (!lt(ts, kZero, it->remaining)) return Value();
    it->remaining = sub(ts, it->remaining, kOne);
    Value v = it->next;
    it->next = add(ts, v, it->step);
    return v;
}

void init_range_slice_types(Interp& I) {
    I.types.range = new_builtin_type(I, "range", ObjKind::Range, nullptr, 0);
    I.types.range->new_fn = range_new;
    add_methods(I, I.types.range, kRangeMethods);
    add_getset(I, I.types.range, "start", get_start);
    add_getset(I, I.types.range, "stop", get_stop);
    add_getset(I, I.types.range, "step", get_step);
    I.types.slice = new_builtin_type(I, "slice", ObjKind::Slice, nullptr, 0);
    I.types.slice->new_fn = slice_new;
    add_methods(I, I.types.slice, kSliceMethods);
    add_getset(I, I.types.slice, "start", s_start);
    add_getset(I, I.types.slice, "stop", s_stop);
    add_getset(I, I.types.slice, "step", s_step);
}

} // namespace gilt
