// dict: an insertion-ordered hash table (compact entries plus an index table).
#include "objects/dict.hpp"

#include <cstdlib>
#include <cstring>

#include "core/thread_state.hpp"
#include "objects/function.hpp"
#include "objects/iter.hpp"
#include "objects/list.hpp"
#include "objects/str.hpp"
#include "objects/tuple.hpp"
#include "objects/type.hpp"
#include "vm/args.hpp"
#include "vm/errors.hpp"
#include "vm/eval.hpp"
#include "vm/ops.hpp"

namespace gilt {

namespace {

constexpr int32_t kEmpty = -1;
constexpr int32_t kDummy = -2;

uint32_t usable(uint32_t index_size) { return (index_size << 1) / 3; }

// Every change of the key set takes a fresh version from the interpreter, so a global
// cache that remembers (dict, version) can never be fooled by a recycled address.
inline void bump(Interp& I, DictObj* d) { d->version = I.next_dict_version++; }

void rebuild(Interp& I, DictObj* d, uint32_t min_count) {
    uint32_t size = 8;
    while (usable(size) < min_count + 1) size <<= 1;
    auto* entries = static_cast<DictEntry*>(std::malloc(sizeof(DictEntry) * usable(size)));
    auto* index = static_cast<int32_t*>(std::malloc(sizeof(int32_t) * size));
    if (!entries || !index) {
        std::free(entries);
        std::free(index);
        throw std::bad_alloc();
    }
    std::memset(index, 0xFF, sizeof(int32_t) * size); // all kEmpty
    uint32_t n = 0;
    uint32_t mask = size - 1;
    for (uint32_t k = 0; k < d->entries_used; ++k) {
        DictEntry& e = d->entries[k];
        if (e.key.is_null()) continue;
        entries[n] = e;
        uint64_t perturb = uint64_t(e.hash);
        uint32_t i = uint32_t(e.hash) & mask;
        while (index[i] != kEmpty) {
            perturb >>= 5;
            i = uint32_t(i * 5 + perturb + 1) & mask;
        }
        index[i] = int32_t(n);
        ++n;
    }
    ptrdiff_t before = ptrdiff_t(d->entries_cap * sizeof(DictEntry) + d->index_size * sizeof(int32_t));
    std::free(d->entries);
    std::free(d->index);
    d->entries = entries;
    d->index = index;
    d->entries_used = n;
    d->entries_cap = usable(size);
    d->index_size = size;
    bump(I, d);
    I.heap.note_external(ptrdiff_t(d->entries_cap * sizeof(DictEntry) + size * sizeof(int32_t)) - before);
}

// Keys that are equal without running script code: identity, strs, and distinct small
// ints (whose equality is identity). Returns -1 when script code must decide.
inline int fast_equal(Value a, Value b) {
    if (a == b) return 1;
    if (is_str(a) && is_str(b)) return str_equal(as_str(a), as_str(b));
    if (a.is_small() && b.is_small()) return 0;
    return -1;
}

// Finds `key`: returns its entry number or -1; *slot receives the index slot where it
// is, or the first free slot where it would go.
int64_t lookup(ThreadState* ts, DictObj* d, Value key, int64_t hash, uint32_t* slot) {
    if (d->index_size == 0) {
        if (slot) *slot = 0;
        return -1;
    }
restart:
    uint32_t mask = d->index_size - 1;
    uint64_t perturb = uint64_t(hash);
    uint32_t i = uint32_t(hash) & mask;
    int64_t free_slot = -1;
    for (;;) {
        int32_t ix = d->index[i];
        if (ix == kEmpty) {
            if (slot) *slot = free_slot >= 0 ? uint32_t(free_slot) : i;
            return -1;
        }
        if (ix == kDummy) {
            if (free_slot < 0) free_slot = i;
        } else {
            DictEntry& e = d->entries[ix];
            if (e.hash == hash) {
                int eq = fast_equal(e.key, key);
                if (eq < 0) {
                    if (!ts) eq = 0;
                    else {
                        DictEntry* before = d->entries;
                        uint64_t version = d->version;
                        Rooted keep_key(*ts, e.key);
                        eq = equals(*ts, keep_key, key) ? 1 : 0;
                        if (d->entries != before || d->version != version) goto restart;
                    }
                }
                if (eq) {
                    if (slot) *slot = i;
                    return ix;
                }
            }
        }
        perturb >>= 5;
        i = uint32_t(i * 5 + perturb + 1) & mask;
    }
}

void insert_new(Interp& I, DictObj* d, Value key, int64_t hash, Value value, uint32_t slot) {
    if (d->index_size == 0 || d->entries_used >= d->entries_cap) {
        rebuild(I, d, d->count * 2 > 8 ? d->count * 2 : 8);
        lookup(nullptr, d, key, hash, &slot);
        // After a rebuild there are no dummies: the free slot search above is exact.
    }
    d->entries[d->entries_used] = {hash, key, value};
    d->index[slot] = int32_t(d->entries_used);
    ++d->entries_used;
    ++d->count;
    bump(I, d);
}

} // namespace

DictObj::~DictObj() {
    std::free(entries);
    std::free(index);
}

DictObj* new_dict(Interp& I, size_t reserve) {
    DictObj* d = I.heap.make<DictObj>(I.types.dict);
    d->version = I.next_dict_version++;
    if (reserve > 5) rebuild(I, d, uint32_t(reserve));
    return d;
}

int64_t dict_find(ThreadState& ts, DictObj* d, Value key, int64_t hash) { return lookup(&ts, d, key, hash, nullptr); }

Value dict_get(ThreadState& ts, DictObj* d, Value key) {
    if (d->count == 0) {
        hash_value(ts, key); // unhashable keys still raise
        return Value();
    }
    int64_t ix = lookup(&ts, d, key, hash_value(ts, key), nullptr);
    return ix < 0 ? Value() : d->entries[ix].value;
}

void dict_set(ThreadState& ts, DictObj* d, Value key, Value value) {
    int64_t hash = hash_value(ts, key);
    uint32_t slot;
    int64_t ix = lookup(&ts, d, key, hash, &slot);
    if (ix >= 0) {
        d->entries[ix].value = value;
        return;
    }
    insert_new(ts.interp, d, key, hash, value, slot);
}

static void delete_at(Interp& I, DictObj* d, int64_t ix, uint32_t slot) {
    d->index[slot] = kDummy;
    d->entries[ix].key = Value();
    d->entries[ix].value = Value();
    --d->count;
    bump(I, d);
}

bool dict_del(ThreadState& ts, DictObj* d, Value key) {
    int64_t hash = hash_value(ts, key);
    uint32_t slot;
    int64_t ix = lookup(&ts, d, key, hash, &slot);
    if (ix < 0) return false;
    delete_at(ts.interp, d, ix, slot);
    return true;
}

Value dict_pop(ThreadState& ts, DictObj* d, Value key) {
    int64_t hash = hash_value(ts, key);
    uint32_t slot;
    int64_t ix = lookup(&ts, d, key, hash, &slot);
    if (ix < 0) return Value();
    Value v = d->entries[ix].value;
    delete_at(ts.interp, d, ix, slot);
    return v;
}

int64_t dict_find_str(DictObj* d, StrObj* key) {
    if (d->count == 0) return -1;
    int64_t hash = str_hash(key);
    uint32_t mask = d->index_size - 1;
    uint64_t perturb = uint64_t(hash);
    uint32_t i = uint32_t(hash) & mask;
    for (;;) {
        int32_t ix = d->index[i];
        if (ix == kEmpty) return -1;
        if (ix >= 0) {
            DictEntry& e = d->entries[ix];
            if (e.key.bits() == Value::from_obj(key).bits()) return ix;
            if (e.hash == hash && is_str(e.key) && str_equal(as_str(e.key), key)) return ix;
        }
        perturb >>= 5;
        i = uint32_t(i * 5 + perturb + 1) & mask;
    }
}

Value dict_get_str(DictObj* d, StrObj* key) {
    int64_t ix = dict_find_str(d, key);
    return ix < 0 ? Value() : d->entries[ix].value;
}

void dict_set_str(Interp& I, DictObj* d, StrObj* key, Value value) {
    int64_t ix = dict_find_str(d, key);
    if (ix >= 0) {
        d->entries[ix].value = value;
        return;
    }
    uint32_t slot;
    lookup(nullptr, d, Value::from_obj(key), str_hash(key), &slot);
    insert_new(I, d, Value::from_obj(key), str_hash(key), value, slot);
}

bool dict_del_str(Interp& I, DictObj* d, StrObj* key) {
    uint32_t slot;
    int64_t ix = lookup(nullptr, d, Value::from_obj(key), str_hash(key), &slot);
    if (ix < 0) return false;
    delete_at(I, d, ix, slot);
    return true;
}

Value dict_get_cstr(Interp& I, DictObj* d, const char* key) { return dict_get_str(d, intern(I, key)); }
void dict_set_cstr(Interp& I, DictObj* d, const char* key, Value value) { dict_set_str(I, d, intern(I, key), value); }

void dict_clear(Interp& I, DictObj* d) {
    std::free(d->entries);
    std::free(d->index);
    d->entries = nullptr;
    d->index = nullptr;
    d->entries_used = d->entries_cap = d->index_size = d->count = 0;
    bump(I, d);
}

DictObj* dict_copy(Interp& I, DictObj* src) {
    DictObj* d = new_dict(I);
    if (src->count == 0) return d;
    rebuild(I, d, src->count);
    uint32_t pos = 0;
    DictEntry* e;
    while (dict_next(src, &pos, &e)) {
        uint32_t slot;
        lookup(nullptr, d, e->key, e->hash, &slot);
        insert_new(I, d, e->key, e->hash, e->value, slot);
    }
    return d;
}

void dict_update(ThreadState& ts, DictObj* d, Value other) {
    Interp& I = ts.interp;
    if (is_dict(other)) {
        DictObj* o = as_dict(other);
        if (o == d) return;
        uint32_t pos = 0;
        DictEntry* e;
        while (dict_next(o, &pos, &e)) {
            uint32_t slot;
            int64_t ix = lookup(&ts, d, e->key, e->hash, &slot);
            if (ix >= 0) d->entries[ix].value = e->value;
            else insert_new(I, d, e->key, e->hash, e->value, slot);
        }
        return;
    }
    Rooted src(ts, other);
    Value keys_method = lookup_attr(ts, src, I.names.keys);
    if (!keys_method.is_null()) {
        RootedVector keys(ts);
        Rooted km(ts, keys_method);
        collect_iterable(ts, call0(ts, km), keys.items);
        for (Value k : keys.items) dict_set(ts, d, k, get_item(ts, src, k));
        return;
    }
    RootedVector pairs(ts);
    Rooted it(ts, get_iter(ts, src));
    size_t n = 0;
    for (;;) {
        Value item = iter_next(ts, it);
        if (item.is_null()) break;
        Rooted keep(ts, item);
        if (!is_tuple(item) && !is_list(item)) {
            TypeObj* t = type_of(I, item);
            if (type_lookup(t, I.names.__iter__).is_null() && !is_str(item))
                type_error(ts, "cannot convert dictionary update sequence element #{} to a sequence", n);
        }
        RootedVector kv(ts);
        collect_iterable(ts, item, kv.items);
        if (kv.items.size() != 2)
            value_error(ts, "dictionary update sequence element #{} has length {}; 2 is required", n, kv.items.size());
        dict_set(ts, d, kv.items[0], kv.items[1]);
        ++n;
    }
}

// ---------------------------------------------------------------- methods

namespace {

DictObj* self_dict(ThreadState& ts, Value v, const char* name) {
    if (!is_dict(v)) type_error(ts, "descriptor '{}' for 'dict' objects doesn't apply to a '{}' object", name, type_name(ts.interp, v));
    return as_dict(v);
}

Value m_keys(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "dict.keys", kw);
    check_count(ts, "dict.keys", nargs - 1, 0, 0);
    return Value::from_obj(new_dict_view(ts.interp, self_dict(ts, args[0], "keys"), DictPart::Keys));
}
Value m_values(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "dict.values", kw);
    check_count(ts, "dict.values", nargs - 1, 0, 0);
    return Value::from_obj(new_dict_view(ts.interp, self_dict(ts, args[0], "values"), DictPart::Values));
}
Value m_items(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "dict.items", kw);
    check_count(ts, "dict.items", nargs - 1, 0, 0);
    return Value::from_obj(new_dict_view(ts.interp, self_dict(ts, args[0], "items"), DictPart::Items));
}

