// The _thread module: starting OS threads, the Lock and RLock primitives, thread identity; threading.py builds on it.
#include <pthread.h>

#include <cmath>
#include <fmt/format.h>
#include <memory>

#include "core/threads.hpp"
#include "modules/modules.hpp"
#include "objects/dict.hpp"
#include "objects/exception.hpp"
#include "objects/file.hpp"
#include "objects/function.hpp"
#include "objects/number.hpp"
#include "objects/opaque.hpp"
#include "objects/str.hpp"
#include "objects/tuple.hpp"
#include "objects/type.hpp"
#include "runtime/clock.hpp"
#include "runtime/gil.hpp"
#include "runtime/signals.hpp"
#include "runtime/thread_lock.hpp"
#include "vm/args.hpp"
#include "vm/blocking.hpp"
#include "vm/errors.hpp"
#include "vm/eval.hpp"
#include "vm/ops.hpp"
#include "vm/traceback.hpp"

namespace gilt {

namespace {

// The largest timeout a wait accepts, in seconds: what CPython reports on Linux
// (PY_TIMEOUT_MAX, in microseconds, as a float number of seconds).
constexpr double kTimeoutMax = 9223372036.0;

// ---------------------------------------------------------------- waiting on a lock

// Waits for `lock` as a script-level acquire does: first without letting go of the GIL
// (the uncontended case costs one atomic operation), then with the GIL released. A main
// thread's wait ends early on Ctrl-C, which raises KeyboardInterrupt here; other
// signals resume the wait for what is left of the timeout.
bool wait_for_lock(ThreadState& ts, ThreadLock& lock, int64_t timeout_ns, WaitReason reason = WaitReason::Lock) {
    if (lock.try_acquire()) return true;
    if (timeout_ns == 0) return false;
    bool interruptible = &ts == ts.interp.main_thread.get();
    int64_t deadline = timeout_ns > 0 ? clock::monotonic_ns() + timeout_ns : -1;
    for (;;) {
        int64_t left = deadline < 0 ? -1 : std::max<int64_t>(1, deadline - clock::monotonic_ns());
        ThreadLock::Result r;
        {
            BlockingRegion region(ts, reason);
            r = lock.acquire(left, interruptible);
        }
        if (r == ThreadLock::Result::Acquired) return true;
        if (r == ThreadLock::Result::TimedOut) return false;
        handle_eval_breaker(ts); // raises KeyboardInterrupt if the signal is still pending
        if (deadline >= 0 && clock::monotonic_ns() >= deadline) return lock.try_acquire();
    }
}

// acquire(blocking=True, timeout=-1) arguments, with CPython's checks; -1 = forever.
int64_t parse_acquire_args(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    Args a(ts, "acquire", args + 1, nargs - 1, kw, {"blocking", "timeout"}, 0);
    bool blocking = !a.has(0) || truthy(ts, a[0]);
    double timeout = -1;
    if (a.has(1) && !to_double(ts, a[1], &timeout))
        type_error(ts, "'{}' object cannot be interpreted as an integer", type_name(ts.interp, a[1]));
    if (!blocking && timeout != -1) value_error(ts, "can't specify a timeout for a non-blocking call");
    if (timeout < 0 && timeout != -1) value_error(ts, "timeout value must be positive");
    if (!blocking) return 0;
    if (timeout == -1) return -1;
    if (timeout > kTimeoutMax) raise_msg(ts, ts.interp.exc.OverflowError, "timestamp out of range for platform time_t");
    return int64_t(std::ceil(timeout * 1e9));
}

// ---------------------------------------------------------------- Lock

std::string lock_repr(OpaqueObj* self);
void lock_finalize(OpaqueObj* self) { delete static_cast<ThreadLock*>(self->payload); }
const OpaqueHooks kLockHooks{"lock", nullptr, lock_finalize, lock_repr};
// A thread's sentinel (_set_sentinel) is a plain lock too; its own hooks only let the
// GIL views say that a thread waiting on it waits for a join, not for a lock.
const OpaqueHooks kSentinelHooks{"lock", nullptr, lock_finalize, lock_repr};

bool is_lock(Value v) { return is_opaque(v, &kLockHooks) || is_opaque(v, &kSentinelHooks); }
WaitReason wait_reason_of(Value lock) { return is_opaque(lock, &kSentinelHooks) ? WaitReason::Join : WaitReason::Lock; }

std::string lock_repr(OpaqueObj* self) {
    auto* lock = static_cast<ThreadLock*>(self->payload);
    return fmt::format("<{} _thread.lock object at {:#x}>", lock->locked() ? "locked" : "unlocked",
                       Value::from_obj(self).bits());
}

ThreadLock& self_lock(ThreadState& ts, Value self, const char* method) {
    if (!is_lock(self))
        type_error(ts, "descriptor '{}' for '_thread.lock' objects doesn't apply to a '{}' object", method,
                   type_name(ts.interp, self));
    return *static_cast<ThreadLock*>(self.as<OpaqueObj>()->payload);
}

OpaqueObj* new_lock(Interp& I) { return I.heap.make<OpaqueObj>(I.types.thread_lock, &kLockHooks, new ThreadLock()); }

Value lock_acquire(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    ThreadLock& lock = self_lock(ts, args[0], "acquire");
    int64_t timeout = parse_acquire_args(ts, args, nargs, kw);
    return Value::boolean(wait_for_lock(ts, lock, timeout, wait_reason_of(args[0])));
}

Value lock_enter(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "__enter__", kw);
    check_count(ts, "__enter__", nargs - 1, 0, 0);
    return Value::boolean(wait_for_lock(ts, self_lock(ts, args[0], "__enter__"), -1, wait_reason_of(args[0])));
}

Value lock_release(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "release", kw);
    ThreadLock& lock = self_lock(ts, args[0], "release");
    (void)nargs;
    if (!lock.release()) raise_msg(ts, ts.interp.exc.RuntimeError, "release unlocked lock");
    return Value::none();
}

