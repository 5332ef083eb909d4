// list: a growable array of values — methods and construction (the sort: list_sort.cpp).
#include "objects/list.hpp"

#include <algorithm>
#include <cstring>

#include "core/thread_state.hpp"
#include "objects/function.hpp"
#include "objects/number.hpp"
#include "objects/range.hpp"
#include "objects/str.hpp"
#include "objects/tuple.hpp"
#include "objects/type.hpp"
#include "vm/args.hpp"
#include "vm/errors.hpp"
#include "vm/eval.hpp"
#include "vm/ops.hpp"

namespace gilt {

ListObj* new_list(Interp& I, size_t reserve) {
    ListObj* l = I.heap.make<ListObj>(I.types.list);
    if (reserve) {
        l->items.reserve(reserve);
        I.heap.note_external(ptrdiff_t(reserve * sizeof(Value)));
    }
    return l;
}

ListObj* new_list(Interp& I, const Value* items, size_t n) {
    ListObj* l = new_list(I, n);
    l->items.assign(items, items + n);
    return l;
}

void list_append(Interp& I, ListObj* l, Value v) {
    if (l->items.size() == l->items.capacity()) I.heap.note_external(ptrdiff_t(std::max<size_t>(8, l->items.size()) * sizeof(Value)));
    l->items.push_back(v);
}

// list_sort is in list_sort.cpp.

namespace {

ListObj* self_list(ThreadState& ts, Value v, const char* name) {
    if (!is_list(v)) type_error(ts, "descriptor '{}' for 'list' objects doesn't apply to a '{}' object", name, type_name(ts.interp, v));
    return as_list(v);
}

Value m_append(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "list.append", kw);
    check_count(ts, "list.append", nargs - 1, 1, 1);
    list_append(ts.interp, self_list(ts, args[0], "append"), args[1]);
    return Value::none();
}

Value m_extend(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "list.extend", kw);
    check_count(ts, "list.extend", nargs - 1, 1, 1);
    ListObj* l = self_list(ts, args[0], "extend");
    if (is_list(args[1]) || is_tuple(args[1])) {
        std::vector<Value> copy;
        if (is_list(args[1])) copy = as_list(args[1])->items;
        else copy.assign(as_tuple(args[1])->begin(), as_tuple(args[1])->end());
        ts.interp.heap.note_external(ptrdiff_t(copy.size() * sizeof(Value)));
        l->items.insert(l->items.end(), copy.begin(), copy.end());
        return Value::none();
    }
    RootedVector items(ts);
    collect_iterable(ts, args[1], items.items);
    ts.interp.heap.note_external(ptrdiff_t(items.items.size() * sizeof(Value)));
    l->items.insert(l->items.end(), items.items.begin(), items.items.end());
    return Value::none();
}

Value m_insert(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "list.insert", kw);
    check_count(ts, "list.insert", nargs - 1, 2, 2);
    ListObj* l = self_list(ts, args[0], "insert");
    int64_t n = int64_t(l->items.size());
    int64_t i = index_int64(ts, args[1]);
    if (i < 0) i = std::max<int64_t>(0, i + n);
    if (i > n) i = n;
    l->items.insert(l->items.begin() + i, args[2]);
    return Value::none();
}

Value m_pop(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "list.pop", kw);
    check_count(ts, "list.pop", nargs - 1, 0, 1);
    ListObj* l = self_list(ts, args[0], "pop");
    if (l->items.empty()) raise_msg(ts, ts.interp.exc.IndexError, "pop from empty list");
    int64_t n = int64_t(l->items.size());
    int64_t i = nargs > 1 ? index_int64(ts, args[1]) : n - 1;
    if (i < 0) i += n;
    if (i < 0 || i >= n) raise_msg(ts, ts.interp.exc.IndexError, "pop index out of range");
    Value v = l->items[size_t(i)];
    l->items.erase(l->items.begin() + i);
    return v;
}

Value m_remove(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "list.remove", kw);
    check_count(ts, "list.remove", nargs - 1, 1, 1);
    ListObj* l = self_list(ts, args[0], "remove");
    for (size_t i = 0; i < l->items.size(); ++i) {
        if (equals(ts, l->items[i], args[1])) {
            if (i < l->items.size()) l->items.erase(l->items.begin() + long(i));
            return Value::none();
        }
    }
    value_error(ts, "list.remove(x): x not in list");
}

