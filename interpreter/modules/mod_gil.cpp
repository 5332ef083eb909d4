// The gil module: gilt's window onto the lock for scripts (stats, thread states, recording and the views).
#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "core/threads.hpp"
#include "modules/modules.hpp"
#include "objects/dict.hpp"
#include "objects/function.hpp"
#include "objects/list.hpp"
#include "objects/number.hpp"
#include "objects/str.hpp"
#include "objects/tuple.hpp"
#include "objects/type.hpp"
#include "runtime/gil.hpp"
#include "runtime/views.hpp"
#include "vm/args.hpp"
#include "vm/blocking.hpp"
#include "vm/errors.hpp"
#include "vm/eval.hpp"
#include "vm/ops.hpp"

namespace gilt {

namespace {

Value seconds(Interp& I, int64_t ns) { return make_float(I, double(ns) / 1e9); }

void put(Interp& I, DictObj* d, const char* key, Value v) { dict_set_cstr(I, d, key, v); }
void put_str(Interp& I, DictObj* d, const char* key, std::string_view s) {
    dict_set_cstr(I, d, key, Value::from_obj(new_str(I, s)));
}

// One thread's numbers as a dict (times in seconds). Keys are documented in the README.
Value thread_dict(ThreadState& ts, const ThreadSnapshot& t, bool is_holder) {
    Interp& I = ts.interp;
    DictObj* d = new_dict(I);
    Rooted keep(ts, Value::from_obj(d));
    put_str(I, d, "name", t.name);
    put(I, d, "ident", make_int(I, int64_t(t.ident)));
    put(I, d, "native_id", make_int(I, t.native_id));
    put_str(I, d, "state", run_state_name(t.state));
    put_str(I, d, "waiting_on", wait_reason_name(t.reason));
    put(I, d, "holds_gil", Value::boolean(is_holder));
    const ThreadCounters& c = t.counters;
    for (int s = 0; s < kRunStateCount; ++s) put(I, d, run_state_name(RunState(s)), seconds(I, c.ns_in_state[s]));
    DictObj* by_reason = new_dict(I);
    put(I, d, "waiting_by_reason", Value::from_obj(by_reason));
    for (int r = 1; r < kWaitReasonCount; ++r)
        if (c.ns_waiting_on[r]) put(I, by_reason, wait_reason_name(WaitReason(r)), seconds(I, c.ns_waiting_on[r]));
    put(I, d, "acquisitions", make_int(I, int64_t(c.acquisitions)));
    put(I, d, "forced_drops", make_int(I, int64_t(c.forced_drops)));
    put(I, d, "voluntary_drops", make_int(I, int64_t(c.voluntary_drops)));
    put(I, d, "drop_requests", make_int(I, int64_t(c.drop_requests)));
    put(I, d, "tick_releases", make_int(I, int64_t(c.tick_releases)));
    put(I, d, "futile_wakeups", make_int(I, int64_t(c.futile_wakeups)));
    put(I, d, "longest_wait", seconds(I, c.longest_ready_ns));
    put(I, d, "cpu", seconds(I, t.cpu_ns));
    return Value::from_obj(d);
}

Value g_stats(ThreadState& ts, Value*, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "stats", kw);
    check_count(ts, "stats", nargs, 0, 0);
    Interp& I = ts.interp;
    GilSnapshot s = Gil::process().snapshot();
    DictObj* d = new_dict(I);
    Rooted keep(ts, Value::from_obj(d));
    const GilTotals& t = s.totals;
    int64_t wall = s.now_ns - t.since_ns;
    put(I, d, "wall", seconds(I, wall));
    put(I, d, "held", seconds(I, t.held_ns));
    put(I, d, "contended", seconds(I, t.contended_ns));
    put(I, d, "acquisitions", make_int(I, int64_t(t.acquisitions)));
    put(I, d, "switches", make_int(I, int64_t(t.switches)));
    put(I, d, "drop_requests", make_int(I, int64_t(t.drop_requests)));
    put(I, d, "forced_drops", make_int(I, int64_t(t.forced_drops)));
    put(I, d, "tick_releases", make_int(I, int64_t(t.tick_releases)));
    put(I, d, "futile_wakeups", make_int(I, int64_t(t.futile_wakeups)));
    // The process's CPU time in the accounting period, like `wall` (so cpu / wall is the parallelism).
    put(I, d, "cpu", seconds(I, s.process_cpu_ns - t.since_process_cpu_ns));
    put(I, d, "switch_interval", make_float(I, 1e-6 * double(s.switch_interval_us)));
    put_str(I, d, "policy", s.policy);
    ListObj* threads = new_list(I);
    put(I, d, "threads", Value::from_obj(threads));
    for (const ThreadSnapshot& th : s.threads)
        threads->items.push_back(thread_dict(ts, th, th.serial == s.holder_serial));
    return Value::from_obj(d);
}

// The live threads: [(name, state, waiting_on), ...] in order of creation.
Value g_threads(ThreadState& ts, Value*, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "threads", kw);
    check_count(ts, "threads", nargs, 0, 0);
    Interp& I = ts.interp;
    GilSnapshot s = Gil::process().snapshot();
    ListObj* out = new_list(I);
    Rooted keep(ts, Value::from_obj(out));
    for (const ThreadSnapshot& t : s.threads) {
        if (t.state == RunState::Terminated) continue;
        Value items[3] = {Value::from_obj(new_str(I, t.name)), Value::from_obj(new_str(I, run_state_name(t.state))),
                          Value::from_obj(new_str(I, wait_reason_name(t.reason)))};
        out->items.push_back(Value::from_obj(new_tuple(I, items, 3)));
    }
    return Value::from_obj(out);
}

