// Recording what the GIL and the threads do: timestamped events in per-thread buffers, merged into a trace for the views.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "runtime/thread_record.hpp"

namespace gilt {

// What happened. Every event is recorded by the thread it happened on, into that
// thread's own buffer, so recording takes no lock shared between threads.
enum class TraceKind : uint8_t {
    State,       // the thread entered `state` (with `reason` when waiting; `forced` when a
                 // running thread became ready because it was asked to drop the GIL)
    DropRequest, // this thread, waiting for the GIL, asked thread `other` to drop it
    GcBegin,     // a garbage collection began on this thread (it holds the GIL)
    GcEnd,
};

struct TraceEvent {
    int64_t ts_ns;
    uint64_t other = 0; // DropRequest: the serial of the thread asked to drop
    TraceKind kind;
    RunState state = RunState::New;
    WaitReason reason = WaitReason::None;
    bool forced = false;
};

// One thread's events: written by that thread only, read by whoever merges a trace.
// Fixed-size chunks never move, and the count of complete events is published with a
// release store, so a reader may copy the events while the writer goes on appending.
class TraceBuffer {
public:
    TraceBuffer() = default;
    ~TraceBuffer();
    TraceBuffer(const TraceBuffer&) = delete;
    TraceBuffer& operator=(const TraceBuffer&) = delete;

    void append(const TraceEvent& e);
    // Copies the events published so far.
    void copy_to(std::vector<TraceEvent>& out) const;
    size_t size() const { return count_.load(std::memory_order_acquire); }

private:
    static constexpr size_t kChunk = 4096;
    struct Chunk {
        TraceEvent events[kChunk];
        std::atomic<Chunk*> next{nullptr};
    };
    Chunk* head_ = nullptr;
    Chunk* tail_ = nullptr; // the writer's chunk
    std::atomic<size_t> count_{0};
};

// A state the thread was in, from `begin_ns` to `end_ns` (derived from State events).
struct StateSpan {
    int64_t begin_ns;
    int64_t end_ns;
    RunState state;
    WaitReason reason;
    bool forced; // a `ready` span that began with a forced drop
};

// One thread in a merged trace.
struct ThreadTrack {
    uint64_t serial = 0;
    std::string name;
    int64_t native_id = 0;
    int64_t created_ns = 0;                 // the later of its creation and the recording's start
    RunState initial_state = RunState::New; // its state when recording started
    WaitReason initial_reason = WaitReason::None;
    std::vector<TraceEvent> events;         // in time order

    // The thread's life as consecutive spans, clipped to [begin_ns, end_ns].
    std::vector<StateSpan> spans(int64_t begin_ns, int64_t end_ns) const;
};

// Everything the views draw: the recording period and one track per thread.
struct TraceData {
    int64_t begin_ns = 0;
    int64_t end_ns = 0;
    int64_t pid = 0;
    std::string policy;
    int64_t switch_interval_us = 0;
    std::vector<ThreadTrack> threads; // in order of registration
};

} // namespace gilt
