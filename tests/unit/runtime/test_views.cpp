// The four GIL views on synthetic snapshots and traces: stats arithmetic, the reading, timeline layout, Chrome trace structure, the HTML report.
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <variant>
#include <vector>

#include "runtime/views.hpp"

using namespace gilt;

namespace {

constexpr int64_t kMs = 1'000'000;
constexpr int64_t kSec = 1'000'000'000;

// ---------------------------------------------------------------- synthetic snapshots

struct ThreadSpec {
    const char* name;
    int64_t running = 0, ready = 0, waiting = 0;
    WaitReason why = WaitReason::None;
    uint64_t acquisitions = 0, forced = 0, voluntary = 0;
    int64_t longest = 0, cpu = 0;
};

GilSnapshot snapshot(std::vector<ThreadSpec> specs, int64_t wall, int64_t held, int64_t contended, int64_t cpu) {
    GilSnapshot s;
    s.totals.since_ns = 100 * kSec;
    s.now_ns = s.totals.since_ns + wall;
    s.totals.since_process_cpu_ns = 7 * kSec; // CPU used before the period: not counted
    s.process_cpu_ns = s.totals.since_process_cpu_ns + cpu;
    s.totals.held_ns = held;
    s.totals.contended_ns = contended;
    s.policy = "new";
    s.switch_interval_us = 5000;
    uint64_t serial = 1;
    for (const ThreadSpec& t : specs) {
        ThreadSnapshot ts;
        ts.serial = serial++;
        ts.name = t.name;
        ts.state = RunState::Terminated;
        ts.counters.ns_in_state[int(RunState::Running)] = t.running;
        ts.counters.ns_in_state[int(RunState::Ready)] = t.ready;
        ts.counters.ns_in_state[int(RunState::Waiting)] = t.waiting;
        ts.counters.ns_waiting_on[int(t.why)] = t.waiting;
        ts.counters.acquisitions = t.acquisitions;
        ts.counters.forced_drops = t.forced;
        ts.counters.voluntary_drops = t.voluntary;
        ts.counters.longest_ready_ns = t.longest;
        ts.cpu_ns = t.cpu;
        s.totals.acquisitions += t.acquisitions;
        s.totals.forced_drops += t.forced;
        s.threads.push_back(ts);
    }
    return s;
}

// The seed experiment's shape, plus a sleeper and a thread doing I/O.
GilSnapshot seed_snapshot() {
    GilSnapshot s = snapshot(
        {
            {"MainThread", 100 * kMs, 0, 1900 * kMs, WaitReason::Join, 2, 0, 2, 0, 100 * kMs},
            {"count_up", 900 * kMs, 1000 * kMs, 0, WaitReason::None, 200, 199, 0, 5200000, 900 * kMs},
            {"count_down", 900 * kMs, 900 * kMs, 100 * kMs, WaitReason::Io, 201, 199, 1, 7 * kMs, 899 * kMs},
            {"sleeper", 1 * kMs, 0, 1000 * kMs, WaitReason::Sleep, 1, 0, 1, 0, 1 * kMs},
            {"reader", 100 * kMs, 0, 500 * kMs, WaitReason::Io, 10, 0, 10, 0, 90 * kMs},
        },
        2 * kSec, 1900 * kMs, 1000 * kMs, 2200 * kMs);
    s.totals.switches = 400;
    s.totals.drop_requests = 399;
    return s;
}

// ---------------------------------------------------------------- synthetic traces

struct Change {
    int64_t at; // since the recording began
    RunState state;
    WaitReason why = WaitReason::None;
};

constexpr int64_t kBegin = 50 * kSec; // recordings never start at 0 on a monotonic clock

ThreadTrack track(uint64_t serial, std::string name, std::vector<Change> changes, int64_t created = 0) {
    ThreadTrack t;
    t.serial = serial;
    t.name = std::move(name);
    t.created_ns = kBegin + created;
    for (const Change& c : changes)
        t.events.push_back(TraceEvent{kBegin + c.at, 0, TraceKind::State, c.state,
                                      c.state == RunState::Waiting ? c.why : WaitReason::None,
                                      c.state == RunState::Ready && c.at > created});
    return t;
}

TraceData trace_of(std::vector<ThreadTrack> threads, int64_t duration) {
    TraceData d;
    d.begin_ns = kBegin;
    d.end_ns = kBegin + duration;
    d.pid = 4242;
    d.policy = "new";
    d.switch_interval_us = 5000;
    d.threads = std::move(threads);
    return d;
}

// Two CPU-bound threads taking turns: `a` runs in even quanta, `b` in odd ones.
TraceData alternating(int64_t quantum, int quanta) {
    std::vector<Change> a, b;
    for (int q = 0; q < quanta; ++q) {
        bool a_runs = q % 2 == 0;
        a.push_back({q * quantum, a_runs ? RunState::Running : RunState::Ready});
        b.push_back({q * quantum, a_runs ? RunState::Ready : RunState::Running});
    }
    a.push_back({quanta * quantum, RunState::Terminated});
    b.push_back({quanta * quantum, RunState::Terminated});
    return trace_of({track(1, "count_up", a), track(2, "count_down", b)}, quanta * quantum);
}

// Two threads that sleep at the same time, and a main thread that starts and joins them.
TraceData sleepers() {
    auto sleeper = [](uint64_t serial, const char* name, int64_t start) {
        return track(serial, name,
                     {{start, RunState::Ready},
                      {start, RunState::Running},
                      {start + 1 * kMs, RunState::Waiting, WaitReason::Sleep},
                      {start + 801 * kMs, RunState::Ready},
                      {start + 801 * kMs, RunState::Running},
                      {start + 802 * kMs, RunState::Terminated}},
                     start);
    };
    ThreadTrack main = track(1, "MainThread",
                             {{0, RunState::Running},
                              {50 * kMs, RunState::Waiting, WaitReason::Join},
                              {900 * kMs, RunState::Running}});
    main.initial_state = RunState::Running;
    return trace_of({main, sleeper(2, "sleeper-1", 50 * kMs), sleeper(3, "sleeper-2", 51 * kMs)}, 1 * kSec);
}

// ---------------------------------------------------------------- text helpers

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

// Terminal columns, counted independently of the views' own helper: code points, CJK
// ideographs and kana two columns, ANSI colour sequences none.
int columns(const std::string& s) {
    int w = 0;
    for (size_t i = 0; i < s.size();) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == 0x1b) {
            size_t m = s.find('m', i);
            REQUIRE(m != std::string::npos);
            i = m + 1;
            continue;
        }
        size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        uint32_t cp = len == 1 ? c : c & (0xFF >> (len + 1));
        for (size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        w += cp >= 0x3000 && cp <= 0x9FFF ? 2 : 1;
        i += len;
    }
    return w;
}

