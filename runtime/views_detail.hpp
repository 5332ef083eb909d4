// What the four views share: the figures derived from a snapshot, the time axis, and text helpers (durations, display width, escaping).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/gil.hpp"
#include "runtime/trace.hpp"

namespace gilt::views::detail {

// ---------------------------------------------------------------- figures (views_stats.cpp)

// What a thread spent most of its life doing, for the reading and the tables.
enum class ThreadKind : uint8_t {
    CpuBound, // mostly running or ready: it wanted the GIL to compute
    Native,   // mostly in native code that released the GIL (computing, in parallel)
    Io,       // mostly waiting on I/O
    Sleep,    // mostly asleep
    Lock,     // mostly waiting for a lock, condition or queue
    Join,     // mostly waiting for other threads to finish
    Waited,   // mostly waiting on something else (or between API calls)
    Idle,     // no time at all in the accounting period
};

// One thread's row: the snapshot's counters plus the derived shares.
struct ThreadRow {
    std::string name;
    uint64_t serial = 0;
    RunState state = RunState::New;
    int64_t lifetime_ns = 0; // new + ready + running + waiting within the period
    int64_t new_ns = 0, ready_ns = 0, running_ns = 0, waiting_ns = 0;
    std::array<int64_t, kWaitReasonCount> waiting_on{};
    uint64_t acquisitions = 0, forced_drops = 0, voluntary_drops = 0, drop_requests = 0;
    uint64_t tick_releases = 0, futile_wakeups = 0; // the legacy policy's
    int64_t longest_ready_ns = 0;
    int64_t cpu_ns = 0;
    ThreadKind kind = ThreadKind::Idle;
};

// The process-wide lines under the rows.
struct Overall {
    int64_t wall_ns = 0;
    int64_t held_ns = 0;
    int64_t contended_ns = 0;
    int64_t process_cpu_ns = 0;
    double held_pct = 0;
    double contended_pct = 0;
    double parallelism = 0; // process CPU time / wall time
    uint64_t acquisitions = 0, switches = 0, drop_requests = 0, forced_drops = 0;
    uint64_t tick_releases = 0, futile_wakeups = 0;
    std::string policy;
    int64_t switch_interval_us = 0;
};

ThreadKind classify(const ThreadRow& row);
std::vector<ThreadRow> thread_rows(const GilSnapshot& snapshot);
Overall overall(const GilSnapshot& snapshot);
// "sleep 98%, join 2%": the biggest reasons a thread waited on (at most two), or "".
std::string waits_on(const ThreadRow& row);

// ---------------------------------------------------------------- time axis (views_timeline.cpp)

// Tick marks for an axis `duration_ns` long: a round step (1, 2 or 5 times a power of
// ten) giving about `max_ticks` ticks, in milliseconds, or in seconds for long spans.
struct Axis {
    double step = 1;         // in `unit`s
    double unit_ns = 1e6;    // 1e6 (ms) or 1e9 (s)
    const char* unit = "ms";
    int decimals = 0;        // for the labels
    std::vector<double> ticks; // in `unit`s, from 0 up to the duration
};
Axis make_axis(int64_t duration_ns, int max_ticks);
std::string axis_label(const Axis& axis, double value);

// ---------------------------------------------------------------- text (views_text.cpp)

double percent(int64_t part, int64_t whole);
// A duration with sensible precision: "0.012 ms", "4.56 ms", "123.4 ms", "1.234 s".
std::string duration(int64_t ns);
// The switch interval as people write it: "5 ms", "0.5 ms", "1 µs" is "0.001 ms".
std::string interval(int64_t us);
// How many terminal columns `text` takes: UTF-8 code points (East Asian wide ones count
// two), ANSI colour sequences none.
int display_width(std::string_view text);
// The longest prefix of `text` that fits in `columns`, with "…" when something was cut.
std::string fit(std::string_view text, int columns);
// `text` padded with spaces to `columns` (left- or right-aligned; never cut).
std::string pad_right(std::string_view text, int columns);
std::string pad_left(std::string_view text, int columns);
// A JSON string literal, quotes included (invalid UTF-8 becomes U+FFFD).
std::string json_string(std::string_view text);
// Text for HTML element content and attribute values.
std::string html_escape(std::string_view text);

// A span's name in the views: "running", "ready", "waiting: sleep"...
std::string span_name(RunState state, WaitReason reason);

} // namespace gilt::views::detail
