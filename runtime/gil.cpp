// The global interpreter lock: CPython's "new GIL" protocol, with exact per-thread accounting.
#include "runtime/gil.hpp"

#include <pthread.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cassert>
#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "runtime/clock.hpp"

// Notes on the protocol
// ---------------------
// This is the scheme CPython has used since 3.2 (Antoine Pitrou's "new GIL"), in the
// same shape as Python/ceval_gil.c, so that what gilt shows about the GIL is what
// CPython does:
//
// * The GIL is a flag (`holder_`) guarded by a mutex, plus condition variables. Taking
//   it means waiting until the flag is clear, then setting it.
//
// * A thread that waits does not wait forever: it waits for one *switch interval*
//   (default 5 ms, sys.setswitchinterval). If the interval passes and no switch happened
//   meanwhile (the same holder still holds it: `switch_number_` has not moved), the
//   waiter posts a *drop request* in the holder's eval breaker and goes on waiting.
//
// * The holder runs bytecode and checks its eval breaker at every instruction boundary
//   (one relaxed load). When it sees the request it calls yield(): it releases the GIL
//   and signals one waiter. So a switch can land between any two bytecodes, also in
//   the middle of `x = x + 1`.
//
// * Forced switching: a thread that dropped on request then waits until another thread
//   has actually taken the GIL before it tries again. Without this, the dropper, still
//   on its CPU, would usually win the race against the waiter it just woke, and the
//   request would have achieved nothing (the starvation the old GIL suffered from).
//
// * Every blocking call (sleep, lock waits, join, I/O, natives that ask for it)
//   releases the GIL around the wait with drop(), and takes it back with take(). Such a
//   voluntary release needs no forced switch: the thread is about to block anyway.
//
// Policies (SwitchPolicy, gil.hpp) change three decisions and nothing else:
//   new          the above; CPython since 3.2.
//   legacy       Python 2: nobody waits with a timeout or posts drop requests; instead the
//                eval loop calls tick() every N bytecodes ("ticks"), which releases and at
//                once re-contends. The releaser, still on its CPU, usually wins again; the
//                waiter it woke finds the lock taken (a futile wake-up) and sleeps again.
//                On a multicore machine this is the thrashing Python 2 was known for.
//   io-priority  new, plus: a thread coming back from a blocking call (I/O, sleep, lock,
//                join) posts a drop request at once instead of after an interval, and while
//                such a thread waits, plain waiters may not take the lock. This is the cure
//                for the convoy effect discussed for CPython in bpo-7946 and never shipped.
//
// Accounting rides on the same transitions. Every state change of a thread (new, ready,
// running, waiting, terminated) happens inside take/drop/yield/finish, under `mu_`, with
// one monotonic clock reading; the time since the previous change is added to the state
// being left, and the process-wide held/contended totals advance with it. Because all of
// it happens under the mutex that the protocol takes anyway, the numbers are exact and a
// snapshot taken under the mutex is consistent, with no sampling and no extra locking.
// With recording on (start_recording), each transition also appends an event to the
// thread's own trace buffer (runtime/trace.hpp) for the timeline and trace views.
//
// Invariants (asserted in debug builds): only the holder drops or yields; a thread in
// state `running` is the holder and vice versa; `ready_count_` equals the number of
// threads in state `ready`.