// The lanes of a timeline: the lines with a lane border, each split into its label and
// its slots (one glyph, a std::string, per slot).
struct LaneView {
    std::string label;
    std::vector<std::string> slots;
};

std::vector<LaneView> lanes_of(const std::string& timeline) {
    const std::string bar = "│";
    std::vector<LaneView> out;
    for (const std::string& line : lines_of(timeline)) {
        size_t open = line.find(bar);
        if (open == std::string::npos) continue;
        size_t close = line.find(bar, open + bar.size());
        REQUIRE(close != std::string::npos);
        LaneView lane;
        lane.label = line.substr(0, open);
        while (!lane.label.empty() && lane.label.back() == ' ') lane.label.pop_back();
        std::string body = line.substr(open + bar.size(), close - open - bar.size());
        for (size_t i = 0; i < body.size();) {
            size_t len = static_cast<unsigned char>(body[i]) < 0x80 ? 1 : static_cast<unsigned char>(body[i]) < 0xE0 ? 2 : 3;
            lane.slots.push_back(body.substr(i, len));
            i += len;
        }
        out.push_back(lane);
    }
    return out;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

size_t count(const std::string& text, const std::string& part) {
    size_t n = 0;
    for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++n;
    return n;
}

// ---------------------------------------------------------------- a small JSON parser

struct Json;
using JsonObject = std::map<std::string, Json>;
using JsonArray = std::vector<Json>;
struct Json {
    std::variant<std::nullptr_t, bool, double, std::string, std::shared_ptr<JsonArray>, std::shared_ptr<JsonObject>> v;
    bool is_object() const { return v.index() == 5; }
    bool is_array() const { return v.index() == 4; }
    bool is_string() const { return v.index() == 3; }
    bool is_number() const { return v.index() == 2; }
    const JsonObject& object() const { return *std::get<5>(v); }
    const JsonArray& array() const { return *std::get<4>(v); }
    const std::string& str() const { return std::get<3>(v); }
    double number() const { return std::get<2>(v); }
    bool has(const std::string& k) const { return is_object() && object().count(k); }
    const Json& operator[](const std::string& k) const { return object().at(k); }
};

class JsonParser {
public:
    explicit JsonParser(const std::string& text) : s_(text) {}
    Json document() {
        Json j = value();
        space();
        if (i_ != s_.size()) fail("trailing characters");
        return j;
    }

private:
    [[noreturn]] void fail(const char* what) {
        throw std::runtime_error(std::string("JSON: ") + what + " at offset " + std::to_string(i_));
    }
    void space() {
        while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\n' || s_[i_] == '\t' || s_[i_] == '\r')) ++i_;
    }
    void expect(char c) {
        space();
        if (i_ >= s_.size() || s_[i_] != c) fail("unexpected character");
        ++i_;
    }
    bool peek(char c) {
        space();
        return i_ < s_.size() && s_[i_] == c;
    }
    void append_utf8(std::string& out, uint32_t cp) {
        if (cp < 0x80) out += char(cp);
        else if (cp < 0x800) out += char(0xC0 | (cp >> 6)), out += char(0x80 | (cp & 0x3F));
        else out += char(0xE0 | (cp >> 12)), out += char(0x80 | ((cp >> 6) & 0x3F)), out += char(0x80 | (cp & 0x3F));
    }
    std::string string() {
        expect('"');
        std::string out;
        while (true) {
            if (i_ >= s_.size()) fail("unterminated string");
            char c = s_[i_++];
            if (c == '"') return out;
            if (static_cast<unsigned char>(c) < 0x20) fail("control character in string");
            if (c != '\\') {
                out += c;
                continue;
            }
            if (i_ >= s_.size()) fail("bad escape");
            char e = s_[i_++];
            switch (e) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                if (i_ + 4 > s_.size()) fail("bad \\u escape");
                append_utf8(out, uint32_t(std::stoul(s_.substr(i_, 4), nullptr, 16)));
                i_ += 4;
                break;
            }
            default: fail("bad escape");
            }
        }
    }
    Json value() {
        space();
        if (i_ >= s_.size()) fail("unexpected end");
        char c = s_[i_];
        if (c == '{') {
            ++i_;
            auto obj = std::make_shared<JsonObject>();
            if (!peek('}')) {
                do {
                    std::string key = string();
                    expect(':');
                    if (obj->count(key)) fail("duplicate key");
                    (*obj)[key] = value();
                } while (peek(',') && (++i_, true));
            }
            expect('}');
            return Json{obj};
        }
        if (c == '[') {
            ++i_;
            auto arr = std::make_shared<JsonArray>();
            if (!peek(']')) {
                do arr->push_back(value());
                while (peek(',') && (++i_, true));
            }
            expect(']');
            return Json{arr};
        }
        if (c == '"') return Json{string()};
        for (const char* word : {"true", "false", "null"})
            if (s_.compare(i_, std::strlen(word), word) == 0) {
                i_ += std::strlen(word);
                if (word[0] == 'n') return Json{nullptr};
                return Json{word[0] == 't'};
            }
        size_t start = i_;
        if (s_[i_] == '-') ++i_;
        while (i_ < s_.size() && (std::isdigit(static_cast<unsigned char>(s_[i_])) || s_[i_] == '.' || s_[i_] == 'e' ||
                                  s_[i_] == 'E' || s_[i_] == '+' || s_[i_] == '-'))
            ++i_;
        if (start == i_) fail("unexpected character");
        return Json{std::stod(s_.substr(start, i_ - start))};
    }

    const std::string& s_;
    size_t i_ = 0;
};

