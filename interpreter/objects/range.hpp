// range and slice objects.
#pragma once

#include <cstdint>
#include <string>

#include "core/object.hpp"

namespace gilt {

struct Interp;
struct ThreadState;

// A range whose bounds all fit a small int keeps machine integers (the hot case:
// `for i in range(n)`). Bounds beyond that, as in `range(10**20)`, make a "big"
// range: the same semantics computed on Python ints, slower but exact.
struct RangeObj : Obj {
    int64_t start = 0, stop = 0, step = 1, length = 0; // valid when !big
    Value big_start, big_stop, big_step, big_length;   // Python ints, set when big
    bool big = false;
    RangeObj(TypeObj* t, int64_t a, int64_t b, int64_t s, int64_t n)
        : Obj(t, ObjKind::Range), start(a), stop(b), step(s), length(n) {}
};

// The iterator of a big range (CPython's longrange_iterator).
struct LongRangeIterObj : Obj {
    Value next, step, remaining;
    LongRangeIterObj(TypeObj* t, Value n, Value s, Value r)
        : Obj(t, ObjKind::LongRangeIter), next(n), step(s), remaining(r) {}
};

struct SliceObj : Obj {
    Value start, stop, step;
    SliceObj(TypeObj* t, Value a, Value b, Value c) : Obj(t, ObjKind::Slice), start(a), stop(b), step(c) {}
};

inline bool is_range(Value v) { return is_kind(v, ObjKind::Range); }
inline bool is_slice(Value v) { return is_kind(v, ObjKind::Slice); }

RangeObj* new_range(Interp& I, int64_t start, int64_t stop, int64_t step);
SliceObj* new_slice(Interp& I, Value start, Value stop, Value step);

// Resolves a slice against a sequence length as slice.indices() does; returns the
// number of items selected.
int64_t slice_indices(ThreadState& ts, SliceObj* s, int64_t length, int64_t* start,
                      int64_t* stop, int64_t* step);
// Normalises a subscript index (negative from the end) and raises IndexError with
// "<what> index out of range" when outside [0, length).
int64_t normalize_index(ThreadState& ts, Value index, int64_t length, const char* what);

// The sequence protocol of range, for both representations.
bool range_contains(ThreadState& ts, RangeObj* r, Value v);
bool range_equal(ThreadState& ts, RangeObj* a, RangeObj* b);
int64_t range_hash(ThreadState& ts, RangeObj* r);
std::string range_repr(ThreadState& ts, RangeObj* r);
bool range_truthy(RangeObj* r);
int64_t range_len(ThreadState& ts, RangeObj* r); // OverflowError beyond sys.maxsize
Value range_getitem(ThreadState& ts, RangeObj* r, Value key);
Value range_iter(ThreadState& ts, RangeObj* r, bool reversed);
Value longrange_next(ThreadState& ts, LongRangeIterObj* it); // null when exhausted

void init_range_slice_types(Interp& I);

} // namespace gilt