namespace gilt {

const char* run_state_name(RunState s) {
    switch (s) {
    case RunState::New: return "new";
    case RunState::Ready: return "ready";
    case RunState::Running: return "running";
    case RunState::Waiting: return "waiting";
    case RunState::Terminated: return "terminated";
    }
    return "?";
}

const char* wait_reason_name(WaitReason r) {
    switch (r) {
    case WaitReason::None: return "";
    case WaitReason::Sleep: return "sleep";
    case WaitReason::Lock: return "lock";
    case WaitReason::Io: return "io";
    case WaitReason::Join: return "join";
    case WaitReason::Native: return "native";
    case WaitReason::Other: return "other";
    }
    return "?";
}

const SwitchPolicy SwitchPolicy::kNew{"new", true, false, 0};
const SwitchPolicy SwitchPolicy::kLegacy{"legacy", false, false, 100};
const SwitchPolicy SwitchPolicy::kIoPriority{"io-priority", true, true, 0};

bool SwitchPolicy::parse(const std::string& text, SwitchPolicy& out) {
    if (text == "new") out = kNew;
    else if (text == "io-priority") out = kIoPriority;
    else if (text == "legacy") out = kLegacy;
    else if (text.rfind("legacy:", 0) == 0) {
        char* end = nullptr;
        long n = std::strtol(text.c_str() + 7, &end, 10);
        if (!end || *end || n < 1 || n > 1'000'000'000) return false;
        out = kLegacy;
        out.check_interval = int(n);
    } else {
        return false;
    }
    return true;
}

Gil::Gil() : policy_(SwitchPolicy::kNew), last_event_ns_(clock::monotonic_ns()) {
    totals_.since_ns = last_event_ns_;
    totals_.since_process_cpu_ns = clock::process_cpu_ns();
    // The process's policy may be chosen from the environment before anything runs.
    if (const char* env = std::getenv("GILT_GIL_POLICY"); env && *env) {
        SwitchPolicy p;
        if (SwitchPolicy::parse(env, p)) {
            policy_ = p;
            check_interval_.store(p.check_interval, std::memory_order_relaxed);
        }
        else std::fprintf(stderr, "gilt: ignoring GILT_GIL_POLICY='%s' (expected new, legacy[:N] or io-priority)\n", env);
    }
}

void Gil::set_policy(const SwitchPolicy& p) {
    Lock lk(mu_);
    policy_ = p;
    check_interval_.store(p.check_interval, std::memory_order_relaxed);
    cond_.notify_all(); // waiters re-read the policy
}

SwitchPolicy Gil::policy() {
    Lock lk(mu_);
    return policy_;
}

Gil& Gil::process() {
    static Gil* gil = new Gil(); // deliberately leaked, see the header
    return *gil;
}

std::shared_ptr<ThreadRecord> Gil::register_thread(std::string name) {
    Lock lk(mu_);
    auto t = std::make_shared<ThreadRecord>(next_serial_++, std::move(name), clock::monotonic_ns());
    if (recording_.load(std::memory_order_relaxed)) {
        t->trace_owner = std::make_unique<TraceBuffer>();
        t->trace.store(t->trace_owner.get(), std::memory_order_release);
    }
    threads_.push_back(t);
    return t;
}

void Gil::record(ThreadRecord& t, const TraceEvent& e) {
    if (!recording_.load(std::memory_order_relaxed)) return;
    if (TraceBuffer* b = t.trace.load(std::memory_order_acquire)) b->append(e);
}

void Gil::record_gc(ThreadRecord& t, bool begin) {
    record(t, TraceEvent{clock::monotonic_ns(), 0, begin ? TraceKind::GcBegin : TraceKind::GcEnd});
}

void Gil::start_recording() {
    Lock lk(mu_);
    recording_begin_ns_ = clock::monotonic_ns();
    recording_end_ns_ = 0;
    recording_start_.clear();
    for (auto& t : threads_) {
        if (!t->trace_owner) {
            t->trace_owner = std::make_unique<TraceBuffer>();
            t->trace.store(t->trace_owner.get(), std::memory_order_release);
        }
        if (t->state != RunState::Terminated) recording_start_.push_back({t->serial, t->state, t->reason});
    }
    recording_.store(true, std::memory_order_relaxed);
}

void Gil::stop_recording() {
    Lock lk(mu_);
    if (!recording_.load(std::memory_order_relaxed)) return;
    recording_.store(false, std::memory_order_relaxed);
    recording_end_ns_ = clock::monotonic_ns();
}

TraceData Gil::trace() {
    Lock lk(mu_);
    TraceData d;
    d.begin_ns = recording_begin_ns_;
    d.end_ns = recording_.load(std::memory_order_relaxed) || !recording_end_ns_ ? clock::monotonic_ns() : recording_end_ns_;
    d.pid = int64_t(getpid());
    d.policy = policy_.name;
    d.switch_interval_us = interval_us_.load(std::memory_order_relaxed);
    if (!recording_begin_ns_) return d;
    for (const auto& t : threads_) {
        TraceBuffer* b = t->trace.load(std::memory_order_acquire);
        bool alive_at_start = false;
        ThreadTrack track;
        for (const StartState& st : recording_start_)
            if (st.serial == t->serial) {
                alive_at_start = true;
                track.initial_state = st.state;
                track.initial_reason = st.reason;
            }
        bool born_during = t->created_ns >= d.begin_ns && t->created_ns <= d.end_ns;
        if (!b || (!alive_at_start && !born_during)) continue;
        track.serial = t->serial;
        track.name = t->name;
        track.native_id = t->native_id.load(std::memory_order_relaxed);
        track.created_ns = std::max(t->created_ns, d.begin_ns);
        std::vector<TraceEvent> all;
        b->copy_to(all);
        for (const TraceEvent& e : all)
            if (e.ts_ns >= d.begin_ns && e.ts_ns <= d.end_ns) track.events.push_back(e);
        d.threads.push_back(std::move(track));
    }
    return d;
}

void Gil::set_name(ThreadRecord& t, std::string name) {
    Lock lk(mu_);
    t.name = std::move(name);
}

void Gil::set_identity(ThreadRecord& t) {
    t.ident.store(uint64_t(pthread_self()), std::memory_order_relaxed);
    t.native_id.store(int64_t(syscall(SYS_gettid)), std::memory_order_relaxed);
    clockid_t cid;
    bool ok = pthread_getcpuclockid(pthread_self(), &cid) == 0;
    Lock lk(mu_);
    t.cpu_clock = cid;
    t.has_cpu_clock = ok;
}

// Advances the process-wide totals to `now` (the state they describe held since the
// previous event).
void Gil::account(int64_t now) {
    int64_t dt = now - last_event_ns_;
    if (dt > 0) {
        if (holder_.load(std::memory_order_relaxed)) totals_.held_ns += dt;
        if (ready_count_ > 0) totals_.contended_ns += dt;
    }
    last_event_ns_ = now;
}

// Moves `t` to state `s`, charging the time since its last change to the state it leaves.
void Gil::enter(Lock&, ThreadRecord& t, RunState s, WaitReason why, int64_t now, bool forced) {
    account(now);
    record(t, TraceEvent{now, 0, TraceKind::State, s, s == RunState::Waiting ? why : WaitReason::None, forced});
    int64_t dt = std::max<int64_t>(0, now - t.since_ns);
    t.counters.ns_in_state[int(t.state)] += dt;
    if (t.state == RunState::Waiting) t.counters.ns_waiting_on[int(t.reason)] += dt;
    if (t.state == RunState::Ready) {
        --ready_count_;
        t.counters.longest_ready_ns = std::max(t.counters.longest_ready_ns, dt);
    }
    if (s == RunState::Ready) ++ready_count_;
    ready_count_mirror_.store(ready_count_, std::memory_order_relaxed);
    t.state = s;
    t.reason = s == RunState::Waiting ? why : WaitReason::None;
    t.since_ns = now;
    if (s == RunState::Terminated) {
        t.ended_ns = now;
        // Only the thread itself ends itself, so its own CPU clock is still valid here.
        if (t.has_cpu_clock) t.cpu_ns_at_end = clock::read(t.cpu_clock);
        t.has_cpu_clock = false;
    }
    assert(ready_count_ >= 0);
}

void Gil::park_forever(Lock& lk, ThreadRecord& t) {
    if (t.priority) {
        t.priority = false;
        --priority_waiters_;
        cond_.notify_all(); // plain waiters it was holding back may go
    }
    if (t.state != RunState::Terminated) enter(lk, t, RunState::Terminated, WaitReason::None, clock::monotonic_ns());
    switch_cond_.notify_all(); // a forced dropper may be waiting for this thread to take over
    for (;;) parked_.wait(lk);
}

// With `mu_` held and `t` ready: waits until the GIL is free (and, under io-priority,
// until no thread with priority is waiting, unless `t` is one), posting a drop request
// whenever a whole switch interval passes without a switch, then takes it.
void Gil::wait_and_acquire(Lock& lk, ThreadRecord& t) {
    auto blocked = [&] {
        return holder_.load(std::memory_order_relaxed) != nullptr || (priority_waiters_ > 0 && !t.priority);
    };
    while (blocked()) {
        uint64_t seen = switch_number_;
        bool timed_out;
        if (policy_.drop_requests) {
            auto interval = std::chrono::microseconds(std::max<int64_t>(1, interval_us_.load(std::memory_order_relaxed)));
            timed_out = cond_.wait_for(lk, interval) == std::cv_status::timeout;
        } else {
            cond_.wait(lk); // legacy: nobody is ever asked to drop
            timed_out = false;
        }
        if (t.abandoned.load(std::memory_order_relaxed)) park_forever(lk, t);
        ThreadRecord* h = holder_.load(std::memory_order_relaxed);
        if (!timed_out && h && switch_number_ != seen) {
            ++t.counters.futile_wakeups; // woken for a release, but someone else has it again
            ++totals_.futile_wakeups;
        }
        if (timed_out && h && switch_number_ == seen && policy_.drop_requests) request_drop(t, *h);
    }
    int64_t now = clock::monotonic_ns();
    if (t.priority) {
        t.priority = false;
        --priority_waiters_;
    }
    enter(lk, t, RunState::Running, WaitReason::None, now);
    holder_.store(&t, std::memory_order_relaxed);
    if (last_holder_ != &t) ++totals_.switches;
    last_holder_ = &t;
    ++switch_number_;
    ++t.counters.acquisitions;
    ++totals_.acquisitions;
    if (EvalBreaker* b = t.breaker.load(std::memory_order_relaxed)) {
        // A request posted in this interpreter's breaker was meant for the previous holder.
        b->clear(EvalBreaker::GilDropRequest);
        if (policy_.check_interval > 0) b->set(EvalBreaker::LegacyTick);
        else b->clear(EvalBreaker::LegacyTick);
    }
    switch_cond_.notify_all();
}

// Asks the holder `h` to drop the GIL at its next instruction boundary.
void Gil::request_drop(ThreadRecord& t, ThreadRecord& h) {
    if (EvalBreaker* b = h.breaker.load(std::memory_order_relaxed)) b->set(EvalBreaker::GilDropRequest);
    record(t, TraceEvent{clock::monotonic_ns(), h.serial, TraceKind::DropRequest});
    ++t.counters.drop_requests;
    ++totals_.drop_requests;
}

namespace {
constexpr int64_t kPrioritySpinNs = 50'000;

inline void cpu_relax() {
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#elif defined(__aarch64__)
    asm volatile("yield");
#endif
}
} // namespace

void Gil::spin_until_released(int64_t max_ns) {
    int64_t deadline = clock::monotonic_ns() + max_ns;
    for (int i = 0; holder_.load(std::memory_order_acquire) != nullptr; ++i) {
        cpu_relax();
        if ((i & 63) == 63 && clock::monotonic_ns() > deadline) return;
    }
}

void Gil::take(ThreadRecord& t) {
    Lock lk(mu_);
    if (t.abandoned.load(std::memory_order_relaxed)) park_forever(lk, t);
    assert(holder_.load() != &t && "the GIL is not reentrant");
    bool back_from_blocking = t.state == RunState::Waiting && t.reason != WaitReason::Native && t.reason != WaitReason::Other;
    enter(lk, t, RunState::Ready, WaitReason::None, clock::monotonic_ns());
    if (policy_.io_priority && back_from_blocking) {
        // io-priority: do not wait a whole switch interval behind a CPU-bound holder.
        t.priority = true;
        ++priority_waiters_;
        if (ThreadRecord* h = holder_.load(std::memory_order_relaxed)) {
            request_drop(t, *h);
            // The holder answers at its next instruction boundary, well within a
            // microsecond; sleeping on the condition variable would add a wake-up (several
            // microseconds, more than the I/O itself) to every return from a short blocking
            // call. So spin a little first, as adaptive mutexes do; a holder stuck in native
            // code without the breaker check makes the spin give up and sleep.
            lk.unlock();
            spin_until_released(kPrioritySpinNs);
            lk.lock();
        }
    }
    wait_and_acquire(lk, t);
}

void Gil::drop(ThreadRecord& t, WaitReason why) {
    Lock lk(mu_);
    assert(holder_.load() == &t && "only the holder may drop the GIL");
    enter(lk, t, RunState::Waiting, why, clock::monotonic_ns());
    holder_.store(nullptr, std::memory_order_relaxed);
    ++t.counters.voluntary_drops;
    // A pending request is answered by this release; leave no stale bit behind.
    if (EvalBreaker* b = t.breaker.load(std::memory_order_relaxed)) b->clear(EvalBreaker::GilDropRequest);
    wake_waiter();
}

// Signals the release to waiters: one suffices, unless a thread with priority waits and
// the one woken might be a plain waiter, which could not take the lock.
void Gil::wake_waiter() {
    if (priority_waiters_ > 0) cond_.notify_all();
    else cond_.notify_one();
}

void Gil::tick(ThreadRecord& t) {
    // With nobody waiting, a release and re-acquire could change nothing: skip the cost.
    if (ready_count_mirror_.load(std::memory_order_relaxed) == 0) return;
    {
        Lock lk(mu_);
        assert(holder_.load() == &t && "only the holder may release the GIL");
        enter(lk, t, RunState::Ready, WaitReason::None, clock::monotonic_ns());
        holder_.store(nullptr, std::memory_order_relaxed);
        ++t.counters.tick_releases;
        ++totals_.tick_releases;
        wake_waiter();
    }
    // Python 2 released and re-acquired with two separate lock operations; the woken
    // waiter may win the race in between, but the releaser, still on its CPU, usually does.
    Lock lk(mu_);
    wait_and_acquire(lk, t);
}

void Gil::yield(ThreadRecord& t) {
    Lock lk(mu_);
    assert(holder_.load() == &t && "only the holder may yield the GIL");
    EvalBreaker* b = t.breaker.load(std::memory_order_relaxed);
    if (b) b->clear(EvalBreaker::GilDropRequest);
    if (ready_count_ == 0) return; // the waiter that asked has gone: nothing to hand over
    enter(lk, t, RunState::Ready, WaitReason::None, clock::monotonic_ns(), /*forced=*/true);
    holder_.store(nullptr, std::memory_order_relaxed);
    ++t.counters.forced_drops;
    ++totals_.forced_drops;
    wake_waiter();
    // Forced switching: wait until another thread has taken the GIL (or nobody else
    // wants it any more), so that the request is honoured.
    while (last_holder_ == &t && ready_count_ > 1) switch_cond_.wait(lk);
    wait_and_acquire(lk, t);
}

void Gil::finish(ThreadRecord& t) {
    Lock lk(mu_);
    bool held = holder_.load(std::memory_order_relaxed) == &t;
    enter(lk, t, RunState::Terminated, WaitReason::None, clock::monotonic_ns());
    if (held) {
        holder_.store(nullptr, std::memory_order_relaxed);
        wake_waiter();
    }
}

void Gil::abandon(ThreadRecord& t) {
    Lock lk(mu_);
    t.abandoned.store(true, std::memory_order_relaxed);
    cond_.notify_all(); // a waiter re-checks the flag and parks
}

void Gil::set_switch_interval_us(int64_t us) { interval_us_.store(std::max<int64_t>(us, 0), std::memory_order_relaxed); }

GilSnapshot Gil::snapshot() {
    Lock lk(mu_);
    GilSnapshot s;
    s.now_ns = clock::monotonic_ns();
    s.process_cpu_ns = clock::process_cpu_ns();
    s.policy = policy_.name;
    account(s.now_ns);
    s.switch_interval_us = interval_us_.load(std::memory_order_relaxed);
    if (ThreadRecord* h = holder_.load(std::memory_order_relaxed)) s.holder_serial = h->serial;
    s.totals = totals_;
    s.threads.reserve(threads_.size());
    for (const auto& t : threads_) {
        ThreadSnapshot ts;
        ts.serial = t->serial;
        ts.name = t->name;
        ts.ident = t->ident.load(std::memory_order_relaxed);
        ts.native_id = t->native_id.load(std::memory_order_relaxed);
        ts.state = t->state;
        ts.reason = t->reason;
        ts.created_ns = t->created_ns;
        ts.ended_ns = t->ended_ns;
        ts.cpu_ns = (t->has_cpu_clock ? clock::read(t->cpu_clock) : t->cpu_ns_at_end) - t->cpu_ns_at_reset;
        ts.counters = t->counters;
        if (t->state != RunState::Terminated) {
            int64_t dt = std::max<int64_t>(0, s.now_ns - t->since_ns);
            ts.counters.ns_in_state[int(t->state)] += dt;
            if (t->state == RunState::Waiting) ts.counters.ns_waiting_on[int(t->reason)] += dt;
            if (t->state == RunState::Ready) ts.counters.longest_ready_ns = std::max(ts.counters.longest_ready_ns, dt);
        }
        s.threads.push_back(std::move(ts));
    }
    return s;
}

void Gil::reset_stats() {
    Lock lk(mu_);
    int64_t now = clock::monotonic_ns();
    account(now);
    totals_ = GilTotals{};
    totals_.since_ns = now;
    // CPU clocks cannot be reset: remember where they stood, so that CPU times (and
    // the parallelism derived from them) cover the new period only.
    totals_.since_process_cpu_ns = clock::process_cpu_ns();
    std::erase_if(threads_, [](const std::shared_ptr<ThreadRecord>& t) { return t->state == RunState::Terminated; });
    for (auto& t : threads_) {
        t->counters = ThreadCounters{};
        t->since_ns = now;
        t->cpu_ns_at_reset = t->has_cpu_clock ? clock::read(t->cpu_clock) : t->cpu_ns_at_end;
    }
}

} // namespace gilt
