// The stats table and the plain-language reading: per-thread rows and process totals from a GIL snapshot.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "runtime/views.hpp"
#include "runtime/views_detail.hpp"

namespace gilt::views {

namespace detail {

// A thread is CPU-bound when it spent more of its life wanting the GIL (running, or
// ready to run) than blocked; otherwise it is named after what it mostly waited on.
ThreadKind classify(const ThreadRow& r) {
    int64_t wants_gil = r.running_ns + r.ready_ns;
    if (r.lifetime_ns == 0 || (wants_gil == 0 && r.waiting_ns == 0)) return ThreadKind::Idle;
    if (wants_gil >= r.waiting_ns) return ThreadKind::CpuBound;
    int best = 0;
    for (int i = 1; i < kWaitReasonCount; ++i)
        if (r.waiting_on[i] > r.waiting_on[best]) best = i;
    switch (WaitReason(best)) {
    case WaitReason::Native: return ThreadKind::Native;
    case WaitReason::Io: return ThreadKind::Io;
    case WaitReason::Sleep: return ThreadKind::Sleep;
    case WaitReason::Lock: return ThreadKind::Lock;
    case WaitReason::Join: return ThreadKind::Join;
    default: return ThreadKind::Waited;
    }
}

std::vector<ThreadRow> thread_rows(const GilSnapshot& s) {
    std::vector<ThreadRow> rows;
    rows.reserve(s.threads.size());
    for (const ThreadSnapshot& t : s.threads) {
        const ThreadCounters& c = t.counters;
        ThreadRow r;
        r.name = t.name;
        r.serial = t.serial;
        r.state = t.state;
        r.new_ns = c.ns_in_state[int(RunState::New)];
        r.ready_ns = c.ns_in_state[int(RunState::Ready)];
        r.running_ns = c.ns_in_state[int(RunState::Running)];
        r.waiting_ns = c.ns_in_state[int(RunState::Waiting)];
        r.lifetime_ns = r.new_ns + r.ready_ns + r.running_ns + r.waiting_ns;
        std::copy(std::begin(c.ns_waiting_on), std::end(c.ns_waiting_on), r.waiting_on.begin());
        r.acquisitions = c.acquisitions;
        r.forced_drops = c.forced_drops;
        r.voluntary_drops = c.voluntary_drops;
        r.drop_requests = c.drop_requests;
        r.tick_releases = c.tick_releases;
        r.futile_wakeups = c.futile_wakeups;
        r.longest_ready_ns = c.longest_ready_ns;
        r.cpu_ns = t.cpu_ns;
        r.kind = classify(r);
        rows.push_back(std::move(r));
    }
    return rows;
}

Overall overall(const GilSnapshot& s) {
    Overall o;
    o.wall_ns = std::max<int64_t>(0, s.now_ns - s.totals.since_ns);
    o.held_ns = s.totals.held_ns;
    o.contended_ns = s.totals.contended_ns;
    o.process_cpu_ns = std::max<int64_t>(0, s.process_cpu_ns - s.totals.since_process_cpu_ns);
    o.held_pct = percent(o.held_ns, o.wall_ns);
    o.contended_pct = percent(o.contended_ns, o.wall_ns);
    o.parallelism = o.wall_ns > 0 ? double(o.process_cpu_ns) / double(o.wall_ns) : 0.0;
    o.acquisitions = s.totals.acquisitions;
    o.switches = s.totals.switches;
    o.drop_requests = s.totals.drop_requests;
    o.forced_drops = s.totals.forced_drops;
    o.tick_releases = s.totals.tick_releases;
    o.futile_wakeups = s.totals.futile_wakeups;
    o.policy = s.policy.empty() ? "new" : s.policy;
    o.switch_interval_us = s.switch_interval_us;
    return o;
}

std::string waits_on(const ThreadRow& r) {
    if (r.waiting_ns <= 0) return "";
    std::vector<int> reasons;
    for (int i = 0; i < kWaitReasonCount; ++i)
        if (percent(r.waiting_on[i], r.waiting_ns) >= 0.5) reasons.push_back(i); // what rounds to 0% is noise
    std::stable_sort(reasons.begin(), reasons.end(), [&](int a, int b) { return r.waiting_on[a] > r.waiting_on[b]; });
    std::string out;
    for (size_t k = 0; k < reasons.size() && k < 2; ++k) {
        const char* name = reasons[k] == 0 ? "other" : wait_reason_name(WaitReason(reasons[k]));
        out += fmt::format("{}{} {:.0f}%", k ? ", " : "", name, percent(r.waiting_on[reasons[k]], r.waiting_ns));
    }
    return out;
}

} // namespace detail

using namespace detail;

namespace {

// "1.003 s  50%": a time and its share of the thread's life.
std::string time_cell(int64_t ns, int64_t lifetime) {
    return fmt::format("{} {:>4}", duration(ns), fmt::format("{:.0f}%", percent(ns, lifetime)));
}

} // namespace

std::string stats_table(const GilSnapshot& snapshot) {
    std::vector<ThreadRow> rows = thread_rows(snapshot);
    Overall o = overall(snapshot);

    // Cells first, so that every column gets the width of its widest cell. The legacy
    // policy's counters get columns only when they count something.
    bool ticks = o.tick_releases > 0, futile = o.futile_wakeups > 0;
    std::vector<std::string> header = {"thread", "running", "ready", "waiting", "acquired", "forced", "voluntary"};
    if (ticks) header.push_back("ticks");
    if (futile) header.push_back("futile");
    for (const char* h : {"longest wait", "cpu", "waits on"}) header.push_back(h);
    std::vector<std::vector<std::string>> cells;
    for (const ThreadRow& r : rows) {
        std::vector<std::string> row = {fit(r.name.empty() ? "?" : r.name, 24), time_cell(r.running_ns, r.lifetime_ns),
                                        time_cell(r.ready_ns, r.lifetime_ns), time_cell(r.waiting_ns, r.lifetime_ns),
                                        fmt::format("{}", r.acquisitions), fmt::format("{}", r.forced_drops),
                                        fmt::format("{}", r.voluntary_drops)};
        if (ticks) row.push_back(fmt::format("{}", r.tick_releases));
        if (futile) row.push_back(fmt::format("{}", r.futile_wakeups));
        for (std::string cell : {duration(r.longest_ready_ns), duration(r.cpu_ns), waits_on(r)}) row.push_back(cell);
        cells.push_back(std::move(row));
    }
    auto left = [&](size_t column) { return column == 0 || column + 1 == header.size(); };
    std::vector<int> widths;
    for (const std::string& h : header) widths.push_back(display_width(h));
    for (const auto& row : cells)
        for (size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], display_width(row[i]));