// The structural rules every Chrome trace must keep; returns the events for more checks.
JsonArray check_chrome_trace(const std::string& text, const TraceData& trace) {
    Json doc;
    REQUIRE_NOTHROW(doc = JsonParser(text).document());
    REQUIRE(doc.is_object());
    REQUIRE(doc.has("traceEvents"));
    REQUIRE(doc["traceEvents"].is_array());
    CHECK(doc["displayTimeUnit"].str() == "ms");
    const JsonArray& events = doc["traceEvents"].array();

    std::map<double, std::string> thread_names;
    std::map<double, double> last_ts; // per tid
    std::map<double, int> open_b;
    double duration_us = double(trace.end_ns - trace.begin_ns) / 1e3;
    int counters = 0;
    for (const Json& e : events) {
        REQUIRE(e.is_object());
        REQUIRE(e.has("name"));
        REQUIRE(e.has("ph"));
        REQUIRE(e.has("pid"));
        REQUIRE(e.has("tid"));
        CHECK_FALSE(e["name"].str().empty());
        const std::string& ph = e["ph"].str();
        double tid = e["tid"].number();
        if (ph == "M") {
            if (e["name"].str() == "thread_name") thread_names[tid] = e["args"]["name"].str();
            continue;
        }
        REQUIRE(e["ts"].is_number());
        double ts = e["ts"].number();
        CHECK(ts >= 0);
        CHECK(ts <= duration_us + 1e-3);
        if (ph == "C") {
            ++counters;
            CHECK(e["args"]["ready"].is_number());
            continue;
        }
        // Thread events: the thread is named, and its timestamps never go back.
        CHECK(thread_names.count(tid));
        if (last_ts.count(tid)) CHECK(ts >= last_ts[tid]);
        last_ts[tid] = ts;
        if (ph == "X") {
            CHECK(e["dur"].number() >= 0);
            CHECK(ts + e["dur"].number() <= duration_us + 1e-3);
        } else if (ph == "B") {
            ++open_b[tid];
        } else if (ph == "E") {
            CHECK(open_b[tid]-- > 0);
        } else if (ph == "i") {
            CHECK(e.has("s"));
        } else {
            FAIL("unexpected phase " << ph);
        }
    }
    for (const auto& [tid, n] : open_b) CHECK(n == 0);
    CHECK(thread_names.size() == trace.threads.size());
    CHECK(counters >= 1);
    return events;
}

} // namespace

