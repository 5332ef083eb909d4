// Which ThreadState the calling OS thread uses in each interpreter, and entering an interpreter (taking the GIL) from any thread.
#pragma once

#include <memory>

#include "core/thread_state.hpp"
#include "runtime/gil.hpp"

namespace gilt {

// The calling OS thread's record in the GIL's books, made on first use: "MainThread"
// for the process's initial thread, "Dummy-N" for a host thread gilt did not start.
const std::shared_ptr<ThreadRecord>& this_thread_record();
// Installs the record a parent registered for this thread (threads started by scripts).
void adopt_thread_record(std::shared_ptr<ThreadRecord> record);

// The calling thread's ThreadState in I, or null if it has none.
ThreadState* find_thread_state(Interp& I);
// The calling thread's ThreadState in I. A host thread entering for the first time gets
// one, owned by the interpreter until it is destroyed.
ThreadState& thread_state_for_this_thread(Interp& I);
// Tells find_thread_state that the calling thread uses `ts` in ts.interp (and forgets it).
void bind_thread_state(ThreadState& ts);
void unbind_thread_state(ThreadState& ts);

// An API call's hold on an interpreter: the calling thread's ThreadState in it, and the
// GIL, taken unless this thread already holds it (a native calling back into the API,
// or a nested call). The GIL is dropped again at the end of the scope only if the scope
// took it, so scopes nest freely.
class EnterInterp {
public:
    explicit EnterInterp(Interp& I);
    ~EnterInterp();
    EnterInterp(const EnterInterp&) = delete;
    EnterInterp& operator=(const EnterInterp&) = delete;

    ThreadState& ts;

private:
    bool took_;
    EvalBreaker* previous_breaker_;
};

} // namespace gilt
