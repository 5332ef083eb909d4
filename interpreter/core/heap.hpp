// The per-interpreter heap: allocation, and a precise stop-the-world mark-and-sweep collector.
#pragma once

#include <cstddef>
#include <cstdlib>
#include <new>
#include <utility>
#include <vector>

#include "core/object.hpp"
#include "runtime/eval_breaker.hpp"

namespace gilt {

// How collection stays simple and safe
// ------------------------------------
// Every object lives on one interpreter's heap and is only touched by a thread that
// holds the GIL, so a collection that runs under the GIL is stop-the-world for free.
//
// Collections happen only at *safe points*: instruction boundaries of the bytecode loop.
// Allocation never collects; when the heap grows past its threshold, allocation sets
// the GcRequest bit of the eval breaker and the loop collects at its next boundary, once
// it has stored its instruction and stack pointers in the current frame. Consequently a
// native function may hold raw Values in C++ locals while it allocates, as long as it
// does not run script code in between. A native that *does* call back into script code
// (sorted(key=...), a user __eq__ during a dict lookup, ...) must keep what it still
// needs reachable: on the VM stack, or in a Rooted/RootedVector (thread_state.hpp).
//
// GC-stress mode (GILT_GC_STRESS=1) requests a collection after every allocation, i.e.
// collects at every safe point that follows one: a missing root shows up at once.
// GILT_GC_STRESS=N requests one after every N-th allocation instead: each collection
// costs time proportional to the live heap, so a long program with a big heap is
// stressed at an interval (a prime, so collections drift through loop bodies rather
// than always landing on the same instruction) to stay affordable.
//
// Roots are supplied by the owner (the interpreter): each thread's frames and stacks,
// the module table, builtins, interned strings, rooted handles held by the host.
class GcVisitor {
public:
    void mark(Value v) {
        if (v.is_obj()) mark(v.obj());
    }
    void mark(const Obj* o) {
        if (o && !o->marked) {
            const_cast<Obj*>(o)->marked = 1;
            worklist_.push_back(const_cast<Obj*>(o));
        }
    }
    void mark_range(const Value* begin, const Value* end) {
        for (; begin < end; ++begin) mark(*begin);
    }

private:
    friend class Heap;
    std::vector<Obj*> worklist_;
};

class Heap {
public:
    // Called with a visitor; marks every root.
    using RootMarker = void (*)(void* owner, GcVisitor&);
    // Called after marking, before sweeping: the owner drops weak references (interned
    // strings) to objects that are about to be freed.
    using BeforeSweep = void (*)(void* owner);

    Heap(EvalBreaker& breaker, RootMarker roots, BeforeSweep before_sweep, void* owner);
    ~Heap();
    Heap(const Heap&) = delete;
    Heap& operator=(const Heap&) = delete;

    // Allocates a T (derived from Obj) plus `extra` trailing bytes (for inline items).
    template <class T, class... Args> T* make_extra(size_t extra, Args&&... args) {
        size_t size = sizeof(T) + extra;
        void* mem = std::malloc(size);
        if (!mem) throw std::bad_alloc();
        T* o = new (mem) T(std::forward<Args>(args)...);
        link(o, size);
        return o;
    }
    template <class T, class... Args> T* make(Args&&... args) {
        return make_extra<T>(0, std::forward<Args>(args)...);
    }

    // Out-of-line storage owned by objects (vectors, hash tables) counts towards the
    // collection threshold too; containers report their growth here.
    void note_external(ptrdiff_t delta) {
        live_bytes_ += delta;
        maybe_request();
    }

    // Runs a full collection now. Only at a safe point, with the GIL held.
    void collect();

    // Stress mode: a collection request after every `interval`-th allocation (1: after
    // each one; 0: off, collections follow the threshold only).
    void set_stress_interval(uint32_t interval) {
        stress_interval_ = interval;
        stress_countdown_ = interval;
    }
    void set_stress(bool on) { set_stress_interval(on ? 1 : 0); }
    bool stress() const { return stress_interval_ != 0; }
    uint32_t stress_interval() const { return stress_interval_; }
    size_t live_bytes() const { return live_bytes_; }
    size_t object_count() const { return object_count_; }
    uint64_t collections() const { return collections_; }
    // Total time spent in collect(), for the stats views.
    int64_t gc_ns() const { return gc_ns_; }

private:
    void link(Obj* o, size_t size) {
        o->alloc_size = uint32_t(size > 0xFFFFFFFFu ? 0xFFFFFFFFu : size);
        o->gc_next = all_;
        all_ = o;
        live_bytes_ += size;
        ++object_count_;
        maybe_request();
    }
    void maybe_request() {
        if (live_bytes_ > threshold_) breaker_.set(EvalBreaker::GcRequest);
        if (stress_interval_ != 0 && --stress_countdown_ == 0) {
            stress_countdown_ = stress_interval_;
            breaker_.set(EvalBreaker::GcRequest);
        }
    }
    void trace(GcVisitor& v, Obj* o);
    void sweep();

    EvalBreaker& breaker_;
    RootMarker roots_;
    BeforeSweep before_sweep_;
    void* owner_;
    Obj* all_ = nullptr;
    size_t live_bytes_ = 0;
    size_t object_count_ = 0;
    size_t threshold_ = 8u << 20;
    uint32_t stress_interval_ = 0;
    uint32_t stress_countdown_ = 0;
    uint64_t collections_ = 0;
    int64_t gc_ns_ = 0;
};

// Frees one object whatever its layout (runs its destructor). Defined with the tracer.
void destroy_object(Obj* o);

} // namespace gilt