Value lock_locked(ThreadState& ts, Value* args, size_t, TupleObj* kw) {
    no_keywords(ts, "locked", kw);
    return Value::boolean(self_lock(ts, args[0], "locked").locked());
}

const MethodDef kLockMethods[] = {
    {"acquire", lock_acquire, NativeFunctionObj::kMethod},
    {"acquire_lock", lock_acquire, NativeFunctionObj::kMethod},
    {"__enter__", lock_enter, NativeFunctionObj::kMethod},
    {"release", lock_release, NativeFunctionObj::kMethod},
    {"release_lock", lock_release, NativeFunctionObj::kMethod},
    {"__exit__", lock_release, NativeFunctionObj::kMethod},
    {"locked", lock_locked, NativeFunctionObj::kMethod},
    {"locked_lock", lock_locked, NativeFunctionObj::kMethod},
    {nullptr, nullptr},
};

// ---------------------------------------------------------------- RLock

// A reentrant lock: the owner's ident and a count, over a plain lock. Owner and count
// change only while the GIL is held, so they need no atomics.
struct RLockState {
    ThreadLock lock;
    uint64_t owner = 0;
    uint64_t count = 0;
};

std::string rlock_repr(OpaqueObj* self);
void rlock_finalize(OpaqueObj* self) { delete static_cast<RLockState*>(self->payload); }
const OpaqueHooks kRLockHooks{"RLock", nullptr, rlock_finalize, rlock_repr};

std::string rlock_repr(OpaqueObj* self) {
    auto* r = static_cast<RLockState*>(self->payload);
    return fmt::format("<{} _thread.RLock object owner={} count={} at {:#x}>", r->count ? "locked" : "unlocked",
                       r->owner, r->count, Value::from_obj(self).bits());
}

RLockState& self_rlock(ThreadState& ts, Value self, const char* method) {
    if (!is_opaque(self, &kRLockHooks))
        type_error(ts, "descriptor '{}' for '_thread.RLock' objects doesn't apply to a '{}' object", method,
                   type_name(ts.interp, self));
    return *static_cast<RLockState*>(self.as<OpaqueObj>()->payload);
}

uint64_t my_ident(ThreadState& ts) { return ts.record->ident.load(std::memory_order_relaxed); }

Value rlock_new(ThreadState& ts, TypeObj* cls, Value*, size_t, TupleObj*) {
    return Value::from_obj(ts.interp.heap.make<OpaqueObj>(cls, &kRLockHooks, new RLockState()));
}

bool rlock_acquire_impl(ThreadState& ts, RLockState& r, int64_t timeout) {
    uint64_t me = my_ident(ts);
    if (r.count > 0 && r.owner == me) {
        ++r.count;
        return true;
    }
    if (!wait_for_lock(ts, r.lock, timeout)) return false;
    r.owner = me;
    r.count = 1;
    return true;
}

