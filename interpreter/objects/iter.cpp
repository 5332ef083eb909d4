// Iterator objects of the built-in types, dict views, and the lazy builtins (map, zip...).
#include "objects/iter.hpp"

#include "core/thread_state.hpp"
#include "objects/bytes.hpp"
#include "objects/descr.hpp"
#include "objects/dict.hpp"
#include "objects/function.hpp"
#include "objects/list.hpp"
#include "objects/number.hpp"
#include "objects/range.hpp"
#include "objects/set.hpp"
#include "objects/str.hpp"
#include "objects/tuple.hpp"
#include "objects/type.hpp"
#include "vm/args.hpp"
#include "vm/errors.hpp"
#include "vm/eval.hpp"
#include "vm/ops.hpp"

namespace gilt {

DictViewObj* new_dict_view(Interp& I, DictObj* d, DictPart part) {
    TypeObj* t = part == DictPart::Keys ? I.types.dict_keys : part == DictPart::Values ? I.types.dict_values : I.types.dict_items;
    return I.heap.make<DictViewObj>(t, d, part);
}

Value new_dict_iter(Interp& I, DictObj* d, DictPart part, bool reversed) {
    TypeObj* t;
    if (!reversed)
        t = part == DictPart::Keys ? I.types.dict_keyiterator : part == DictPart::Values ? I.types.dict_valueiterator : I.types.dict_itemiterator;
    else
        t = part == DictPart::Keys ? I.types.dict_reversekeyiterator
            : part == DictPart::Values ? I.types.dict_reversevalueiterator
                                       : I.types.dict_reverseitemiterator;
    DictIterObj* it = I.heap.make<DictIterObj>(t, d, d->count, part);
    it->reversed = reversed;
    if (reversed) it->pos = d->entries_used;
    return Value::from_obj(it);
}

// Advances a built-in iterator; null when exhausted. Called by iter_next (vm/ops.cpp).
Value builtin_iter_next(ThreadState& ts, Obj* o) {
    Interp& I = ts.interp;
    switch (o->kind) {
    case ObjKind::SeqIter: {
        auto it = static_cast<SeqIterObj*>(o);
        Value seq = it->seq;
        if (seq.is_null()) return Value();
        switch (seq.obj()->kind) {
        case ObjKind::List: {
            auto l = seq.as<ListObj>();
            if (it->index < l->items.size()) return l->items[it->index++];
            break;
        }
        case ObjKind::Tuple: {
            auto t = seq.as<TupleObj>();
            if (it->index < t->size) return t->items()[it->index++];
            break;
        }
        case ObjKind::Str: {
            // `index` is a byte offset into the UTF-8 data.
            auto s = seq.as<StrObj>();
            if (it->index < s->nbytes) {
                size_t start = it->index;
                if (s->ascii()) return Value::from_obj(I.ascii_chars[(unsigned char)s->data()[it->index++]]);
                utf8_decode(s->view(), it->index);
                return Value::from_obj(new_str(I, s->view().substr(start, it->index - start)));
            }
            break;
        }
        case ObjKind::Bytes:
        case ObjKind::ByteArray: {
            std::string_view v = bytes_view(seq);
            if (it->index < v.size()) return Value::from_small((unsigned char)v[it->index++]);
            break;
        }
        default: {
            // The old sequence protocol (a class with only __getitem__): seq[0], seq[1], ...
            // until IndexError or StopIteration.
            Value index = Value::from_small(int64_t(it->index));
            try {
                Value v = get_item(ts, seq, index);
                ++it->index;
                return v;
            } catch (const ScriptError&) {
                if (!exception_matches(ts, ts.raised, Value::from_obj(I.exc.IndexError)) &&
                    !exception_matches(ts, ts.raised, Value::from_obj(I.exc.StopIteration)))
                    throw;
                ts.raised = Value();
            }
            break;
        }
        }
        it->seq = Value();
        return Value();
    }
    case ObjKind::RangeIter: {
        auto it = static_cast<RangeIterObj*>(o);
        if (it->remaining <= 0) return Value();
        --it->remaining;
        int64_t v = it->next;
        it->next += it->step;
        return Value::from_small(v);
    }
    case ObjKind::LongRangeIter: return longrange_next(ts, static_cast<LongRangeIterObj*>(o));
    case ObjKind::DictIter: {
        auto it = static_cast<DictIterObj*>(o);
        DictObj* d = it->dict;
        if (!d) return Value();
        if (d->count != it->expected_count) {
            it->expected_count = uint32_t(-1);
            raise_msg(ts, I.exc.RuntimeError, "dictionary changed size during iteration");
        }
        DictEntry* e = nullptr;
        if (!it->reversed) {
            if (!dict_next(d, &it->pos, &e)) {
                it->dict = nullptr;
                return Value();
            }
        } else {
            while (it->pos > 0) {
                DictEntry* c = &d->entries[--it->pos];
                if (!c->key.is_null()) {
                    e = c;
                    break;
                }
            }
            if (!e) {
                it->dict = nullptr;
                return Value();
            }
        }
        if (it->part == DictPart::Keys) return e->key;
        if (it->part == DictPart::Values) return e->value;
        return Value::from_obj(new_tuple(I, {e->key, e->value}));
    }
    case ObjKind::SetIter: {
        auto it = static_cast<SetIterObj*>(o);
        if (!it->set) return Value();
        if (it->set->used != it->expected_used) {
            it->expected_used = size_t(-1);
            raise_msg(ts, I.exc.RuntimeError, "Set changed size during iteration");
        }
        Value k;
        if (!set_next(it->set, &it->pos, &k)) {
            it->set = nullptr;
            return Value();
        }
        return k;
    }
    case ObjKind::Enumerate: {
        auto it = static_cast<EnumerateObj*>(o);
        Value v = iter_next(ts, it->iter);
        if (v.is_null()) return Value();
        Rooted keep(ts, v);
        Value count = it->count;
        it->count = count.is_small() && count.small() < Value::kSmallMax ? Value::from_small(count.small() + 1)
                                                                          : int_binary(ts, int(BinaryOp::Add), count, Value::from_small(1));
        return Value::from_obj(new_tuple(I, {count, v}));
    }
    case ObjKind::Zip: {
        auto it = static_cast<ZipObj*>(o);
        size_t n = it->iters->size;
        if (n == 0) return Value();
        RootedVector items(ts);
        for (size_t i = 0; i < n; ++i) {
            Value v = iter_next(ts, it->iters->items()[i]);
            if (v.is_null()) {
                if (it->strict) {
                    if (i > 0)
                        value_error(ts, "zip() argument {} is shorter than argument{} {}", i + 1, i == 1 ? "" : "s",
                                    i == 1 ? "1" : fmt::format("1-{}", i));
                    for (size_t k = 1; k < n; ++k) {
                        Value w = iter_next(ts, it->iters->items()[k]);
                        if (!w.is_null())
                            value_error(ts, "zip() argument {} is longer than argument{} {}", k + 1, k == 1 ? "" : "s",
                                        k == 1 ? "1" : fmt::format("1-{}", k));
                    }
                }
                return Value();
            }
            items.items.push_back(v);
        }
        return Value::from_obj(new_tuple(I, items.items.data(), items.items.size()));
    }
    case ObjKind::Map: {
        auto it = static_cast<MapObj*>(o);
        RootedVector args(ts);
        for (size_t i = 0; i < it->iters->size; ++i) {
            Value v = iter_next(ts, it->iters->items()[i]);
            if (v.is_null()) return Value();
            args.items.push_back(v);
        }
        return call(ts, it->func, args.items.data(), args.items.size());
    }
    case ObjKind::Filter: {
        auto it = static_cast<FilterObj*>(o);
        for (;;) {
            Value v = iter_next(ts, it->iter);
            if (v.is_null()) return Value();
            Rooted keep(ts, v);
            bool ok = it->func.is_none() ? truthy(ts, v) : truthy(ts, call1(ts, it->func, v));
            if (ok) return keep;
        }
    }
    case ObjKind::Reversed: {
        auto it = static_cast<ReversedObj*>(o);
        if (it->seq.is_null() || it->index < 0) {
            it->seq = Value();
            return Value();
        }
        Value seq = it->seq;
        if (is_list(seq)) {
            auto l = seq.as<ListObj>();
            if (size_t(it->index) >= l->items.size()) {
                it->seq = Value();
                return Value();
            }
            return l->items[size_t(it->index--)];
        }
        Value v;
        try {
            v = get_item(ts, seq, Value::from_small(it->index--));
        } catch (const ScriptError&) {
            if (exception_matches(ts, ts.raised, Value::from_obj(I.exc.IndexError)) ||
                exception_matches(ts, ts.raised, Value::from_obj(I.exc.StopIteration))) {
                ts.raised = Value();
                it->seq = Value();
                return Value();
            }
            throw;
        }
        return v;
    }
    case ObjKind::CallIter: {
        auto it = static_cast<CallIterObj*>(o);
        if (it->callable.is_null()) return Value();
        Value v;
        try {
            v = call0(ts, it->callable);
        } catch (const ScriptError&) {
            if (exception_matches(ts, ts.raised, Value::from_obj(I.exc.StopIteration))) {
                ts.raised = Value();
                it->callable = Value();
                return Value();
            }
            throw;
        }
        Rooted keep(ts, v);
        if (equals(ts, v, it->sentinel)) {
            it->callable = Value();
            return Value();
        }
        return keep;
    }
    default:
        return Value();
    }
}

namespace {

Value iter_self(ThreadState&, Value* args, size_t, TupleObj*) { return args[0]; }

Value iter_next_m(ThreadState& ts, Value* args, size_t, TupleObj*) {
    Value v = iter_next(ts, args[0]);
    if (v.is_null()) stop_iteration(ts, Value());
    return v;
}

Value length_hint(ThreadState& ts, Value* args, size_t, TupleObj*) {
    Obj* o = args[0].obj();
    if (o->kind == ObjKind::RangeIter) return Value::from_small(std::max<int64_t>(0, static_cast<RangeIterObj*>(o)->remaining));
    if (o->kind == ObjKind::LongRangeIter) return static_cast<LongRangeIterObj*>(o)->remaining;
    if (o->kind == ObjKind::SeqIter) {
        auto it = static_cast<SeqIterObj*>(o);
        if (it->seq.is_null()) return Value::from_small(0);
        int64_t n = length(ts, it->seq);
        if (is_str(it->seq)) return Value::from_small(n - int64_t(utf8_count(as_str(it->seq)->view().substr(0, it->index))));
        return Value::from_small(std::max<int64_t>(0, n - int64_t(it->index)));
    }
    return Value::not_implemented();
}

const MethodDef kIterMethods[] = {
    {"__iter__", iter_self, NativeFunctionObj::kMethod},
    {"__next__", iter_next_m, NativeFunctionObj::kMethod},
    {"__length_hint__", length_hint, NativeFunctionObj::kMethod},
    {nullptr, nullptr},
};

Value enumerate_new(ThreadState& ts, TypeObj* cls, Value* args, size_t nargs, TupleObj* kwnames) {
    Args a(ts, "enumerate", args, nargs, kwnames, {"iterable", "start"}, 1);
    Value start = Value::from_small(0);
    if (a.has(1)) {
        if (!is_int(a[1])) type_error(ts, "'{}' object cannot be interpreted as an integer", type_name(ts.interp, a[1]));
        start = index_value(ts, a[1]);
    }
    Rooted keep(ts, start);
    Value it = get_iter(ts, a[0]);
    return Value::from_obj(ts.interp.heap.make<EnumerateObj>(cls, it, keep.get()));
}

Value zip_new(ThreadState& ts, TypeObj* cls, Value* args, size_t nargs, TupleObj* kwnames) {
    bool strict = false;
    if (kwnames) {
        for (size_t i = 0; i < kwnames->size; ++i) {
            if (as_str(kwnames->items()[i])->view() != "strict")
                type_error(ts, "'{}' is an invalid keyword argument for zip()", std::string(as_str(kwnames->items()[i])->view()));
            strict = truthy(ts, args[nargs + i]);
        }
    }
    RootedVector iters(ts);
    for (size_t i = 0; i < nargs; ++i) iters.items.push_back(get_iter(ts, args[i]));
    TupleObj* t = new_tuple(ts.interp, iters.items.data(), iters.items.size());
    return Value::from_obj(ts.interp.heap.make<ZipObj>(cls, t, strict));
}

Value map_new(ThreadState& ts, TypeObj* cls, Value* args, size_t nargs, TupleObj* kwnames) {
    no_keywords(ts, "map", kwnames);
    if (nargs < 2) type_error(ts, "map() must have at least two arguments.");
    RootedVector iters(ts);
    for (size_t i = 1; i < nargs; ++i) iters.items.push_back(get_iter(ts, args[i]));
    TupleObj* t = new_tuple(ts.interp, iters.items.data(), iters.items.size());
    return Value::from_obj(ts.interp.heap.make<MapObj>(cls, args[0], t));
}

Value filter_new(ThreadState& ts, TypeObj* cls, Value* args, size_t nargs, TupleObj* kwnames) {
    no_keywords(ts, "filter", kwnames);
    check_count(ts, "filter", nargs, 2, 2);
    Value it = get_iter(ts, args[1]);
    return Value::from_obj(ts.interp.heap.make<FilterObj>(cls, args[0], it));
}

Value reversed_new(ThreadState& ts, TypeObj* cls, Value* args, size_t nargs, TupleObj* kwnames) {
    no_keywords(ts, "reversed", kwnames);
    check_count(ts, "reversed", nargs, 1, 1);
    Interp& I = ts.interp;
    Value seq = args[0];
    if (is_dict(seq)) return new_dict_iter(I, as_dict(seq), DictPart::Keys, true);
    if (is_kind(seq, ObjKind::DictView)) {
        auto v = seq.as<DictViewObj>();
        return new_dict_iter(I, v->dict, v->part, true);
    }
    if (is_range(seq)) return range_iter(ts, seq.as<RangeObj>(), true);
    TypeObj* t = type_of(I, seq);
    if (t->tflags & TypeObj::kHeapType) {
        Value m = type_lookup(t, I.names.__reversed__);
        if (m.is_none()) type_error(ts, "'{}' object is not reversible", type_name(I, seq));
        if (!m.is_null()) return call1(ts, m, seq);
    }
    // CPython's PySequence_Check: any __getitem__ (then a missing __len__ is reported by len).
    bool sequence = is_list(seq) || is_tuple(seq) || is_str(seq) || is_byteslike(seq) ||
                    (!type_lookup(t, I.names.__getitem__).is_null() && !is_anyset(seq));
    if (!sequence) type_error(ts, "'{}' object is not reversible", type_name(I, seq));
    int64_t n = length(ts, seq);
    TypeObj* rt = is_list(seq) ? I.types.list_reverseiterator : cls;
    return Value::from_obj(I.heap.make<ReversedObj>(rt, seq, n - 1));
}

// ---- dict views
DictViewObj* self_view(ThreadState& ts, Value v) {
    if (!is_kind(v, ObjKind::DictView)) type_error(ts, "descriptor requires a dict view");
    return v.as<DictViewObj>();
}
Value view_mapping(ThreadState& ts, Value self) { return Value::from_obj(self_view(ts, self)->dict); }
Value view_isdisjoint(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    check_count(ts, "isdisjoint", nargs - 1, 1, 1);
    RootedVector items(ts);
    collect_iterable(ts, args[1], items.items);
    for (Value v : items.items)
        if (contains(ts, args[0], v)) return Value::false_();
    return Value::true_();
}
bool is_setlike_view(Value v) { return is_kind(v, ObjKind::DictView) && v.as<DictViewObj>()->part != DictPart::Values; }

// CPython's dictviews_to_set: a keys view of a dict is copied straight from the dict,
// anything else by iterating it.
SetObj* view_to_set(ThreadState& ts, Value v) {
    SetObj* s = new_set(ts.interp);
    Rooted keep(ts, Value::from_obj(s));
    if (is_kind(v, ObjKind::DictView) && v.as<DictViewObj>()->part == DictPart::Keys)
        set_update(ts, s, Value::from_obj(v.as<DictViewObj>()->dict));
    else
        set_update(ts, s, v);
    return s;
}

bool view_contains(ThreadState& ts, Value view, Value item) { return contains(ts, view, item); }

// _PyDictView_Intersect: iterate the smaller side, keep what the view contains.
Value view_intersect(ThreadState& ts, Value self, Value other) {
    if (!is_setlike_view(self)) std::swap(self, other);
    Rooted a(ts, self), b(ts, other);
    int64_t len_self = length(ts, a);
    if (is_set(b) && len_self <= int64_t(as_set(b)->used)) {
        Value args[2] = {b, a};
        return call_method(ts, b, intern(ts.interp, "intersection"), args + 1, 1);
    }
    if (is_setlike_view(b) && length(ts, b) > len_self) {
        Value t = a;
        a = b.get();
        b = t;
    }
    SetObj* result = new_set(ts.interp);
    Rooted keep(ts, Value::from_obj(result));
    Rooted it(ts, get_iter(ts, b));
    for (;;) {
        Value key = iter_next(ts, it);
        if (key.is_null()) break;
        Rooted k(ts, key);
        if (view_contains(ts, a, key)) set_add(ts, result, key);
    }
    return Value::from_obj(result);
}

// dictitems_xor: pairs of the second dict that differ from the first, then what is
// left of the first.
Value items_xor(ThreadState& ts, DictObj* d1, DictObj* d2) {
    Interp& I = ts.interp;
    DictObj* temp = dict_copy(I, d1);
    Rooted keep_temp(ts, Value::from_obj(temp));
    SetObj* result = new_set(I);
    Rooted keep(ts, Value::from_obj(result));
    RootedVector pairs(ts);
    uint32_t pos = 0;
    DictEntry* e;
    while (dict_next(d2, &pos, &e)) {
        pairs.items.push_back(e->key);
        pairs.items.push_back(e->value);
    }
    for (size_t i = 0; i < pairs.items.size(); i += 2) {
        Value key = pairs.items[i], val2 = pairs.items[i + 1];
        Value val1 = dict_get(ts, temp, key);
        bool to_delete = !val1.is_null() && equals(ts, val1, val2);
        if (to_delete) dict_del(ts, temp, key);
        else set_add(ts, result, Value::from_obj(new_tuple(I, {key, val2})));
    }
    set_update(ts, result, Value::from_obj(new_dict_view(I, temp, DictPart::Items)));
    return Value::from_obj(result);
}

const MethodDef kViewMethods[] = {
    {"isdisjoint", view_isdisjoint, NativeFunctionObj::kMethod},
    {nullptr, nullptr},
};

} // namespace

Value dict_view_binary(ThreadState& ts, int sop, Value a, Value b) {
    if (!is_setlike_view(a) && !is_setlike_view(b)) return Value::not_implemented();
    if (sop == 1) return view_intersect(ts, a, b);
    if (sop == 3 && is_kind(a, ObjKind::DictView) && is_kind(b, ObjKind::DictView) &&
        a.as<DictViewObj>()->part == DictPart::Items && b.as<DictViewObj>()->part == DictPart::Items)
        return items_xor(ts, a.as<DictViewObj>()->dict, b.as<DictViewObj>()->dict);
    Rooted keep_b(ts, b);
    SetObj* result = view_to_set(ts, a);
    Rooted keep(ts, Value::from_obj(result));
    if (sop == 0) set_update(ts, result, b);
    else if (sop == 2) set_difference_update(ts, result, b);
    else set_symmetric_difference_update(ts, result, b);
    return Value::from_obj(result);
}

void init_iter_types(Interp& I) {
    auto iter_type = [&](const char* name, ObjKind kind) {
        TypeObj* t = new_builtin_type(I, name, kind, nullptr, 0);
        add_methods(I, t, kIterMethods);
        return t;
    };
    I.types.list_iterator = iter_type("list_iterator", ObjKind::SeqIter);
    I.types.list_reverseiterator = iter_type("list_reverseiterator", ObjKind::Reversed);
    I.types.tuple_iterator = iter_type("tuple_iterator", ObjKind::SeqIter);
    I.types.str_iterator = iter_type("str_iterator", ObjKind::SeqIter);
    I.types.str_ascii_iterator = iter_type("str_ascii_iterator", ObjKind::SeqIter);
    I.types.bytes_iterator = iter_type("bytes_iterator", ObjKind::SeqIter);
    I.types.bytearray_iterator = iter_type("bytearray_iterator", ObjKind::SeqIter);
    I.types.range_iterator = iter_type("range_iterator", ObjKind::RangeIter);
    I.types.longrange_iterator = iter_type("longrange_iterator", ObjKind::LongRangeIter);
    I.types.dict_keyiterator = iter_type("dict_keyiterator", ObjKind::DictIter);
    I.types.dict_valueiterator = iter_type("dict_valueiterator", ObjKind::DictIter);
    I.types.dict_itemiterator = iter_type("dict_itemiterator", ObjKind::DictIter);
    I.types.dict_reversekeyiterator = iter_type("dict_reversekeyiterator", ObjKind::DictIter);
    I.types.dict_reversevalueiterator = iter_type("dict_reversevalueiterator", ObjKind::DictIter);
    I.types.dict_reverseitemiterator = iter_type("dict_reverseitemiterator", ObjKind::DictIter);
    I.types.set_iterator = iter_type("set_iterator", ObjKind::SetIter);
    I.types.callable_iterator = iter_type("callable_iterator", ObjKind::CallIter);
    I.types.enumerate = iter_type("enumerate", ObjKind::Enumerate);
    I.types.enumerate->new_fn = enumerate_new;
    I.types.enumerate->tflags |= TypeObj::kBaseType;
    I.types.zip = iter_type("zip", ObjKind::Zip);
    I.types.zip->new_fn = zip_new;
    I.types.map = iter_type("map", ObjKind::Map);
    I.types.map->new_fn = map_new;
    I.types.filter = iter_type("filter", ObjKind::Filter);
    I.types.filter->new_fn = filter_new;
    I.types.reversed = iter_type("reversed", ObjKind::Reversed);
    I.types.reversed->new_fn = reversed_new;
    for (TypeObj** t : {&I.types.dict_keys, &I.types.dict_values, &I.types.dict_items}) {
        const char* name = t == &I.types.dict_keys ? "dict_keys" : t == &I.types.dict_values ? "dict_values" : "dict_items";
        *t = new_builtin_type(I, name, ObjKind::DictView, nullptr, 0);
        add_methods(I, *t, kViewMethods);
        add_getset(I, *t, "mapping", view_mapping);
    }
}

} // namespace gilt
