// The one blocking primitive under every script-level wait: a binary semaphore with timeouts that Ctrl-C interrupts.
#include "runtime/thread_lock.hpp"

#include <cerrno>
#include <csignal>
#include <ctime>

#include "runtime/clock.hpp"
#include "runtime/signals.hpp"

namespace gilt {

ThreadLock::ThreadLock() { sem_init(&sem_, 0, 1); }
ThreadLock::~ThreadLock() { sem_destroy(&sem_); }

bool ThreadLock::try_acquire() {
    while (sem_trywait(&sem_) != 0)
        if (errno != EINTR) return false;
    return true;
}

ThreadLock::Result ThreadLock::acquire(int64_t timeout_ns, bool interruptible) {
    if (try_acquire()) return Result::Acquired;
    if (timeout_ns == 0) return Result::TimedOut;
    int64_t deadline = timeout_ns > 0 ? clock::monotonic_ns() + timeout_ns : 0;
    for (;;) {
        int r;
        if (timeout_ns < 0) {
            r = sem_wait(&sem_);
        } else {
            timespec ts{time_t(deadline / 1'000'000'000), long(deadline % 1'000'000'000)};
            r = sem_clockwait(&sem_, CLOCK_MONOTONIC, &ts);
        }
        if (r == 0) return Result::Acquired;
        if (errno == ETIMEDOUT) return Result::TimedOut;
        if (errno == EINTR && interruptible && signals::interrupt_pending()) return Result::Interrupted;
        // Another signal: go on waiting for what is left of the timeout.
    }
}

bool ThreadLock::release() {
    // Callers hold the GIL, so no other release races with this check.
    if (!locked()) return false;
    sem_post(&sem_);
    return true;
}

bool ThreadLock::locked() const {
    int value = 0;
    sem_getvalue(&sem_, &value);
    return value == 0;
}

void block_interrupts_in_this_thread() {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
}

} // namespace gilt
