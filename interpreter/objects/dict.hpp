// dict: an insertion-ordered hash table (compact entries plus an index table).
#pragma once

#include <cstdint>

#include "core/object.hpp"

namespace gilt {

struct Interp;
struct ThreadState;
struct StrObj;

// Layout: `entries` holds (hash, key, value) in insertion order; deleted entries keep
// their slot with a null key until the next resize compacts them. `index` is an open-
// addressing table of entry numbers (-1 empty, -2 deleted) probed with CPython's
// perturbation scheme, so iteration order is insertion order and lookups are one or
// two probes. `version` changes whenever the set of keys (not the values) changes: the
// global-variable caches in the VM remember (version, entry number) and skip the hash
// lookup while it stays the same.
struct DictEntry {
    int64_t hash;
    Value key; // null: deleted
    Value value;
};

struct DictObj : Obj {
    DictEntry* entries = nullptr;
    int32_t* index = nullptr;
    uint32_t entries_used = 0; // including deleted ones
    uint32_t entries_cap = 0;
    uint32_t index_size = 0;   // power of two, or 0 when empty
    uint32_t count = 0;        // live entries
    uint64_t version = 0;
    DictObj* attrs = nullptr; // attribute namespace, for instances of dict subclasses

    explicit DictObj(TypeObj* t) : Obj(t, ObjKind::Dict) {}
    ~DictObj();
};

inline bool is_dict(Value v) { return is_kind(v, ObjKind::Dict); }
inline DictObj* as_dict(Value v) { return v.as<DictObj>(); }

DictObj* new_dict(Interp& I, size_t reserve = 0);

// Lookups that may run script code (__eq__/__hash__ of user keys) take the thread.
// Returns the entry number or -1.
int64_t dict_find(ThreadState& ts, DictObj* d, Value key, int64_t hash);
Value dict_get(ThreadState& ts, DictObj* d, Value key);          // null if absent
void dict_set(ThreadState& ts, DictObj* d, Value key, Value value);
bool dict_del(ThreadState& ts, DictObj* d, Value key);          // false if absent
Value dict_pop(ThreadState& ts, DictObj* d, Value key);          // null if absent

// Fast paths for str keys (identifiers): no script code can run.
int64_t dict_find_str(DictObj* d, StrObj* key);
Value dict_get_str(DictObj* d, StrObj* key);
void dict_set_str(Interp& I, DictObj* d, StrObj* key, Value value);
bool dict_del_str(Interp& I, DictObj* d, StrObj* key);
Value dict_get_cstr(Interp& I, DictObj* d, const char* key);
void dict_set_cstr(Interp& I, DictObj* d, const char* key, Value value);

void dict_clear(Interp& I, DictObj* d);
void dict_update(ThreadState& ts, DictObj* d, Value other); // dict or iterable of pairs
DictObj* dict_copy(Interp& I, DictObj* d);

// Iteration: advances *pos to the next live entry; false at the end.
inline bool dict_next(DictObj* d, uint32_t* pos, DictEntry** out) {
    while (*pos < d->entries_used) {
        DictEntry* e = &d->entries[(*pos)++];
        if (!e->key.is_null()) {
            *out = e;
            return true;
        }
    }
    return false;
}

void init_dict_type(Interp& I);

} // namespace gilt
