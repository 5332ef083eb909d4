// Blocking regions: where a thread waits (sleep, I/O, locks) without holding the GIL.
#include "vm/blocking.hpp"

namespace gilt {

// With a single thread there is no lock to release yet; the region still marks where
// the GIL will be dropped, so every blocking call site is already in place.
BlockingRegion::BlockingRegion(ThreadState& ts, BlockReason reason) : ts_(ts), reason_(reason) {}
BlockingRegion::~BlockingRegion() {}

void gil_yield(ThreadState&) {}

} // namespace gilt
