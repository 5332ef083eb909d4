// gilt's public embedding API: interpreters, rooted object handles, typed native functions.
#pragma once

// Using gilt from C++
// -------------------
// (threads: see HoldGil and ReleaseGil at the end of this file)
//     gilt::Interpreter vm;
//     vm.def("twice", [](long x) { return 2 * x; });
//     vm.exec("print(twice(21))");                  // 42
//     gilt::Object f = vm.global("twice");
//     long n = f(5).as<long>();                     // 10
//
// * An Interpreter owns its heap, modules and threads; several interpreters in one
//   process share nothing (but the process-wide GIL, once threads exist).
// * An Object is a *rooted* handle: the value it refers to stays alive while the
//   Object exists. Objects belong to the interpreter that made them.
// * Script exceptions reach C++ as gilt::Error, which carries the exception's type
//   name, message and the traceback CPython would print.
// * Natives registered with def() take and return plain C++ types (integers,
//   double, bool, std::string, std::string_view, gilt::Object); conversion errors
//   become TypeErrors in the script.

#include <climits>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace gilt {

class Interpreter;
class Object;
namespace detail {
class Impl;
}

// A script exception, seen from C++.
class Error : public std::runtime_error {
public:
    Error(std::string type, std::string message, std::string traceback, int exit_code = 1)
        : std::runtime_error(traceback.empty() ? type + ": " + message : traceback), type_(std::move(type)),
          message_(std::move(message)), traceback_(std::move(traceback)), exit_code_(exit_code) {}
    // "ZeroDivisionError", "SyntaxError", "SystemExit", ...
    const std::string& type_name() const { return type_; }
    const std::string& message() const { return message_; }
    // The full report as CPython prints it ("Traceback (most recent call last): ...").
    const std::string& traceback() const { return traceback_; }
    bool is_system_exit() const { return type_ == "SystemExit"; }
    // The process exit status the error implies: sys.exit's code, or 1.
    int exit_code() const { return exit_code_; }

private:
    friend class detail::Impl;
    std::string type_, message_, traceback_;
    int exit_code_;
    // Which script exception this is, so that it can be raised again as itself when it
    // passes back through a native into script code (see detail::Impl).
    const void* origin_ = nullptr;
    uint64_t serial_ = 0;
};

// How a native function relates to the GIL while it runs.
enum class GilPolicy {
    hold,    // runs with the GIL held (may use Objects)
    release, // runs without the GIL: other threads run script code meanwhile
};
inline constexpr GilPolicy hold_gil = GilPolicy::hold;
inline constexpr GilPolicy release_gil = GilPolicy::release;