// ---------------------------------------------------------------- stats table

TEST_CASE("stats table: rows, shares and the overall lines") {
    std::string table = views::stats_table(seed_snapshot());
    std::vector<std::string> lines = lines_of(table);
    REQUIRE(lines.size() == 13);
    CHECK(lines[0] == "GIL statistics over 2.000 s of wall time (policy new, switch interval 5 ms)");
    CHECK(lines[1].empty());
    CHECK(lines[2] == "thread            running          ready        waiting  acquired  forced  voluntary  "
                      "longest wait       cpu  waits on");
    CHECK(lines[3] == "MainThread  100.0 ms   5%      0 ms   0%   1.900 s  95%         2       0          2  "
                      "        0 ms  100.0 ms  join 100%");
    CHECK(lines[4] == "count_up    900.0 ms  47%   1.000 s  53%      0 ms   0%       200     199          0  "
                      "     5.20 ms  900.0 ms");
    CHECK(lines[5] == "count_down  900.0 ms  47%  900.0 ms  47%  100.0 ms   5%       201     199          1  "
                      "     7.00 ms  899.0 ms  io 100%");
    CHECK(lines[6] == "sleeper      1.00 ms   0%      0 ms   0%   1.000 s 100%         1       0          1  "
                      "        0 ms   1.00 ms  sleep 100%");
    CHECK(lines[7] == "reader      100.0 ms  17%      0 ms   0%  500.0 ms  83%        10       0         10  "
                      "        0 ms  90.00 ms  io 100%");
    CHECK(lines[8].empty());
    CHECK(lines[9] == "GIL held     1.900 s (95.0% of the wall time)");
    CHECK(lines[10] == "contended    1.000 s (50.0% of the wall time some thread was ready, waiting for the GIL)");
    CHECK(lines[11] == "switches     400 of 414 acquisitions changed the holder; 399 drop requests, 398 forced drops");
    CHECK(lines[12] == "parallelism  1.10 (process CPU time 2.200 s / wall time 2.000 s)");
}

TEST_CASE("stats table: an empty snapshot and a zero wall time do not divide by zero") {
    GilSnapshot s = snapshot({}, 0, 0, 0, 0);
    std::string table = views::stats_table(s);
    CHECK(contains(table, "(no threads)"));
    CHECK(contains(table, "GIL held     0 ms (0.0% of the wall time)"));
    CHECK(contains(table, "parallelism  0.00 "));
}

TEST_CASE("stats table: the legacy policy's tick releases and futile wake-ups get columns") {
    GilSnapshot plain = seed_snapshot();
    CHECK_FALSE(contains(views::stats_table(plain), "ticks"));
    GilSnapshot legacy = seed_snapshot();
    legacy.policy = "legacy";
    legacy.threads[1].counters.tick_releases = 1234;
    legacy.threads[2].counters.futile_wakeups = 56;
    legacy.totals.tick_releases = 1234;
    legacy.totals.futile_wakeups = 56;
    std::vector<std::string> lines = lines_of(views::stats_table(legacy));
    CHECK(lines[0] == "GIL statistics over 2.000 s of wall time (policy legacy, switch interval 5 ms)");
    CHECK(contains(lines[2], "  voluntary  ticks  futile  longest wait"));
    CHECK(contains(lines[4], "          0   1234       0  "));
    CHECK(contains(lines[5], "          1      0      56  "));
    CHECK(lines[11] == "switches     400 of 414 acquisitions changed the holder; 399 drop requests, 398 forced drops; "
                       "1234 tick releases, 56 futile wake-ups");
}

