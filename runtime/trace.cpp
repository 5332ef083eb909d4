// Recording what the GIL and the threads do: timestamped events in per-thread buffers, merged into a trace for the views.
#include "runtime/trace.hpp"

#include <algorithm>

namespace gilt {

// Defined here, where TraceBuffer is complete.
ThreadRecord::ThreadRecord(uint64_t serial, std::string name, int64_t now_ns)
    : serial(serial), name(std::move(name)), created_ns(now_ns), since_ns(now_ns) {}
ThreadRecord::~ThreadRecord() = default;

TraceBuffer::~TraceBuffer() {
    for (Chunk* c = head_; c;) {
        Chunk* next = c->next.load(std::memory_order_relaxed);
        delete c;
        c = next;
    }
}

void TraceBuffer::append(const TraceEvent& e) {
    size_t n = count_.load(std::memory_order_relaxed);
    size_t slot = n % kChunk;
    if (slot == 0) {
        auto* c = new Chunk();
        if (tail_) tail_->next.store(c, std::memory_order_release);
        else head_ = c;
        tail_ = c;
    }
    tail_->events[slot] = e;
    count_.store(n + 1, std::memory_order_release);
}

void TraceBuffer::copy_to(std::vector<TraceEvent>& out) const {
    size_t n = count_.load(std::memory_order_acquire);
    const Chunk* c = head_;
    // head_ is written once, before the first count_ release store that makes n > 0.
    for (size_t i = 0; i < n && c; ++i) {
        out.push_back(c->events[i % kChunk]);
        if (i % kChunk == kChunk - 1) c = c->next.load(std::memory_order_acquire);
    }
}

std::vector<StateSpan> ThreadTrack::spans(int64_t begin_ns, int64_t end_ns) const {
    std::vector<StateSpan> out;
    RunState state = initial_state;
    WaitReason reason = initial_reason;
    bool forced = false;
    int64_t since = std::max(begin_ns, created_ns);
    auto close = [&](int64_t at) {
        int64_t b = std::max(since, begin_ns), e = std::min(at, end_ns);
        if (e > b) out.push_back({b, e, state, reason, forced});
    };
    for (const TraceEvent& ev : events) {
        if (ev.kind != TraceKind::State) continue;
        close(ev.ts_ns);
        state = ev.state;
        reason = ev.reason;
        forced = ev.forced;
        since = ev.ts_ns;
    }
    if (state != RunState::Terminated) close(end_ns);
    return out;
}

} // namespace gilt
