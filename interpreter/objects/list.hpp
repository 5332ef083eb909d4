// list: a growable array of values.
#pragma once

#include <vector>

#include "core/object.hpp"

namespace gilt {

struct Interp;
struct ThreadState;
struct DictObj;

struct ListObj : Obj {
    std::vector<Value> items;
    DictObj* attrs = nullptr; // attribute namespace, for instances of list subclasses
    explicit ListObj(TypeObj* t) : Obj(t, ObjKind::List) {}
};

inline bool is_list(Value v) { return is_kind(v, ObjKind::List); }
inline ListObj* as_list(Value v) { return v.as<ListObj>(); }

ListObj* new_list(Interp& I, size_t reserve = 0);
ListObj* new_list(Interp& I, const Value* items, size_t n);
void list_append(Interp& I, ListObj* l, Value v);
// Sorts in place with Python's semantics (stable; key and reverse optional).
void list_sort(ThreadState& ts, ListObj* l, Value key, bool reverse);

void init_list_type(Interp& I);

} // namespace gilt
