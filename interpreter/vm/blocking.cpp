// Blocking regions: where a thread waits (sleep, I/O, locks) without holding the GIL.
#include "vm/blocking.hpp"

#include "runtime/gil.hpp"

namespace gilt {

BlockingRegion::BlockingRegion(ThreadState& ts, BlockReason reason) : ts_(ts) {
    Gil& gil = Gil::process();
    released_ = gil.held_by(*ts.record);
    if (released_) gil.drop(*ts.record, reason);
}

BlockingRegion::~BlockingRegion() {
    if (released_) Gil::process().take(*ts_.record);
}

void gil_yield(ThreadState& ts) { Gil::process().yield(*ts.record); }

} // namespace gilt