namespace detail {
struct CallContext; // one native call in progress (opaque)
class Impl;         // the interpreter's internals (opaque)

size_t arg_count(CallContext& cx);
[[noreturn]] void arity_error(CallContext& cx, size_t expected);
int64_t arg_int(CallContext& cx, size_t i);
// An int argument that must fit a C type of [lo, hi] (OverflowError names `c_type`).
int64_t arg_int_in(CallContext& cx, size_t i, int64_t lo, int64_t hi, const char* c_type);
uint64_t arg_uint64(CallContext& cx, size_t i);
double arg_double(CallContext& cx, size_t i);
bool arg_bool(CallContext& cx, size_t i);
std::string_view arg_string_view(CallContext& cx, size_t i);
Object arg_object(CallContext& cx, size_t i);
void return_none(CallContext& cx);
void return_int(CallContext& cx, int64_t v);
void return_uint(CallContext& cx, uint64_t v);
void return_double(CallContext& cx, double v);
void return_bool(CallContext& cx, bool v);
void return_string(CallContext& cx, std::string_view v);
void return_object(CallContext& cx, const Object& v);
// Runs `body` without the GIL (other threads may run script code meanwhile).
void without_gil(CallContext& cx, const std::function<void()>& body);

using Trampoline = void (*)(CallContext& cx, void* fn);
void define(Interpreter& vm, std::string_view name, Trampoline tramp, void* fn, void (*destroy)(void*));

template <class T> struct ArgConv;
template <> struct ArgConv<int64_t> {
    static int64_t get(CallContext& cx, size_t i) { return arg_int(cx, i); }
};
template <> struct ArgConv<long long> {
    static long long get(CallContext& cx, size_t i) { return arg_int(cx, i); }
};
// Narrower integers are range-checked: a value that does not fit is an OverflowError in
// the script, never a silently truncated number.
template <> struct ArgConv<int> {
    static int get(CallContext& cx, size_t i) { return int(arg_int_in(cx, i, INT32_MIN, INT32_MAX, "int")); }
};
template <> struct ArgConv<unsigned> {
    static unsigned get(CallContext& cx, size_t i) {
        return unsigned(arg_int_in(cx, i, 0, UINT32_MAX, "unsigned int"));
    }
};
template <> struct ArgConv<uint64_t> {
    static uint64_t get(CallContext& cx, size_t i) { return arg_uint64(cx, i); }
};
template <> struct ArgConv<double> {
    static double get(CallContext& cx, size_t i) { return arg_double(cx, i); }
};
template <> struct ArgConv<float> {
    static float get(CallContext& cx, size_t i) { return float(arg_double(cx, i)); }
};
template <> struct ArgConv<bool> {
    static bool get(CallContext& cx, size_t i) { return arg_bool(cx, i); }
};
template <> struct ArgConv<std::string> {
    static std::string get(CallContext& cx, size_t i) { return std::string(arg_string_view(cx, i)); }
};
template <> struct ArgConv<std::string_view> {
    static std::string_view get(CallContext& cx, size_t i) { return arg_string_view(cx, i); }
};
template <> struct ArgConv<Object>;

template <class T> void set_return(CallContext& cx, T&& v) {
    using D = std::decay_t<T>;
    if constexpr (std::is_same_v<D, bool>) return_bool(cx, v);
    else if constexpr (std::is_integral_v<D> && std::is_unsigned_v<D>) return_uint(cx, uint64_t(v));
    else if constexpr (std::is_integral_v<D>) return_int(cx, int64_t(v));
    else if constexpr (std::is_floating_point_v<D>) return_double(cx, double(v));
    else if constexpr (std::is_convertible_v<D, std::string_view>) return_string(cx, std::string_view(v));
    else return_object(cx, v);
}

template <class F> struct Signature : Signature<decltype(&F::operator())> {};
template <class C, class R, class... A> struct Signature<R (C::*)(A...) const> {
    using Return = R;
    using Args = std::tuple<std::decay_t<A>...>;
    static constexpr size_t arity = sizeof...(A);
};
template <class C, class R, class... A> struct Signature<R (C::*)(A...)> : Signature<R (C::*)(A...) const> {};
template <class R, class... A> struct Signature<R (*)(A...)> {
    using Return = R;
    using Args = std::tuple<std::decay_t<A>...>;
    static constexpr size_t arity = sizeof...(A);
};

template <class Fn, GilPolicy P> struct Native {
    Fn fn;
    template <size_t... I> static void invoke(CallContext& cx, void* self, std::index_sequence<I...>) {
        using Sig = Signature<Fn>;
        using Args = typename Sig::Args;
        if (arg_count(cx) != Sig::arity) arity_error(cx, Sig::arity);
        // Convert everything while holding the GIL; only then (maybe) let go of it.
        Args args{ArgConv<std::tuple_element_t<I, Args>>::get(cx, I)...};
        Fn& f = static_cast<Native*>(self)->fn;
        using R = typename Sig::Return;
        if constexpr (P == GilPolicy::release) {
            static_assert(((!std::is_same_v<std::tuple_element_t<I, Args>, Object>) && ...),
                          "a GIL-releasing native cannot take gilt::Object arguments");
            if constexpr (std::is_void_v<R>) {
                without_gil(cx, [&] { std::apply(f, args); });
                return_none(cx);
            } else {
                std::unique_ptr<R> result;
                without_gil(cx, [&] { result = std::make_unique<R>(std::apply(f, args)); });
                set_return(cx, *result);
            }
        } else {
            if constexpr (std::is_void_v<R>) {
                std::apply(f, args);
                return_none(cx);
            } else {
                set_return(cx, std::apply(f, args));
            }
        }
    }
    static void trampoline(CallContext& cx, void* self) {
        invoke(cx, self, std::make_index_sequence<Signature<Fn>::arity>{});
    }
    static void destroy(void* self) { delete static_cast<Native*>(self); }
};
} // namespace detail

// A rooted reference to a script value.
class Object {
public:
    Object() = default;
    Object(const Object& other);
    Object(Object&& other) noexcept;
    Object& operator=(const Object& other);
    Object& operator=(Object&& other) noexcept;
    ~Object();

