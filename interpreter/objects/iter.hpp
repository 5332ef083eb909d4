// Iterator objects of the built-in types, dict views, and the lazy builtins (map, zip...).
#pragma once

#include <cstdint>

#include "core/object.hpp"

namespace gilt {

struct Interp;
struct ThreadState;
struct DictObj;
struct SetObj;
struct TupleObj;

// Iterates a list, tuple, str, bytes or bytearray by index (lists may grow meanwhile).
struct SeqIterObj : Obj {
    Value seq;
    size_t index = 0;
    SeqIterObj(TypeObj* t, Value s) : Obj(t, ObjKind::SeqIter), seq(s) {}
};

struct RangeIterObj : Obj {
    int64_t next, step, remaining;
    RangeIterObj(TypeObj* t, int64_t n, int64_t s, int64_t r)
        : Obj(t, ObjKind::RangeIter), next(n), step(s), remaining(r) {}
};

enum class DictPart : uint8_t { Keys, Values, Items };

struct DictIterObj : Obj {
    DictObj* dict;
    uint32_t pos = 0;
    uint32_t expected_count;
    DictPart part;
    bool reversed = false;
    DictIterObj(TypeObj* t, DictObj* d, uint32_t count, DictPart p)
        : Obj(t, ObjKind::DictIter), dict(d), expected_count(count), part(p) {}
};

struct DictViewObj : Obj {
    DictObj* dict;
    DictPart part;
    DictViewObj(TypeObj* t, DictObj* d, DictPart p) : Obj(t, ObjKind::DictView), dict(d), part(p) {}
};

struct SetIterObj : Obj {
    SetObj* set;
    size_t pos = 0;
    size_t expected_used;
    SetIterObj(TypeObj* t, SetObj* s, size_t used) : Obj(t, ObjKind::SetIter), set(s), expected_used(used) {}
};

struct EnumerateObj : Obj {
    Value iter;
    Value count; // an int (usually small)
    EnumerateObj(TypeObj* t, Value it, Value c) : Obj(t, ObjKind::Enumerate), iter(it), count(c) {}
};

struct ZipObj : Obj {
    TupleObj* iters;
    bool strict;
    ZipObj(TypeObj* t, TupleObj* its, bool s) : Obj(t, ObjKind::Zip), iters(its), strict(s) {}
};

struct MapObj : Obj {
    Value func;
    TupleObj* iters;
    MapObj(TypeObj* t, Value f, TupleObj* its) : Obj(t, ObjKind::Map), func(f), iters(its) {}
};

struct FilterObj : Obj {
    Value func;
    Value iter;
    FilterObj(TypeObj* t, Value f, Value it) : Obj(t, ObjKind::Filter), func(f), iter(it) {}
};

// reversed() over a sequence: walks indices downwards.
struct ReversedObj : Obj {
    Value seq;
    int64_t index;
    ReversedObj(TypeObj* t, Value s, int64_t i) : Obj(t, ObjKind::Reversed), seq(s), index(i) {}
};

// iter(callable, sentinel)
struct CallIterObj : Obj {
    Value callable;
    Value sentinel;
    CallIterObj(TypeObj* t, Value c, Value s) : Obj(t, ObjKind::CallIter), callable(c), sentinel(s) {}
};

DictViewObj* new_dict_view(Interp& I, DictObj* d, DictPart part);
Value new_dict_iter(Interp& I, DictObj* d, DictPart part, bool reversed = false);
// `|`, `&`, `-`, `^` (sop 0-3) when either operand is a keys or items view: the other
// may be any iterable. The result is a set, built as CPython builds it (so sets of ints
// print in the same order). NotImplemented when neither operand is such a view.
Value dict_view_binary(ThreadState& ts, int sop, Value a, Value b);

void init_iter_types(Interp& I);

} // namespace gilt