Value rlock_acquire(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    RLockState& r = self_rlock(ts, args[0], "acquire");
    int64_t timeout = parse_acquire_args(ts, args, nargs, kw);
    return Value::boolean(rlock_acquire_impl(ts, r, timeout));
}

Value rlock_enter(ThreadState& ts, Value* args, size_t, TupleObj*) {
    return Value::boolean(rlock_acquire_impl(ts, self_rlock(ts, args[0], "__enter__"), -1));
}

Value rlock_release(ThreadState& ts, Value* args, size_t, TupleObj*) {
    RLockState& r = self_rlock(ts, args[0], "release");
    if (r.count == 0 || r.owner != my_ident(ts)) raise_msg(ts, ts.interp.exc.RuntimeError, "cannot release un-acquired lock");
    if (--r.count == 0) {
        r.owner = 0;
        r.lock.release();
    }
    return Value::none();
}

Value rlock_is_owned(ThreadState& ts, Value* args, size_t, TupleObj*) {
    RLockState& r = self_rlock(ts, args[0], "_is_owned");
    return Value::boolean(r.count > 0 && r.owner == my_ident(ts));
}

// Condition.wait() releases an RLock completely and later restores its depth.
Value rlock_release_save(ThreadState& ts, Value* args, size_t, TupleObj*) {
    RLockState& r = self_rlock(ts, args[0], "_release_save");
    if (r.count == 0) raise_msg(ts, ts.interp.exc.RuntimeError, "cannot release un-acquired lock");
    Value state = Value::from_obj(new_tuple(ts.interp, {make_int(ts.interp, int64_t(r.count)), make_int(ts.interp, int64_t(r.owner))}));
    r.count = 0;
    r.owner = 0;
    r.lock.release();
    return state;
}

Value rlock_acquire_restore(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    RLockState& r = self_rlock(ts, args[0], "_acquire_restore");
    check_count(ts, "_acquire_restore", nargs - 1, 1, 1);
    Value state = args[1];
    if (!is_tuple(state) || as_tuple(state)->size != 2) type_error(ts, "_acquire_restore() argument must be a (count, owner) tuple");
    int64_t count = int_to_int64(ts, as_tuple(state)->items()[0]);
    int64_t owner = int_to_int64(ts, as_tuple(state)->items()[1]);
    wait_for_lock(ts, r.lock, -1);
    r.count = uint64_t(count);
    r.owner = uint64_t(owner);
    return Value::none();
}

Value rlock_recursion_count(ThreadState& ts, Value* args, size_t, TupleObj*) {
    RLockState& r = self_rlock(ts, args[0], "_recursion_count");
    return make_int(ts.interp, r.owner == my_ident(ts) ? int64_t(r.count) : 0);
}

const MethodDef kRLockMethods[] = {
    {"acquire", rlock_acquire, NativeFunctionObj::kMethod},
    {"__enter__", rlock_enter, NativeFunctionObj::kMethod},
    {"release", rlock_release, NativeFunctionObj::kMethod},
    {"__exit__", rlock_release, NativeFunctionObj::kMethod},
    {"_is_owned", rlock_is_owned, NativeFunctionObj::kMethod},
    {"_release_save", rlock_release_save, NativeFunctionObj::kMethod},
    {"_acquire_restore", rlock_acquire_restore, NativeFunctionObj::kMethod},
    {"_recursion_count", rlock_recursion_count, NativeFunctionObj::kMethod},
    {nullptr, nullptr},
};

// ---------------------------------------------------------------- starting threads

// Writes an exception the way CPython reports an unraisable one.
void report_thread_exception(ThreadState& ts, Value exc, Value func) {
    Rooted keep(ts, exc);
    try {
        std::string text = fmt::format("Exception ignored in thread started by: {}\n{}", repr_string(ts, func),
                                       format_exception(ts, exc));
        Value err = dict_get_cstr(ts.interp, ts.interp.sys_module->dict, "stderr");
        file_write(ts, is_file(err) ? err : ts.interp.std_err, text);
    } catch (const ScriptError&) {
        ts.raised = Value();
    }
}

