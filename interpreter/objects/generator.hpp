// Generator objects: a suspended frame that lives on the heap between resumptions.
#pragma once

#include "core/object.hpp"
#include "core/thread_state.hpp"

namespace gilt {

struct StrObj;

// A generator owns its frame and that frame's value window (locals, cells, operand
// stack), stored inline after the object. Resuming links the frame on top of the
// resumer's frame chain; yielding unlinks it again, so any number of suspended
// generators cost no C++ stack at all.
//
// Two ways to resume: from native code (next(), send(), throw(), list(gen)...), which
// runs the frame as an entry frame of a nested run_frame; and from the loop itself
// (FOR_ITER and SEND on a generator), which links the frame as an ordinary frame and
// carries on in the same run_frame: `for x in gen` and `yield from` chains of any depth
// then cost no C++ stack either.
struct GeneratorObj : Obj {
    enum class State : uint8_t { Created, Suspended, Running, Finished };
    Frame frame;
    uint32_t nslots;
    State state = State::Created;
    Value handled = Value();      // the exception being handled inside the generator
    // While running: the resumer's handled exception (sys.exc_info() outside), put
    // back when the generator yields, returns or raises; and the generator that was
    // running when this one was resumed (ThreadState::running_generator before).
    Value resumer_handled = Value();
    GeneratorObj* resumer_generator = nullptr;
    Value frame_view = Value(); // gi_frame, made on first use
    StrObj* name;
    StrObj* qualname;
    Value* slots() { return reinterpret_cast<Value*>(this + 1); }

    GeneratorObj(TypeObj* t, uint32_t n, StrObj* nm, StrObj* qn)
        : Obj(t, ObjKind::Generator), nslots(n), name(nm), qualname(qn) {}
};

inline bool is_generator(Value v) { return is_kind(v, ObjKind::Generator); }

void init_generator_type(Interp& I);

} // namespace gilt
