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
// than always landing on the same instruction) to stay affordable. Likewise, once the
// live heap outgrows kStressBytes the interval stretches to at least live bytes /
// kStressBytes, so a script holding 100,000 objects is not quadratic; small heaps,
// where missing roots are looked for, keep the requested interval.
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
    // Marking is a stream of cache misses (the mark bit sits in each object's header),
    // so ranges fetch the headers a few items ahead: the misses then overlap instead of
    // stalling one after another (a list of 300,000 strs marks several times faster).
    static void prefetch(Value v) {
        if (v.is_obj()) {
            const char* p = reinterpret_cast<const char*>(v.obj());
            __builtin_prefetch(p);      // type (read by the tracer)
            __builtin_prefetch(p + 16); // kind and mark bit, on the next line for some objects
        }
    }
    static constexpr ptrdiff_t kPrefetchAhead = 8;
    void mark_range(const Value* begin, const Value* end) {
        // Only object slots pay for the look-ahead, so a list of a million bools or small
        // ints (marked after every allocation in GC-stress mode) costs what it did before.
        for (const Value* p = begin; p < end; ++p) {
            if (!p->is_obj()) continue;
            if (end - p > kPrefetchAhead) prefetch(p[kPrefetchAhead]);
            mark(p->obj());
        }
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
        void* mem = allocate(size);
        T* o;
        try {
            o = new (mem) T(std::forward<Args>(args)...);
        } catch (...) {
            release(static_cast<Obj*>(mem), size);
            throw;
        }
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
    // Small-object pool
    // -----------------
    // Scripts allocate and drop small objects (strs, tuples, floats, bound methods) at a
    // furious rate, and the sweep frees them in bulk. Handing each one back to malloc
    // made malloc/free/consolidation a fifth of the run time of string-heavy programs,
    // and chasing the gc_next list through every object made the sweep a stream of
    // cache misses. So objects up to kPoolMax bytes live in chunks, one list of chunks
    // per 16-byte size class:
    //  - a free cell is an Obj header whose kind is kFreeCell; its gc_next links the
    //    class's LIFO free list (the next allocation reuses memory still in cache);
    //  - the sweep walks each chunk cell by cell in address order (sequential memory,
    //    which the prefetcher loves) instead of following pointers;
    //  - chunks (4 KiB growing to 64 KiB) are returned only when the heap is destroyed.
    // Larger objects come from malloc and stay on the all_ list as before. Everything
    // runs under the GIL, so the lists need no locking. Address-sanitizer builds bypass
    // the pool so that use-after-free stays detectable.
#if defined(__SANITIZE_ADDRESS__)
    static constexpr size_t kPoolMax = 0;
#else
    static constexpr size_t kPoolMax = 512;
#endif
    static constexpr size_t kGranule = 16;
    static constexpr size_t kClasses = kPoolMax / kGranule + 1;
    // A class's first chunk is small and each new one twice the last, up to the maximum:
    // a small program's sweep (every cell of every chunk) stays small, which matters in
    // GC-stress mode where it runs after every allocation.
    static constexpr size_t kFirstChunkBytes = 4 * 1024;
    static constexpr size_t kMaxChunkBytes = 64 * 1024;
    struct Chunk {
        char* cells;
        size_t count;
    };
    static constexpr ObjKind kFreeCell = ObjKind::Count;
    static constexpr size_t size_class(size_t size) { return (size + kGranule - 1) / kGranule; }
    static_assert(sizeof(Obj) <= 2 * kGranule, "a free cell must hold an Obj header");

    void* allocate(size_t size) {
        if (size <= kPoolMax) {
            size_t c = size_class(size);
            if (Obj* cell = free_[c]) {
                free_[c] = cell->gc_next;
                return cell;
            }
            return refill(c);
        }
        void* mem = std::malloc(size);
        if (!mem) throw std::bad_alloc();
        return mem;
    }
    // Gives back memory whose object is gone (or was never constructed).
    void release(Obj* o, size_t size) {
        if (size <= kPoolMax) {
            size_t c = size_class(size);
            o->kind = kFreeCell;
            o->gc_next = free_[c];
            free_[c] = o;
            return;
        }
        std::free(o);
    }
    // Carves a fresh chunk of class c into free cells; returns one of them.
    void* refill(size_t c);
    // Runs the destructor of an object's layout (not freeing its memory).
    static void finalize(Obj* o);

    void link(Obj* o, size_t size) {
        o->alloc_size = uint32_t(size > 0xFFFFFFFFu ? 0xFFFFFFFFu : size);
        if (size > kPoolMax) {
            o->gc_next = all_;
            all_ = o;
        }
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
    Obj* all_ = nullptr; // objects too large for the pool
    size_t live_bytes_ = 0;
    size_t object_count_ = 0;
    size_t threshold_ = 8u << 20;
    static constexpr size_t kStressBytes = 1u << 20;
    uint32_t stress_interval_ = 0;  // requested allocations between stress collections
    uint32_t stress_countdown_ = 0; // allocations until the next one
    uint64_t collections_ = 0;
    int64_t gc_ns_ = 0;
    Obj* free_[kClasses] = {};
    std::vector<Chunk> chunks_[kClasses];
};

} // namespace gilt
