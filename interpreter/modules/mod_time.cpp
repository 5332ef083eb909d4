// The time module: clocks, sleep (which releases the GIL), and basic calendar functions.
#include <cerrno>
#include <cmath>
#include <ctime>
#include <fmt/format.h>

#include "modules/modules.hpp"
#include "objects/dict.hpp"
#include "objects/function.hpp"
#include "objects/number.hpp"
#include "objects/str.hpp"
#include "objects/tuple.hpp"
#include "objects/type.hpp"
#include "runtime/clock.hpp"
#include "runtime/signals.hpp"
#include "vm/args.hpp"
#include "vm/blocking.hpp"
#include "vm/errors.hpp"
#include "vm/eval.hpp"

namespace gilt {

namespace {

Value seconds(Interp& I, int64_t ns) { return make_float(I, double(ns) / 1e9); }

Value t_time(ThreadState& ts, Value*, size_t, TupleObj*) { return seconds(ts.interp, clock::realtime_ns()); }
Value t_time_ns(ThreadState& ts, Value*, size_t, TupleObj*) { return make_int(ts.interp, clock::realtime_ns()); }
Value t_monotonic(ThreadState& ts, Value*, size_t, TupleObj*) { return seconds(ts.interp, clock::monotonic_ns()); }
Value t_monotonic_ns(ThreadState& ts, Value*, size_t, TupleObj*) { return make_int(ts.interp, clock::monotonic_ns()); }
Value t_process_time(ThreadState& ts, Value*, size_t, TupleObj*) { return seconds(ts.interp, clock::process_cpu_ns()); }
Value t_process_time_ns(ThreadState& ts, Value*, size_t, TupleObj*) { return make_int(ts.interp, clock::process_cpu_ns()); }
Value t_thread_time(ThreadState& ts, Value*, size_t, TupleObj*) { return seconds(ts.interp, clock::thread_cpu_ns()); }
Value t_thread_time_ns(ThreadState& ts, Value*, size_t, TupleObj*) { return make_int(ts.interp, clock::thread_cpu_ns()); }

// Sleeps without the GIL. A SIGINT ends the sleep early with KeyboardInterrupt, as in
// CPython; other interruptions resume the remaining time.
Value t_sleep(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "sleep", kw);
    check_count(ts, "sleep", nargs, 1, 1);
    double secs;
    if (!to_double(ts, args[0], &secs))
        type_error(ts, "'{}' object cannot be interpreted as an integer", type_name(ts.interp, args[0]));
    if (std::isnan(secs)) value_error(ts, "Invalid value NaN (not a number)");
    if (secs < 0) value_error(ts, "sleep length must be non-negative");
    int64_t deadline = clock::monotonic_ns() + int64_t(secs * 1e9);
    bool interrupted = false;
    {
        BlockingRegion region(ts, BlockReason::Sleep);
        for (;;) {
            int64_t left = deadline - clock::monotonic_ns();
            if (left <= 0) break;
            timespec req{time_t(left / 1000000000), long(left % 1000000000)};
            int r = clock_nanosleep(CLOCK_MONOTONIC, 0, &req, nullptr);
            if (r == EINTR && signals::interrupt_pending()) {
                interrupted = true;
                break;
            }
        }
    }
    if (interrupted) handle_eval_breaker(ts);
    return Value::none();
}

Value struct_time(ThreadState& ts, const std::tm& t) {
    Value items[9] = {Value::from_small(t.tm_year + 1900), Value::from_small(t.tm_mon + 1), Value::from_small(t.tm_mday),
                      Value::from_small(t.tm_hour),        Value::from_small(t.tm_min),     Value::from_small(t.tm_sec),
                      Value::from_small((t.tm_wday + 6) % 7), Value::from_small(t.tm_yday + 1), Value::from_small(t.tm_isdst)};
    return Value::from_obj(new_tuple(ts.interp, items, 9));
}

std::time_t time_arg(ThreadState& ts, Value* args, size_t nargs) {
    if (nargs == 0 || args[0].is_none()) return std::time(nullptr);
    double d;
    if (!to_double(ts, args[0], &d)) type_error(ts, "'{}' object cannot be interpreted as an integer", type_name(ts.interp, args[0]));
    return std::time_t(std::floor(d));
}

Value t_localtime(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    std::time_t t = time_arg(ts, args, nargs);
    std::tm tm;
    localtime_r(&t, &tm);
    return struct_time(ts, tm);
}

Value t_gmtime(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    std::time_t t = time_arg(ts, args, nargs);
    std::tm tm;
    gmtime_r(&t, &tm);
    return struct_time(ts, tm);
}

bool tm_from_tuple(ThreadState& ts, Value v, std::tm* out) {
    if (!is_tuple(v) || as_tuple(v)->size < 9) type_error(ts, "Tuple or struct_time argument required");
    TupleObj* t = as_tuple(v);
    auto at = [&](size_t i) { return int(index_int64(ts, t->items()[i])); };
    *out = {};
    out->tm_year = at(0) - 1900;
    out->tm_mon = at(1) - 1;
    out->tm_mday = at(2);
    out->tm_hour = at(3);
    out->tm_min = at(4);
    out->tm_sec = at(5);
    out->tm_wday = (at(6) + 1) % 7;
    out->tm_yday = at(7) - 1;
    out->tm_isdst = at(8);
    return true;
}

Value t_strftime(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    check_count(ts, "strftime", nargs, 1, 2);
    StrObj* fmt_s = arg_str(ts, args[0], "strftime", "argument 1");
    std::tm tm;
    if (nargs > 1) {
        tm_from_tuple(ts, args[1], &tm);
    } else {
        std::time_t now = std::time(nullptr);
        localtime_r(&now, &tm);
    }
    char buf[1024];
    size_t n = std::strftime(buf, sizeof buf, fmt_s->data(), &tm);
    return Value::from_obj(new_str(ts.interp, std::string_view(buf, n)));
}

Value t_ctime(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    std::time_t t = time_arg(ts, args, nargs);
    std::tm tm;
    localtime_r(&t, &tm);
    char buf[64];
    std::strftime(buf, sizeof buf, "%a %b %e %H:%M:%S %Y", &tm);
    return Value::from_obj(new_str(ts.interp, buf));
}

Value t_mktime(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    check_count(ts, "mktime", nargs, 1, 1);
    std::tm tm;
    tm_from_tuple(ts, args[0], &tm);
    return make_float(ts.interp, double(std::mktime(&tm)));
}

const MethodDef kTime[] = {
    {"time", t_time},
    {"time_ns", t_time_ns},
    {"perf_counter", t_monotonic},
    {"perf_counter_ns", t_monotonic_ns},
    {"monotonic", t_monotonic},
    {"monotonic_ns", t_monotonic_ns},
    {"process_time", t_process_time},
    {"process_time_ns", t_process_time_ns},
    {"thread_time", t_thread_time},
    {"thread_time_ns", t_thread_time_ns},
    {"sleep", t_sleep},
    {"localtime", t_localtime},
    {"gmtime", t_gmtime},
    {"strftime", t_strftime},
    {"ctime", t_ctime},
    {"mktime", t_mktime},
    {nullptr, nullptr},
};

} // namespace

ModuleObj* init_time_module(Interp& I) {
    ModuleObj* m = new_module(I, "time");
    add_functions(I, m->dict, kTime, Value::from_obj(intern(I, "time")));
    dict_set_cstr(I, m->dict, "timezone", Value::from_small(0));
    return m;
}

} // namespace gilt
