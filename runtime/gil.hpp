// The global interpreter lock: CPython's "new GIL" protocol, with exact per-thread accounting.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "runtime/thread_record.hpp"
#include "runtime/trace.hpp"

namespace gilt {

// One thread's accounting at the moment of a snapshot: the totals of the states it
// has left plus the time spent so far in the state it is in.
struct ThreadSnapshot {
    uint64_t serial = 0;
    std::string name;
    uint64_t ident = 0;
    int64_t native_id = 0;
    RunState state = RunState::New;
    WaitReason reason = WaitReason::None;
    int64_t created_ns = 0;
    int64_t ended_ns = 0; // 0 while the thread lives
    int64_t cpu_ns = 0;   // CPU time the thread used in the accounting period (0 if unknown)
    ThreadCounters counters;
};

// Process-wide totals since the GIL was created or its stats were last reset.
struct GilTotals {
    int64_t since_ns = 0;       // start of the accounting period
    int64_t since_process_cpu_ns = 0; // the process's CPU time at since_ns
    int64_t held_ns = 0;        // some thread held the GIL
    int64_t contended_ns = 0;   // at least one thread was ready (wanted the GIL and waited)
    uint64_t acquisitions = 0;  // takes, all threads
    uint64_t switches = 0;      // takes by a thread other than the previous holder
    uint64_t drop_requests = 0; // waiters that timed out and asked the holder to drop
    uint64_t forced_drops = 0;  // holders that dropped because they were asked
    uint64_t tick_releases = 0; // legacy policy: releases every N instructions
    uint64_t futile_wakeups = 0;
};

struct GilSnapshot {
    int64_t now_ns = 0;
    int64_t process_cpu_ns = 0; // CPU time of the whole process so far
    std::string policy;
    int64_t switch_interval_us = 0;
    uint64_t holder_serial = 0; // 0: nobody holds it
    GilTotals totals;
    std::vector<ThreadSnapshot> threads; // in order of registration
};

// How the GIL decides who runs next: the protocol in gil.cpp consults these knobs at its
// three decision points (does a waiter ask the holder to drop, and when; who is served
// first when the lock is free; does the holder let go on its own every N instructions).
struct SwitchPolicy {
    const char* name;
    // A waiter that waited a whole switch interval posts a drop request, and the holder,
    // having dropped on request, waits until another thread took over (forced switching).
    bool drop_requests;
    // A thread coming back from a blocking call (I/O, sleep, lock, join) asks for an
    // immediate drop and is served before CPU-bound waiters.
    bool io_priority;
    // Python 2's scheme: every N bytecodes the holder releases and at once re-contends
    // (0: never). Nobody is asked to drop; whoever wins the race runs.
    int check_interval;

    static const SwitchPolicy kNew;        // CPython 3.2+ (the default)
    static const SwitchPolicy kLegacy;     // CPython 2: release every 100 ticks
    static const SwitchPolicy kIoPriority; // new + I/O priority (bpo-7946's proposal)
    // "new", "legacy", "legacy:N" (N ticks), "io-priority"; false for anything else.
    static bool parse(const std::string& text, SwitchPolicy& out);
};

// The lock itself. There is one per process (Gil::process()); every interpreter in the
// process shares it, as DESIGN.md decision 1 says. See gil.cpp for the protocol.
class Gil {
public:
    Gil();
    Gil(const Gil&) = delete;
    Gil& operator=(const Gil&) = delete;

    // The process's GIL. Never destroyed: a daemon thread may still be parked on it
    // while the process exits.
    static Gil& process();

    // Registers a thread (state `new`). The caller keeps the record alive as long as
    // the thread may use it; the GIL keeps it listed for the stats.
    std::shared_ptr<ThreadRecord> register_thread(std::string name);
    void set_name(ThreadRecord& t, std::string name);
    // Records the calling thread's pthread and kernel ids (and its CPU clock) in `t`.
    void set_identity(ThreadRecord& t);

    // new/waiting -> ready -> running. Blocks until `t` holds the GIL.
    void take(ThreadRecord& t);
    // running -> waiting(why): releases the GIL around a blocking call.
    void drop(ThreadRecord& t, WaitReason why);
    // running -> ready -> running, when another thread asked for the GIL (the eval
    // breaker's drop request): releases, waits until another thread has taken it
    // (forced switching), then takes it back.
    void yield(ThreadRecord& t);
    // running (or new) -> terminated, releasing the GIL if held.
    void finish(ThreadRecord& t);
    // Marks the thread as belonging to an interpreter that is gone: it parks forever
    // the next time it tries to take the GIL.
    void abandon(ThreadRecord& t);

