// The lock primitive under every script-level wait: timeouts, release by another thread, Ctrl-C.
#include <doctest/doctest.h>

#include <pthread.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <thread>
#include <vector>

#include "runtime/clock.hpp"
#include "runtime/signals.hpp"
#include "runtime/thread_lock.hpp"

using namespace gilt;
using namespace std::chrono_literals;

TEST_CASE("acquire, try_acquire and release") {
    ThreadLock lock;
    CHECK_FALSE(lock.locked());
    CHECK(lock.try_acquire());
    CHECK(lock.locked());
    CHECK_FALSE(lock.try_acquire());
    CHECK(lock.acquire(0, false) == ThreadLock::Result::TimedOut);
    CHECK(lock.release());
    CHECK_FALSE(lock.release()); // releasing an unlocked lock is refused
    CHECK(lock.acquire(-1, false) == ThreadLock::Result::Acquired);
    CHECK(lock.release());
}

TEST_CASE("a timed acquire waits about as long as asked") {
    ThreadLock lock;
    lock.try_acquire();
    int64_t t0 = clock::monotonic_ns();
    CHECK(lock.acquire(30'000'000, false) == ThreadLock::Result::TimedOut);
    int64_t waited = clock::monotonic_ns() - t0;
    CHECK(waited >= 30'000'000);
    CHECK(waited < 2'000'000'000);
}

TEST_CASE("another thread's release wakes a waiter") {
    ThreadLock lock;
    lock.try_acquire();
    std::thread releaser([&] {
        std::this_thread::sleep_for(20ms);
        lock.release();
    });
    CHECK(lock.acquire(5'000'000'000, false) == ThreadLock::Result::Acquired);
    releaser.join();
}

TEST_CASE("many threads hand one lock around without losing a wake-up") {
    ThreadLock lock;
    long counter = 0;
    std::atomic<int> failures{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < 16; ++i)
        threads.emplace_back([&] {
            for (int k = 0; k < 2000; ++k) {
                if (lock.acquire(-1, false) != ThreadLock::Result::Acquired) ++failures;
                ++counter;
                lock.release();
            }
        });
    for (auto& t : threads) t.join();
    CHECK(failures.load() == 0);
    CHECK(counter == 16 * 2000);
    CHECK_FALSE(lock.locked());
}

TEST_CASE("SIGINT interrupts an interruptible wait, and only that one") {
    signals::install_interrupt_handler();
    ThreadLock lock;
    lock.try_acquire();
    std::atomic<int> result{-1};
    std::atomic<bool> waiting{false};
    std::atomic<pthread_t> waiter_id{};
    std::thread waiter([&] {
        waiter_id = pthread_self();
        waiting = true;
        result = int(lock.acquire(10'000'000'000, true));
    });
    while (!waiting.load()) std::this_thread::yield();
    std::this_thread::sleep_for(20ms);
    signals::raise_interrupt(); // what the handler does, then deliver the signal itself
    pthread_kill(waiter_id, SIGINT);
    waiter.join();
    CHECK(result.load() == int(ThreadLock::Result::Interrupted));
    CHECK(signals::take_pending_interrupt());
    // Without `interruptible`, the same signal only resumes the wait.
    waiting = false;
    std::thread patient([&] {
        waiter_id = pthread_self();
        waiting = true;
        result = int(lock.acquire(60'000'000, false));
    });
    while (!waiting.load()) std::this_thread::yield();
    std::this_thread::sleep_for(10ms);
    pthread_kill(waiter_id, SIGINT);
    patient.join();
    CHECK(result.load() == int(ThreadLock::Result::TimedOut));
    signals::take_pending_interrupt();
}
