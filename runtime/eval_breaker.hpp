// The eval breaker: one atomic word the bytecode loop checks at every instruction boundary.
#pragma once

#include <atomic>
#include <cstdint>

namespace gilt {

// Anything that must interrupt running bytecode — a GIL drop request, a pending signal,
// a garbage-collection request, a host interrupt, an exhausted resource limit — sets a
// bit here. The interpreter loop pays one relaxed load per instruction while no bit is
// set; when one is, it leaves the fast path and handles the bits at a safe point (a
// point where every live value sits in a frame, so the GC may run and the GIL may be
// dropped). Setters may be other threads or a signal handler, hence the atomic.
class EvalBreaker {
public:
    enum Bit : uint32_t {
        GilDropRequest = 1u << 0, // another thread waited a whole switch interval
        PendingSignal = 1u << 1,  // SIGINT arrived: raise KeyboardInterrupt
        GcRequest = 1u << 2,      // the heap crossed its collection threshold
        HostInterrupt = 1u << 3,  // the embedding host asked the script to stop
        LimitCheck = 1u << 4,     // an instruction budget or deadline needs checking
        LegacyTick = 1u << 5,     // the legacy GIL policy counts instructions ("ticks")
    };

    uint32_t load() const { return bits_.load(std::memory_order_relaxed); }
    bool any() const { return load() != 0; }
    bool test(Bit b) const { return (load() & b) != 0; }
    void set(Bit b) { bits_.fetch_or(b, std::memory_order_relaxed); }
    void clear(Bit b) { bits_.fetch_and(~uint32_t(b), std::memory_order_relaxed); }

private:
    std::atomic<uint32_t> bits_{0};
};

} // namespace gilt
