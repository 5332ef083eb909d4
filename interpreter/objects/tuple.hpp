// tuple: an immutable array of values stored inline after the header.
#pragma once

#include <cstddef>
#include <initializer_list>

#include "core/object.hpp"

namespace gilt {

struct Interp;
struct ThreadState;

struct TupleObj : Obj {
    size_t size;
    int64_t hash = -1; // cached once computed (tuples of immutables are hashed often)

    TupleObj(TypeObj* t, size_t n) : Obj(t, ObjKind::Tuple), size(n) {}
    Value* items() { return reinterpret_cast<Value*>(this + 1); }
    const Value* items() const { return reinterpret_cast<const Value*>(this + 1); }
    Value& operator[](size_t i) { return items()[i]; }
    Value* begin() { return items(); }
    Value* end() { return items() + size; }
};

inline bool is_tuple(Value v) { return is_kind(v, ObjKind::Tuple); }
inline TupleObj* as_tuple(Value v) { return v.as<TupleObj>(); }

// A new tuple whose items are all None (callers fill them in before anyone sees it).
TupleObj* new_tuple(Interp& I, size_t n);
TupleObj* new_tuple(Interp& I, const Value* items, size_t n);
TupleObj* new_tuple(Interp& I, std::initializer_list<Value> items);

void init_tuple_type(Interp& I);

} // namespace gilt
