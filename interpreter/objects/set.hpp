// set and frozenset: open-addressing hash sets laid out so iteration order matches CPython's.
#pragma once

#include <cstdint>

#include "core/object.hpp"

namespace gilt {

struct Interp;
struct ThreadState;

// CPython prints `{3, 1, 2}` as `{1, 2, 3}`: set order is the order of the hash table,
// and scripts print sets of small ints all the time. To print the same thing, the table
// follows the same published scheme: minimum size 8, linear probing in runs of up to 9
// slots before perturbing, growth when 3/5 full to 4x the used count (2x past 50,000),
// and re-insertion in table order on resize.
struct SetEntry {
    Value key;    // null: empty; `dummy` marker: deleted
    int64_t hash;
};

struct SetObj : Obj {
    SetEntry* table = nullptr;
    size_t mask = 0;  // table size - 1
    size_t fill = 0;  // used + deleted
    size_t used = 0;  // live keys
    size_t finger = 0; // pop() resumes scanning here
    int64_t hash = -1; // frozenset's cached hash
    struct DictObj* attrs = nullptr; // attribute namespace, for instances of set subclasses

    SetObj(TypeObj* t, ObjKind k) : Obj(t, k) {}
    ~SetObj();
};

inline bool is_set(Value v) { return is_kind(v, ObjKind::Set); }
inline bool is_frozenset(Value v) { return is_kind(v, ObjKind::FrozenSet); }
inline bool is_anyset(Value v) { return is_set(v) || is_frozenset(v); }
inline SetObj* as_set(Value v) { return v.as<SetObj>(); }

SetObj* new_set(Interp& I, bool frozen = false);
bool set_add(ThreadState& ts, SetObj* s, Value key);        // true if newly added
bool set_contains(ThreadState& ts, SetObj* s, Value key);
bool set_discard(ThreadState& ts, SetObj* s, Value key);    // true if it was there
void set_update(ThreadState& ts, SetObj* s, Value iterable);
// set.difference_update(x) and set.symmetric_difference_update(x) for one iterable.
void set_difference_update(ThreadState& ts, SetObj* s, Value iterable);
void set_symmetric_difference_update(ThreadState& ts, SetObj* s, Value iterable);
// Iteration in table order.
bool set_next(SetObj* s, size_t* pos, Value* key);
// The set operators: op 0 `|`, 1 `&`, 2 `-`, 3 `^` (NotImplemented unless both are sets).
Value set_binary(ThreadState& ts, int op, Value a, Value b);
Value set_inplace(ThreadState& ts, int op, Value a, Value b);
bool set_subset(ThreadState& ts, SetObj* a, SetObj* b);
int64_t frozenset_hash(SetObj* s);

void init_set_type(Interp& I);

} // namespace gilt
