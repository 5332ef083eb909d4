// tuple: an immutable array of values stored inline after the header.
#include "objects/tuple.hpp"

#include "core/thread_state.hpp"
#include "objects/function.hpp"
#include "objects/list.hpp"
#include "objects/number.hpp"
#include "objects/type.hpp"
#include "vm/args.hpp"
#include "vm/errors.hpp"
#include "vm/ops.hpp"

namespace gilt {

TupleObj* new_tuple(Interp& I, size_t n) {
    if (n == 0 && I.empty_tuple) return I.empty_tuple;
    TupleObj* t = I.heap.make_extra<TupleObj>(n * sizeof(Value), I.types.tuple, n);
    for (size_t i = 0; i < n; ++i) t->items()[i] = Value::none();
    return t;
}

TupleObj* new_tuple(Interp& I, const Value* items, size_t n) {
    if (n == 0 && I.empty_tuple) return I.empty_tuple;
    TupleObj* t = I.heap.make_extra<TupleObj>(n * sizeof(Value), I.types.tuple, n);
    for (size_t i = 0; i < n; ++i) t->items()[i] = items[i];
    return t;
}

TupleObj* new_tuple(Interp& I, std::initializer_list<Value> items) { return new_tuple(I, items.begin(), items.size()); }

namespace {

TupleObj* self_tuple(ThreadState& ts, Value v, const char* name) {
    if (!is_tuple(v)) type_error(ts, "descriptor '{}' for 'tuple' objects doesn't apply to a '{}' object", name, type_name(ts.interp, v));
    return as_tuple(v);
}

Value tuple_count(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "tuple.count", kw);
    check_count(ts, "tuple.count", nargs - 1, 1, 1);
    TupleObj* t = self_tuple(ts, args[0], "count");
    int64_t n = 0;
    for (size_t i = 0; i < t->size; ++i)
        if (equals(ts, t->items()[i], args[1])) ++n;
    return Value::from_small(n);
}

Value tuple_index(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "tuple.index", kw);
    check_count(ts, "tuple.index", nargs - 1, 1, 3);
    TupleObj* t = self_tuple(ts, args[0], "index");
    int64_t n = int64_t(t->size), start = 0, stop = n;
    if (nargs > 2) {
        start = index_int64(ts, args[2]);
        if (start < 0) start = std::max<int64_t>(0, start + n);
    }
    if (nargs > 3) {
        stop = index_int64(ts, args[3]);
        if (stop < 0) stop = std::max<int64_t>(0, stop + n);
    }
    for (int64_t i = start; i < std::min(stop, n); ++i)
        if (equals(ts, t->items()[i], args[1])) return Value::from_small(i);
    value_error(ts, "tuple.index(x): x not in tuple");
}

Value tuple_new(ThreadState& ts, TypeObj*, Value* args, size_t nargs, TupleObj* kwnames) {
    no_keywords(ts, "tuple", kwnames);
    check_count(ts, "tuple", nargs, 0, 1);
    if (nargs == 0) return Value::from_obj(ts.interp.empty_tuple);
    if (is_tuple(args[0])) return args[0];
    RootedVector items(ts);
    collect_iterable(ts, args[0], items.items);
    return Value::from_obj(new_tuple(ts.interp, items.items.data(), items.items.size()));
}

Value tuple_getnewargs(ThreadState& ts, Value* args, size_t, TupleObj*) {
    return Value::from_obj(new_tuple(ts.interp, {args[0]}));
}

const MethodDef kTupleMethods[] = {
    {"count", tuple_count, NativeFunctionObj::kMethod},
    {"index", tuple_index, NativeFunctionObj::kMethod},
    {"__getnewargs__", tuple_getnewargs, NativeFunctionObj::kMethod},
    {nullptr, nullptr},
};

} // namespace

void init_tuple_type(Interp& I) {
    I.types.tuple->new_fn = tuple_new;
    add_methods(I, I.types.tuple, kTupleMethods);
}

} // namespace gilt