// ---------------------------------------------------------------- reading

TEST_CASE("reading: the seed experiment") {
    CHECK(views::reading(seed_snapshot()) ==
          "2 threads were CPU-bound, 1 waited on I/O, 1 slept, 1 waited for other threads to finish; "
          "the GIL was contended 50% of the time; parallelism 1.1. "
          "The CPU-bound threads took turns holding the GIL instead of running in parallel.\n");
}

TEST_CASE("reading: classification of each kind of thread") {
    // More time running + ready than waiting: CPU-bound, whatever the split.
    CHECK(views::reading(snapshot({{"t", 10 * kMs, 90 * kMs, 99 * kMs, WaitReason::Sleep}}, kSec, 0, 0, kSec / 2)) ==
          "1 thread was CPU-bound; the GIL was contended 0% of the time; parallelism 0.5.\n");
    CHECK(views::reading(snapshot({{"t", 1 * kMs, 0, 50 * kMs, WaitReason::Lock}}, kSec, 0, 0, 0)) ==
          "1 thread waited on locks; the GIL was contended 0% of the time; parallelism 0.0.\n");
    CHECK(views::reading(snapshot({{"t", 1 * kMs, 0, 50 * kMs, WaitReason::Other}}, kSec, 0, 0, 0)) ==
          "1 thread mostly waited; the GIL was contended 0% of the time; parallelism 0.0.\n");
    // Natives that released the GIL, running side by side.
    CHECK(views::reading(snapshot({{"a", 1 * kMs, 0, 990 * kMs, WaitReason::Native},
                                   {"b", 1 * kMs, 0, 990 * kMs, WaitReason::Native}},
                                  kSec, 2 * kMs, 0, 1980 * kMs)) ==
          "2 threads ran native code without the GIL; the GIL was contended 0% of the time; parallelism 2.0. "
          "Native code that released the GIL ran in parallel.\n");
    // Sleepers overlap: the GIL is barely held.
    CHECK(views::reading(snapshot({{"a", 1 * kMs, 0, 100 * kMs, WaitReason::Sleep},
                                   {"b", 1 * kMs, 0, 100 * kMs, WaitReason::Sleep},
                                   {"c", 1 * kMs, 0, 100 * kMs, WaitReason::Sleep}},
                                  110 * kMs, 3 * kMs, 1 * kMs, 3 * kMs)) ==
          "3 threads slept; the GIL was contended 1% of the time; parallelism 0.0. "
          "The waiting threads did not hold the GIL, so their waits overlapped.\n");
    // A thread with no time at all is not counted.
    CHECK(views::reading(snapshot({{"idle"}}, kSec, 0, 0, 0)) ==
          "no thread ran; the GIL was contended 0% of the time; parallelism 0.0.\n");
}

// ---------------------------------------------------------------- timeline

TEST_CASE("timeline: no line is wider than the width, at 40 and 200 columns") {
    for (int width : {40, 200}) {
        for (bool color : {false, true}) {
            CAPTURE(width);
            CAPTURE(color);
            for (const TraceData& trace : {alternating(50 * kMs, 20), sleepers()}) {
                std::string text = views::timeline(trace, width, color);
                for (const std::string& line : lines_of(text)) {
                    CAPTURE(line);
                    CHECK(columns(line) <= width);
                }
                CHECK(lanes_of(text).size() == trace.threads.size());
                CHECK(contains(text, "running (holds the GIL)")); // the legend
                CHECK(contains(text, "ms"));                      // the axis unit
                CHECK(color == contains(text, "\x1b["));
            }
        }
    }
}