Value m_get(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "dict.get", kw);
    check_count(ts, "dict.get", nargs - 1, 1, 2);
    Value v = dict_get(ts, self_dict(ts, args[0], "get"), args[1]);
    if (!v.is_null()) return v;
    return nargs > 2 ? args[2] : Value::none();
}

Value m_setdefault(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "dict.setdefault", kw);
    check_count(ts, "dict.setdefault", nargs - 1, 1, 2);
    DictObj* d = self_dict(ts, args[0], "setdefault");
    Value v = dict_get(ts, d, args[1]);
    if (!v.is_null()) return v;
    Value def = nargs > 2 ? args[2] : Value::none();
    dict_set(ts, d, args[1], def);
    return def;
}

Value m_pop(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "dict.pop", kw);
    check_count(ts, "dict.pop", nargs - 1, 1, 2);
    Value v = dict_pop(ts, self_dict(ts, args[0], "pop"), args[1]);
    if (!v.is_null()) return v;
    if (nargs > 2) return args[2];
    key_error(ts, args[1]);
}

Value m_popitem(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "dict.popitem", kw);
    check_count(ts, "dict.popitem", nargs - 1, 0, 0);
    DictObj* d = self_dict(ts, args[0], "popitem");
    if (d->count == 0) raise_msg(ts, ts.interp.exc.KeyError, "popitem(): dictionary is empty");
    for (uint32_t k = d->entries_used; k-- > 0;) {
        DictEntry& e = d->entries[k];
        if (e.key.is_null()) continue;
        Value key = e.key, value = e.value;
        TupleObj* t = new_tuple(ts.interp, {key, value});
        dict_del(ts, d, key);
        // Trailing deleted entries can be reused: keeps popitem-heavy loops compact.
        while (d->entries_used > 0 && d->entries[d->entries_used - 1].key.is_null()) --d->entries_used;
        if (d->count == 0) dict_clear(ts.interp, d);
        return Value::from_obj(t);
    }
    raise_msg(ts, ts.interp.exc.KeyError, "popitem(): dictionary is empty");
}