    bool valid() const { return vm_ != nullptr; }
    bool is_none() const;
    // Converts to a C++ value; throws gilt::Error (TypeError) if the value does not fit.
    template <class T> T as() const;
    // Calls the value: f(1, "x", other_object).
    template <class... A> Object operator()(A&&... args) const {
        std::vector<Object> converted{make(std::forward<A>(args))...};
        return call(converted);
    }
    Object call(const std::vector<Object>& args) const;
    Object attr(std::string_view name) const;
    std::string repr() const;
    std::string str() const;
    Interpreter* interpreter() const { return vm_; }
    uint32_t handle() const { return handle_; }

private:
    friend class Interpreter;
    friend class detail::Impl;
    friend Object detail::arg_object(detail::CallContext& cx, size_t i);
    Object(Interpreter* vm, uint32_t handle) : vm_(vm), handle_(handle) {}
    Object make(const Object& o) const { return o; }
    Object make(int64_t v) const;
    Object make(int v) const { return make(int64_t(v)); }
    Object make(long long v) const { return make(int64_t(v)); }
    Object make(double v) const;
    Object make(bool v) const;
    Object make(std::string_view v) const;
    Object make(const char* v) const { return make(std::string_view(v)); }
    Object make(const std::string& v) const { return make(std::string_view(v)); }
    int64_t as_int() const;
    int64_t as_int_in(int64_t lo, int64_t hi) const; // OverflowError outside [lo, hi]
    uint64_t as_uint64() const;
    double as_double() const;
    bool as_bool() const;
    std::string as_string() const;

    Interpreter* vm_ = nullptr;
    uint32_t handle_ = 0;
};

template <class T> T Object::as() const {
    if constexpr (std::is_same_v<T, bool>) return as_bool();
    // Integers are range-checked (OverflowError), never silently truncated.
    else if constexpr (std::is_integral_v<T> && std::is_unsigned_v<T> && sizeof(T) == 8) return T(as_uint64());
    else if constexpr (std::is_integral_v<T>)
        return T(as_int_in(int64_t(std::numeric_limits<T>::min()), int64_t(std::numeric_limits<T>::max())));
    else if constexpr (std::is_floating_point_v<T>) return T(as_double());
    else if constexpr (std::is_same_v<T, std::string>) return as_string();
    else if constexpr (std::is_same_v<T, Object>) return *this;
    else static_assert(sizeof(T) == 0, "unsupported conversion");
}

template <> struct detail::ArgConv<Object> {
    static Object get(CallContext& cx, size_t i) { return arg_object(cx, i); }
};

struct Options {
    std::vector<std::string> argv;  // sys.argv
    std::vector<std::string> path;  // sys.path (the script's directory first)
    std::string executable;         // sys.executable
    bool gc_stress = false;         // collect at every safe point (testing)
    bool handle_sigint = false;     // Ctrl-C raises KeyboardInterrupt in the main script
};

class Interpreter {
public:
    Interpreter();
    explicit Interpreter(const Options& options);
    ~Interpreter();
    Interpreter(const Interpreter&) = delete;
    Interpreter& operator=(const Interpreter&) = delete;

    // Runs source in the __main__ module's namespace.
    void exec(std::string_view source, std::string_view filename = "<string>");
    // Runs a file as the __main__ script (its directory is put first on sys.path).
    void exec_file(const std::string& path);
    // Evaluates one expression in __main__.
    Object eval(std::string_view expression);
    // Compiles and runs one interactive statement (expressions print their value).
    void exec_interactive(std::string_view source);

    Object global(std::string_view name) const;
    void set_global(std::string_view name, const Object& value);
    void set_global(std::string_view name, int64_t value);
    void set_global(std::string_view name, double value);
    void set_global(std::string_view name, std::string_view value);

    Object none();
    Object integer(int64_t v);
    Object number(double v);
    Object string(std::string_view v);

    // Registers a C++ callable as a builtin function of the __main__ namespace.
    template <class F, GilPolicy P = GilPolicy::hold> void def(std::string_view name, F&& f) {
        using N = detail::Native<std::decay_t<F>, P>;
        auto* n = new N{std::forward<F>(f)};
        detail::define(*this, name, &N::trampoline, n, &N::destroy);
    }
    template <class F> void def(std::string_view name, F&& f, GilPolicy policy) {
        if (policy == GilPolicy::release) def<F, GilPolicy::release>(name, std::forward<F>(f));
        else def<F, GilPolicy::hold>(name, std::forward<F>(f));
    }

    void set_argv(const std::vector<std::string>& argv);
    void add_path(const std::string& dir);

