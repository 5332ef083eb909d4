// Per-thread VM state: the value stack, the frame chain, the exception in flight, temp roots.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/interp.hpp"
#include "core/value.hpp"
#include "runtime/thread_record.hpp"

namespace gilt {

struct CodeObj;
struct FunctionObj;
struct DictObj;
struct GeneratorObj;

// One activation of a script function.
//
// Frames do not live on the C++ stack: a call from script to script pushes a Frame and
// the bytecode loop carries on, so deep script recursion costs no C++ stack, and a chain
// of frames can be left and resumed later from another native stack (generators resume
// a frame from whatever native stack calls next(); coroutine tasks will resume theirs
// on a fiber). The values of a frame — locals, cells, free variables, then the operand
// stack — live in a contiguous window of the thread's value stack (or, for a generator,
// inside the generator object). A call places the callee's window right on top of its
// arguments, so arguments become the callee's first locals without copying.
struct Frame {
    CodeObj* code = nullptr;
    FunctionObj* func = nullptr;
    DictObj* globals = nullptr;
    DictObj* locals_dict = nullptr; // class bodies and exec'd code use name lookups
    Value* locals = nullptr;        // locals, cells, frees: code->nlocalsplus slots
    Value* stack_base = nullptr;    // == locals + nlocalsplus
    Value* sp = nullptr;            // operand stack top, saved whenever the loop leaves
    const uint32_t* ip = nullptr;   // next instruction, saved whenever the loop leaves
    Frame* back = nullptr;
    GeneratorObj* gen = nullptr;    // owning generator, if this is a generator frame
    // First thread-stack slot after this frame: the end of its own window for ordinary
    // frames; for a generator frame, the thread-stack top when it was resumed. Calls
    // made from this frame place the callee's window here.
    Value* window_end = nullptr;
    uint32_t flags = 0;

    // Returning from an entry frame leaves the loop and returns to the C++ caller.
    static constexpr uint32_t kEntry = 1;
    // The frame's window is on the thread's value stack (not inside a generator).
    static constexpr uint32_t kOnStack = 2;

    int line() const; // current line number (for tracebacks)
};

// A native caller that keeps Values across calls into script code keeps them here, so
// a collection during that call sees them (see the note in heap.hpp).
struct RootScope {
    RootScope* prev;
    std::vector<Value>* values = nullptr;
    Value* single = nullptr;
};

class Rooted;
class RootedVector;

// The VM state of one OS thread inside one interpreter.
//
// A ThreadState is created on the thread that will use it, or (for threads a script
// starts) by the parent for the child; `record` is the OS thread's entry in the GIL's
// books, shared by every ThreadState of that OS thread (one per interpreter it enters).
struct ThreadState {
    // `on_this_thread`: the state is for the calling thread (its C stack bounds are read
    // now); a parent making one for a child passes false and the child measures.
    ThreadState(Interp& interp, std::shared_ptr<ThreadRecord> record, size_t stack_slots = kDefaultStackSlots,
                bool on_this_thread = true);
    ~ThreadState();
    ThreadState(const ThreadState&) = delete;
    ThreadState& operator=(const ThreadState&) = delete;

    // Value-stack slots reserved per thread (address space only; pages are committed as
    // they are touched): 32 MiB for the main thread, 8 MiB for the others.
    static constexpr size_t kDefaultStackSlots = 4u << 20;
    static constexpr size_t kWorkerStackSlots = 1u << 20;

    Interp& interp;
    std::shared_ptr<ThreadRecord> record;

    // The value stack: reserved once (the OS commits pages as they are touched), so
    // pointers into it stay valid for the thread's life.
    Value* stack_begin = nullptr;
    Value* stack_limit = nullptr;

    Frame* frame = nullptr;  // innermost active frame
    int depth = 0;           // script frames + native re-entries, for RecursionError
    int native_reentries = 0;

    // The exception being raised right now (between the raise and its handler).
    Value raised;
    // The exception being handled (sys.exc_info()); saved/restored by except blocks.
    // Inside a running generator this is the generator's own; when it has none, the
    // one its resumer was handling counts (see handled_exception() in vm/errors.hpp).
    Value handled;
    // The innermost running generator; each links to the one running below it.
    GeneratorObj* running_generator = nullptr;

    RootScope* roots = nullptr;
    // Values the thread keeps alive for its whole life: a started thread's function and
    // arguments, and the sentinel locks released when it ends (_thread._set_sentinel).
    std::vector<Value> pinned;
    std::vector<Value> sentinels;

    // Instructions left before the legacy GIL policy's next release (the eval loop
    // counts them down only while that policy is active).
    int ticks_left = 0;

    // Set by a generator frame's YIELD_VALUE when it leaves the loop (vs. returning).
    bool last_yield = false;
    // Containers whose repr() is in progress on this thread (prints `[...]` for cycles).
    std::vector<Obj*> repr_stack;

    // C stack guard: native re-entry into the loop is refused (RecursionError) before
    // the thread's C stack runs out.
    char* c_stack_base = nullptr;
    size_t c_stack_size = 0;
    bool c_stack_nearly_full() const;
    // Reads the calling OS thread's C stack bounds (a ThreadState made by a parent for
    // a child thread calls this again on the child).
    void measure_c_stack();

    // Frame records are pooled; they are used in strict LIFO order (generator frames
    // are owned by their generator instead).
    Frame* push_frame_record();
    void pop_frame_record();

    void mark(GcVisitor& v);

private:
    std::vector<Frame*> frame_chunks_;
    size_t frame_count_ = 0;
    size_t reserved_bytes_ = 0;
};

// Rooted and RootedVector link themselves into ts.roots for their lifetime and unlink
// in their destructors; GCC 12 cannot see the unlinking and warns about a dangling
// pointer, so that warning is silenced for these two classes only.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdangling-pointer"
#endif

// Keeps one Value alive across calls into script code.
class Rooted {
public:
    Rooted(ThreadState& ts, Value v = Value()) : ts_(ts), value_(v) {
        scope_.prev = ts.roots;
        scope_.single = &value_;
        ts.roots = &scope_;
    }
    ~Rooted() { ts_.roots = scope_.prev; }
    Rooted(const Rooted&) = delete;
    Rooted& operator=(const Rooted&) = delete;
    Value get() const { return value_; }
    operator Value() const { return value_; }
    Rooted& operator=(Value v) {
        value_ = v;
        return *this;
    }

private:
    ThreadState& ts_;
    Value value_;
    RootScope scope_{};
};

// A vector of Values kept alive across calls into script code.
class RootedVector {
public:
    explicit RootedVector(ThreadState& ts) : ts_(ts) {
        scope_.prev = ts.roots;
        scope_.values = &items;
        ts.roots = &scope_;
    }
    ~RootedVector() { ts_.roots = scope_.prev; }
    RootedVector(const RootedVector&) = delete;
    RootedVector& operator=(const RootedVector&) = delete;
    std::vector<Value> items;

private:
    ThreadState& ts_;
    RootScope scope_{};
};

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

} // namespace gilt