TEST_CASE("timeline: two CPU-bound threads alternate") {
    // 20 quanta of 50 ms: at 200 columns each quantum is several slots wide, so every
    // slot well inside a quantum shows exactly one of the two threads running.
    TraceData trace = alternating(50 * kMs, 20);
    std::vector<LaneView> lanes = lanes_of(views::timeline(trace, 200, false));
    REQUIRE(lanes.size() == 2);
    CHECK(lanes[0].label == "count_up");
    CHECK(lanes[1].label == "count_down");
    const std::vector<std::string>& a = lanes[0].slots;
    const std::vector<std::string>& b = lanes[1].slots;
    REQUIRE(a.size() == b.size());
    double slot = double(trace.end_ns - trace.begin_ns) / double(a.size());
    int checked = 0, changes = 0;
    for (size_t k = 0; k < a.size(); ++k) {
        if (k && a[k] != a[k - 1]) ++changes;
        double from = double(k) * slot, to = from + slot;
        int64_t quantum = int64_t(from) / (50 * kMs);
        if (int64_t(to - 1) / (50 * kMs) != quantum) continue; // straddles a switch
        bool a_runs = quantum % 2 == 0;
        CHECK(a[k] == (a_runs ? "█" : "░"));
        CHECK(b[k] == (a_runs ? "░" : "█"));
        ++checked;
    }
    CHECK(checked > int(a.size()) / 2);
    CHECK(changes >= 19); // it switched at every quantum

    // At 40 columns a slot spans most of a quantum or more: never both running, and
    // still visibly alternating.
    lanes = lanes_of(views::timeline(trace, 40, false));
    REQUIRE(lanes.size() == 2);
    int both = 0, turns = 0;
    changes = 0;
    for (size_t k = 0; k < lanes[0].slots.size(); ++k) {
        if (lanes[0].slots[k] == "█" && lanes[1].slots[k] == "█") ++both;
        if (k && lanes[0].slots[k] != lanes[0].slots[k - 1]) ++changes;
        if (lanes[0].slots[k] == "▒") ++turns;
    }
    CHECK(both == 0);
    CHECK(changes >= 5);
}

TEST_CASE("timeline: a slot with many switches shows the turns, not an arbitrary winner") {
    // 1 ms quanta in a 1 s recording: dozens of switches per slot at 60 columns.
    std::vector<LaneView> lanes = lanes_of(views::timeline(alternating(1 * kMs, 1000), 60, false));
    REQUIRE(lanes.size() == 2);
    for (const LaneView& lane : lanes)
        for (const std::string& g : lane.slots) CHECK(g == "▒");
}

TEST_CASE("timeline: two sleeping threads overlap") {
    TraceData trace = sleepers();
    for (int width : {40, 200}) {
        CAPTURE(width);
        std::vector<LaneView> lanes = lanes_of(views::timeline(trace, width, false));
        REQUIRE(lanes.size() == 3);
        CHECK(lanes[1].label == "sleeper-1");
        const std::vector<std::string>& s1 = lanes[1].slots;
        const std::vector<std::string>& s2 = lanes[2].slots;
        REQUIRE(s1.size() == s2.size());
        size_t n = s1.size();
        // Slots in the middle of the recording (both asleep): waiting in both lanes, and
        // the main thread waiting too (it joins them).
        for (size_t k = n / 10; k < n * 7 / 10; ++k) {
            CHECK(s1[k] == "·");
            CHECK(s2[k] == "·");
            CHECK(lanes[0].slots[k] == "·");
        }
        // Both are gone by the end: blank.
        CHECK(s1.back() == " ");
        CHECK(s2.back() == " ");
        // The main thread runs first and last.
        CHECK(lanes[0].slots.front() == "█");
        CHECK(lanes[0].slots.back() == "█");
    }
}

TEST_CASE("timeline: threads born and ended mid-recording are blank outside their lives") {
    ThreadTrack early = track(1, "early", {{0, RunState::Running}, {250 * kMs, RunState::Terminated}});
    early.initial_state = RunState::Running;
    ThreadTrack late = track(2, "late", {{750 * kMs, RunState::Ready}, {750 * kMs, RunState::Running}}, 700 * kMs);
    std::vector<LaneView> lanes = lanes_of(views::timeline(trace_of({early, late}, kSec), 120, false));
    REQUIRE(lanes.size() == 2);
    size_t n = lanes[0].slots.size();
    CHECK(lanes[0].slots[0] == "█");
    CHECK(lanes[0].slots[n / 5] == "█");
    CHECK(lanes[0].slots[n / 2] == " ");
    CHECK(lanes[0].slots[n - 1] == " ");
    CHECK(lanes[1].slots[0] == " ");
    CHECK(lanes[1].slots[n / 2] == " ");
    CHECK(lanes[1].slots[n * 4 / 5] == "█");
    CHECK(lanes[1].slots[n - 1] == "█");
}

