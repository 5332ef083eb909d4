// set and frozenset: open-addressing hash sets laid out so iteration order matches CPython's.
#include "objects/set.hpp"

#include <cstdlib>
#include <cstring>

#include "core/thread_state.hpp"
#include "objects/dict.hpp"
#include "objects/function.hpp"
#include "objects/iter.hpp"
#include "objects/str.hpp"
#include "objects/tuple.hpp"
#include "objects/type.hpp"
#include "vm/args.hpp"
#include "vm/errors.hpp"
#include "vm/eval.hpp"
#include "vm/ops.hpp"

namespace gilt {

namespace {

constexpr size_t kMinSize = 8;
constexpr size_t kLinearProbes = 9;
constexpr int kPerturbShift = 5;
// Deleted slots hold this marker (an unbound value never appears as a key).
const Value kDummy = Value::unbound();

void allocate(SetObj* s, size_t size) {
    s->table = static_cast<SetEntry*>(std::calloc(size, sizeof(SetEntry)));
    if (!s->table) throw std::bad_alloc();
    s->mask = size - 1;
}

inline bool is_empty_slot(const SetEntry& e) { return e.key.is_null(); }
inline bool is_dummy(const SetEntry& e) { return e.key == kDummy; }

// Places a key known to be absent into a table without dummies.
void insert_clean(SetEntry* table, size_t mask, Value key, int64_t hash) {
    uint64_t perturb = uint64_t(hash);
    size_t i = size_t(hash) & mask;
    for (;;) {
        SetEntry* e = &table[i];
        if (e->key.is_null()) {
            e->key = key;
            e->hash = hash;
            return;
        }
        if (i + kLinearProbes <= mask) {
            for (size_t j = 0; j < kLinearProbes; ++j) {
                ++e;
                if (e->key.is_null()) {
                    e->key = key;
                    e->hash = hash;
                    return;
                }
            }
        }
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

void resize(Interp& I, SetObj* s, size_t minused) {
    size_t size = kMinSize;
    while (size <= minused) size <<= 1;
    SetEntry* old = s->table;
    size_t old_mask = s->mask;
    ptrdiff_t before = old ? ptrdiff_t((old_mask + 1) * sizeof(SetEntry)) : 0;
    allocate(s, size);
    if (old) {
        for (size_t k = 0; k <= old_mask; ++k)
            if (!is_empty_slot(old[k]) && !is_dummy(old[k])) insert_clean(s->table, s->mask, old[k].key, old[k].hash);
        std::free(old);
    }
    s->fill = s->used;
    I.heap.note_external(ptrdiff_t(size * sizeof(SetEntry)) - before);
}

inline int fast_equal(Value a, Value b) {
    if (a == b) return 1;
    if (is_str(a) && is_str(b)) return str_equal(as_str(a), as_str(b));
    if (a.is_small() && b.is_small()) return 0;
    return -1;
}

// Does the live entry e hold `key`: 1 or 0, or -1 when a script __eq__ changed the table
// or the entry under the probe, which must then restart (as CPython's set_lookkey does).
inline int entry_holds(ThreadState& ts, SetObj* s, SetEntry* e, Value key) {
    int eq = fast_equal(e->key, key);
    if (eq >= 0) return eq;
    SetEntry* table = s->table;
    Rooted keep(ts, e->key);
    eq = equals(ts, keep, key) ? 1 : 0;
    if (table != s->table || e->key != keep.get()) return -1;
    return eq;
}

// Returns the slot holding `key`, or null if absent.
SetEntry* lookup(ThreadState& ts, SetObj* s, Value key, int64_t hash) {
    if (!s->table) return nullptr;
restart:
    size_t mask = s->mask;
    size_t i = size_t(hash) & mask;
    uint64_t perturb = uint64_t(hash);
    for (;;) {
        SetEntry* e = &s->table[i];
        size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
        for (;;) {
            if (e->key.is_null()) return nullptr;
            if (e->hash == hash && !is_dummy(*e)) {
                int eq = entry_holds(ts, s, e, key);
                if (eq < 0) goto restart;
                if (eq) return e;
            }
            if (probes-- == 0) break;
            ++e;
        }
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

bool add_entry(ThreadState& ts, SetObj* s, Value key, int64_t hash) {
    if (!s->table) allocate(s, kMinSize);
restart:
    size_t mask = s->mask;
    size_t i = size_t(hash) & mask;
    uint64_t perturb = uint64_t(hash);
    SetEntry* freeslot = nullptr;
    for (;;) {
        SetEntry* e = &s->table[i];
        size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
        for (;;) {
            if (e->key.is_null()) {
                if (freeslot) {
                    freeslot->key = key;
                    freeslot->hash = hash;
                    ++s->used;
                    return true;
                }
                e->key = key;
                e->hash = hash;
                ++s->fill;
                ++s->used;
                if (s->fill * 5 >= mask * 3) resize(ts.interp, s, s->used > 50000 ? s->used * 2 : s->used * 4);
                return true;
            }
            if (is_dummy(*e)) {
                if (!freeslot) freeslot = e;
            } else if (e->hash == hash) {
                int eq = entry_holds(ts, s, e, key);
                if (eq < 0) goto restart;
                if (eq) return false;
            }
            if (probes-- == 0) break;
            ++e;
        }
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

bool discard_entry(ThreadState& ts, SetObj* s, Value key, int64_t hash) {
    SetEntry* e = lookup(ts, s, key, hash);
    if (!e) return false;
    e->key = kDummy;
    e->hash = -1;
    --s->used;
    return true;
}

// set.update with another set: one resize up front, hashes reused.
void merge(ThreadState& ts, SetObj* s, SetObj* other) {
    if (other == s || other->used == 0) return;
    if (!s->table) allocate(s, kMinSize);
    if ((s->fill + other->used) * 5 >= s->mask * 3) resize(ts.interp, s, (s->used + other->used) * 2);
    if (s->fill == 0) {
        for (size_t k = 0; k <= other->mask; ++k) {
            const SetEntry& e = other->table[k];
            if (!is_empty_slot(e) && !is_dummy(e)) insert_clean(s->table, s->mask, e.key, e.hash);
        }
        s->fill = s->used = other->used;
        return;
    }
    for (size_t k = 0; k <= other->mask; ++k) {
        SetEntry e = other->table[k];
        if (!is_empty_slot(e) && !is_dummy(e)) add_entry(ts, s, e.key, e.hash);
    }
}

} // namespace

SetObj::~SetObj() { std::free(table); }

SetObj* new_set(Interp& I, bool frozen) {
    return I.heap.make<SetObj>(frozen ? I.types.frozenset : I.types.set, frozen ? ObjKind::FrozenSet : ObjKind::Set);
}

bool set_add(ThreadState& ts, SetObj* s, Value key) { return add_entry(ts, s, key, hash_value(ts, key)); }

bool set_contains(ThreadState& ts, SetObj* s, Value key) {
    int64_t h;
    try {
        h = hash_value(ts, key);
    } catch (const ScriptError&) {
        // `{1} in some_set`: an unhashable set is looked up as a frozenset.
        if (!is_set(key) || !exception_matches(ts, ts.raised, Value::from_obj(ts.interp.exc.TypeError))) throw;
        ts.raised = Value();
        SetObj* f = new_set(ts.interp, true);
        Rooted keep(ts, Value::from_obj(f));
        merge(ts, f, as_set(key));
        return lookup(ts, s, keep, hash_value(ts, keep)) != nullptr;
    }
    return lookup(ts, s, key, h) != nullptr;
}

bool set_discard(ThreadState& ts, SetObj* s, Value key) { return discard_entry(ts, s, key, hash_value(ts, key)); }

bool set_next(SetObj* s, size_t* pos, Value* key) {
    if (!s->table) return false;
    size_t i = *pos;
    while (i <= s->mask && (is_empty_slot(s->table[i]) || is_dummy(s->table[i]))) ++i;
    *pos = i + 1;
    if (i > s->mask) return false;
    *key = s->table[i].key;
    return true;
}

void set_update(ThreadState& ts, SetObj* s, Value iterable) {
    if (is_anyset(iterable)) {
        merge(ts, s, as_set(iterable));
        return;
    }
    if (is_dict(iterable)) {
        DictObj* d = as_dict(iterable);
        if (!s->table) allocate(s, kMinSize);
        if ((s->fill + d->count) * 5 >= s->mask * 3) resize(ts.interp, s, (s->used + d->count) * 2);
        uint32_t pos = 0;
        DictEntry* e;
        while (dict_next(d, &pos, &e)) add_entry(ts, s, e->key, e->hash);
        return;
    }
    Rooted it(ts, get_iter(ts, iterable));
    for (;;) {
        Value v = iter_next(ts, it);
        if (v.is_null()) break;
        Rooted keep(ts, v);
        set_add(ts, s, v);
    }
}

// ---------------------------------------------------------------- set algebra

namespace {

SetObj* copy_of(ThreadState& ts, SetObj* s, bool frozen) {
    SetObj* r = new_set(ts.interp, frozen);
    merge(ts, r, s);
    return r;
}

SetObj* as_set_arg(ThreadState& ts, Value v, RootedVector& keep) {
    if (is_anyset(v)) return as_set(v);
    SetObj* s = new_set(ts.interp);
    keep.items.push_back(Value::from_obj(s));
    set_update(ts, s, v);
    return s;
}

SetObj* intersection(ThreadState& ts, SetObj* s, Value other_v, bool frozen) {
    SetObj* result = new_set(ts.interp, frozen);
    Rooted keep(ts, Value::from_obj(result));
    if (is_anyset(other_v)) {
        SetObj* other = as_set(other_v);
        if (other == s) return copy_of(ts, s, frozen);
        SetObj* big = s;
        if (other->used > s->used) std::swap(big, other);
        size_t pos = 0;
        Value k;
        while (set_next(other, &pos, &k)) {
            SetEntry e = other->table[pos - 1];
            if (lookup(ts, big, e.key, e.hash)) add_entry(ts, result, e.key, e.hash);
        }
        return result;
    }
    Rooted it(ts, get_iter(ts, other_v));
    for (;;) {
        Value v = iter_next(ts, it);
        if (v.is_null()) break;
        Rooted kv(ts, v);
        int64_t h = hash_value(ts, v);
        if (lookup(ts, s, v, h)) add_entry(ts, result, v, h);
    }
    return result;
}

void difference_update(ThreadState& ts, SetObj* s, Value other_v) {
    if (other_v == Value::from_obj(s)) {
        std::free(s->table);
        s->table = nullptr;
        s->mask = s->fill = s->used = 0;
        return;
    }
    if (is_anyset(other_v)) {
        SetObj* other = as_set(other_v);
        size_t pos = 0;
        Value k;
        while (set_next(other, &pos, &k)) {
            SetEntry e = other->table[pos - 1];
            discard_entry(ts, s, e.key, e.hash);
        }
    } else {
        Rooted it(ts, get_iter(ts, other_v));
        for (;;) {
            Value v = iter_next(ts, it);
            if (v.is_null()) break;
            Rooted kv(ts, v);
            set_discard(ts, s, v);
        }
    }
    if (s->table && (s->fill - s->used) > s->mask / 4) resize(ts.interp, s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

SetObj* difference(ThreadState& ts, SetObj* s, Value other_v, bool frozen) {
    SetObj* result;
    if (!is_anyset(other_v) && !is_dict(other_v)) {
        result = copy_of(ts, s, frozen);
        Rooted keep(ts, Value::from_obj(result));
        difference_update(ts, result, other_v);
        return result;
    }
    size_t other_size = is_anyset(other_v) ? as_set(other_v)->used : as_dict(other_v)->count;
    if ((s->used >> 2) > other_size) {
        result = copy_of(ts, s, frozen);
        Rooted keep(ts, Value::from_obj(result));
        difference_update(ts, result, other_v);
        return result;
    }
    result = new_set(ts.interp, frozen);
    Rooted keep(ts, Value::from_obj(result));
    size_t pos = 0;
    Value k;
    while (set_next(s, &pos, &k)) {
        SetEntry e = s->table[pos - 1];
        bool present = is_anyset(other_v) ? lookup(ts, as_set(other_v), e.key, e.hash) != nullptr
                                          : dict_find(ts, as_dict(other_v), e.key, e.hash) >= 0;
        if (!present) add_entry(ts, result, e.key, e.hash);
    }
    return result;
}

void symmetric_difference_update(ThreadState& ts, SetObj* s, Value other_v) {
    if (other_v == Value::from_obj(s)) {
        difference_update(ts, s, other_v);
        return;
    }
    if (is_dict(other_v)) {
        // A dict is walked in its own (insertion) order, as CPython does; the order of
        // additions decides where colliding keys land in the table.
        DictObj* d = as_dict(other_v);
        RootedVector keys(ts);
        uint32_t pos = 0;
        DictEntry* e;
        std::vector<int64_t> hashes;
        while (dict_next(d, &pos, &e)) {
            keys.items.push_back(e->key);
            hashes.push_back(e->hash);
        }
        for (size_t i = 0; i < keys.items.size(); ++i)
            if (!discard_entry(ts, s, keys.items[i], hashes[i])) add_entry(ts, s, keys.items[i], hashes[i]);
        return;
    }
    RootedVector keep(ts);
    SetObj* other = as_set_arg(ts, other_v, keep);
    size_t pos = 0;
    Value k;
    while (set_next(other, &pos, &k)) {
        SetEntry e = other->table[pos - 1];
        if (!discard_entry(ts, s, e.key, e.hash)) add_entry(ts, s, e.key, e.hash);
    }
}

// a ^ b as CPython computes it: a new set built from b, then a folded into it. The order
// matters: it decides which colliding keys keep their first-choice slots, hence the
// printed order of the result.
SetObj* symmetric_difference(ThreadState& ts, SetObj* a, Value b, bool frozen) {
    SetObj* r = new_set(ts.interp, frozen);
    Rooted keep(ts, Value::from_obj(r));
    set_update(ts, r, b);
    symmetric_difference_update(ts, r, Value::from_obj(a));
    return r;
}

bool is_subset(ThreadState& ts, SetObj* a, SetObj* b) {
    if (a->used > b->used) return false;
    size_t pos = 0;
    Value k;
    while (set_next(a, &pos, &k)) {
        SetEntry e = a->table[pos - 1];
        if (!lookup(ts, b, e.key, e.hash)) return false;
    }
    return true;
}

} // namespace

// Operators used by the VM (`|`, `&`, `-`, `^`, comparisons); both operands are sets.
Value set_binary(ThreadState& ts, int op, Value a, Value b) {
    if (!is_anyset(a) || !is_anyset(b)) return Value::not_implemented();
    bool frozen = is_frozenset(a);
    SetObj* s = as_set(a);
    switch (op) {
    case 0: { // |
        SetObj* r = copy_of(ts, s, frozen);
        Rooted keep(ts, Value::from_obj(r));
        merge(ts, r, as_set(b));
        return Value::from_obj(r);
    }
    case 1: return Value::from_obj(intersection(ts, s, b, frozen));
    case 2: return Value::from_obj(difference(ts, s, b, frozen));
    case 3: return Value::from_obj(symmetric_difference(ts, s, b, frozen));
    }
    return Value::not_implemented();
}

Value set_inplace(ThreadState& ts, int op, Value a, Value b) {
    if (!is_set(a) || !is_anyset(b)) return Value::not_implemented();
    SetObj* s = as_set(a);
    switch (op) {
    case 0: merge(ts, s, as_set(b)); break;
    case 1: {
        SetObj* r = intersection(ts, s, b, false);
        std::swap(s->table, r->table);
        std::swap(s->mask, r->mask);
        std::swap(s->fill, r->fill);
        std::swap(s->used, r->used);
        break;
    }
    case 2: difference_update(ts, s, b); break;
    case 3: symmetric_difference_update(ts, s, b); break;
    }
    return a;
}

bool set_subset(ThreadState& ts, SetObj* a, SetObj* b) { return is_subset(ts, a, b); }

void set_difference_update(ThreadState& ts, SetObj* s, Value iterable) { difference_update(ts, s, iterable); }
void set_symmetric_difference_update(ThreadState& ts, SetObj* s, Value iterable) {
    symmetric_difference_update(ts, s, iterable);
}

int64_t frozenset_hash(SetObj* s) {
    if (s->hash != -1) return s->hash;
    // XOR of shuffled entry hashes (order-independent), mixed with the size; the same
    // value CPython computes, so sets of frozensets iterate in the same order.
    auto shuffle = [](uint64_t h) { return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull; };
    uint64_t hash = 0;
    size_t pos = 0;
    Value k;
    while (set_next(s, &pos, &k)) hash ^= shuffle(uint64_t(s->table[pos - 1].hash));
    hash ^= (uint64_t(s->used) + 1) * 1927868237ull;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069u + 907133923ull;
    int64_t h = int64_t(hash);
    if (h == -1) h = 590923713;
    s->hash = h;
    return h;
}

// ---------------------------------------------------------------- methods

namespace {

// "set.add" or "frozenset.union": CPython names the class in argument errors.
std::string qual(Value self, const char* name) { return std::string(is_frozenset(self) ? "frozenset." : "set.") + name; }
void no_kw(ThreadState& ts, Value self, const char* name, TupleObj* kw) { no_keywords(ts, qual(self, name).c_str(), kw); }
void count_args(ThreadState& ts, Value self, const char* name, size_t nargs, size_t min, size_t max) {
    check_count(ts, qual(self, name).c_str(), nargs, min, max);
}

SetObj* self_set(ThreadState& ts, Value v, const char* name) {
    if (!is_anyset(v)) type_error(ts, "descriptor '{}' for 'set' objects doesn't apply to a '{}' object", name, type_name(ts.interp, v));
    return as_set(v);
}

SetObj* self_mutable(ThreadState& ts, Value v, const char* name) {
    if (!is_set(v)) type_error(ts, "descriptor '{}' for 'set' objects doesn't apply to a '{}' object", name, type_name(ts.interp, v));
    return as_set(v);
}

Value m_add(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_kw(ts, args[0], "add", kw);
    count_args(ts, args[0], "add", nargs - 1, 1, 1);
    set_add(ts, self_mutable(ts, args[0], "add"), args[1]);
    return Value::none();
}
Value m_remove(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_kw(ts, args[0], "remove", kw);
    count_args(ts, args[0], "remove", nargs - 1, 1, 1);
    if (!set_discard(ts, self_mutable(ts, args[0], "remove"), args[1])) key_error(ts, args[1]);
    return Value::none();
}
Value m_discard(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_kw(ts, args[0], "discard", kw);
    count_args(ts, args[0], "discard", nargs - 1, 1, 1);
    set_discard(ts, self_mutable(ts, args[0], "discard"), args[1]);
    return Value::none();
}
Value m_pop(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_kw(ts, args[0], "pop", kw);
    count_args(ts, args[0], "pop", nargs - 1, 0, 0);
    SetObj* s = self_mutable(ts, args[0], "pop");
    if (s->used == 0) raise_msg(ts, ts.interp.exc.KeyError, "pop from an empty set");
    size_t i = s->finger & s->mask;
    while (is_empty_slot(s->table[i]) || is_dummy(s->table[i])) i = (i + 1) & s->mask;
    Value key = s->table[i].key;
    s->table[i].key = kDummy;
    s->table[i].hash = -1;
    --s->used;
    s->finger = i + 1;
    return key;
}
Value m_clear(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_kw(ts, args[0], "clear", kw);
    count_args(ts, args[0], "clear", nargs - 1, 0, 0);
    SetObj* s = self_mutable(ts, args[0], "clear");
    std::free(s->table);
    s->table = nullptr;
    s->mask = s->fill = s->used = 0;
    return Value::none();
}
Value m_copy(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_kw(ts, args[0], "copy", kw);
    count_args(ts, args[0], "copy", nargs - 1, 0, 0);
    SetObj* s = self_set(ts, args[0], "copy");
    if (is_frozenset(args[0])) return args[0];
    return Value::from_obj(copy_of(ts, s, false));
}
Value m_update(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_kw(ts, args[0], "update", kw);
    SetObj* s = self_mutable(ts, args[0], "update");
    for (size_t i = 1; i < nargs; ++i) set_update(ts, s, args[i]);
    return Value::none();
}
Value m_union(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_kw(ts, args[0], "union", kw);
    SetObj* s = self_set(ts, args[0], "union");
    SetObj* r = copy_of(ts, s, is_frozenset(args[0]));
    Rooted keep(ts, Value::from_obj(r));
    for (size_t i = 1; i < nargs; ++i)
        if (args[i] != args[0]) set_update(ts, r, args[i]);
    return Value::from_obj(r);
}
Value m_intersection(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_kw(ts, args[0], "intersection", kw);
    SetObj* s = self_set(ts, args[0], "intersection");
    bool frozen = is_frozenset(args[0]);
    if (nargs == 1) return Value::from_obj(copy_of(ts, s, frozen));
    Rooted result(ts, args[0]);
    for (size_t i = 1; i < nargs; ++i) result = Value::from_obj(intersection(ts, as_set(result), args[i], frozen));
    return result;
}
Value m_intersection_update(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_kw(ts, args[0], "intersection_update", kw);
    Value r = m_intersection(ts, args, nargs, kw);
    SetObj* s = self_mutable(ts, args[0], "intersection_update");
    SetObj* t = as_set(r);
    if (t != s) {
        std::swap(s->table, t->table);
        std::swap(s->mask, t->mask);
        std::swap(s->fill, t->fill);
        std::swap(s->used, t->used);
    }
    return Value::none();
}
Value m_difference(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_kw(ts, args[0], "difference", kw);
    SetObj* s = self_set(ts, args[0], "difference");
    bool frozen = is_frozenset(args[0]);
    if (nargs == 1) return Value::from_obj(copy_of(ts, s, frozen));
    SetObj* r = difference(ts, s, args[1], frozen);
    Rooted keep(ts, Value::from_obj(r));
    for (size_t i = 2; i < nargs; ++i) difference_update(ts, r, args[i]);
    return Value::from_obj(r);
}
Value m_difference_update(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_kw(ts, args[0], "difference_update", kw);
    SetObj* s = self_mutable(ts, args[0], "difference_update");
    for (size_t i = 1; i < nargs; ++i) difference_update(ts, s, args[i]);
    return Value::none();
}
Value m_symmetric_difference(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_kw(ts, args[0], "symmetric_difference", kw);
    count_args(ts, args[0], "symmetric_difference", nargs - 1, 1, 1);
    SetObj* s = self_set(ts, args[0], "symmetric_difference");
    return Value::from_obj(symmetric_difference(ts, s, args[1], is_frozenset(args[0])));
}
Value m_symmetric_difference_update(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_kw(ts, args[0], "symmetric_difference_update", kw);
    count_args(ts, args[0], "symmetric_difference_update", nargs - 1, 1, 1);
    symmetric_difference_update(ts, self_mutable(ts, args[0], "symmetric_difference_update"), args[1]);
    return Value::none();
}
Value m_issubset(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_kw(ts, args[0], "issubset", kw);
    count_args(ts, args[0], "issubset", nargs - 1, 1, 1);
    RootedVector keep(ts);
    return Value::boolean(is_subset(ts, self_set(ts, args[0], "issubset"), as_set_arg(ts, args[1], keep)));
}
Value m_issuperset(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_kw(ts, args[0], "issuperset", kw);
    count_args(ts, args[0], "issuperset", nargs - 1, 1, 1);
    RootedVector keep(ts);
    return Value::boolean(is_subset(ts, as_set_arg(ts, args[1], keep), self_set(ts, args[0], "issuperset")));
}
Value m_isdisjoint(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_kw(ts, args[0], "isdisjoint", kw);
    count_args(ts, args[0], "isdisjoint", nargs - 1, 1, 1);
    SetObj* s = self_set(ts, args[0], "isdisjoint");
    RootedVector items(ts);
    collect_iterable(ts, args[1], items.items);
    for (Value v : items.items)
        if (set_contains(ts, s, v)) return Value::false_();
    return Value::true_();
}

Value set_new(ThreadState& ts, TypeObj* cls, Value* args, size_t nargs, TupleObj* kwnames) {
    bool frozen = cls == ts.interp.types.frozenset;
    no_keywords(ts, frozen ? "frozenset" : "set", kwnames);
    check_count(ts, frozen ? "frozenset" : "set", nargs, 0, 1);
    if (frozen && nargs == 1 && is_frozenset(args[0])) return args[0];
    SetObj* s = ts.interp.heap.make<SetObj>(cls, frozen ? ObjKind::FrozenSet : ObjKind::Set);
    Rooted keep(ts, Value::from_obj(s));
    if (nargs == 1) set_update(ts, s, args[0]);
    return Value::from_obj(s);
}

const MethodDef kSetMethods[] = {
    {"add", m_add, NativeFunctionObj::kMethod},
    {"remove", m_remove, NativeFunctionObj::kMethod},
    {"discard", m_discard, NativeFunctionObj::kMethod},
    {"pop", m_pop, NativeFunctionObj::kMethod},
    {"clear", m_clear, NativeFunctionObj::kMethod},
    {"copy", m_copy, NativeFunctionObj::kMethod},
    {"update", m_update, NativeFunctionObj::kMethod},
    {"union", m_union, NativeFunctionObj::kMethod},
    {"intersection", m_intersection, NativeFunctionObj::kMethod},
    {"intersection_update", m_intersection_update, NativeFunctionObj::kMethod},
    {"difference", m_difference, NativeFunctionObj::kMethod},
    {"difference_update", m_difference_update, NativeFunctionObj::kMethod},
    {"symmetric_difference", m_symmetric_difference, NativeFunctionObj::kMethod},
    {"symmetric_difference_update", m_symmetric_difference_update, NativeFunctionObj::kMethod},
    {"issubset", m_issubset, NativeFunctionObj::kMethod},
    {"issuperset", m_issuperset, NativeFunctionObj::kMethod},
    {"isdisjoint", m_isdisjoint, NativeFunctionObj::kMethod},
    {nullptr, nullptr},
};

const MethodDef kFrozenSetMethods[] = {
    {"copy", m_copy, NativeFunctionObj::kMethod},
    {"union", m_union, NativeFunctionObj::kMethod},
    {"intersection", m_intersection, NativeFunctionObj::kMethod},
    {"difference", m_difference, NativeFunctionObj::kMethod},
    {"symmetric_difference", m_symmetric_difference, NativeFunctionObj::kMethod},
    {"issubset", m_issubset, NativeFunctionObj::kMethod},
    {"issuperset", m_issuperset, NativeFunctionObj::kMethod},
    {"isdisjoint", m_isdisjoint, NativeFunctionObj::kMethod},
    {nullptr, nullptr},
};

} // namespace

void init_set_type(Interp& I) {
    I.types.set = new_builtin_type(I, "set", ObjKind::Set, nullptr);
    I.types.set->new_fn = set_new;
    add_methods(I, I.types.set, kSetMethods);
    I.types.frozenset = new_builtin_type(I, "frozenset", ObjKind::FrozenSet, nullptr);
    I.types.frozenset->new_fn = set_new;
    add_methods(I, I.types.frozenset, kFrozenSetMethods);
}

} // namespace gilt
