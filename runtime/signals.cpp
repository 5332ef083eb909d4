// SIGINT delivery: the handler sets a flag and the PendingSignal bit of watching breakers.
#include "runtime/signals.hpp"

#include <atomic>
#include <csignal>

namespace gilt::signals {

namespace {

// Signals are process-wide by nature, so this is the one piece of shared state: a
// fixed table of atomics, the only thing an async-signal-safe handler may touch.
constexpr int kMaxWatchers = 32;
std::atomic<EvalBreaker*> g_watchers[kMaxWatchers];
std::atomic<bool> g_pending{false};

void on_sigint(int) { raise_interrupt(); }

} // namespace

void raise_interrupt() {
    g_pending.store(true, std::memory_order_relaxed);
    for (auto& w : g_watchers) {
        EvalBreaker* b = w.load(std::memory_order_relaxed);
        if (b) b->set(EvalBreaker::PendingSignal);
    }
}

void install_interrupt_handler() {
    // As CPython: a process started with SIGINT ignored (a background job of a
    // non-interactive shell, nohup) keeps ignoring it.
    struct sigaction old = {};
    if (sigaction(SIGINT, nullptr, &old) == 0 && old.sa_handler == SIG_IGN) return;
    struct sigaction sa = {};
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0; // no SA_RESTART: blocking calls return EINTR and check for it
    sigaction(SIGINT, &sa, nullptr);
}

void watch_interrupts(EvalBreaker* breaker) {
    for (auto& w : g_watchers) {
        EvalBreaker* expected = nullptr;
        if (w.compare_exchange_strong(expected, breaker)) return;
    }
}

void unwatch_interrupts(EvalBreaker* breaker) {
    for (auto& w : g_watchers) {
        EvalBreaker* expected = breaker;
        w.compare_exchange_strong(expected, nullptr);
    }
}

bool take_pending_interrupt() { return g_pending.exchange(false, std::memory_order_relaxed); }
bool interrupt_pending() { return g_pending.load(std::memory_order_relaxed); }

} // namespace gilt::signals
