// Blocking regions: where a thread waits (sleep, I/O, locks) without holding the GIL.
#pragma once

#include <cstdint>

#include "core/thread_state.hpp"
#include "runtime/thread_record.hpp"

namespace gilt {

// Why a thread is waiting; recorded with its state so the GIL views can say what a
// waiting thread waits on.
using BlockReason = WaitReason;

// Everything between construction and destruction runs without the GIL: other threads
// may run script code meanwhile. Code inside must not touch the heap or any Value that
// is not kept alive elsewhere (a frame, a Rooted); it is meant for the system call or
// native work only. If the thread does not hold the GIL (start-up and shutdown code
// outside any API call), the region changes nothing.
class BlockingRegion {
public:
    BlockingRegion(ThreadState& ts, BlockReason reason);
    ~BlockingRegion();
    BlockingRegion(const BlockingRegion&) = delete;
    BlockingRegion& operator=(const BlockingRegion&) = delete;

private:
    ThreadState& ts_;
    bool released_;
};

// Called at a safe point when another thread asked for the GIL: drops it, lets the
// other thread run, takes it back.
void gil_yield(ThreadState& ts);

} // namespace gilt