    bool held_by(const ThreadRecord& t) const { return holder_.load(std::memory_order_relaxed) == &t; }
    bool held() const { return holder_.load(std::memory_order_relaxed) != nullptr; }

    // Chosen at start-up (GILT_GIL_POLICY, gilt --gil-policy, gilt::set_gil_policy); may
    // change later, and applies from the next acquisition on.
    void set_policy(const SwitchPolicy& p);
    SwitchPolicy policy();
    // The legacy policy's release-and-recontend, called by the eval loop every
    // check_interval() instructions (0: the policy has no ticks).
    void tick(ThreadRecord& t);
    int check_interval() const { return check_interval_.load(std::memory_order_relaxed); }

    // sys.setswitchinterval / sys.getswitchinterval, in microseconds as CPython stores it.
    void set_switch_interval_us(int64_t us);
    int64_t switch_interval_us() const { return interval_us_.load(std::memory_order_relaxed); }

    GilSnapshot snapshot();
    // Starts a new accounting period: counters to zero, terminated threads forgotten.
    void reset_stats();

    // Event recording for the trace views (runtime/trace.hpp). Off, it costs one
    // relaxed load per state change; starting again begins a new recording period.
    void start_recording();
    void stop_recording();
    bool recording() const { return recording_.load(std::memory_order_relaxed); }
    // The events of the current (or last) recording period, merged per thread.
    TraceData trace();
    // A garbage collection on thread `t` (which holds the GIL) began or ended.
    void record_gc(ThreadRecord& t, bool begin);

private:
    using Lock = std::unique_lock<std::mutex>;
    void enter(Lock&, ThreadRecord& t, RunState s, WaitReason why, int64_t now, bool forced = false);
    void record(ThreadRecord& t, const TraceEvent& e);
    void account(int64_t now);
    void wait_and_acquire(Lock& lk, ThreadRecord& t);
    void request_drop(ThreadRecord& t, ThreadRecord& holder);
    // Polls (without mu_) until nobody holds the GIL, for at most max_ns.
    void spin_until_released(int64_t max_ns);
    void wake_waiter();
    [[noreturn]] void park_forever(Lock& lk, ThreadRecord& t);

    std::mutex mu_;
    std::condition_variable cond_;        // threads waiting for the GIL
    std::condition_variable switch_cond_; // a forced dropper waiting for the switch
    std::condition_variable parked_;      // abandoned threads, forever
    std::atomic<ThreadRecord*> holder_{nullptr};
    const ThreadRecord* last_holder_ = nullptr;
    uint64_t switch_number_ = 0;          // counts acquisitions; tells a waiter whether a switch happened
    int ready_count_ = 0;                 // threads in state `ready`
    std::atomic<int> ready_count_mirror_{0}; // the same, readable without the mutex (tick)
    int priority_waiters_ = 0;            // ready threads with `priority` set
    SwitchPolicy policy_;
    std::atomic<int> check_interval_{0}; // policy_.check_interval, readable without the mutex
    std::atomic<int64_t> interval_us_{5000};
    uint64_t next_serial_ = 1;
    int64_t last_event_ns_;
    GilTotals totals_;
    std::vector<std::shared_ptr<ThreadRecord>> threads_;

    std::atomic<bool> recording_{false};
    int64_t recording_begin_ns_ = 0;
    int64_t recording_end_ns_ = 0;
    // Each live thread's state when the current recording period began.
    struct StartState {
        uint64_t serial;
        RunState state;
        WaitReason reason;
    };
    std::vector<StartState> recording_start_;
};

// Holds the GIL for a scope, for code that must run under it.
class GilTake {
public:
    GilTake(Gil& gil, ThreadRecord& t) : gil_(gil), t_(t) { gil_.take(t_); }
    ~GilTake() { gil_.drop(t_, WaitReason::Other); }
    GilTake(const GilTake&) = delete;
    GilTake& operator=(const GilTake&) = delete;

private:
    Gil& gil_;
    ThreadRecord& t_;
};

// Releases the GIL for a scope (a blocking call), taking it back at the end.
class GilRelease {
public:
    GilRelease(Gil& gil, ThreadRecord& t, WaitReason why) : gil_(gil), t_(t) { gil_.drop(t_, why); }
    ~GilRelease() { gil_.take(t_); }
    GilRelease(const GilRelease&) = delete;
    GilRelease& operator=(const GilRelease&) = delete;

private:
    Gil& gil_;
    ThreadRecord& t_;
};

} // namespace gilt
