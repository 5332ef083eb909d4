// The public embedding API (gilt/gilt.hpp) implemented over the interpreter internals.
#include "gilt/gilt.hpp"

#include <cerrno>
#include <climits>
#include <cstring>
#include <fmt/format.h>
#include <unistd.h>

#include "compiler/compiler.hpp"
#include "compiler/disasm.hpp"
#include "core/interp.hpp"
#include "core/thread_state.hpp"
#include "core/threads.hpp"
#include "objects/dict.hpp"
#include "objects/exception.hpp"
#include "objects/file.hpp"
#include "objects/function.hpp"
#include "objects/list.hpp"
#include "objects/number.hpp"
#include "objects/str.hpp"
#include "objects/tuple.hpp"
#include "objects/type.hpp"
#include "runtime/signals.hpp"
#include "vm/args.hpp"
#include "vm/blocking.hpp"
#include "vm/errors.hpp"
#include "vm/eval.hpp"
#include "vm/ops.hpp"
#include "vm/source.hpp"
#include "vm/traceback.hpp"

namespace gilt {
namespace detail {

class Impl {
public:
    explicit Impl(const Options& o) : last_error_(interp.add_handle(Value())) {
        // GILT_GC_STRESS in the environment may already have chosen an interval.
        if (o.gc_stress && !interp.heap.stress()) interp.heap.set_stress(true);
        if (o.handle_sigint) {
            signals::install_interrupt_handler();
            signals::watch_interrupts(&interp.breaker);
            watching_ = true;
        }
        if (!o.executable.empty()) interp.executable = o.executable;
    }
    ~Impl() {
        if (watching_) signals::unwatch_interrupts(&interp.breaker);
    }

    Interp interp;
    // The calling thread's state in this interpreter (a host thread gets one).
    ThreadState& ts() { return thread_state_for_this_thread(interp); }

    // Handles are only touched under the GIL (script threads create them too).
    Value get(uint32_t h) {
        EnterInterp enter(interp);
        return interp.handles[h];
    }
    uint32_t add(Value v) {
        EnterInterp enter(interp);
        return interp.add_handle(v);
    }
    void drop(uint32_t h) {
        EnterInterp enter(interp);
        interp.drop_handle(h);
    }

    // Turns the pending script exception into a gilt::Error (and clears it).
    Error take_error() {
        ThreadState& t = ts();
        Value exc = t.raised;
        Rooted keep(t, exc);
        t.raised = Value();
        Error error = describe_error(exc);
        // Remember the exception object: if the Error comes back through a native (a
        // host function that called script code), the very same object is raised again.
        interp.handles[last_error_] = exc;
        error.origin_ = this;
        error.serial_ = ++error_serial_;
        return error;
    }

    // The exception object a gilt::Error stands for, if it is the last one this
    // interpreter made; null otherwise.
    Value exception_of(const Error& e) {
        if (e.origin_ != this || e.serial_ != error_serial_) return Value();
        return interp.handles[last_error_];
    }

    Error describe_error(Value exc) {
        ThreadState& t = ts();
        std::string type = is_exception(exc) ? std::string(exc.obj()->type->name->view()) : "BaseException";
        std::string message;
        int exit_code = 1;
        if (is_exception(exc) && is_subtype(exc.obj()->type, interp.exc.SystemExit)) {
            ExceptionObj* e = as_exception(exc);
            Value code = e->dict ? dict_get_cstr(interp, e->dict, "code") : Value::none();
            if (code.is_null() || code.is_none()) {
                exit_code = 0;
            } else if (is_int(code)) {
                BigInt b = to_bigint(code);
                exit_code = b.fits_int64() ? int(b.to_int64() & 0xFF) : 1;
            } else {
                message = safe_str(code);
                exit_code = 1;
            }
            return Error(type, message, "", exit_code);
        }
        std::string tb;
        try {
            message = is_exception(exc) ? safe_str(exc) : "";
            tb = format_exception(t, exc);
        } catch (const ScriptError&) {
            t.raised = Value();
            tb = type + "\n";
        }
        return Error(type, message, tb, exit_code);
    }