    auto line = [&](const std::vector<std::string>& row) {
        std::string out;
        for (size_t i = 0; i < row.size(); ++i) {
            if (i) out += "  ";
            out += left(i) ? pad_right(row[i], widths[i]) : pad_left(row[i], widths[i]);
        }
        while (!out.empty() && out.back() == ' ') out.pop_back();
        return out + "\n";
    };

    std::string out = fmt::format("GIL statistics over {} of wall time (policy {}, switch interval {})\n\n",
                                  duration(o.wall_ns), o.policy, interval(o.switch_interval_us));
    out += line(header);
    for (const auto& row : cells) out += line(row);
    if (rows.empty()) out += "(no threads)\n";
    out += "\n";
    out += fmt::format("{:<13}{} ({:.1f}% of the wall time)\n", "GIL held", duration(o.held_ns), o.held_pct);
    out += fmt::format("{:<13}{} ({:.1f}% of the wall time some thread was ready, waiting for the GIL)\n",
                       "contended", duration(o.contended_ns), o.contended_pct);
    out += fmt::format("{:<13}{} of {} acquisitions changed the holder; {} drop requests, {} forced drops", "switches",
                       o.switches, o.acquisitions, o.drop_requests, o.forced_drops);
    if (ticks || futile)
        out += fmt::format("; {} tick releases, {} futile wake-ups", o.tick_releases, o.futile_wakeups);
    out += "\n";
    out += fmt::format("{:<13}{:.2f} (process CPU time {} / wall time {})\n", "parallelism", o.parallelism,
                       duration(o.process_cpu_ns), duration(o.wall_ns));
    return out;
}

std::string reading(const GilSnapshot& snapshot) {
    std::vector<ThreadRow> rows = thread_rows(snapshot);
    Overall o = overall(snapshot);
    // The kinds in the order the sentence names them, with the verb phrase for each.
    static constexpr struct {
        ThreadKind kind;
        const char* singular;
        const char* plural;
    } kPhrases[] = {
        {ThreadKind::CpuBound, "was CPU-bound", "were CPU-bound"},
        {ThreadKind::Native, "ran native code without the GIL", "ran native code without the GIL"},
        {ThreadKind::Io, "waited on I/O", "waited on I/O"},
        {ThreadKind::Sleep, "slept", "slept"},
        {ThreadKind::Lock, "waited on locks", "waited on locks"},
        {ThreadKind::Join, "waited for other threads to finish", "waited for other threads to finish"},
        {ThreadKind::Waited, "mostly waited", "mostly waited"},
    };
    int count[8] = {};
    for (const ThreadRow& r : rows) ++count[int(r.kind)];

    std::string out;
    for (const auto& p : kPhrases) {
        int n = count[int(p.kind)];
        if (n == 0) continue;
        const char* verb = n == 1 ? p.singular : p.plural;
        if (out.empty()) out = fmt::format("{} thread{} {}", n, n == 1 ? "" : "s", verb);
        else out += fmt::format(", {} {}", n, verb);
    }
    if (out.empty()) out = "no thread ran";
    out += fmt::format("; the GIL was contended {:.0f}% of the time; parallelism {:.1f}.", o.contended_pct,
                       o.parallelism);

    // One conclusion, when the numbers support one.
    int cpu = count[int(ThreadKind::CpuBound)];
    int native = count[int(ThreadKind::Native)];
    int blocked = count[int(ThreadKind::Io)] + count[int(ThreadKind::Sleep)];
    if (cpu >= 2 && o.parallelism < 1.5)
        out += " The CPU-bound threads took turns holding the GIL instead of running in parallel.";
    else if (native >= 2 && o.parallelism >= 1.5)
        out += " Native code that released the GIL ran in parallel.";
    else if (blocked >= 2 && cpu == 0 && o.held_pct < 10)
        out += " The waiting threads did not hold the GIL, so their waits overlapped.";
    return out + "\n";
}

} // namespace gilt::views