TEST_CASE("timeline: very short and very long recordings") {
    // 2 µs and an hour, each running for the first half and waiting on I/O after.
    for (int64_t duration : {int64_t(2000), int64_t(3600) * kSec}) {
        CAPTURE(duration);
        ThreadTrack t = track(1, "MainThread", {{0, RunState::Running}, {duration / 2, RunState::Waiting, WaitReason::Io}});
        t.initial_state = RunState::Running;
        std::string text = views::timeline(trace_of({t}, duration), 80, false);
        for (const std::string& line : lines_of(text)) CHECK(columns(line) <= 80);
        std::vector<LaneView> lanes = lanes_of(text);
        REQUIRE(lanes.size() == 1);
        CHECK(lanes[0].slots.front() == "█");
        CHECK(lanes[0].slots.back() == "·");
    }
    // An hour is labelled in seconds, and a thread that lived 1 µs in it still leaves a mark.
    ThreadTrack t = track(1, "MainThread", {{0, RunState::Waiting, WaitReason::Sleep}});
    ThreadTrack blip = track(2, "blip", {{kSec, RunState::Running}, {kSec + 1000, RunState::Terminated}}, kSec);
    std::string hour = views::timeline(trace_of({t, blip}, 3600 * kSec), 80, false);
    CHECK(contains(hour, "3600.0 s recorded"));
    CHECK(contains(hour, "   s 0 "));
    std::vector<LaneView> lanes = lanes_of(hour);
    REQUIRE(lanes.size() == 2);
    CHECK(lanes[1].slots.front() == "█");
    CHECK(lanes[1].slots.back() == " ");
}

TEST_CASE("timeline: many threads, long and wide names") {
    std::vector<ThreadTrack> threads;
    for (uint64_t i = 1; i <= 150; ++i)
        threads.push_back(track(i, i == 1 ? "a thread with a very long name indeed" : i == 2 ? "計算スレッド番号二" : "worker-" + std::to_string(i),
                                {{int64_t(i) * kMs, RunState::Running}, {int64_t(i) * kMs + kMs / 2, RunState::Terminated}},
                                int64_t(i) * kMs));
    TraceData trace = trace_of(threads, 200 * kMs);
    for (int width : {40, 80, 200}) {
        CAPTURE(width);
        std::string text = views::timeline(trace, width, false);
        for (const std::string& line : lines_of(text)) {
            CAPTURE(line);
            CHECK(columns(line) <= width);
        }
        std::vector<LaneView> lanes = lanes_of(text);
        CHECK(lanes.size() == 100);
        CHECK(contains(text, "… 50 more threads"));
        CHECK(lanes[0].label.ends_with("…")); // the long name was cut
        CHECK(lanes[1].label.starts_with("計算"));
    }
}

TEST_CASE("timeline: tiny widths and nothing recorded") {
    for (int width : {1, 5, 12, 20}) {
        CAPTURE(width);
        for (const std::string& line : lines_of(views::timeline(sleepers(), width, true))) CHECK(columns(line) <= width);
    }
    TraceData none;
    CHECK(views::timeline(none, 80, false) == "GIL timeline: nothing was recorded\n");
}

// ---------------------------------------------------------------- Chrome trace