    std::string safe_str(Value v) {
        try {
            return str_string(ts(), v);
        } catch (const ScriptError&) {
            ts().raised = Value();
            return "<unprintable object>";
        }
    }

    // Runs `body` holding the GIL, with script exceptions converted to gilt::Error.
    template <class F> auto guarded(F&& body) -> decltype(body()) {
        EnterInterp enter(interp);
        try {
            return body();
        } catch (const ScriptError&) {
            throw take_error();
        } catch (const NumericError& e) {
            convert_native_exception(ts());
            throw take_error();
        } catch (const std::bad_alloc&) {
            convert_native_exception(ts());
            throw take_error();
        }
    }

    DictObj* main_dict() { return interp.main_module->dict; }

    // Interpreter exit, in CPython's order: wait for the non-daemon threads
    // (threading._shutdown), flush the standard streams, and make sure daemon threads
    // never run again (they park the next time they reach for the GIL).
    void finalize() {
        if (finalized_) return;
        finalized_ = true;
        EnterInterp enter(interp);
        ThreadState& t = enter.ts;
        Value threading = dict_get_cstr(interp, interp.modules, "threading");
        if (is_module(threading)) {
            Value shutdown = dict_get_cstr(interp, threading.as<ModuleObj>()->dict, "_shutdown");
            if (!shutdown.is_null()) {
                try {
                    call0(t, shutdown);
                } catch (const ScriptError&) {
                    report_ignored("<module 'threading' (frozen)>");
                } catch (...) {
                    convert_native_exception(t);
                    report_ignored("<module 'threading' (frozen)>");
                }
            }
        }
        flush_std_streams();
        std::lock_guard<std::mutex> lock(interp.threads_mutex);
        for (ThreadState* other : interp.threads)
            if (other->record != t.record) Gil::process().abandon(*other->record);
    }

    // "Exception ignored in: ..." and the traceback on stderr, for errors nobody can catch.
    void report_ignored(const std::string& where) {
        Error e = take_error();
        flush_std_streams();
        std::string text = "Exception ignored in: " + where + "\n" + e.traceback();
        std::fwrite(text.data(), 1, text.size(), stderr);
        std::fflush(stderr);
    }

