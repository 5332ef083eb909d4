// The four ways to look at the GIL: the stats table, the terminal timeline, the Chrome trace and the HTML report.
#pragma once

#include <string>

#include "runtime/gil.hpp"
#include "runtime/trace.hpp"

namespace gilt::views {

// All views are pure functions of a snapshot (exact counters, gil.hpp) and/or a
// recorded trace (events, trace.hpp); they never touch the GIL themselves, so the
// tests can feed them synthetic data.

// `gilt --gil-stats`: a plain-text table, one row per thread (wall time in each state,
// GIL acquisitions, forced vs voluntary releases, longest wait for the GIL, CPU time),
// then the overall lines: how much of the wall time the GIL was held, how much some
// thread was ready but not running (contention), the effective parallelism (process
// CPU time / wall time), the policy and switch interval.
std::string stats_table(const GilSnapshot& snapshot);

// The plain-language reading of a snapshot, e.g. "2 threads were CPU-bound; the GIL
// was contended 48% of the time; parallelism 1.0".
std::string reading(const GilSnapshot& snapshot);

// `gilt --timeline`: one lane per thread, time across `width` columns (lane label
// included; no line is longer than `width`), one character per time slot for the
// state that dominated it (running / ready / waiting, distinct characters; ANSI colour
// as well when `color`), a time axis and a legend.
std::string timeline(const TraceData& trace, int width, bool color);

// `gilt --trace FILE`: Chrome Trace Event Format JSON (chrome://tracing, Perfetto):
// thread-name metadata, one track per thread with a complete slice per state span
// (named "running", "ready", "waiting: sleep"...), instant events for drop requests and
// GC pauses as slices, and a counter track with the number of ready threads.
std::string chrome_trace(const TraceData& trace);

// `gilt --report FILE`: one self-contained HTML page (inline SVG and CSS, no scripts
// or network): the timeline with one lane per thread, the stats table, and the reading.
std::string html_report(const TraceData& trace, const GilSnapshot& snapshot, const std::string& title);

} // namespace gilt::views