TEST_CASE("chrome trace: structure of the alternating threads") {
    TraceData trace = alternating(50 * kMs, 20);
    // Drop requests: before each switch, the thread about to run asks the holder; and a
    // GC pause in the first quantum.
    for (int q = 1; q < 20; ++q) {
        bool a_next = q % 2 == 0;
        ThreadTrack& waiter = trace.threads[a_next ? 0 : 1];
        waiter.events.push_back(TraceEvent{kBegin + q * 50 * kMs - 100, a_next ? 2u : 1u, TraceKind::DropRequest});
    }
    for (ThreadTrack& t : trace.threads)
        std::stable_sort(t.events.begin(), t.events.end(),
                         [](const TraceEvent& a, const TraceEvent& b) { return a.ts_ns < b.ts_ns; });
    trace.threads[0].events.insert(trace.threads[0].events.begin() + 1,
                                   {TraceEvent{kBegin + 10 * kMs, 0, TraceKind::GcBegin},
                                    TraceEvent{kBegin + 12 * kMs, 0, TraceKind::GcEnd}});

    JsonArray events = check_chrome_trace(views::chrome_trace(trace), trace);
    int running = 0, ready = 0, forced = 0, drops = 0, gcs = 0, counters = 0;
    int max_ready = 0;
    for (const Json& e : events) {
        const std::string& name = e["name"].str();
        const std::string& ph = e["ph"].str();
        if (ph == "X" && name == "running") ++running;
        if (ph == "X" && name == "ready") {
            ++ready;
            if (e["args"].has("forced")) ++forced;
        }
        if (ph == "i" && name == "drop request") {
            ++drops;
            CHECK((e["args"]["asked"].str() == "count_up" || e["args"]["asked"].str() == "count_down"));
            CHECK(e["args"]["asked_tid"].number() != e["tid"].number());
        }
        if (ph == "X" && name == "gc") {
            ++gcs;
            CHECK(e["ts"].number() == doctest::Approx(10000.0));
            CHECK(e["dur"].number() == doctest::Approx(2000.0));
        }
        if (ph == "C") {
            ++counters;
            max_ready = std::max(max_ready, int(e["args"]["ready"].number()));
        }
    }
    CHECK(running == 20);
    CHECK(ready == 20);
    CHECK(forced == 19); // every ready span but count_down's first (at the start) began with a forced drop
    CHECK(drops == 19);
    CHECK(gcs == 1);
    CHECK(counters >= 2);
    CHECK(max_ready == 1);
}

TEST_CASE("chrome trace: waiting spans carry their reason; names are escaped") {
    TraceData trace = sleepers();
    trace.threads[1].name = "quote\" back\\slash\nnewline \x01 bad\xff utf8 é";
    JsonArray events = check_chrome_trace(views::chrome_trace(trace), trace);
    std::set<std::string> names;
    std::string thread_name;
    for (const Json& e : events) {
        names.insert(e["name"].str());
        if (e["name"].str() == "thread_name" && e["tid"].number() == 2) thread_name = e["args"]["name"].str();
    }
    CHECK(names.count("waiting: sleep"));
    CHECK(names.count("waiting: join"));
    CHECK(names.count("process_name"));
    CHECK(thread_name == "quote\" back\\slash\nnewline \x01 bad\xEF\xBF\xBD utf8 é");
}

TEST_CASE("chrome trace: nothing recorded is still a valid trace") {
    TraceData none;
    Json doc = JsonParser(views::chrome_trace(none)).document();
    CHECK(doc["traceEvents"].is_array());
}

// ---------------------------------------------------------------- HTML report

TEST_CASE("html report: self-contained, one lane per thread, a rect per span") {
    TraceData trace = sleepers();
    std::string html = views::html_report(trace, seed_snapshot(), "GIL <report> & \"friends\"");
    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(contains(html, "<title>GIL &lt;report&gt; &amp; &quot;friends&quot;</title>"));
    CHECK(count(html, "<svg") == 1);
    CHECK(count(html, "<g class=\"lane\"") == trace.threads.size());
    size_t spans = 0;
    for (const ThreadTrack& t : trace.threads) spans += t.spans(trace.begin_ns, trace.end_ns).size();
    CHECK(count(html, "<rect class=\"running\"") + count(html, "<rect class=\"waiting\"") +
              count(html, "<rect class=\"ready\"") + count(html, "<rect class=\"new\"") ==
          spans + 6); // + the legend's four squares and the two stripes of the "turns" pattern
    CHECK(contains(html, "<g class=\"axis\">"));
    CHECK(contains(html, "<g class=\"legend\">"));
    CHECK(contains(html, "<table class=\"stats\">"));
    CHECK(count(html, "<tr>") == 1 + seed_snapshot().threads.size());
    CHECK(contains(html, "<p class=\"reading\">2 threads were CPU-bound"));
    // No scripts, no external resources: the only URL is the SVG namespace.
    CHECK_FALSE(contains(html, "<script"));
    CHECK(count(html, "http") == 1);
    CHECK(contains(html, "xmlns=\"http://www.w3.org/2000/svg\""));
}

TEST_CASE("html report: a busy lane is drawn from bins") {
    TraceData trace = alternating(100'000, 20000); // 2 s of 0.1 ms quanta: 20000 spans per lane
    std::string html = views::html_report(trace, seed_snapshot(), "busy");
    CHECK(count(html, "<g class=\"lane\"") == 2);
    CHECK(count(html, "<rect") < 2 * 2000 + 20);
    // Ten switches per bin: the bins show the turns.
    CHECK(contains(html, "<rect class=\"turns\""));
    CHECK(contains(html, "<title>running and ready in turns</title>"));
}