// Runs function(*args, **kwargs) as the body of a new thread; exceptions end here.
void run_thread_body(ThreadState& ts) {
    Interp& I = ts.interp;
    Value func = ts.pinned[0];
    try {
        try {
            RootedVector call_args(ts);
            TupleObj* args = as_tuple(ts.pinned[1]);
            call_args.items.assign(args->begin(), args->end());
            TupleObj* kwnames = nullptr;
            Rooted keep_names(ts);
            if (is_dict(ts.pinned[2])) {
                std::vector<Value> names;
                uint32_t pos = 0;
                DictEntry* e;
                while (dict_next(as_dict(ts.pinned[2]), &pos, &e)) {
                    if (!is_str(e->key)) type_error(ts, "keywords must be strings");
                    names.push_back(e->key);
                    call_args.items.push_back(e->value);
                }
                if (!names.empty()) {
                    kwnames = new_tuple(I, names.data(), names.size());
                    keep_names = Value::from_obj(kwnames);
                }
            }
            call(ts, func, call_args.items.data(), args->size, kwnames);
        } catch (const ScriptError&) {
            throw;
        } catch (...) {
            convert_native_exception(ts);
            throw ScriptError{};
        }
    } catch (const ScriptError&) {
        Value exc = ts.raised;
        ts.raised = Value();
        if (!(is_exception(exc) && is_subtype(exc.obj()->type, I.exc.SystemExit))) report_thread_exception(ts, exc, func);
    }
}

struct ThreadBoot {
    Interp* interp;
    ThreadState* ts;
};

// The first function of every thread a script starts. The parent made the ThreadState
// (with the function and arguments pinned in it) and registered the thread with the GIL
// in state `new`; here the thread takes the GIL, runs, and cleans up under the GIL.
void* thread_main(void* raw) {
    std::unique_ptr<ThreadBoot> boot(static_cast<ThreadBoot*>(raw));
    Interp& I = *boot->interp;
    ThreadState* ts = boot->ts;
    std::shared_ptr<ThreadRecord> record = ts->record;
    block_interrupts_in_this_thread();
    adopt_thread_record(record);
    ts->measure_c_stack();
    bind_thread_state(*ts);
    record->breaker.store(&I.breaker, std::memory_order_relaxed);
    Gil& gil = Gil::process();
    gil.take(*record); // parks forever if the interpreter went away meanwhile

    run_thread_body(*ts);

    // Still holding the GIL: wake joiners, then disappear from the interpreter.
    for (Value s : ts->sentinels)
        if (is_lock(s)) static_cast<ThreadLock*>(s.as<OpaqueObj>()->payload)->release();
    ts->sentinels.clear();
    ts->pinned.clear();
    --I.script_threads;
    unbind_thread_state(*ts);
    delete ts;
    gil.finish(*record);
    return nullptr;
}

Value t_start_new_thread(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    Interp& I = ts.interp;
    no_keywords(ts, "start_new_thread", kw);
    if (nargs < 2 || nargs > 3) type_error(ts, "start_new_thread expected at least 2 arguments, got {}", nargs);
    if (nargs > 3) type_error(ts, "start_new_thread expected at most 3 arguments, got {}", nargs);
    if (!callable(ts, args[0])) type_error(ts, "first arg must be callable");
    if (!is_tuple(args[1])) type_error(ts, "2nd arg must be a tuple");
    if (nargs == 3 && !is_dict(args[2])) type_error(ts, "optional 3rd arg must be a dictionary");

    std::shared_ptr<ThreadRecord> record = Gil::process().register_thread("");
    Gil::process().set_name(*record, "Dummy-" + std::to_string(record->serial));
    auto* child = new ThreadState(I, record, ThreadState::kWorkerStackSlots, /*on_this_thread=*/false);
    child->pinned = {args[0], args[1], nargs == 3 ? args[2] : Value::none()};
    auto* boot = new ThreadBoot{&I, child};

    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_t tid;
    int rc = pthread_create(&tid, &attr, thread_main, boot);
    pthread_attr_destroy(&attr);
    if (rc != 0) {
        delete boot;
        delete child;
        Gil::process().finish(*record);
        raise_msg(ts, I.exc.RuntimeError, "can't start new thread");
    }
    ++I.script_threads;
    return make_int(I, int64_t(uint64_t(tid)));
}

Value t_allocate_lock(ThreadState& ts, Value*, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "allocate_lock", kw);
    check_count(ts, "allocate_lock", nargs, 0, 0);
    return Value::from_obj(new_lock(ts.interp));
}

// A lock that the calling thread holds until its ThreadState goes away: threading uses
// it to join a thread (acquiring it succeeds once the thread has finished).
Value t_set_sentinel(ThreadState& ts, Value*, size_t, TupleObj*) {
    OpaqueObj* lock = ts.interp.heap.make<OpaqueObj>(ts.interp.types.thread_lock, &kSentinelHooks, new ThreadLock());
    static_cast<ThreadLock*>(lock->payload)->try_acquire();
    ts.sentinels.push_back(Value::from_obj(lock));
    return Value::from_obj(lock);
}

