// Which ThreadState the calling OS thread uses in each interpreter, and entering an interpreter (taking the GIL) from any thread.
#include "core/threads.hpp"

#include <sys/syscall.h>
#include <unistd.h>

#include <utility>
#include <vector>

namespace gilt {

namespace {

struct Binding {
    uint64_t interp_uid;
    ThreadState* ts;
};

// Per OS thread: its GIL record and its ThreadState in each interpreter it has entered.
// Interpreters are told apart by a process-unique id rather than their address, so a
// binding left behind by a destroyed interpreter can never match a new one.
thread_local std::shared_ptr<ThreadRecord> t_record;
thread_local std::vector<Binding> t_bindings;

} // namespace

const std::shared_ptr<ThreadRecord>& this_thread_record() {
    if (!t_record) {
        bool is_main = syscall(SYS_gettid) == getpid();
        Gil& gil = Gil::process();
        t_record = gil.register_thread(is_main ? "MainThread" : "");
        if (!is_main) gil.set_name(*t_record, "Dummy-" + std::to_string(t_record->serial));
        gil.set_identity(*t_record);
    }
    return t_record;
}

void adopt_thread_record(std::shared_ptr<ThreadRecord> record) {
    t_record = std::move(record);
    Gil::process().set_identity(*t_record);
}

ThreadState* find_thread_state(Interp& I) {
    for (const Binding& b : t_bindings)
        if (b.interp_uid == I.uid) return b.ts;
    return nullptr;
}

void bind_thread_state(ThreadState& ts) {
    unbind_thread_state(ts);
    t_bindings.push_back({ts.interp.uid, &ts});
}

void unbind_thread_state(ThreadState& ts) {
    std::erase_if(t_bindings, [&](const Binding& b) { return b.interp_uid == ts.interp.uid; });
}

ThreadState& thread_state_for_this_thread(Interp& I) {
    if (ThreadState* ts = find_thread_state(I)) return *ts;
    ThreadState* ts = I.adopt_host_thread(std::make_unique<ThreadState>(I, this_thread_record()));
    bind_thread_state(*ts);
    return *ts;
}

EnterInterp::EnterInterp(Interp& I) : ts(thread_state_for_this_thread(I)) {
    Gil& gil = Gil::process();
    ThreadRecord& rec = *ts.record;
    previous_breaker_ = rec.breaker.exchange(&I.breaker, std::memory_order_relaxed);
    took_ = !gil.held_by(rec);
    if (took_) gil.take(rec);
}

EnterInterp::~EnterInterp() {
    ThreadRecord& rec = *ts.record;
    if (took_) Gil::process().drop(rec, WaitReason::Other);
    rec.breaker.store(previous_breaker_, std::memory_order_relaxed);
}

} // namespace gilt