Value m_update(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    check_count(ts, "update", nargs - 1, 0, 1);
    DictObj* d = self_dict(ts, args[0], "update");
    if (nargs > 1) dict_update(ts, d, args[1]);
    if (kw)
        for (size_t i = 0; i < kw->size; ++i) dict_set(ts, d, kw->items()[i], args[nargs + i]);
    return Value::none();
}

Value m_clear(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "dict.clear", kw);
    check_count(ts, "dict.clear", nargs - 1, 0, 0);
    dict_clear(ts.interp, self_dict(ts, args[0], "clear"));
    return Value::none();
}

Value m_copy(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "dict.copy", kw);
    check_count(ts, "dict.copy", nargs - 1, 0, 0);
    return Value::from_obj(dict_copy(ts.interp, self_dict(ts, args[0], "copy")));
}

Value m_fromkeys(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "dict.fromkeys", kw);
    check_count(ts, "dict.fromkeys", nargs - 1, 1, 2);
    DictObj* d = new_dict(ts.interp);
    Rooted keep(ts, Value::from_obj(d));
    RootedVector keys(ts);
    collect_iterable(ts, args[1], keys.items);
    Value v = nargs > 2 ? args[2] : Value::none();
    for (Value k : keys.items) dict_set(ts, d, k, v);
    return Value::from_obj(d);
}

