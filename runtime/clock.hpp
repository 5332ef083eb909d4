// Monotonic and CPU clocks in nanoseconds, shared by the GIL accounting, tracing and `time`.
#pragma once

#include <cstdint>
#include <ctime>

namespace gilt::clock {

inline int64_t read(clockid_t id) {
    timespec ts;
    clock_gettime(id, &ts);
    return int64_t(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

inline int64_t monotonic_ns() { return read(CLOCK_MONOTONIC); }
inline int64_t realtime_ns() { return read(CLOCK_REALTIME); }
inline int64_t process_cpu_ns() { return read(CLOCK_PROCESS_CPUTIME_ID); }
inline int64_t thread_cpu_ns() { return read(CLOCK_THREAD_CPUTIME_ID); }

} // namespace gilt::clock