Value m_index(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "list.index", kw);
    check_count(ts, "list.index", nargs - 1, 1, 3);
    ListObj* l = self_list(ts, args[0], "index");
    int64_t n = int64_t(l->items.size()), start = 0, stop = n;
    if (nargs > 2) {
        start = index_int64(ts, args[2]);
        if (start < 0) start = std::max<int64_t>(0, start + n);
    }
    if (nargs > 3) {
        stop = index_int64(ts, args[3]);
        if (stop < 0) stop = std::max<int64_t>(0, stop + n);
    }
    for (int64_t i = start; i < stop && i < int64_t(l->items.size()); ++i)
        if (equals(ts, l->items[size_t(i)], args[1])) return Value::from_small(i);
    value_error(ts, "{} is not in list", repr_string(ts, args[1]));
}

Value m_count(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "list.count", kw);
    check_count(ts, "list.count", nargs - 1, 1, 1);
    ListObj* l = self_list(ts, args[0], "count");
    int64_t c = 0;
    for (size_t i = 0; i < l->items.size(); ++i)
        if (equals(ts, l->items[i], args[1])) ++c;
    return Value::from_small(c);
}

Value m_clear(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "list.clear", kw);
    check_count(ts, "list.clear", nargs - 1, 0, 0);
    self_list(ts, args[0], "clear")->items.clear();
    return Value::none();
}

Value m_copy(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "list.copy", kw);
    check_count(ts, "list.copy", nargs - 1, 0, 0);
    ListObj* l = self_list(ts, args[0], "copy");
    return Value::from_obj(new_list(ts.interp, l->items.data(), l->items.size()));
}

Value m_reverse(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "list.reverse", kw);
    check_count(ts, "list.reverse", nargs - 1, 0, 0);
    ListObj* l = self_list(ts, args[0], "reverse");
    std::reverse(l->items.begin(), l->items.end());
    return Value::none();
}

Value m_sort(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    // As CPython: too many arguments in all is reported before positional ones.
    size_t given = nargs - 1 + (kw ? kw->size : 0);
    if (given > 2) type_error(ts, "sort() takes at most 2 arguments ({} given)", given);
    if (nargs > 1) type_error(ts, "sort() takes no positional arguments");
    Args a(ts, "sort", args + 1, 0, kw, {"key", "reverse"}, 0);
    ListObj* l = self_list(ts, args[0], "sort");
    list_sort(ts, l, a[0], a.has(1) && truthy(ts, a[1]));
    return Value::none();
}

Value list_new(ThreadState& ts, TypeObj* cls, Value* args, size_t nargs, TupleObj* kwnames) {
    no_keywords(ts, "list", kwnames);
    check_count(ts, "list.list", nargs, 0, 1);
    ListObj* l = ts.interp.heap.make<ListObj>(cls);
    if (nargs == 0) return Value::from_obj(l);
    Rooted keep(ts, Value::from_obj(l));
    if (is_list(args[0])) {
        l->items = as_list(args[0])->items;
    } else if (is_tuple(args[0])) {
        l->items.assign(as_tuple(args[0])->begin(), as_tuple(args[0])->end());
    } else if (is_range(args[0]) && !args[0].as<RangeObj>()->big) {
        auto r = args[0].as<RangeObj>();
        l->items.reserve(size_t(r->length));
        for (int64_t i = 0, v = r->start; i < r->length; ++i, v += r->step) l->items.push_back(Value::from_small(v));
    } else {
        RootedVector items(ts);
        collect_iterable(ts, args[0], items.items);
        l->items = std::move(items.items);
    }
    ts.interp.heap.note_external(ptrdiff_t(l->items.size() * sizeof(Value)));
    return Value::from_obj(l);
}

const MethodDef kListMethods[] = {
    {"append", m_append, NativeFunctionObj::kMethod},
    {"extend", m_extend, NativeFunctionObj::kMethod},
    {"insert", m_insert, NativeFunctionObj::kMethod},
    {"pop", m_pop, NativeFunctionObj::kMethod},
    {"remove", m_remove, NativeFunctionObj::kMethod},
    {"index", m_index, NativeFunctionObj::kMethod},
    {"count", m_count, NativeFunctionObj::kMethod},
    {"clear", m_clear, NativeFunctionObj::kMethod},
    {"copy", m_copy, NativeFunctionObj::kMethod},
    {"reverse", m_reverse, NativeFunctionObj::kMethod},
    {"sort", m_sort, NativeFunctionObj::kMethod},
    {nullptr, nullptr},
};

} // namespace

void init_list_type(Interp& I) {
    I.types.list = new_builtin_type(I, "list", ObjKind::List, nullptr);
    I.types.list->new_fn = list_new;
    add_methods(I, I.types.list, kListMethods);
}

} // namespace gilt