    // Asks running script code to stop: it raises KeyboardInterrupt at its next
    // instruction boundary. Safe to call from any thread.
    void interrupt();
    // Flushes sys.stdout/sys.stderr (done automatically at destruction).
    void flush();
    // Interpreter exit as CPython's: waits for the script's non-daemon threads, flushes
    // the standard streams; daemon threads never run again. The destructor calls it;
    // afterwards the interpreter must not run code. Idempotent.
    void finalize();

    // Does the source form a complete statement (REPL continuation lines)?
    bool is_complete(std::string_view source);
    // The disassembly of a file's code (gilt --dis).
    std::string disassemble(std::string_view source, std::string_view filename);

    detail::Impl& impl() const { return *impl_; }

private:
    std::unique_ptr<detail::Impl> impl_;
};

// ---------------------------------------------------------------- threads and the GIL
//
// Every interpreter in the process shares one GIL. Each API call takes it for its
// duration (unless the calling thread holds it already), so any host thread may call
// into any interpreter; script threads run whenever no API call holds the lock.
//
//     std::thread host([&] {
//         gilt::HoldGil hold(vm);          // like PyGILState_Ensure: this thread enters
//         vm.exec("results.append(work())"); // several calls, one acquisition
//     });
//
//     vm.def("checksum", [&](std::string_view s) {
//         std::string copy(s);               // copy what you need while holding the GIL
//         gilt::ReleaseGil unlocked(vm);     // like Py_BEGIN_ALLOW_THREADS
//         return crc32(copy);                // other threads run script code meanwhile
//     });
//
// A native registered with gilt::release_gil runs entirely without the GIL (its
// arguments are converted first), the moral equivalent of NumPy releasing the lock.

// The GIL's scheduling policy, for the whole process: "new" (CPython 3.2+, the
// default), "legacy" or "legacy:N" (Python 2: release and re-contend every N bytecodes,
// default 100), "io-priority" (a thread back from a blocking call asks for the GIL at
// once and is served before CPU-bound waiters). The environment variable
// GILT_GIL_POLICY sets it at start-up. Throws std::invalid_argument for other names.
void set_gil_policy(std::string_view name);
std::string gil_policy();

namespace detail {
struct HoldState;
}

// Enters the interpreter from the calling thread and holds the GIL until the end of the
// scope. A thread that never entered gets its own thread state in the interpreter.
// Scopes nest; only the outermost one takes and releases the lock.
class HoldGil {
public:
    explicit HoldGil(Interpreter& vm);
    ~HoldGil();
    HoldGil(const HoldGil&) = delete;
    HoldGil& operator=(const HoldGil&) = delete;

private:
    std::unique_ptr<detail::HoldState> state_;
};

// Releases the GIL (held by the calling thread) until the end of the scope, then takes
// it back. Inside, do not use gilt::Object values: copy what you need before. If the
// thread does not hold the GIL, the scope does nothing.
class ReleaseGil {
public:
    explicit ReleaseGil(Interpreter& vm);
    ~ReleaseGil();
    ReleaseGil(const ReleaseGil&) = delete;
    ReleaseGil& operator=(const ReleaseGil&) = delete;

private:
    Interpreter& vm_;
    bool released_;
};

// ---------------------------------------------------------------- seeing the GIL
//
// The process's GIL records every transition exactly; these functions show it. They
// work from any thread, with or without the GIL, whichever interpreter is running.
//
//     gilt::gil::start_recording();
//     vm.exec_file("experiment.py");
//     gilt::gil::stop_recording();
//     std::fputs(gilt::gil::timeline(100, false).c_str(), stderr);
//     write_file("trace.json", gilt::gil::chrome_trace());   // open in ui.perfetto.dev
namespace gil {
// Starts recording events (state changes, drop requests, GC pauses), a new period.
void start_recording();
// Stops recording; the events stay available to the views below.
void stop_recording();
// Is recording on?
bool recording();
// Starts a new accounting period for the statistics (counters to zero).
void reset_stats();
// The statistics table: a row per thread, the GIL held / contended, the parallelism.
std::string stats_table();
// One plain-language paragraph about the statistics ("2 threads were CPU-bound; ...").
std::string reading();
// The recorded timeline for a terminal: one lane per thread, no line wider than `width`.
std::string timeline(int width = 100, bool color = false);
// The recording as Chrome Trace Event Format JSON (chrome://tracing, Perfetto).
std::string chrome_trace();
// A self-contained HTML page: the timeline as SVG, the statistics table and the reading.
std::string html_report(std::string_view title = "gilt GIL report");
} // namespace gil

} // namespace gilt