Value dict_new(ThreadState& ts, TypeObj* cls, Value* args, size_t nargs, TupleObj* kwnames) {
    check_count(ts, "dict", nargs, 0, 1);
    DictObj* d = ts.interp.heap.make<DictObj>(cls);
    d->version = ts.interp.next_dict_version++;
    Rooted keep(ts, Value::from_obj(d));
    if (nargs == 1) dict_update(ts, d, args[0]);
    if (kwnames)
        for (size_t i = 0; i < kwnames->size; ++i) dict_set(ts, d, kwnames->items()[i], args[nargs + i]);
    return Value::from_obj(d);
}

const MethodDef kDictMethods[] = {
    {"keys", m_keys, NativeFunctionObj::kMethod},
    {"values", m_values, NativeFunctionObj::kMethod},
    {"items", m_items, NativeFunctionObj::kMethod},
    {"get", m_get, NativeFunctionObj::kMethod},
    {"setdefault", m_setdefault, NativeFunctionObj::kMethod},
    {"pop", m_pop, NativeFunctionObj::kMethod},
    {"popitem", m_popitem, NativeFunctionObj::kMethod},
    {"update", m_update, NativeFunctionObj::kMethod},
    {"clear", m_clear, NativeFunctionObj::kMethod},
    {"copy", m_copy, NativeFunctionObj::kMethod},
    {"fromkeys", m_fromkeys, NativeFunctionObj::kClassMethod},
    {nullptr, nullptr},
};

} // namespace

void init_dict_type(Interp& I) {
    I.types.dict->new_fn = dict_new;
    add_methods(I, I.types.dict, kDictMethods);
}

} // namespace gilt
