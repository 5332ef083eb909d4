// The Chrome Trace Event Format export (chrome://tracing, Perfetto): a slice per state span, drop requests, GC pauses, a ready-threads counter.
#include <fmt/format.h>

#include <algorithm>
#include <iterator>

#include "runtime/views.hpp"
#include "runtime/views_detail.hpp"

namespace gilt::views {

using namespace detail;

namespace {

// The reserved colour names of the trace viewer that match the thread states.
const char* colour_of(const StateSpan& s) {
    switch (s.state) {
    case RunState::Running: return "thread_state_running";
    case RunState::Ready: return "thread_state_runnable";
    case RunState::Waiting:
        return s.reason == WaitReason::Io ? "thread_state_iowait"
               : s.reason == WaitReason::Native ? "thread_state_running"
                                                : "thread_state_sleeping";
    default: return "thread_state_unknown";
    }
}

// One event of a thread's track, kept until the track is sorted.
struct Item {
    int64_t ts;
    int64_t dur; // -1: an instant
    std::string json;
};

} // namespace

// Timestamps are microseconds since the recording began, with nanosecond decimals; a
// thread is its registration serial (1 is the first thread), which is stable and
// unique where kernel thread ids may be missing or reused.
std::string chrome_trace(const TraceData& trace) {
    int64_t begin = trace.begin_ns, end = std::max(trace.end_ns, trace.begin_ns);
    auto us = [&](int64_t ns) { return fmt::format("{:.3f}", double(ns - begin) / 1e3); };
    auto dur = [](int64_t ns) { return fmt::format("{:.3f}", double(ns) / 1e3); };
    int64_t pid = trace.pid;

    std::string out = "{\"traceEvents\":[\n";
    bool first = true;
    auto emit = [&](const std::string& event) {
        if (!first) out += ",\n";
        first = false;
        out += event;
    };

    emit(fmt::format(R"({{"name":"process_name","ph":"M","pid":{},"tid":0,"args":{{"name":{}}}}})", pid,
                     json_string(fmt::format("gilt (pid {})", pid))));

    std::vector<std::string> names;
    for (const ThreadTrack& t : trace.threads)
        names.push_back(t.name.empty() ? fmt::format("thread {}", t.serial) : t.name);
    auto name_of = [&](uint64_t serial) -> std::string {
        for (size_t i = 0; i < trace.threads.size(); ++i)
            if (trace.threads[i].serial == serial) return names[i];
        return fmt::format("thread {}", serial);
    };

    // The number of ready threads changes at the edges of ready spans.
    std::vector<std::pair<int64_t, int>> ready_edges;

    for (size_t i = 0; i < trace.threads.size(); ++i) {
        const ThreadTrack& t = trace.threads[i];
        uint64_t tid = t.serial;
        emit(fmt::format(R"({{"name":"thread_name","ph":"M","pid":{},"tid":{},"args":{{"name":{}}}}})", pid, tid,
                         json_string(names[i])));
        emit(fmt::format(R"({{"name":"thread_sort_index","ph":"M","pid":{},"tid":{},"args":{{"sort_index":{}}}}})",
                         pid, tid, tid));

        std::vector<Item> items;
        for (const StateSpan& s : t.spans(begin, end)) {
            std::string args = s.state == RunState::Ready && s.forced ? R"({"forced":true})" : "{}";
            items.push_back({s.begin_ns, s.end_ns - s.begin_ns,
                             fmt::format(R"({{"name":{},"cat":"state","ph":"X","ts":{},"dur":{},"pid":{},"tid":{},"cname":"{}","args":{}}})",
                                         json_string(span_name(s.state, s.reason)), us(s.begin_ns),
                                         dur(s.end_ns - s.begin_ns), pid, tid, colour_of(s), args)});
            if (s.state == RunState::Ready) {
                ready_edges.push_back({s.begin_ns, +1});
                ready_edges.push_back({s.end_ns, -1});
            }
        }
        // GC pauses, paired; one cut by the recording's edges is clipped to it.
        int64_t gc_since = -1;
        auto gc_slice = [&](int64_t from, int64_t to) {
            items.push_back({from, to - from,
                             fmt::format(R"({{"name":"gc","cat":"gc","ph":"X","ts":{},"dur":{},"pid":{},"tid":{},"cname":"terrible","args":{{}}}})",
                                         us(from), dur(to - from), pid, tid)});
        };
        for (const TraceEvent& e : t.events) {
            if (e.kind == TraceKind::GcBegin) {
                gc_since = e.ts_ns;
            } else if (e.kind == TraceKind::GcEnd) {
                gc_slice(gc_since < 0 ? std::max(begin, t.created_ns) : gc_since, e.ts_ns);
                gc_since = -1;
            } else if (e.kind == TraceKind::DropRequest) {
                items.push_back({e.ts_ns, -1,
                                 fmt::format(R"({{"name":"drop request","cat":"gil","ph":"i","s":"t","ts":{},"pid":{},"tid":{},"args":{{"asked":{},"asked_tid":{}}}}})",
                                             us(e.ts_ns), pid, tid, json_string(name_of(e.other)), e.other)});
            }
        }
        if (gc_since >= 0) gc_slice(gc_since, end);

        // In time order; at equal times the enclosing (longer) slice first, instants last,
        // so that viewers nest a GC pause inside its running slice.
        std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
            if (a.ts != b.ts) return a.ts < b.ts;
            if ((a.dur < 0) != (b.dur < 0)) return b.dur < 0;
            return a.dur > b.dur;
        });
        for (const Item& it : items) emit(it.json);
    }

    // The counter track: the number of threads waiting for the GIL, at every change.
    std::sort(ready_edges.begin(), ready_edges.end());
    int ready = 0;
    emit(fmt::format(R"({{"name":"ready threads","ph":"C","ts":{},"pid":{},"tid":0,"args":{{"ready":0}}}})", us(begin), pid));
    for (size_t k = 0; k < ready_edges.size();) {
        int64_t at = ready_edges[k].first;
        int before = ready;
        for (; k < ready_edges.size() && ready_edges[k].first == at; ++k) ready += ready_edges[k].second;
        if (ready == before) continue; // one thread's wait ended as another's began
        emit(fmt::format(R"({{"name":"ready threads","ph":"C","ts":{},"pid":{},"tid":0,"args":{{"ready":{}}}}})", us(at),
                         pid, ready));
    }

    out += fmt::format("\n],\n\"displayTimeUnit\":\"ms\",\n\"otherData\":{{\"tool\":\"gilt\",\"policy\":{},"
                       "\"switch_interval_us\":{},\"duration_us\":{}}}\n}}\n",
                       json_string(trace.policy.empty() ? "new" : trace.policy), trace.switch_interval_us,
                       dur(end - begin));
    return out;
}

} // namespace gilt::views
