// The HTML report: one self-contained page with an inline SVG timeline, the stats table and the reading (no scripts, no external resources).
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>

#include "runtime/views.hpp"
#include "runtime/views_detail.hpp"

namespace gilt::views {

using namespace detail;

namespace {

constexpr double kLabelW = 170;  // thread names
constexpr double kPlotW = 960;   // the time axis
constexpr double kLaneH = 16;
constexpr double kLaneGap = 5;
constexpr double kTop = 8;
// A lane with more spans than this is drawn from bins (the dominant state per half
// pixel), so that a long recording still gives a page a browser opens quickly.
constexpr size_t kMaxRects = 4000;
constexpr int kBins = 2 * int(kPlotW);

const char* css_class(RunState s, WaitReason r) {
    switch (s) {
    case RunState::Running: return "running";
    case RunState::Ready: return "ready";
    case RunState::Waiting: return r == WaitReason::Native ? "native" : "waiting";
    default: return "new";
    }
}

std::string num(double v) { return fmt::format("{:.2f}", v); }

constexpr const char* kStyle = R"(
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2em; color: #222; max-width: 1200px; }
h1 { font-size: 1.5em; margin-bottom: 0.2em; }
h2 { font-size: 1.15em; margin-top: 1.6em; }
p.reading { font-size: 1.1em; background: #f4f6f8; border-left: 4px solid #2e7d32; padding: 0.6em 0.9em; }
p.meta { color: #666; margin-top: 0; }
svg.timeline { display: block; margin: 1em 0; }
svg.timeline text { font: 12px ui-monospace, "DejaVu Sans Mono", monospace; fill: #222; }
svg.timeline .axis line { stroke: #888; stroke-width: 1; }
svg.timeline .axis text { fill: #555; }
.running { fill: #2e7d32; } .ready { fill: #f9a825; } .waiting { fill: #bbdefb; }
.native { fill: #8e24aa; } .new { fill: #eeeeee; } .gc { fill: #c62828; } .turns { fill: url(#turns); }
table.stats { border-collapse: collapse; font-size: 0.92em; }
table.stats th, table.stats td { padding: 3px 10px; border-bottom: 1px solid #ddd; text-align: right; white-space: nowrap; }
table.stats th:first-child, table.stats td:first-child, table.stats td.text { text-align: left; }
table.stats th { background: #f4f6f8; }
dl.overall { display: grid; grid-template-columns: max-content auto; gap: 0.2em 1em; }
dl.overall dt { font-weight: 600; } dl.overall dd { margin: 0; }
)";

// One lane's rectangles: a rect per span, or per run of equal bins for a busy lane.
std::string lane_rects(const ThreadTrack& t, int64_t begin, int64_t end, double y) {
    double total = double(std::max<int64_t>(1, end - begin));
    auto x_of = [&](int64_t ns) { return kLabelW + double(ns - begin) / total * kPlotW; };
    std::vector<StateSpan> spans = t.spans(begin, end);
    std::string out;
    if (spans.size() <= kMaxRects) {
        for (const StateSpan& s : spans) {
            out += fmt::format(R"(<rect class="{}" x="{}" y="{}" width="{}" height="{}"><title>{} {} (at {})</title></rect>)",
                               css_class(s.state, s.reason), num(x_of(s.begin_ns)), num(y),
                               num(std::max(0.0, x_of(s.end_ns) - x_of(s.begin_ns))), num(kLaneH),
                               html_escape(span_name(s.state, s.reason)), duration(s.end_ns - s.begin_ns),
                               duration(s.begin_ns - begin));
            out += '\n';
        }
        return out;
    }
    // Dominant state per bin (index: the state, waiting split into waiting/native).
    constexpr int kKinds = kRunStateCount + 1;
    std::vector<std::array<double, kKinds>> time(size_t(kBins), std::array<double, kKinds>{});
    auto kind = [](const StateSpan& s) {
        return s.state == RunState::Waiting && s.reason == WaitReason::Native ? kRunStateCount : int(s.state);
    };
    double bin_ns = total / kBins;
    for (const StateSpan& s : spans) {
        double a = double(s.begin_ns - begin) / bin_ns, b = double(s.end_ns - begin) / bin_ns;
        int first = std::clamp(int(a), 0, kBins - 1), last = std::clamp(int(std::ceil(b)) - 1, first, kBins - 1);
        for (int k = first; k <= last; ++k)
            time[size_t(k)][size_t(kind(s))] += std::max(1e-12, std::min(b, k + 1.0) - std::max(a, double(k)));
    }
    // As in the terminal timeline, a bin where running and ready share the time about
    // equally shows the turns rather than an arbitrary winner.
    constexpr int kTurns = kKinds;
    auto dominant = [&](int k) {
        const auto& t = time[size_t(k)];
        int best = -1;
        double most = 0;
        for (int c = 0; c < kKinds; ++c)
            if (t[size_t(c)] > most) most = t[size_t(c)], best = c;
        double cpu = t[size_t(RunState::Running)] + t[size_t(RunState::Ready)];
        if ((best == int(RunState::Running) || best == int(RunState::Ready)) && most < 0.6 * cpu) return kTurns;
        return best;
    };
    for (int k = 0; k < kBins;) {
        int d = dominant(k), run = k;
        while (run < kBins && dominant(run) == d) ++run;
        if (d >= 0) {
            RunState st = d == kRunStateCount ? RunState::Waiting : RunState(d);
            WaitReason why = d == kRunStateCount ? WaitReason::Native : WaitReason::None;
            std::string cls = d == kTurns ? "turns" : css_class(st, why);
            std::string what = d == kTurns ? "running and ready in turns" : "mostly " + span_name(st, why);
            out += fmt::format(R"(<rect class="{}" x="{}" y="{}" width="{}" height="{}"><title>{}</title></rect>)", cls,
                               num(kLabelW + k * kPlotW / kBins), num(y), num((run - k) * kPlotW / kBins), num(kLaneH),
                               html_escape(what));
            out += '\n';
        }
        k = run;
    }
    return out;
}

// GC pauses as thin marks along the top of the lane.
std::string gc_marks(const ThreadTrack& t, int64_t begin, int64_t end, double y) {
    double total = double(std::max<int64_t>(1, end - begin));
    auto x_of = [&](int64_t ns) { return kLabelW + double(std::clamp(ns, begin, end) - begin) / total * kPlotW; };
    std::string out;
    int64_t since = -1;
    auto mark = [&](int64_t from, int64_t to) {
        out += fmt::format(R"(<rect class="gc" x="{}" y="{}" width="{}" height="4"><title>gc {}</title></rect>)",
                           num(x_of(from)), num(y), num(std::max(1.0, x_of(to) - x_of(from))), duration(to - from));
        out += '\n';
    };
    for (const TraceEvent& e : t.events) {
        if (e.kind == TraceKind::GcBegin) since = e.ts_ns;
        if (e.kind == TraceKind::GcEnd) {
            mark(since < 0 ? begin : since, e.ts_ns);
            since = -1;
        }
    }
    if (since >= 0) mark(since, end);
    return out;
}

std::string svg_timeline(const TraceData& trace) {
    int64_t begin = trace.begin_ns, end = std::max(trace.end_ns, trace.begin_ns);
    size_t n = trace.threads.size();
    double lanes_h = double(n) * (kLaneH + kLaneGap);
    double axis_y = kTop + lanes_h + 2;
    double legend_y = axis_y + 36;
    double width = kLabelW + kPlotW + 40, height = legend_y + 3 * 18 + 4; // three legend rows

    std::string out = fmt::format(
        R"(<svg xmlns="http://www.w3.org/2000/svg" class="timeline" width="{0}" height="{1}" viewBox="0 0 {0} {1}" role="img" aria-label="GIL timeline, one lane per thread">)",
        num(width), num(height));
    // Stripes of running and ready, for stretches switched too often to draw one by one.
    out += R"(<defs><pattern id="turns" width="4" height="4" patternUnits="userSpaceOnUse">)"
           R"(<rect class="ready" width="4" height="4"/><rect class="running" width="2" height="4"/></pattern></defs>)";
    out += '\n';
    for (size_t i = 0; i < n; ++i) {
        const ThreadTrack& t = trace.threads[i];
        std::string name = t.name.empty() ? fmt::format("thread {}", t.serial) : t.name;
        double y = kTop + double(i) * (kLaneH + kLaneGap);
        out += fmt::format(R"(<g class="lane" data-thread="{}" data-serial="{}">)", html_escape(name), t.serial);
        out += fmt::format(R"(<text x="0" y="{}">{}</text>)", num(y + kLaneH - 4), html_escape(fit(name, 22)));
        out += '\n';
        out += lane_rects(t, begin, end, y);
        out += gc_marks(t, begin, end, y);
        out += "</g>\n";
    }

    Axis axis = make_axis(end - begin, 10);
    double total = double(std::max<int64_t>(1, end - begin));
    out += "<g class=\"axis\">";
    out += fmt::format(R"(<line x1="{}" y1="{}" x2="{}" y2="{}"/>)", num(kLabelW), num(axis_y), num(kLabelW + kPlotW),
                       num(axis_y));
    for (double t : axis.ticks) {
        double x = kLabelW + t * axis.unit_ns / total * kPlotW;
        out += fmt::format(R"(<line x1="{0}" y1="{1}" x2="{0}" y2="{2}"/><text x="{0}" y="{3}" text-anchor="middle">{4}</text>)",
                           num(x), num(axis_y), num(axis_y + 5), num(axis_y + 18), axis_label(axis, t));
    }
    out += fmt::format(R"(<text x="{}" y="{}" text-anchor="end">{}</text>)", num(kLabelW - 8), num(axis_y + 18), axis.unit);
    out += "</g>\n<g class=\"legend\">";
    static constexpr std::pair<const char*, const char*> kLegend[] = {
        {"running", "running (holds the GIL)"}, {"ready", "ready (wants the GIL)"},
        {"waiting", "waiting (sleep, I/O, lock, join)"}, {"native", "native code, GIL released"},
        {"new", "new (not started yet)"}, {"turns", "running and ready in turns"}, {"gc", "garbage collection"}};
    // Three items to a row, in columns wide enough for the longest text.
    for (size_t i = 0; i < std::size(kLegend); ++i) {
        const auto& [cls, text] = kLegend[i];
        double x = kLabelW + double(i % 3) * 300, y = legend_y + double(i / 3) * 18;
        out += fmt::format(R"(<rect class="{}" x="{}" y="{}" width="12" height="12"/><text x="{}" y="{}">{}</text>)", cls,
                           num(x), num(y), num(x + 16), num(y + 10), text);
    }
    out += "</g>\n</svg>\n";
    return out;
}

std::string stats_html(const GilSnapshot& snapshot) {
    std::vector<ThreadRow> rows = thread_rows(snapshot);
    Overall o = overall(snapshot);
    std::string out = fmt::format("<p class=\"meta\">Over {} of wall time; policy {}, switch interval {}.</p>\n",
                                  duration(o.wall_ns), html_escape(o.policy), interval(o.switch_interval_us));
    out += "<table class=\"stats\">\n<tr><th>thread</th><th>running</th><th>ready</th><th>waiting</th><th>acquired</th>"
           "<th>forced</th><th>voluntary</th><th>longest wait</th><th>cpu</th><th>waits on</th></tr>\n";
    auto cell = [](int64_t ns, int64_t whole) { return fmt::format("{} ({:.0f}%)", duration(ns), percent(ns, whole)); };
    for (const ThreadRow& r : rows) {
        out += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>"
                           "<td>{}</td><td>{}</td><td class=\"text\">{}</td></tr>\n",
                           html_escape(r.name), cell(r.running_ns, r.lifetime_ns), cell(r.ready_ns, r.lifetime_ns),
                           cell(r.waiting_ns, r.lifetime_ns), r.acquisitions, r.forced_drops, r.voluntary_drops,
                           duration(r.longest_ready_ns), duration(r.cpu_ns), html_escape(waits_on(r)));
    }
    out += "</table>\n<dl class=\"overall\">\n";
    out += fmt::format("<dt>GIL held</dt><dd>{} ({:.1f}% of the wall time)</dd>\n", duration(o.held_ns), o.held_pct);
    out += fmt::format("<dt>contended</dt><dd>{} ({:.1f}% of the wall time some thread was ready, waiting for the GIL)</dd>\n",
                       duration(o.contended_ns), o.contended_pct);
    out += fmt::format("<dt>switches</dt><dd>{} of {} acquisitions changed the holder; {} drop requests, {} forced drops",
                       o.switches, o.acquisitions, o.drop_requests, o.forced_drops);
    if (o.tick_releases || o.futile_wakeups)
        out += fmt::format("; {} tick releases, {} futile wake-ups", o.tick_releases, o.futile_wakeups);
    out += "</dd>\n";
    out += fmt::format("<dt>parallelism</dt><dd>{:.2f} (process CPU time {} / wall time {})</dd>\n", o.parallelism,
                       duration(o.process_cpu_ns), duration(o.wall_ns));
    out += "</dl>\n";
    return out;
}

} // namespace

std::string html_report(const TraceData& trace, const GilSnapshot& snapshot, const std::string& title) {
    std::string t = html_escape(title.empty() ? "gilt GIL report" : title);
    std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
    out += fmt::format("<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n<h1>{}</h1>\n", t, kStyle, t);
    std::string r = reading(snapshot);
    while (!r.empty() && r.back() == '\n') r.pop_back();
    out += fmt::format("<p class=\"reading\">{}</p>\n", html_escape(r));
    out += "<h2>Timeline</h2>\n";
    if (trace.begin_ns == 0) {
        out += "<p class=\"meta\">Nothing was recorded.</p>\n";
    } else {
        out += fmt::format("<p class=\"meta\">{} recorded, {} thread{}, switch interval {}; hover a span for its "
                           "duration.</p>\n",
                           duration(trace.end_ns - trace.begin_ns), trace.threads.size(),
                           trace.threads.size() == 1 ? "" : "s", interval(trace.switch_interval_us));
        out += svg_timeline(trace);
    }
    out += "<h2>Statistics</h2>\n";
    out += stats_html(snapshot);
    out += "</body>\n</html>\n";
    return out;
}

} // namespace gilt::views
