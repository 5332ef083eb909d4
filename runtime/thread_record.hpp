// One OS thread as the GIL sees it: its life-cycle state, the time spent in each state, and its GIL counters.
#pragma once

#include <time.h>

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>

#include "runtime/eval_breaker.hpp"

namespace gilt {

class TraceBuffer;

// The five states of the classic thread life cycle (DESIGN.md decision 2):
//
//   new ──► ready ──► running ──► terminated
//             ▲   ◄──┘   │
//             │ (forced) │ blocks (sleep, lock, I/O, join, native)
//             └─ waiting ◄┘
//
// `ready` means "runnable, wants the GIL"; `running` means "holds the GIL"; `waiting`
// means "blocked in a system call or a wait, GIL released".
enum class RunState : uint8_t { New, Ready, Running, Waiting, Terminated };
inline constexpr int kRunStateCount = 5;

// What a waiting thread waits on (kept with the state so the views can say it).
enum class WaitReason : uint8_t { None, Sleep, Lock, Io, Join, Native, Other };
inline constexpr int kWaitReasonCount = 7;

const char* run_state_name(RunState s);
const char* wait_reason_name(WaitReason r);

// The exact accounting of one thread, as a copyable snapshot. Every field is updated at
// the transition that causes it, under the GIL's own mutex, so a snapshot taken under
// that mutex is consistent.
struct ThreadCounters {
    int64_t ns_in_state[kRunStateCount] = {};   // wall time spent in each state
    int64_t ns_waiting_on[kWaitReasonCount] = {}; // the `waiting` time, split by reason
    uint64_t acquisitions = 0;    // times this thread took the GIL
    uint64_t forced_drops = 0;    // releases because another thread asked (drop request)
    uint64_t voluntary_drops = 0; // releases around a blocking call
    uint64_t drop_requests = 0;   // drop requests this thread made while it waited
    uint64_t tick_releases = 0;   // legacy policy: releases every N instructions
    uint64_t futile_wakeups = 0;  // woken to take the GIL, but another thread had it again
    int64_t longest_ready_ns = 0; // the longest single wait for the GIL
};

// A thread registered with the GIL. Records are created by Gil::register_thread and
// stay listed after the thread ends (state `terminated`), so a program's stats still
// show threads that have finished; Gil::reset_stats forgets the terminated ones.
//
// Only the thread itself changes its state, always while holding the GIL's mutex
// (Gil::take/drop/yield/finish); other threads only read, under the same mutex.
class ThreadRecord {
public:
    ThreadRecord(uint64_t serial, std::string name, int64_t now_ns);
    ThreadRecord(const ThreadRecord&) = delete;
    ThreadRecord& operator=(const ThreadRecord&) = delete;

    const uint64_t serial;  // 1, 2, 3... in order of registration (process-wide)
    std::string name;       // guarded by the GIL's mutex (Gil::set_name)
    // Set by the thread itself when it starts (Gil::set_identity); atomic because others
    // may look a thread up by ident meanwhile.
    std::atomic<uint64_t> ident{0};    // pthread_self(), as threading.get_ident() reports it
    std::atomic<int64_t> native_id{0}; // the kernel's thread id, as threading.get_native_id()
    // The thread's CPU-time clock, readable from other threads while it lives; at the end
    // its final CPU time is kept in cpu_ns_at_end (both under the GIL's mutex).
    clockid_t cpu_clock{};
    bool has_cpu_clock = false;
    int64_t cpu_ns_at_end = 0;
    int64_t cpu_ns_at_reset = 0; // its CPU time when the accounting period began
    const int64_t created_ns;
    int64_t ended_ns = 0;

    RunState state = RunState::New;
    WaitReason reason = WaitReason::None;
    int64_t since_ns;        // when the current state began
    ThreadCounters counters; // totals of the states already left
    bool priority = false;   // io-priority policy: back from a blocking call, served first

    // Where a drop request for this thread is posted: the eval breaker of the
    // interpreter whose bytecode the thread runs (set by the interpreter).
    std::atomic<EvalBreaker*> breaker{nullptr};

    // The thread's interpreter is gone (a daemon thread outliving it): the thread must
    // never take the GIL again and parks forever the next time it tries.
    std::atomic<bool> abandoned{false};

    // Its event buffer for the trace views, made the first time recording is on while
    // the thread exists and kept for the record's life (only this thread appends).
    std::atomic<TraceBuffer*> trace{nullptr};
    std::unique_ptr<TraceBuffer> trace_owner;
    ~ThreadRecord();
};

} // namespace gilt
