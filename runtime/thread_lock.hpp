// The one blocking primitive under every script-level wait: a binary semaphore with timeouts that Ctrl-C interrupts.
#pragma once

#include <semaphore.h>

#include <cstdint>

namespace gilt {

// A non-reentrant lock that any thread may release (threading.Lock semantics), built
// on a POSIX semaphore as CPython's is on Linux. Condition variables, events, queues,
// semaphores, barriers and Thread.join are all written in terms of it, so this is the
// one place where a waiting thread sleeps.
//
// Why a semaphore and not std::mutex + condition variable: sem_clockwait returns EINTR
// when a signal handler runs on the waiting thread, so Ctrl-C can wake a main thread
// blocked in join() or acquire() at once; a condition variable cannot be signalled from
// a handler. gilt's own threads block SIGINT, so the signal lands on the main thread.
class ThreadLock {
public:
    enum class Result { Acquired, TimedOut, Interrupted };

    ThreadLock();
    ~ThreadLock();
    ThreadLock(const ThreadLock&) = delete;
    ThreadLock& operator=(const ThreadLock&) = delete;

    bool try_acquire();
    // Waits up to timeout_ns (negative: forever). With `interruptible`, returns
    // Interrupted when a SIGINT arrives during the wait (signals::interrupt_pending()).
    Result acquire(int64_t timeout_ns, bool interruptible);
    // Releases; returns false if the lock was not held (the caller raises).
    bool release();
    bool locked() const;

private:
    mutable sem_t sem_;
};

// Blocks SIGINT in the calling thread, so that Ctrl-C is delivered to the main thread.
void block_interrupts_in_this_thread();

} // namespace gilt
