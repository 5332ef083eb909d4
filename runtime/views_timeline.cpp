// The terminal timeline: one lane per thread, one character per time slot for the state that dominated it, a time axis and a legend.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>

#include "runtime/views.hpp"
#include "runtime/views_detail.hpp"

namespace gilt::views {

namespace detail {

Axis make_axis(int64_t duration_ns, int max_ticks) {
    Axis a;
    if (duration_ns >= 10'000'000'000) {
        a.unit_ns = 1e9;
        a.unit = "s";
    }
    double total = double(duration_ns) / a.unit_ns;
    if (total <= 0) {
        a.ticks = {0};
        return a;
    }
    // The smallest round step that gives at most max_ticks intervals (so at least two
    // ticks whenever the axis is long enough to hold them).
    double raw = total / std::max(1, max_ticks);
    double power = std::pow(10.0, std::floor(std::log10(raw)));
    a.step = 10 * power;
    for (double m : {1.0, 2.0, 5.0})
        if (total / (m * power) < max_ticks + 1 - 1e-9) {
            a.step = m * power;
            break;
        }
    a.decimals = std::max(0, int(-std::floor(std::log10(a.step) + 1e-9)));
    for (int k = 0; k * a.step <= total * (1 + 1e-9); ++k) a.ticks.push_back(k * a.step);
    return a;
}

std::string axis_label(const Axis& axis, double value) { return fmt::format("{:.{}f}", value, axis.decimals); }

} // namespace detail

using namespace detail;

namespace {

// What a slot of a lane shows. Ordered by priority: when two states fill a slot
// equally, the later one wins (running beats ready beats waiting). `Turns` is not a
// state: it is a slot in which the thread ran and waited for the GIL in about equal
// parts, because several switches fell into it.
enum Cell : uint8_t { Absent, Waiting, Native, Ready, Turns, Running };
constexpr int kCells = 6;
constexpr const char* kGlyph[kCells] = {" ", "·", "=", "░", "▒", "█"};
constexpr const char* kColour[kCells] = {"", "\x1b[34m", "\x1b[35m", "\x1b[33m", "\x1b[36m", "\x1b[32m"};
constexpr const char* kReset = "\x1b[0m";
constexpr const char* kMeaning[kCells] = {"blank: not started or finished", "waiting (sleep, I/O, lock, join)",
                                          "native code, GIL released", "ready (wants the GIL)",
                                          "running and ready in turns", "running (holds the GIL)"};
// Below this share of a slot's running+ready time, the larger of the two does not
// "dominate" and the slot shows both in turns.
constexpr double kDominantShare = 0.6;
// More lanes than this and the terminal stops being the right place to look.
constexpr size_t kMaxLanes = 100;

Cell cell_of(const StateSpan& s) {
    switch (s.state) {
    case RunState::Running: return Running;
    case RunState::Ready: return Ready;
    case RunState::Waiting: return s.reason == WaitReason::Native ? Native : Waiting;
    default: return Absent; // new (not started yet) and terminated
    }
}

struct Lane {
    std::string name;
    std::vector<Cell> cells;
    int64_t running_ns = 0, ready_ns = 0;
};

// Spreads each span's time over the slots it covers, then keeps each slot's dominant
// state. A slot where the thread existed at all never shows blank, so a thread that
// lived a few microseconds in a long recording still leaves a mark.
Lane make_lane(const ThreadTrack& track, int64_t begin, int64_t end, int slots) {
    Lane lane;
    lane.name = track.name.empty() ? fmt::format("thread {}", track.serial) : track.name;
    std::vector<std::array<double, kCells>> time(size_t(slots), std::array<double, kCells>{});
    double slot_ns = double(std::max<int64_t>(1, end - begin)) / slots;
    for (const StateSpan& s : track.spans(begin, end)) {
        Cell c = cell_of(s);
        if (c == Running) lane.running_ns += s.end_ns - s.begin_ns;
        if (c == Ready) lane.ready_ns += s.end_ns - s.begin_ns;
        if (c == Absent) continue;
        double a = double(s.begin_ns - begin) / slot_ns, b = double(s.end_ns - begin) / slot_ns;
        int first = std::clamp(int(std::floor(a)), 0, slots - 1);
        int last = std::clamp(int(std::ceil(b)) - 1, first, slots - 1);
        for (int k = first; k <= last; ++k) {
            double overlap = std::min(b, double(k + 1)) - std::max(a, double(k));
            time[size_t(k)][c] += std::max(overlap, 1e-12);
        }
    }
    lane.cells.resize(size_t(slots), Absent);
    for (int k = 0; k < slots; ++k) {
        const auto& t = time[size_t(k)];
        Cell best = Absent;
        double most = 0;
        for (Cell c : {Waiting, Native, Ready, Running})
            if (t[c] > 0 && t[c] >= most) {
                most = t[c];
                best = c;
            }
        if ((best == Running || best == Ready) && most < kDominantShare * (t[Running] + t[Ready])) best = Turns;
        lane.cells[size_t(k)] = best;
    }
    return lane;
}

std::string glyph(Cell c, bool color) {
    if (!color || c == Absent) return kGlyph[c];
    return std::string(kColour[c]) + kGlyph[c] + kReset;
}

// The lane's slots, with one colour sequence per run of equal cells rather than one per
// character.
std::string bars(const Lane& lane, bool color) {
    std::string out;
    Cell open = Absent;
    for (Cell c : lane.cells) {
        if (color && c != open) {
            if (open != Absent) out += kReset;
            if (c != Absent) out += kColour[c];
            open = c;
        }
        out += kGlyph[c];
    }
    if (color && open != Absent) out += kReset;
    return out;
}

} // namespace

std::string timeline(const TraceData& trace, int width, bool color) {
    width = std::max(width, 1);
    std::vector<std::string> lines;
    int64_t begin = trace.begin_ns, end = std::max(trace.end_ns, trace.begin_ns);
    int64_t duration_ns = end - begin;
    size_t shown = std::min(trace.threads.size(), kMaxLanes);

    if (begin == 0 || trace.threads.empty()) {
        lines.push_back(begin == 0 ? "GIL timeline: nothing was recorded" : "GIL timeline: no threads were recorded");
    } else {
        // The header, with the switch interval only when it fits.
        std::string header = fmt::format("GIL timeline: {} recorded, {} thread{}", duration(duration_ns),
                                         trace.threads.size(), trace.threads.size() == 1 ? "" : "s");
        std::string more = fmt::format(", switch interval {}", interval(trace.switch_interval_us));
        lines.push_back(display_width(header) + display_width(more) <= width ? header + more : header);

        // Widths: label, " │", the slots, "│", and the per-lane shares when there is room.
        int longest = 4;
        for (size_t i = 0; i < shown; ++i) {
            const ThreadTrack& t = trace.threads[i];
            longest = std::max(longest, display_width(t.name.empty() ? fmt::format("thread {}", t.serial) : t.name));
        }
        int label_w = std::min(longest, std::clamp(width / 4, 4, 24));
        constexpr int kShareW = 11; // " 100%  100%"
        int share_w = kShareW;
        int slots = width - label_w - 3 - share_w;
        if (slots < 24) {
            share_w = 0;
            slots = width - label_w - 3;
        }
        if (slots < 10) {
            label_w = std::max(1, std::min(label_w, width - 13));
            slots = width - label_w - 3;
        }
        slots = std::max(slots, 1);

        std::vector<Lane> lanes;
        bool seen[kCells] = {};
        for (size_t i = 0; i < shown; ++i) {
            lanes.push_back(make_lane(trace.threads[i], begin, end, slots));
            for (Cell c : lanes.back().cells) seen[c] = true;
        }

        std::string blank_label(size_t(label_w + 1), ' ');
        std::string top = blank_label + "┌";
        for (int k = 0; k < slots; ++k) top += "─";
        top += "┐";
        if (share_w) top += fmt::format(" {:>4} {:>5}", "run", "ready");
        lines.push_back(top);

        for (const Lane& lane : lanes) {
            std::string line = pad_right(fit(lane.name, label_w), label_w) + " │" + bars(lane, color) + "│";
            if (share_w)
                line += fmt::format(" {:>4} {:>5}", fmt::format("{:.0f}%", percent(lane.running_ns, duration_ns)),
                                    fmt::format("{:.0f}%", percent(lane.ready_ns, duration_ns)));
            lines.push_back(line);
        }
        if (trace.threads.size() > shown)
            lines.push_back(fmt::format("{}… {} more threads (the trace and the report show them all)", blank_label,
                                        trace.threads.size() - shown));

        // The axis: a tick on the bottom border under each round time, labels below.
        Axis axis = make_axis(duration_ns, std::max(2, slots / 10));
        double slot_ns = double(std::max<int64_t>(1, duration_ns)) / slots;
        std::vector<bool> tick(size_t(slots), false);
        std::string labels = pad_left(axis.unit, label_w + 1) + " ";
        int label_start = label_w + 2; // the display column of slot 0
        int free_from = label_start;
        for (double t : axis.ticks) {
            int col = std::clamp(int(std::floor(t * axis.unit_ns / slot_ns)), 0, slots - 1);
            tick[size_t(col)] = true;
            std::string text = axis_label(axis, t);
            int at = label_start + col;
            int text_w = display_width(text);
            if (at < free_from || at + text_w > width) continue;
            labels.append(size_t(at - display_width(labels)), ' ');
            labels += text;
            free_from = at + text_w + 1;
        }
        std::string bottom = blank_label + "└";
        for (int k = 0; k < slots; ++k) bottom += tick[size_t(k)] ? "┬" : "─";
        bottom += "┘";
        lines.push_back(bottom);
        lines.push_back(labels);

        // The legend, wrapped to the width, for the states that appear.
        std::string legend;
        for (int c = kCells - 1; c >= 0; --c) {
            if (!seen[c]) continue;
            std::string item = c == Absent ? kMeaning[c] : glyph(Cell(c), color) + " " + kMeaning[c];
            if (!legend.empty() && display_width(legend) + 2 + display_width(item) > width) {
                lines.push_back(legend);
                legend.clear();
            }
            legend += (legend.empty() ? "" : "  ") + item;
        }
        if (!legend.empty()) lines.push_back(legend);
    }

    std::string out;
    for (std::string& line : lines) {
        while (!line.empty() && line.back() == ' ') line.pop_back();
        out += display_width(line) > width ? fit(line, width) : line;
        out += '\n';
    }
    return out;
}

} // namespace gilt::views