Value g_reset_stats(ThreadState& ts, Value*, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "reset_stats", kw);
    check_count(ts, "reset_stats", nargs, 0, 0);
    Gil::process().reset_stats();
    return Value::none();
}

Value g_policy(ThreadState& ts, Value*, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "policy", kw);
    check_count(ts, "policy", nargs, 0, 0);
    return Value::from_obj(new_str(ts.interp, Gil::process().policy().name));
}

// The name of the thread holding the GIL: from a script, always the caller's own.
Value g_holder(ThreadState& ts, Value*, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "holder", kw);
    check_count(ts, "holder", nargs, 0, 0);
    GilSnapshot s = Gil::process().snapshot();
    for (const ThreadSnapshot& t : s.threads)
        if (t.serial == s.holder_serial) return Value::from_obj(new_str(ts.interp, t.name));
    return Value::none();
}

// A CPU-bound native for experiments: n rounds of a 64-bit mixing function, run without
// the GIL (release_gil=True, the default), as a NumPy call would, or holding it, as a
// long C call that forgets to release it would. Returns a checksum of the work.
Value g_native_compute(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    Args a(ts, "native_compute", args, nargs, kw, {"n", "release_gil"}, 1);
    int64_t n = int_to_int64(ts, a[0]);
    if (n < 0) value_error(ts, "native_compute() n must be non-negative");
    bool release = !a.has(1) || truthy(ts, a[1]);
    uint64_t h = 0x9E3779B97F4A7C15ull;
    auto work = [&] {
        for (int64_t i = 0; i < n; ++i) {
            h ^= uint64_t(i);
            h *= 0xff51afd7ed558ccdull;
            h ^= h >> 33;
        }
    };
    if (release) {
        BlockingRegion region(ts, WaitReason::Native);
        work();
    } else {
        work();
    }
    return make_int(ts.interp, int64_t(h >> 2));
}

Value g_start_recording(ThreadState& ts, Value*, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "start_recording", kw);
    check_count(ts, "start_recording", nargs, 0, 0);
    Gil::process().start_recording();
    return Value::none();
}

Value g_stop_recording(ThreadState& ts, Value*, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "stop_recording", kw);
    check_count(ts, "stop_recording", nargs, 0, 0);
    Gil::process().stop_recording();
    return Value::none();
}