    void flush_std_streams() {
        for (Value s : {interp.std_out, interp.std_err})
            if (is_file(s)) file_flush_quietly(s.as<FileObj>());
        if (interp.sys_module) {
            for (const char* name : {"stdout", "stderr"}) {
                Value v = dict_get_cstr(interp, interp.sys_module->dict, name);
                if (is_file(v)) file_flush_quietly(v.as<FileObj>());
            }
        }
    }

private:
    bool watching_ = false;
    bool finalized_ = false;
    uint32_t last_error_;      // handle slot of the last exception turned into an Error
    uint64_t error_serial_ = 0;
};

struct CallContext {
    ThreadState& ts;
    Value* args;
    size_t nargs;
    NativeFunctionObj* fn;
    Interpreter* vm;
    Value result = Value::none();
};

struct HostFunction {
    Trampoline trampoline;
    void* fn;
    void (*destroy)(void*);
    Interpreter* vm;
};

namespace {

const char* fn_name(CallContext& cx) { return cx.fn->name->data(); }

Value host_call(ThreadState& ts, NativeFunctionObj* self, Value* args, size_t nargs, TupleObj* kwnames) {
    auto* h = static_cast<HostFunction*>(self->data);
    no_keywords(ts, self->name->data(), kwnames);
    CallContext cx{ts, args, nargs, self, h->vm};
    try {
        h->trampoline(cx, h->fn);
    } catch (const ScriptError&) {
        throw;
    } catch (const gilt::Error& e) {
        // A script error from a nested call through the API: raise the same exception
        // object again (its type, arguments and traceback intact).
        if (Value original = h->vm->impl().exception_of(e); !original.is_null()) {
            ts.raised = original;
            throw ScriptError{};
        }
        // An Error the host made up (or an older one): re-raise by type name.
        Value t = dict_get_cstr(ts.interp, ts.interp.builtins, e.type_name().c_str());
        TypeObj* type = is_type(t) && (as_type(t)->tflags & TypeObj::kException) ? as_type(t) : ts.interp.exc.RuntimeError;
        raise_msg(ts, type, e.message());
    } catch (const std::invalid_argument& e) {
        raise_msg(ts, ts.interp.exc.ValueError, e.what());
    } catch (const std::out_of_range& e) {
        raise_msg(ts, ts.interp.exc.IndexError, e.what());
    } catch (const NumericError&) {
        throw;
    } catch (const std::bad_alloc&) {
        throw;
    } catch (const std::exception& e) {
        raise_msg(ts, ts.interp.exc.RuntimeError, e.what());
    }
    return cx.result;
}

void free_host(void* p) {
    auto* h = static_cast<HostFunction*>(p);
    h->destroy(h->fn);
    delete h;
}

} // namespace

size_t arg_count(CallContext& cx) { return cx.nargs; }

// The argument errors are worded as CPython's for a builtin with fixed parameters
// (METH_NOARGS, METH_O, Argument Clinic) and its int, double and str converters.
void arity_error(CallContext& cx, size_t expected) {
    if (expected == 0) type_error(cx.ts, "{}() takes no arguments ({} given)", fn_name(cx), cx.nargs);
    if (expected == 1) type_error(cx.ts, "{}() takes exactly one argument ({} given)", fn_name(cx), cx.nargs);
    type_error(cx.ts, "{} expected {} arguments, got {}", fn_name(cx), expected, cx.nargs);
}

int64_t arg_int(CallContext& cx, size_t i) {
    Value v = cx.args[i];
    if (!is_int(v)) type_error(cx.ts, "'{}' object cannot be interpreted as an integer", type_name(cx.ts.interp, v));
    return int_to_int64(cx.ts, v);
}

int64_t arg_int_in(CallContext& cx, size_t i, int64_t lo, int64_t hi, const char* c_type) {
    Value v = cx.args[i];
    if (!is_int(v)) type_error(cx.ts, "'{}' object cannot be interpreted as an integer", type_name(cx.ts.interp, v));
    BigInt b = to_bigint(v);
    bool unsigned_type = lo == 0;
    if (unsigned_type && b.is_negative())
        raise_fmt(cx.ts, cx.ts.interp.exc.OverflowError, "can't convert negative value to {}", c_type);
    if (!b.fits_int64() || b.to_int64() < lo || b.to_int64() > hi)
        raise_fmt(cx.ts, cx.ts.interp.exc.OverflowError, "Python int too large to convert to C {}", c_type);
    return b.to_int64();
}

uint64_t arg_uint64(CallContext& cx, size_t i) {
    Value v = cx.args[i];
    if (!is_int(v)) type_error(cx.ts, "'{}' object cannot be interpreted as an integer", type_name(cx.ts.interp, v));
    BigInt b = to_bigint(v);
    if (b.is_negative()) raise_msg(cx.ts, cx.ts.interp.exc.OverflowError, "can't convert negative int to unsigned");
    if (!b.fits_uint64()) raise_msg(cx.ts, cx.ts.interp.exc.OverflowError, "int too big to convert");
    return b.to_uint64();
}

double arg_double(CallContext& cx, size_t i) {
    double d;
    if (!to_double(cx.ts, cx.args[i], &d))
        type_error(cx.ts, "must be real number, not {}", type_name(cx.ts.interp, cx.args[i]));
    return d;
}

bool arg_bool(CallContext& cx, size_t i) { return truthy(cx.ts, cx.args[i]); }

std::string_view arg_string_view(CallContext& cx, size_t i) {
    Value v = cx.args[i];
    if (!is_str(v)) type_error(cx.ts, "{}() argument {} must be str, not {}", fn_name(cx), i + 1, type_name(cx.ts.interp, v));
    return as_str(v)->view();
}

void return_none(CallContext& cx) { cx.result = Value::none(); }
void return_int(CallContext& cx, int64_t v) { cx.result = make_int(cx.ts.interp, v); }
void return_uint(CallContext& cx, uint64_t v) { cx.result = make_int(cx.ts.interp, BigInt(v)); }
void return_double(CallContext& cx, double v) { cx.result = make_float(cx.ts.interp, v); }
void return_bool(CallContext& cx, bool v) { cx.result = Value::boolean(v); }
void return_string(CallContext& cx, std::string_view v) { cx.result = Value::from_obj(new_str(cx.ts.interp, v)); }
void return_object(CallContext& cx, const Object& v) {
    cx.result = v.valid() ? v.interpreter()->impl().get(v.handle()) : Value::none();
}

void without_gil(CallContext& cx, const std::function<void()>& body) {
    BlockingRegion region(cx.ts, BlockReason::Native);
    body();
}

void define(Interpreter& vm, std::string_view name, Trampoline tramp, void* fn, void (*destroy)(void*)) {
    Impl& impl = vm.impl();
    Interp& I = impl.interp;
    EnterInterp enter(I);
    NativeFunctionObj* f = new_native(I, std::string(name).c_str(), nullptr);
    f->closure_fn = host_call;
    f->data = new HostFunction{tramp, fn, destroy, &vm};
    f->free_data = free_host;
    f->module = Value::from_obj(intern(I, "__main__"));
    dict_set_str(I, impl.main_dict(), f->name, Value::from_obj(f));
}

} // namespace detail

Object detail::arg_object(CallContext& cx, size_t i) {
    Impl& impl = cx.vm->impl();
    return Object(cx.vm, impl.add(cx.args[i]));
}

// ---------------------------------------------------------------- Object

Object::Object(const Object& other) : vm_(other.vm_) {
    if (vm_) handle_ = vm_->impl().add(vm_->impl().get(other.handle_));
}
Object::Object(Object&& other) noexcept : vm_(other.vm_), handle_(other.handle_) { other.vm_ = nullptr; }
Object& Object::operator=(const Object& other) {
    if (this == &other) return *this;
    Object copy(other);
    *this = std::move(copy);
    return *this;
}
Object& Object::operator=(Object&& other) noexcept {
    if (this == &other) return *this;
    if (vm_) vm_->impl().drop(handle_);
    vm_ = other.vm_;
    handle_ = other.handle_;
    other.vm_ = nullptr;
    return *this;
}
Object::~Object() {
    if (vm_) vm_->impl().drop(handle_);
}

bool Object::is_none() const { return !vm_ || vm_->impl().get(handle_).is_none(); }

Object Object::make(int64_t v) const { return vm_->integer(v); }
Object Object::make(double v) const { return vm_->number(v); }
Object Object::make(bool v) const { return Object(vm_, vm_->impl().add(Value::boolean(v))); }
Object Object::make(std::string_view v) const { return vm_->string(v); }

int64_t Object::as_int() const {
    detail::Impl& impl = vm_->impl();
    return impl.guarded([&] {
        Value v = impl.get(handle_);
        if (!is_int(v)) type_error(impl.ts(), "expected int, got {}", type_name(impl.interp, v));
        return int_to_int64(impl.ts(), v);
    });
}
int64_t Object::as_int_in(int64_t lo, int64_t hi) const {
    detail::Impl& impl = vm_->impl();
    return impl.guarded([&] {
        Value v = impl.get(handle_);
        if (!is_int(v)) type_error(impl.ts(), "expected int, got {}", type_name(impl.interp, v));
        BigInt b = to_bigint(v);
        if (!b.fits_int64() || b.to_int64() < lo || b.to_int64() > hi)
            raise_msg(impl.ts(), impl.interp.exc.OverflowError, "int does not fit the C++ type it is converted to");
        return b.to_int64();
    });
}

uint64_t Object::as_uint64() const {
    detail::Impl& impl = vm_->impl();
    return impl.guarded([&] {
        Value v = impl.get(handle_);
        if (!is_int(v)) type_error(impl.ts(), "expected int, got {}", type_name(impl.interp, v));
        BigInt b = to_bigint(v);
        if (!b.fits_uint64())
            raise_msg(impl.ts(), impl.interp.exc.OverflowError, "int does not fit the C++ type it is converted to");
        return b.to_uint64();
    });
}

double Object::as_double() const {
    detail::Impl& impl = vm_->impl();
    return impl.guarded([&] {
        double d;
        Value v = impl.get(handle_);
        if (!to_double(impl.ts(), v, &d)) type_error(impl.ts(), "expected float, got {}", type_name(impl.interp, v));
        return d;
    });
}
bool Object::as_bool() const {
    detail::Impl& impl = vm_->impl();
    return impl.guarded([&] { return truthy(impl.ts(), impl.get(handle_)); });
}
std::string Object::as_string() const {
    detail::Impl& impl = vm_->impl();
    return impl.guarded([&] {
        Value v = impl.get(handle_);
        if (!is_str(v)) type_error(impl.ts(), "expected str, got {}", type_name(impl.interp, v));
        return std::string(as_str(v)->view());
    });
}

Object Object::call(const std::vector<Object>& args) const {
    detail::Impl& impl = vm_->impl();
    return impl.guarded([&] {
        std::vector<Value> values;
        for (const Object& a : args) values.push_back(a.valid() ? impl.get(a.handle_) : Value::none());
        Value r = gilt::call(impl.ts(), impl.get(handle_), values.data(), values.size());
        return Object(vm_, impl.add(r));
    });
}

Object Object::attr(std::string_view name) const {
    detail::Impl& impl = vm_->impl();
    return impl.guarded([&] {
        Value r = get_attr(impl.ts(), impl.get(handle_), intern(impl.interp, name));
        return Object(vm_, impl.add(r));
    });
}

std::string Object::repr() const {
    detail::Impl& impl = vm_->impl();
    return impl.guarded([&] { return repr_string(impl.ts(), impl.get(handle_)); });
}

std::string Object::str() const {
    detail::Impl& impl = vm_->impl();
    return impl.guarded([&] { return str_string(impl.ts(), impl.get(handle_)); });
}

// ---------------------------------------------------------------- Interpreter

Interpreter::Interpreter() : Interpreter(Options{}) {}

Interpreter::Interpreter(const Options& options) : impl_(std::make_unique<detail::Impl>(options)) {
    set_argv(options.argv.empty() ? std::vector<std::string>{""} : options.argv);
    for (const std::string& p : options.path) add_path(p);
}

Interpreter::~Interpreter() { finalize(); }

void Interpreter::finalize() { impl_->finalize(); }

void Interpreter::flush() {
    EnterInterp enter(impl_->interp);
    impl_->flush_std_streams();
}

void Interpreter::exec(std::string_view source, std::string_view filename) {
    impl_->guarded([&] {
        ThreadState& ts = impl_->ts();
        CodeObj* code = compile_or_raise(ts, source, std::string(filename), CompileMode::File, filename != "<string>");
        run_code(ts, code, impl_->main_dict());
        return 0;
    });
}

void Interpreter::exec_interactive(std::string_view source) {
    impl_->guarded([&] {
        ThreadState& ts = impl_->ts();
        CodeObj* code = compile_or_raise(ts, source, "<stdin>", CompileMode::Interactive, false);
        run_code(ts, code, impl_->main_dict());
        return 0;
    });
}

void Interpreter::exec_file(const std::string& path) {
    std::string source;
    int err = 0;
    if (!read_file(path, &source, &err))
        throw Error("OSError", fmt::format("can't open file '{}': [Errno {}] {}", path, err, std::strerror(err)), "", 2);
    Interp& I = impl_->interp;
    impl_->guarded([&] {
        dict_set_str(I, impl_->main_dict(), I.names.__file__, Value::from_obj(new_str(I, path)));
        ThreadState& ts = impl_->ts();
        CodeObj* code = compile_or_raise(ts, source, path, CompileMode::File, true, SourceOrigin::MainScript);
        run_code(ts, code, impl_->main_dict());
        return 0;
    });
}

Object Interpreter::eval(std::string_view expression) {
    return impl_->guarded([&] {
        ThreadState& ts = impl_->ts();
        CodeObj* code = compile_or_raise(ts, expression, "<string>", CompileMode::Eval, false);
        Value r = run_code(ts, code, impl_->main_dict());
        return Object(this, impl_->add(r));
    });
}

Object Interpreter::global(std::string_view name) const {
    Interp& I = impl_->interp;
    return impl_->guarded([&] {
        Value v = dict_get_str(impl_->main_dict(), intern(I, name));
        if (v.is_null()) raise_fmt(impl_->ts(), I.exc.NameError, "name '{}' is not defined", std::string(name));
        return Object(const_cast<Interpreter*>(this), impl_->add(v));
    });
}

void Interpreter::set_global(std::string_view name, const Object& value) {
    Interp& I = impl_->interp;
    EnterInterp enter(I);
    dict_set_str(I, impl_->main_dict(), intern(I, name), value.valid() ? impl_->get(value.handle()) : Value::none());
}
void Interpreter::set_global(std::string_view name, int64_t value) { set_global(name, integer(value)); }
void Interpreter::set_global(std::string_view name, double value) { set_global(name, number(value)); }
void Interpreter::set_global(std::string_view name, std::string_view value) { set_global(name, string(value)); }

Object Interpreter::none() { return Object(this, impl_->add(Value::none())); }
Object Interpreter::integer(int64_t v) {
    EnterInterp enter(impl_->interp);
    return Object(this, impl_->add(make_int(impl_->interp, v)));
}
Object Interpreter::number(double v) {
    EnterInterp enter(impl_->interp);
    return Object(this, impl_->add(make_float(impl_->interp, v)));
}
Object Interpreter::string(std::string_view v) {
    EnterInterp enter(impl_->interp);
    return Object(this, impl_->add(Value::from_obj(new_str(impl_->interp, v))));
}

void Interpreter::set_argv(const std::vector<std::string>& argv) {
    Interp& I = impl_->interp;
    EnterInterp enter(I);
    I.argv = argv;
    ListObj* l = new_list(I);
    for (const std::string& a : argv) l->items.push_back(Value::from_obj(new_str(I, a)));
    dict_set_cstr(I, I.sys_module->dict, "argv", Value::from_obj(l));
}

void Interpreter::add_path(const std::string& dir) {
    Interp& I = impl_->interp;
    EnterInterp enter(I);
    I.path.push_back(dir);
    Value p = dict_get_cstr(I, I.sys_module->dict, "path");
    if (is_list(p)) as_list(p)->items.push_back(Value::from_obj(new_str(I, dir)));
}

void Interpreter::interrupt() { impl_->interp.breaker.set(EvalBreaker::HostInterrupt); }

bool Interpreter::is_complete(std::string_view source) {
    EnterInterp enter(impl_->interp);
    try {
        compile_source(impl_->interp, source, "<stdin>", CompileMode::Interactive);
    } catch (const CompileError& e) {
        const std::string& m = e.message;
        if (m.find("was never closed") != std::string::npos || m.find("unterminated triple-quoted") != std::string::npos ||
            m.find("expected an indented block") != std::string::npos || m.find("unexpected EOF") != std::string::npos)
            return false;
        return true;
    }
    return true;
}

std::string Interpreter::disassemble(std::string_view source, std::string_view filename) {
    return impl_->guarded([&] {
        ThreadState& ts = impl_->ts();
        CodeObj* code = compile_or_raise(ts, source, std::string(filename), CompileMode::File, false);
        Rooted keep(ts, Value::from_obj(code));
        return disassemble_code(ts, code);
    });
}

// ---------------------------------------------------------------- threads

void set_gil_policy(std::string_view name) {
    SwitchPolicy p;
    if (!SwitchPolicy::parse(std::string(name), p))
        throw std::invalid_argument("unknown GIL policy '" + std::string(name) + "' (expected new, legacy, legacy:N or io-priority)");
    Gil::process().set_policy(p);
}

std::string gil_policy() { return Gil::process().policy().name; }

struct detail::HoldState {
    explicit HoldState(Interp& I) : enter(I) {}
    EnterInterp enter;
};

HoldGil::HoldGil(Interpreter& vm) : state_(std::make_unique<detail::HoldState>(vm.impl().interp)) {}
HoldGil::~HoldGil() = default;

ReleaseGil::ReleaseGil(Interpreter& vm) : vm_(vm) {
    ThreadState* ts = find_thread_state(vm.impl().interp);
    released_ = ts && Gil::process().held_by(*ts->record);
    if (released_) Gil::process().drop(*ts->record, WaitReason::Native);
}

ReleaseGil::~ReleaseGil() {
    if (released_) Gil::process().take(*find_thread_state(vm_.impl().interp)->record);
}

} // namespace gilt