Value t_get_ident(ThreadState& ts, Value*, size_t, TupleObj*) { return make_int(ts.interp, int64_t(my_ident(ts))); }
Value t_get_native_id(ThreadState& ts, Value*, size_t, TupleObj*) { return make_int(ts.interp, ts.record->native_id.load(std::memory_order_relaxed)); }
Value t_count(ThreadState& ts, Value*, size_t, TupleObj*) { return make_int(ts.interp, int64_t(ts.interp.script_threads)); }

Value t_stack_size(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "stack_size", kw);
    check_count(ts, "stack_size", nargs, 0, 1);
    if (nargs == 1 && int_to_int64(ts, args[0]) != 0)
        value_error(ts, "setting the stack size is not supported in gilt (threads use the system default)");
    return Value::from_small(0);
}

Value t_interrupt_main(ThreadState&, Value*, size_t, TupleObj*) {
    signals::raise_interrupt();
    return Value::none();
}

Value t_exit(ThreadState& ts, Value*, size_t, TupleObj*) { raise_type(ts, ts.interp.exc.SystemExit); }

// gilt's own helpers for threading.py: the GIL views show threads by these names.
Value t_set_name(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "_set_name", kw);
    check_count(ts, "_set_name", nargs, 1, 2);
    StrObj* name = arg_str(ts, args[0], "_set_name");
    std::shared_ptr<ThreadRecord> target = ts.record;
    if (nargs == 2 && !args[1].is_none()) {
        uint64_t ident = uint64_t(int_to_int64(ts, args[1]));
        target = nullptr;
        std::lock_guard<std::mutex> lock(ts.interp.threads_mutex);
        for (ThreadState* t : ts.interp.threads)
            if (t->record->ident.load(std::memory_order_relaxed) == ident) target = t->record;
    }
    if (target) Gil::process().set_name(*target, std::string(name->view()));
    return Value::none();
}

// The text CPython's traceback.print_exception would write for `exc`.
Value t_format_exception(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "_format_exception", kw);
    check_count(ts, "_format_exception", nargs, 1, 1);
    return Value::from_obj(new_str(ts.interp, format_exception(ts, args[0])));
}

Value t_is_main_thread(ThreadState& ts, Value*, size_t, TupleObj*) {
    return Value::boolean(&ts == ts.interp.main_thread.get());
}

const MethodDef kThreadFunctions[] = {
    {"start_new_thread", t_start_new_thread},
    {"start_new", t_start_new_thread},
    {"allocate_lock", t_allocate_lock},
    {"allocate", t_allocate_lock},
    {"_set_sentinel", t_set_sentinel},
    {"get_ident", t_get_ident},
    {"get_native_id", t_get_native_id},
    {"_count", t_count},
    {"stack_size", t_stack_size},
    {"interrupt_main", t_interrupt_main},
    {"exit", t_exit},
    {"exit_thread", t_exit},
    {"_set_name", t_set_name},
    {"_format_exception", t_format_exception},
    {"_is_main_thread", t_is_main_thread},
    {nullptr, nullptr},
};

} // namespace

ModuleObj* init_thread_module(Interp& I) {
    ModuleObj* m = new_module(I, "_thread");
    Value modname = Value::from_obj(intern(I, "_thread"));
    add_functions(I, m->dict, kThreadFunctions, modname);

    TypeObj* lock = I.types.thread_lock = new_builtin_type(I, "lock", ObjKind::Opaque, nullptr, 0);
    lock->module = modname;
    add_methods(I, lock, kLockMethods);
    dict_set_cstr(I, m->dict, "LockType", Value::from_obj(lock));
    dict_set_cstr(I, m->dict, "lock", Value::from_obj(lock));

    TypeObj* rlock = I.types.thread_rlock = new_builtin_type(I, "RLock", ObjKind::Opaque, nullptr, 0);
    rlock->module = modname;
    rlock->new_fn = rlock_new;
    add_methods(I, rlock, kRLockMethods);
    dict_set_cstr(I, m->dict, "RLock", Value::from_obj(rlock));

    dict_set_cstr(I, m->dict, "error", Value::from_obj(I.exc.RuntimeError));
    dict_set_cstr(I, m->dict, "TIMEOUT_MAX", make_float(I, kTimeoutMax));
    return m;
}

} // namespace gilt