Value g_recording(ThreadState& ts, Value*, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "recording", kw);
    check_count(ts, "recording", nargs, 0, 0);
    return Value::boolean(Gil::process().recording());
}

// The text views, as the CLI prints them, for scripts that print their own.
Value g_stats_table(ThreadState& ts, Value*, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "stats_table", kw);
    check_count(ts, "stats_table", nargs, 0, 0);
    return Value::from_obj(new_str(ts.interp, views::stats_table(Gil::process().snapshot())));
}

Value g_reading(ThreadState& ts, Value*, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "reading", kw);
    check_count(ts, "reading", nargs, 0, 0);
    return Value::from_obj(new_str(ts.interp, views::reading(Gil::process().snapshot())));
}

// timeline(width=80, color=False): the recorded timeline as text, no line wider than width.
Value g_timeline(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    Args a(ts, "timeline", args, nargs, kw, {"width", "color"}, 0);
    int64_t width = a.has(0) ? arg_int64(ts, a[0], "timeline") : 80;
    if (width < 1 || width > 10000) value_error(ts, "timeline() width must be between 1 and 10000, not {}", width);
    bool color = a.has(1) && truthy(ts, a[1]);
    return Value::from_obj(new_str(ts.interp, views::timeline(Gil::process().trace(), int(width), color)));
}

// Renders a view and writes it to `path` without the GIL: rendering a long recording
// and the write itself are native work that other threads need not wait for.
template <class Render> void write_view(ThreadState& ts, const char* fname, Value path, Render render) {
    if (!is_str(path)) type_error(ts, "{}() path must be str, not {}", fname, type_name(ts.interp, path));
    std::string file(as_str(path)->view());
    int err = 0;
    {
        BlockingRegion region(ts, WaitReason::Io);
        std::string text = render();
        FILE* f = std::fopen(file.c_str(), "wb");
        if (!f) {
            err = errno;
        } else {
            if (std::fwrite(text.data(), 1, text.size(), f) != text.size()) err = errno ? errno : EIO;
            if (std::fclose(f) != 0 && !err) err = errno;
        }
    }
    if (err) raise_os_error(ts, err, path);
}

// write_trace(path): the recording as Chrome Trace Event JSON (open it in Perfetto).
Value g_write_trace(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    Args a(ts, "write_trace", args, nargs, kw, {"path"}, 1);
    write_view(ts, "write_trace", a[0], [] { return views::chrome_trace(Gil::process().trace()); });
    return Value::none();
}

// write_report(path, title=None): the self-contained HTML report.
Value g_write_report(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    Args a(ts, "write_report", args, nargs, kw, {"path", "title"}, 1);
    std::string title = "gilt GIL report";
    if (a.has(1) && !a[1].is_none()) title = std::string(arg_str(ts, a[1], "write_report", "title")->view());
    write_view(ts, "write_report", a[0], [&] {
        Gil& gil = Gil::process();
        TraceData trace = gil.trace();
        return views::html_report(trace, gil.snapshot(), title);
    });
    return Value::none();
}

const MethodDef kGilFunctions[] = {
    {"native_compute", g_native_compute},
    {"stats", g_stats},       {"threads", g_threads}, {"reset_stats", g_reset_stats},
    {"policy", g_policy},     {"holder", g_holder},
    {"start_recording", g_start_recording}, {"stop_recording", g_stop_recording}, {"recording", g_recording},
    {"stats_table", g_stats_table},         {"reading", g_reading},               {"timeline", g_timeline},
    {"write_trace", g_write_trace},         {"write_report", g_write_report},     {nullptr, nullptr},
};

} // namespace

ModuleObj* init_gil_module(Interp& I) {
    ModuleObj* m = new_module(I, "gil");
    add_functions(I, m->dict, kGilFunctions, Value::from_obj(intern(I, "gil")));
    return m;
}

} // namespace gilt
