// The bytecode interpreter loop.
#include "vm/eval.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fmt/format.h>

#include "compiler/opcodes.hpp"
#include "modules/modules.hpp"
#include "objects/bytes.hpp"
#include "objects/class.hpp"
#include "objects/descr.hpp"
#include "objects/dict.hpp"
#include "objects/exception.hpp"
#include "objects/file.hpp"
#include "objects/function.hpp"
#include "objects/generator.hpp"
#include "objects/iter.hpp"
#include "objects/list.hpp"
#include "objects/number.hpp"
#include "objects/range.hpp"
#include "objects/set.hpp"
#include "objects/str.hpp"
#include "objects/tuple.hpp"
#include "objects/type.hpp"
#include "runtime/gil.hpp"
#include "runtime/signals.hpp"
#include "vm/attr_cache.hpp"
#include "vm/blocking.hpp"
#include "vm/call.hpp"
#include "vm/dunder.hpp"
#include "vm/errors.hpp"
#include "vm/generators.hpp"
#include "vm/ops.hpp"

#if defined(__GNUC__) && !defined(GILT_NO_COMPUTED_GOTO)
#define GILT_USE_COMPUTED_GOTO 1
#else
#define GILT_USE_COMPUTED_GOTO 0
#endif

namespace gilt {

namespace {

// Prepends a traceback entry for frame f at the instruction before ip.
void add_traceback(ThreadState& ts, Frame* f, const uint32_t* ip) {
    if (!is_exception(ts.raised)) return;
    ExceptionObj* e = as_exception(ts.raised);
    uint32_t instr = uint32_t(ip - f->code->code.data());
    if (instr > 0) --instr;
    TracebackObj* next = is_kind(e->traceback, ObjKind::Traceback) ? e->traceback.as<TracebackObj>() : nullptr;
    e->traceback = Value::from_obj(
        ts.interp.heap.make<TracebackObj>(ts.interp.types.traceback, next, f->code, instr, f->code->line_of(instr)));
}

const ExceptionRange* find_handler(const CodeObj* co, uint32_t instr) {
    // Ranges are emitted innermost-first per instruction; any range covering the
    // instruction is the innermost one for it (the compiler never nests them).
    for (const ExceptionRange& r : co->exception_table)
        if (instr >= r.start && instr < r.end) return &r;
    return nullptr;
}

[[noreturn]] void unbound_local(ThreadState& ts, CodeObj* co, uint32_t slot) {
    raise_fmt(ts, ts.interp.exc.UnboundLocalError, "cannot access local variable '{}' where it is not associated with a value",
              std::string(co->slot_names[slot]->view()));
}

[[noreturn]] void unbound_free(ThreadState& ts, CodeObj* co, uint32_t slot) {
    if (co->slot_kinds[slot] & CodeObj::kFree)
        raise_fmt(ts, ts.interp.exc.NameError,
                  "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
                  std::string(co->slot_names[slot]->view()));
    unbound_local(ts, co, slot);
}

[[noreturn]] void name_error(ThreadState& ts, StrObj* name) {
    Interp& I = ts.interp;
    Value args[1] = {Value::from_obj(new_str(I, fmt::format("name '{}' is not defined", name->view())))};
    Rooted msg(ts, args[0]);
    Value exc = call(ts, Value::from_obj(I.exc.NameError), args, 1);
    if (is_exception(exc)) {
        ExceptionObj* e = as_exception(exc);
        if (!e->dict) e->dict = new_dict(I);
        dict_set_cstr(I, e->dict, "name", Value::from_obj(name));
    }
    raise(ts, exc);
}

Value load_global_slow(ThreadState& ts, Frame* f, GlobalCache& cache) {
    DictObj* g = f->globals;
    int64_t ix = dict_find_str(g, cache.name);
    if (ix >= 0) {
        cache.globals_version = g->version;
        cache.index = int32_t(ix);
        cache.in_builtins = false;
        return g->entries[ix].value;
    }
    DictObj* b = f->func ? f->func->builtins : ts.interp.builtins;
    ix = dict_find_str(b, cache.name);
    if (ix >= 0) {
        cache.globals_version = g->version;
        cache.builtins_version = b->version;
        cache.index = int32_t(ix);
        cache.in_builtins = true;
        return b->entries[ix].value;
    }
    name_error(ts, cache.name);
}

Value load_name(ThreadState& ts, Frame* f, StrObj* name) {
    if (f->locals_dict) {
        Value v = is_dict(Value::from_obj(f->locals_dict)) ? dict_get_str(f->locals_dict, name) : Value();
        if (!v.is_null()) return v;
    }
    Value v = dict_get_str(f->globals, name);
    if (!v.is_null()) return v;
    v = dict_get_str(f->func ? f->func->builtins : ts.interp.builtins, name);
    if (!v.is_null()) return v;
    name_error(ts, name);
}

void unpack(ThreadState& ts, Value seq, size_t n, Value* out) {
    // out[0..n) receives the items in order.
    Interp& I = ts.interp;
    if (is_tuple(seq) || is_list(seq)) {
        size_t size = is_tuple(seq) ? as_tuple(seq)->size : as_list(seq)->items.size();
        const Value* items = is_tuple(seq) ? as_tuple(seq)->items() : as_list(seq)->items.data();
        if (size != n) {
            if (size < n) value_error(ts, "not enough values to unpack (expected {}, got {})", n, size);
            value_error(ts, "too many values to unpack (expected {})", n);
        }
        for (size_t i = 0; i < n; ++i) out[i] = items[i];
        return;
    }
    TypeObj* t = type_of(I, seq);
    if (!seq.is_obj() || (type_find(I, t, I.names.__iter__).is_null() && !(seq.obj()->kind >= ObjKind::SeqIter && seq.obj()->kind <= ObjKind::Generator) &&
                          !is_str(seq) && !is_byteslike(seq) && !is_dict(seq) && !is_anyset(seq) && !is_range(seq) &&
                          !is_kind(seq, ObjKind::DictView) && !is_kind(seq, ObjKind::File) && type_find(I, t, I.names.__getitem__).is_null()))
        type_error(ts, "cannot unpack non-iterable {} object", type_name(I, seq));
    RootedVector items(ts);
    Rooted it(ts, get_iter(ts, seq));
    for (;;) {
        Value v = iter_next(ts, it);
        if (v.is_null()) break;
        items.items.push_back(v);
        if (items.items.size() > n) value_error(ts, "too many values to unpack (expected {})", n);
    }
    if (items.items.size() < n) value_error(ts, "not enough values to unpack (expected {}, got {})", n, items.items.size());
    for (size_t i = 0; i < n; ++i) out[i] = items.items[i];
}

Value format_with_conversion(ThreadState& ts, Value v, uint32_t conv, Value spec) {
    Interp& I = ts.interp;
    // f"{i}" with a small int: straight to its decimal digits.
    if (v.is_small() && spec.is_null() && conv != 2 && conv != 3) return Value::from_obj(to_str(ts, v));
    Rooted keep(ts, v);
    if (conv == 1) keep = Value::from_obj(to_str(ts, v));
    else if (conv == 2) keep = Value::from_obj(repr(ts, v));
    else if (conv == 3) keep = Value::from_obj(new_str(I, ascii_escape(repr_string(ts, v))));
    if (spec.is_null() && is_str(keep)) return keep;
    return Value::from_obj(format_value(ts, keep, spec.is_null() ? I.empty_str : as_str(spec)));
}

// A function call from the loop that ends in a native or a class: the arguments stay
// on the caller's operand stack (and so stay rooted) while the callee runs.
Value call_non_script(ThreadState& ts, Value callable, Value* args, size_t nargs, TupleObj* kwnames) {
    if (is_native(callable)) return call_native(ts, callable.as<NativeFunctionObj>(), args, nargs, kwnames);
    return call(ts, callable, args, nargs, kwnames);
}

// ---- Opcode bodies that own C++ objects.
// A computed goto leaves a scope without running destructors (GCC compiles that
// silently, clang refuses it), so no TARGET body in run_frame may own a std::string,
// a std::vector or a Rooted: such bodies live in these functions instead.

// Joins the parts straight into the result object (sizes are known, so no temporary).
Value build_string(Interp& I, const Value* parts, uint32_t n) {
    size_t nbytes = 0, nchars = 0;
    bool ascii = true;
    for (uint32_t i = 0; i < n; ++i) {
        StrObj* s = as_str(parts[i]);
        nbytes += s->nbytes;
        nchars += s->nchars;
        ascii = ascii && s->ascii();
    }
    if (nbytes == 0) return Value::from_obj(I.empty_str);
    if (n == 1) return parts[0];
    StrObj* out = str_alloc(I, nbytes, nchars, ascii);
    char* p = out->data();
    for (uint32_t i = 0; i < n; ++i) {
        StrObj* s = as_str(parts[i]);
        std::memcpy(p, s->data(), s->nbytes);
        p += s->nbytes;
    }
    return Value::from_obj(out);
}

// CPython's _PyObject_FunctionStr, how call errors name the callee: "mod.qualname()",
// just "qualname()" for builtins, the object's str() when it has no __qualname__.
static std::string function_str(ThreadState& ts, Value callee) {
    Interp& I = ts.interp;
    Rooted keep(ts, callee);
    Value qn = lookup_attr(ts, callee, I.names.__qualname__);
    if (!is_str(qn)) return str_string(ts, callee);
    Rooted keep_qn(ts, qn);
    Value mod = lookup_attr(ts, callee, I.names.__module__);
    if (is_str(mod) && as_str(mod)->view() != "builtins")
        return fmt::format("{}.{}()", as_str(mod)->view(), as_str(qn)->view());
    return fmt::format("{}()", as_str(qn)->view());
}

// LIST_EXTEND for `[*src]`, `(*src,)` and `f(a, *src)`.
void list_extend_iterable(ThreadState& ts, ListObj* l, Value src) {
    if (!supports_iteration(ts.interp, src))
        type_error(ts, "Value after * must be an iterable, not {}", type_name(ts.interp, src));
    RootedVector items(ts);
    collect_iterable(ts, src, items.items);
    l->items.insert(l->items.end(), items.items.begin(), items.items.end());
}

// `f(**src)`: merges src into the call's keyword dict d, rejecting duplicates.
void merge_call_kwargs(ThreadState& ts, DictObj* d, Value src, Value callee) {
    Interp& I = ts.interp;
    auto callee_name = [&] { return function_str(ts, callee); };
    if (!is_dict(src) && lookup_attr(ts, src, I.names.keys).is_null())
        type_error(ts, "{} argument after ** must be a mapping, not {}", callee_name(), type_name(I, src));
    DictObj* tmp = new_dict(I);
    Rooted keep(ts, Value::from_obj(tmp));
    dict_update(ts, tmp, src);
    uint32_t pos = 0;
    DictEntry* e;
    while (dict_next(tmp, &pos, &e)) {
        if (!dict_get(ts, d, e->key).is_null())
            type_error(ts, "{} got multiple values for keyword argument '{}'", callee_name(), str_string(ts, e->key));
        dict_set(ts, d, e->key, e->value);
    }
}

// UNPACK_SEQUENCE's general case: the n items of seq, last first, into dest[0..n).
void unpack_reversed(ThreadState& ts, Value seq, uint32_t n, Value* dest) {
    std::vector<Value> items(n);
    unpack(ts, seq, n, items.data());
    for (uint32_t i = 0; i < n; ++i) dest[i] = items[n - 1 - i];
}

// UNPACK_EX: `a, *b, c = seq` with seq on top of the stack; returns the new sp.
Value* unpack_with_star(ThreadState& ts, Value* sp, uint32_t before, uint32_t after) {
    Interp& I = ts.interp;
    Value seq = sp[-1];
    if (is_int(seq) || is_float(seq) || seq.is_none() || seq.is_bool() || !seq.is_obj())
        type_error(ts, "cannot unpack non-iterable {} object", type_name(I, seq));
    RootedVector items(ts);
    collect_iterable(ts, seq, items.items);
    size_t n = items.items.size();
    if (n < before + after)
        value_error(ts, "not enough values to unpack (expected at least {}, got {})", before + after, n);
    --sp;
    for (size_t i = 0; i < after; ++i) *sp++ = items.items[n - 1 - i];
    ListObj* mid = new_list(I, items.items.data() + before, n - before - after);
    *sp++ = Value::from_obj(mid);
    for (size_t i = before; i-- > 0;) *sp++ = items.items[i];
    return sp;
}

// CALL_EX: callable, self|NULL, args iterable[, kwargs dict] from callable_slot up.
Value call_with_unpacked(ThreadState& ts, Value* callable_slot, bool has_kwargs) {
    Interp& I = ts.interp;
    Value callable = callable_slot[0];
    Value args_iterable = callable_slot[2];
    RootedVector all(ts);
    if (!callable_slot[1].is_null()) all.items.push_back(callable_slot[1]);
    if (is_tuple(args_iterable))
        all.items.insert(all.items.end(), as_tuple(args_iterable)->begin(), as_tuple(args_iterable)->end());
    else {
        // `f(*x)` alone passes x itself (see compile_call_args).
        if (!supports_iteration(I, args_iterable))
            type_error(ts, "{} argument after * must be an iterable, not {}", function_str(ts, callable),
                       type_name(I, args_iterable));
        collect_iterable(ts, args_iterable, all.items);
    }
    size_t npos = all.items.size();
    TupleObj* kwnames = nullptr;
    Rooted keep_names(ts);
    if (has_kwargs) {
        DictObj* d = as_dict(callable_slot[3]);
        std::vector<Value> names;
        uint32_t pos = 0;
        DictEntry* e;
        while (dict_next(d, &pos, &e)) {
            if (!is_str(e->key)) type_error(ts, "keywords must be strings");
            names.push_back(Value::from_obj(intern(I, as_str(e->key))));
            all.items.push_back(e->value);
        }
        if (!names.empty()) {
            kwnames = new_tuple(I, names.data(), names.size());
            keep_names = Value::from_obj(kwnames);
        }
    }
    return call(ts, callable, all.items.data(), npos, kwnames);
}

// `raise exc [from cause]`: instantiates classes, links the cause, raises.
[[noreturn]] void raise_statement(ThreadState& ts, Value exc, bool has_cause, Value cause) {
    Rooted keep_exc(ts, exc), keep_cause(ts, cause);
    if (is_type(exc) && (as_type(exc)->tflags & TypeObj::kException)) keep_exc = exc = call0(ts, exc);
    if (!is_exception(exc)) type_error(ts, "exceptions must derive from BaseException");
    if (has_cause) {
        if (is_type(cause) && (as_type(cause)->tflags & TypeObj::kException)) cause = call0(ts, cause);
        if (!cause.is_none() && !is_exception(cause)) type_error(ts, "exception causes must derive from BaseException");
        as_exception(exc)->cause = cause;
        as_exception(exc)->suppress_context = true;
    }
    raise(ts, exc);
}

// ---- Generator frames on the frame chain.
// A generator runs when its frame is linked on top of the chain; it stops when it
// yields, returns or lets an exception out. Both ways of resuming (the loop's own
// FOR_ITER/SEND, and native next()/send()/throw()) go through these three functions,
// so the swap of the handled exception (sys.exc_info() inside vs. outside) and the
// state changes happen in one place.

// Links g's frame above `back`. With kEntry in `flags` the frame returns to the C++
// caller of run_frame; without it, to the loop instruction in `back` that resumed it.
Frame* link_generator(ThreadState& ts, GeneratorObj* g, Frame* back, uint32_t flags) {
    Frame* fr = &g->frame;
    fr->back = back;
    fr->window_end = back ? back->window_end : ts.stack_begin;
    fr->flags = flags;
    g->resumer_handled = ts.handled;
    ts.handled = g->handled;
    g->resumer_generator = ts.running_generator;
    ts.running_generator = g;
    g->state = GeneratorObj::State::Running;
    ts.frame = fr;
    ++ts.depth;
    return fr;
}

// g's frame has been unlinked: it yielded (finished == false), or returned or raised.
void unlink_generator(ThreadState& ts, GeneratorObj* g, bool finished) {
    g->handled = finished ? Value() : ts.handled;
    ts.handled = g->resumer_handled;
    g->resumer_handled = Value();
    ts.running_generator = g->resumer_generator;
    g->resumer_generator = nullptr;
    g->state = finished ? GeneratorObj::State::Finished : GeneratorObj::State::Suspended;
}

// PEP 479: a StopIteration escaping a generator frame becomes a RuntimeError.
void stop_iteration_to_runtime_error(ThreadState& ts) {
    Interp& I = ts.interp;
    if (!is_exception(ts.raised) || !exception_matches(ts, ts.raised, Value::from_obj(I.exc.StopIteration))) return;
    Rooted original(ts, ts.raised);
    ExceptionObj* e = new_exception_msg(I, I.exc.RuntimeError, "generator raised StopIteration");
    e->cause = original;
    e->context = original;
    e->suppress_context = true;
    ts.raised = Value::from_obj(e);
}

// FOR_ITER or SEND on a generator that waits for a value: the loop runs its frame
// itself, on top of `caller`, instead of recursing through next(). The others (running,
// finished, just started but sent a value) take the native path, which raises or
// reports exhaustion.
inline bool can_resume_in_loop(const GeneratorObj* g, Value sent) {
    return g->state == GeneratorObj::State::Suspended || (g->state == GeneratorObj::State::Created && sent.is_none());
}

Frame* resume_in_loop(ThreadState& ts, Frame* caller, GeneratorObj* g, Value sent) {
    if (ts.depth >= ts.interp.config.recursion_limit)
        raise_msg(ts, ts.interp.exc.RecursionError, "maximum recursion depth exceeded");
    if (g->state == GeneratorObj::State::Suspended) *g->frame.sp++ = sent; // the value of `yield`
    return link_generator(ts, g, caller, 0);
}

// `yield from` delegating to something other than a generator: next() when None is
// sent, .send(v) otherwise. Returns null when the sub-iterator is done; its
// StopIteration's value (user iterators may carry one) is then the result.
Value send_to_iterator(ThreadState& ts, Value sub, Value sent, Value* returned) {
    Interp& I = ts.interp;
    bool builtin = sub.is_obj() && !(sub.obj()->type->tflags & TypeObj::kHeapType);
    if (sent.is_none() && builtin) { // built-in iterators end without a value
        Value v = iter_next(ts, sub);
        if (v.is_null()) *returned = Value::none();
        return v;
    }
    try {
        if (sent.is_none()) return call_method(ts, sub, I.names.__next__, nullptr, 0);
        return call_method(ts, sub, I.names.send, &sent, 1);
    } catch (const ScriptError&) {
        if (!exception_matches(ts, ts.raised, Value::from_obj(I.exc.StopIteration))) throw;
        *returned = stop_iteration_value(I, as_exception(ts.raised));
        ts.raised = Value();
        return Value();
    }
}

// The REPL's echo of an expression statement (sys.displayhook).
void print_expression_value(ThreadState& ts, Value v) {
    Interp& I = ts.interp;
    if (v.is_none()) return;
    dict_set_cstr(I, I.builtins, "_", Value::none());
    std::string text = repr_string(ts, v);
    text += '\n';
    file_write(ts, I.std_out, text);
    dict_set_cstr(I, I.builtins, "_", v);
}

} // namespace

void handle_eval_breaker(ThreadState& ts) {
    Interp& I = ts.interp;
    uint32_t bits = I.breaker.load();
    if (bits & EvalBreaker::GcRequest) {
        Gil& gil = Gil::process();
        gil.record_gc(*ts.record, true); // GC pauses show in the trace views
        I.heap.collect();
        gil.record_gc(*ts.record, false);
    }
    if (bits & EvalBreaker::PendingSignal) {
        if (ts.interp.main_thread.get() == &ts && signals::take_pending_interrupt()) {
            I.breaker.clear(EvalBreaker::PendingSignal);
            raise_type(ts, I.exc.KeyboardInterrupt);
        }
        if (!signals::interrupt_pending()) I.breaker.clear(EvalBreaker::PendingSignal);
    }
    if (bits & EvalBreaker::HostInterrupt) {
        I.breaker.clear(EvalBreaker::HostInterrupt);
        raise_msg(ts, I.exc.KeyboardInterrupt, "interrupted by the host");
    }
    if (bits & EvalBreaker::GilDropRequest) gil_yield(ts);
    if (bits & EvalBreaker::LegacyTick) {
        // The legacy policy: every N instructions, release and re-contend (the loop's fast
        // path counts ticks_left down; here it has run out or another bit was set too).
        Gil& gil = Gil::process();
        if (ts.ticks_left <= 0) {
            ts.ticks_left = std::max(1, gil.check_interval());
            if (gil.check_interval() > 0) gil.tick(*ts.record);
        }
    }
}

Value run_frame(ThreadState& ts, Frame* entry, bool throwing) {
    Interp& I = ts.interp;
    EvalBreaker& breaker = I.breaker;
    Frame* f = entry;
    const uint32_t* ip = f->ip;
    Value* sp = f->sp;
    Value* locals = f->locals;
    const Value* consts = f->code->consts.data();
    uint32_t word = 0;
    bool skip_traceback = false;
    // Set while the eval breaker is handled between two instructions: an exception it
    // raises (KeyboardInterrupt) belongs to the instruction about to run, not to the one
    // before ip (which, after a jump, is unrelated code, and whose handler may expect a
    // deeper stack than there is now).
    bool at_boundary = false;

#define LOAD_FRAME()                     \
    do {                                 \
        ip = f->ip;                      \
        sp = f->sp;                      \
        locals = f->locals;              \
        consts = f->code->consts.data(); \
    } while (0)
    // Stores the registers in the frame: needed before anything that can run script
    // code or collect garbage (both look at frames, not at our registers).
#define SYNC()         \
    do {               \
        f->ip = ip;    \
        f->sp = sp;    \
    } while (0)
#define ARG() (word >> 8)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define JUMP_TO(target) (ip = f->code->code.data() + (target))

#if GILT_USE_COMPUTED_GOTO
    static const void* const kTargets[] = {
#define OPCODE(name, effect, operand, doc) &&op_##name,
#include "compiler/opcodes.def"
#undef OPCODE
    };
#define TARGET(name) op_##name:
#define NEXT()                                       \
    do {                                             \
        word = *ip++;                                \
        goto* kTargets[word & 0xFF];                 \
    } while (0)
// The legacy GIL policy keeps its tick bit set and counts instructions down here, in
// each opcode's own tail, so that the dispatch jumps stay per-opcode (and predictable).
#define DISPATCH()                                                                                  \
    do {                                                                                            \
        if (__builtin_expect(breaker.load() != 0, 0)) {                                             \
            if (breaker.load() != EvalBreaker::LegacyTick || --ts.ticks_left <= 0) goto breaker_slow; \
        }                                                                                           \
        NEXT();                                                                                     \
    } while (0)
#else
#define TARGET(name) case OpCode::name:
#define DISPATCH() goto dispatch_check
#endif

    if (throwing) goto error_entry;

    for (;;) {
        try {
#if GILT_USE_COMPUTED_GOTO
            DISPATCH();
        breaker_slow:
            SYNC();
            at_boundary = true;
            handle_eval_breaker(ts);
            at_boundary = false;
            NEXT();
#else
        dispatch_check:
            if (breaker.load() != 0 && !(breaker.load() == EvalBreaker::LegacyTick && --ts.ticks_left > 0)) {
                SYNC();
                at_boundary = true;
                handle_eval_breaker(ts);
                at_boundary = false;
            }
            word = *ip++;
            switch (OpCode(word & 0xFF)) {
#endif

            TARGET(NOP) { DISPATCH(); }
            TARGET(POP_TOP) {
                --sp;
                DISPATCH();
            }
            TARGET(COPY) {
                Value v = sp[-int(ARG())];
                PUSH(v);
                DISPATCH();
            }
            TARGET(SWAP) {
                Value t = sp[-1];
                sp[-1] = sp[-int(ARG())];
                sp[-int(ARG())] = t;
                DISPATCH();
            }
            TARGET(PUSH_NULL) {
                PUSH(Value());
                DISPATCH();
            }
            TARGET(LOAD_CONST) {
                PUSH(consts[ARG()]);
                DISPATCH();
            }
            TARGET(LOAD_FAST) {
                Value v = locals[ARG()];
                if (__builtin_expect(v.is_unbound(), 0)) {
                    SYNC();
                    unbound_local(ts, f->code, ARG());
                }
                PUSH(v);
                DISPATCH();
            }
            TARGET(STORE_FAST) {
                locals[ARG()] = POP();
                DISPATCH();
            }
            TARGET(DELETE_FAST) {
                if (locals[ARG()].is_unbound()) {
                    SYNC();
                    unbound_local(ts, f->code, ARG());
                }
                locals[ARG()] = Value::unbound();
                DISPATCH();
            }
            TARGET(LOAD_DEREF) {
                Value v = locals[ARG()].as<CellObj>()->value;
                if (v.is_unbound()) {
                    SYNC();
                    unbound_free(ts, f->code, ARG());
                }
                PUSH(v);
                DISPATCH();
            }
            TARGET(STORE_DEREF) {
                locals[ARG()].as<CellObj>()->value = POP();
                DISPATCH();
            }
            TARGET(DELETE_DEREF) {
                CellObj* c = locals[ARG()].as<CellObj>();
                if (c->value.is_unbound()) {
                    SYNC();
                    unbound_free(ts, f->code, ARG());
                }
                c->value = Value::unbound();
                DISPATCH();
            }
            TARGET(LOAD_CLOSURE) {
                PUSH(locals[ARG()]);
                DISPATCH();
            }
            TARGET(MAKE_CELL) {
                SYNC();
                locals[ARG()] = Value::from_obj(new_cell(I, locals[ARG()]));
                DISPATCH();
            }
            TARGET(COPY_FREE_VARS) {
                uint32_t n = ARG();
                TupleObj* closure = f->func->closure;
                uint32_t first = f->code->nlocalsplus - n;
                for (uint32_t i = 0; i < n; ++i) locals[first + i] = closure->items()[i];
                DISPATCH();
            }
            TARGET(LOAD_GLOBAL) {
                GlobalCache& cache = f->code->global_caches[ARG()];
                DictObj* g = f->globals;
                if (__builtin_expect(cache.globals_version == g->version, 1)) {
                    if (!cache.in_builtins) {
                        PUSH(g->entries[cache.index].value);
                        DISPATCH();
                    }
                    DictObj* b = f->func->builtins;
                    if (cache.builtins_version == b->version) {
                        PUSH(b->entries[cache.index].value);
                        DISPATCH();
                    }
                }
                SYNC();
                Value v = load_global_slow(ts, f, cache);
                PUSH(v);
                DISPATCH();
            }
            TARGET(STORE_GLOBAL) {
                GlobalCache& cache = f->code->global_caches[ARG()];
                DictObj* g = f->globals;
                Value v = POP();
                if (cache.globals_version == g->version && !cache.in_builtins) {
                    g->entries[cache.index].value = v;
                    DISPATCH();
                }
                SYNC();
                dict_set_str(I, g, cache.name, v);
                int64_t ix = dict_find_str(g, cache.name);
                cache.globals_version = g->version;
                cache.index = int32_t(ix);
                cache.in_builtins = false;
                DISPATCH();
            }
            TARGET(DELETE_GLOBAL) {
                GlobalCache& cache = f->code->global_caches[ARG()];
                SYNC();
                if (!dict_del_str(I, f->globals, cache.name)) name_error(ts, cache.name);
                DISPATCH();
            }
            TARGET(LOAD_NAME) {
                SYNC();
                Value v = load_name(ts, f, f->code->names[ARG()]);
                PUSH(v);
                DISPATCH();
            }
            TARGET(STORE_NAME) {
                Value v = POP();
                SYNC();
                StrObj* name = f->code->names[ARG()];
                if (f->locals_dict) dict_set_str(I, f->locals_dict, name, v);
                else dict_set_str(I, f->globals, name, v);
                DISPATCH();
            }
            TARGET(DELETE_NAME) {
                SYNC();
                StrObj* name = f->code->names[ARG()];
                if (!dict_del_str(I, f->locals_dict ? f->locals_dict : f->globals, name)) name_error(ts, name);
                DISPATCH();
            }
            TARGET(LOAD_CLASSDEREF) {
                SYNC();
                StrObj* name = f->code->slot_names[ARG()];
                Value v = f->locals_dict ? dict_get_str(f->locals_dict, name) : Value();
                if (v.is_null()) {
                    v = locals[ARG()].as<CellObj>()->value;
                    if (v.is_unbound()) unbound_free(ts, f->code, ARG());
                }
                PUSH(v);
                DISPATCH();
            }
            // The attribute opcodes try their inline cache first (vm/attr_cache.hpp).
            TARGET(LOAD_ATTR) {
                AttrCache& cache = f->code->attr_caches[ARG()];
                Value v;
                if (attr_cache_load_hit(cache, TOP(), &v)) {
                    TOP() = v;
                    DISPATCH();
                }
                SYNC();
                v = load_attr_slow(ts, TOP(), cache);
                TOP() = v;
                DISPATCH();
            }
            TARGET(STORE_ATTR) {
                AttrCache& cache = f->code->attr_caches[ARG()];
                if (attr_cache_store_hit(cache, sp[-1], sp[-2])) {
                    sp -= 2;
                    DISPATCH();
                }
                SYNC();
                store_attr_slow(ts, sp[-1], cache, sp[-2]);
                sp -= 2;
                DISPATCH();
            }
            TARGET(DELETE_ATTR) {
                SYNC();
                del_attr(ts, sp[-1], f->code->names[ARG()]);
                --sp;
                DISPATCH();
            }
            TARGET(LOAD_METHOD) {
                AttrCache& cache = f->code->attr_caches[ARG()];
                Value obj = TOP();
                if (attr_cache_method_hit(cache, obj)) {
                    TOP() = cache.descr;
                    PUSH(obj);
                    DISPATCH();
                }
                SYNC();
                Value m;
                if (load_method_slow(ts, obj, cache, &m)) {
                    TOP() = m;
                    PUSH(obj);
                } else {
                    TOP() = m;
                    PUSH(Value());
                }
                DISPATCH();
            }
            TARGET(BINARY_SUBSCR) {
                Value key = sp[-1], container = sp[-2];
                if (is_list(container) && key.is_small() && !(container.obj()->type->tflags & TypeObj::kHeapType)) {
                    auto& items = as_list(container)->items;
                    int64_t i = key.small();
                    if (i < 0) i += int64_t(items.size());
                    if (i >= 0 && i < int64_t(items.size())) {
                        sp[-2] = items[size_t(i)];
                        --sp;
                        DISPATCH();
                    }
                }
                SYNC();
                Value v = get_item(ts, container, key);
                sp[-2] = v;
                --sp;
                DISPATCH();
            }
            TARGET(STORE_SUBSCR) {
                Value key = sp[-1], container = sp[-2], value = sp[-3];
                if (is_list(container) && key.is_small() && !(container.obj()->type->tflags & TypeObj::kHeapType)) {
                    auto& items = as_list(container)->items;
                    int64_t i = key.small();
                    if (i < 0) i += int64_t(items.size());
                    if (i >= 0 && i < int64_t(items.size())) {
                        items[size_t(i)] = value;
                        sp -= 3;
                        DISPATCH();
                    }
                }
                SYNC();
                set_item(ts, container, key, value);
                sp -= 3;
                DISPATCH();
            }
            TARGET(DELETE_SUBSCR) {
                SYNC();
                del_item(ts, sp[-2], sp[-1]);
                sp -= 2;
                DISPATCH();
            }
            TARGET(BUILD_SLICE) {
                SYNC();
                Value step = ARG() == 3 ? POP() : Value::none();
                Value stop = POP();
                Value start = TOP();
                TOP() = Value::from_obj(new_slice(I, start, stop, step));
                DISPATCH();
            }
            TARGET(BINARY_OP) {
                Value b = sp[-1], a = sp[-2];
                uint32_t op = ARG() & 0x7F;
                if (a.is_small() && b.is_small()) {
                    int64_t r;
                    switch (BinaryOp(op)) {
                    case BinaryOp::Add:
                        if (!__builtin_add_overflow(int64_t(a.bits()), int64_t(b.bits() - 1), &r)) {
                            sp[-2] = Value::from_bits(uint64_t(r));
                            --sp;
                            DISPATCH();
                        }
                        break;
                    case BinaryOp::Sub:
                        if (!__builtin_sub_overflow(int64_t(a.bits()), int64_t(b.bits()), &r)) {
                            sp[-2] = Value::from_bits(uint64_t(r) + 1);
                            --sp;
                            DISPATCH();
                        }
                        break;
                    case BinaryOp::Mul:
                        if (!__builtin_mul_overflow(a.small(), int64_t(b.bits() - 1), &r)) {
                            sp[-2] = Value::from_bits(uint64_t(r) + 1);
                            --sp;
                            DISPATCH();
                        }
                        break;
                    case BinaryOp::FloorDiv:
                    case BinaryOp::Mod: {
                        int64_t x = a.small(), y = b.small();
                        if (y > 0 && x >= 0) {
                            sp[-2] = Value::from_small(BinaryOp(op) == BinaryOp::FloorDiv ? x / y : x % y);
                            --sp;
                            DISPATCH();
                        }
                        break;
                    }
                    case BinaryOp::And:
                        sp[-2] = Value::from_bits(a.bits() & b.bits());
                        --sp;
                        DISPATCH();
                    case BinaryOp::Or:
                        sp[-2] = Value::from_bits(a.bits() | b.bits());
                        --sp;
                        DISPATCH();
                    case BinaryOp::Xor:
                        sp[-2] = Value::from_bits((a.bits() ^ b.bits()) | 1);
                        --sp;
                        DISPATCH();
                    default:
                        break;
                    }
                } else if (a.is_flonum() && b.is_flonum()) {
                    double x = a.flonum(), y = b.flonum(), r;
                    bool done = true;
                    switch (BinaryOp(op)) {
                    case BinaryOp::Add: r = x + y; break;
                    case BinaryOp::Sub: r = x - y; break;
                    case BinaryOp::Mul: r = x * y; break;
                    case BinaryOp::TrueDiv:
                        done = y != 0;
                        r = done ? x / y : 0;
                        break;
                    default: done = false; r = 0; break;
                    }
                    if (done) {
                        Value out;
                        if (Value::try_flonum(r, out)) {
                            sp[-2] = out;
                            --sp;
                            DISPATCH();
                        }
                    }
                }
                SYNC();
                Value r = (ARG() & 0x80) ? inplace_op(ts, BinaryOp(op), a, b) : binary_op(ts, BinaryOp(op), a, b);
                sp[-2] = r;
                --sp;
                DISPATCH();
            }
            TARGET(UNARY_NEGATIVE) {
                Value a = TOP();
                if (a.is_small() && a.small() != Value::kSmallMin) {
                    TOP() = Value::from_small(-a.small());
                    DISPATCH();
                }
                SYNC();
                TOP() = unary_op(ts, UnaryOp::Neg, a);
                DISPATCH();
            }
            TARGET(UNARY_POSITIVE) {
                SYNC();
                TOP() = unary_op(ts, UnaryOp::Pos, TOP());
                DISPATCH();
            }
            TARGET(UNARY_INVERT) {
                SYNC();
                TOP() = unary_op(ts, UnaryOp::Invert, TOP());
                DISPATCH();
            }
            TARGET(UNARY_NOT) {
                Value a = TOP();
                if (a.is_bool()) {
                    TOP() = Value::boolean(!a.is_true());
                    DISPATCH();
                }
                SYNC();
                TOP() = Value::boolean(!truthy(ts, a));
                DISPATCH();
            }
            TARGET(COMPARE_OP) {
                Value b = sp[-1], a = sp[-2];
                if (a.is_small() && b.is_small()) {
                    int64_t x = int64_t(a.bits()), y = int64_t(b.bits());
                    bool r;
                    switch (CompareOp(ARG())) {
                    case CompareOp::Lt: r = x < y; break;
                    case CompareOp::Le: r = x <= y; break;
                    case CompareOp::Eq: r = x == y; break;
                    case CompareOp::Ne: r = x != y; break;
                    case CompareOp::Gt: r = x > y; break;
                    default: r = x >= y; break;
                    }
                    sp[-2] = Value::boolean(r);
                    --sp;
                    DISPATCH();
                }
                SYNC();
                Value r = compare(ts, CompareOp(ARG()), a, b);
                sp[-2] = r;
                --sp;
                DISPATCH();
            }
            TARGET(IS_OP) {
                bool r = sp[-2] == sp[-1];
                sp[-2] = Value::boolean(ARG() ? !r : r);
                --sp;
                DISPATCH();
            }
            TARGET(CONTAINS_OP) {
                SYNC();
                bool r = contains(ts, sp[-1], sp[-2]);
                sp[-2] = Value::boolean(ARG() ? !r : r);
                --sp;
                DISPATCH();
            }
            TARGET(BUILD_TUPLE) {
                SYNC();
                uint32_t n = ARG();
                TupleObj* t = new_tuple(I, sp - n, n);
                sp -= n;
                PUSH(Value::from_obj(t));
                DISPATCH();
            }
            TARGET(BUILD_LIST) {
                SYNC();
                uint32_t n = ARG();
                ListObj* l = new_list(I, sp - n, n);
                sp -= n;
                PUSH(Value::from_obj(l));
                DISPATCH();
            }
            TARGET(BUILD_SET) {
                SYNC();
                uint32_t n = ARG();
                SetObj* s = new_set(I);
                Value* items = sp - n;
                // The new set sits above its items while they are added (hashing may run script code).
                PUSH(Value::from_obj(s));
                SYNC();
                for (uint32_t i = 0; i < n; ++i) set_add(ts, s, items[i]);
                sp -= n + 1;
                PUSH(Value::from_obj(s));
                DISPATCH();
            }
            TARGET(BUILD_MAP) {
                SYNC();
                uint32_t n = ARG();
                DictObj* d = new_dict(I, n);
                Value* items = sp - 2 * n;
                PUSH(Value::from_obj(d));
                SYNC();
                for (uint32_t i = 0; i < n; ++i) dict_set(ts, d, items[2 * i], items[2 * i + 1]);
                sp -= 2 * n + 1;
                PUSH(Value::from_obj(d));
                DISPATCH();
            }
            TARGET(BUILD_STRING) {
                SYNC();
                uint32_t n = ARG();
                Value joined = build_string(I, sp - n, n);
                sp -= n;
                PUSH(joined);
                DISPATCH();
            }
            TARGET(LIST_APPEND) {
                Value v = POP();
                list_append(I, as_list(sp[-int(ARG())]), v);
                DISPATCH();
            }
            TARGET(SET_ADD) {
                SYNC();
                set_add(ts, as_set(sp[-1 - int(ARG())]), sp[-1]);
                --sp;
                DISPATCH();
            }
            TARGET(MAP_ADD) {
                SYNC();
                dict_set(ts, as_dict(sp[-2 - int(ARG())]), sp[-2], sp[-1]);
                sp -= 2;
                DISPATCH();
            }
            TARGET(LIST_EXTEND) {
                SYNC();
                list_extend_iterable(ts, as_list(sp[-1 - int(ARG())]), sp[-1]);
                --sp;
                DISPATCH();
            }
            TARGET(SET_UPDATE) {
                SYNC();
                set_update(ts, as_set(sp[-1 - int(ARG())]), sp[-1]);
                --sp;
                DISPATCH();
            }
            TARGET(DICT_UPDATE) {
                SYNC();
                Value src = sp[-1];
                if (!is_dict(src) && lookup_attr(ts, src, I.names.keys).is_null())
                    type_error(ts, "'{}' object is not a mapping", type_name(I, src));
                dict_update(ts, as_dict(sp[-1 - int(ARG())]), src);
                --sp;
                DISPATCH();
            }
            TARGET(DICT_MERGE) {
                SYNC();
                // Under the dict: the positional tuple, self|NULL, then the callable.
                merge_call_kwargs(ts, as_dict(sp[-1 - int(ARG())]), sp[-1], sp[-4 - int(ARG())]);
                --sp;
                DISPATCH();
            }
            TARGET(LIST_TO_TUPLE) {
                SYNC();
                ListObj* l = as_list(TOP());
                TOP() = Value::from_obj(new_tuple(I, l->items.data(), l->items.size()));
                DISPATCH();
            }
            TARGET(UNPACK_SEQUENCE) {
                uint32_t n = ARG();
                Value seq = TOP();
                if (is_tuple(seq) && as_tuple(seq)->size == n) {
                    TupleObj* t = as_tuple(seq);
                    --sp;
                    for (uint32_t i = n; i-- > 0;) PUSH(t->items()[i]);
                    DISPATCH();
                }
                SYNC();
                unpack_reversed(ts, seq, n, sp - 1);
                sp += n - 1;
                DISPATCH();
            }
            TARGET(UNPACK_EX) {
                SYNC();
                sp = unpack_with_star(ts, sp, ARG() & 0xFF, ARG() >> 8);
                DISPATCH();
            }
            TARGET(FORMAT_VALUE) {
                SYNC();
                Value spec = (ARG() & 4) ? POP() : Value();
                Value v = TOP();
                if (!(ARG() & 4) && (ARG() & 3) == 0 && is_str(v)) DISPATCH();
                SYNC();
                TOP() = format_with_conversion(ts, v, ARG() & 3, spec);
                DISPATCH();
            }
            TARGET(JUMP) {
                JUMP_TO(ARG());
                DISPATCH();
            }
            TARGET(POP_JUMP_IF_FALSE) {
                Value v = POP();
                if (v == Value::false_()) {
                    JUMP_TO(ARG());
                } else if (v != Value::true_()) {
                    SYNC();
                    if (!truthy(ts, v)) JUMP_TO(ARG());
                }
                DISPATCH();
            }
            TARGET(POP_JUMP_IF_TRUE) {
                Value v = POP();
                if (v == Value::true_()) {
                    JUMP_TO(ARG());
                } else if (v != Value::false_()) {
                    SYNC();
                    if (truthy(ts, v)) JUMP_TO(ARG());
                }
                DISPATCH();
            }
            TARGET(JUMP_IF_FALSE_OR_POP) {
                Value v = TOP();
                SYNC();
                if (!(v == Value::true_()) && (v == Value::false_() || !truthy(ts, v))) JUMP_TO(ARG());
                else --sp;
                DISPATCH();
            }
            TARGET(JUMP_IF_TRUE_OR_POP) {
                Value v = TOP();
                SYNC();
                if (v == Value::true_() || (v != Value::false_() && truthy(ts, v))) JUMP_TO(ARG());
                else --sp;
                DISPATCH();
            }
            TARGET(GET_ITER) {
                Value v = TOP();
                if (!v.is_obj() || v.obj()->kind != ObjKind::RangeIter) {
                    SYNC();
                    TOP() = get_iter(ts, v);
                }
                DISPATCH();
            }
            TARGET(FOR_ITER) {
                Value it = TOP();
                Obj* o = it.obj();
                if (o->kind == ObjKind::RangeIter) {
                    auto r = static_cast<RangeIterObj*>(o);
                    if (r->remaining > 0) {
                        --r->remaining;
                        PUSH(Value::from_small(r->next));
                        r->next += r->step;
                        DISPATCH();
                    }
                    --sp;
                    JUMP_TO(ARG());
                    DISPATCH();
                }
                if (o->kind == ObjKind::SeqIter) {
                    auto s = static_cast<SeqIterObj*>(o);
                    if (is_list(s->seq)) {
                        auto& items = as_list(s->seq)->items;
                        if (s->index < items.size()) {
                            PUSH(items[s->index++]);
                            DISPATCH();
                        }
                        s->seq = Value();
                        --sp;
                        JUMP_TO(ARG());
                        DISPATCH();
                    }
                }
                if (o->kind == ObjKind::Generator && can_resume_in_loop(static_cast<GeneratorObj*>(o), Value::none())) {
                    // Its YIELD_VALUE pushes the item here; its return pops the iterator and jumps.
                    SYNC();
                    f = resume_in_loop(ts, f, static_cast<GeneratorObj*>(o), Value::none());
                    LOAD_FRAME();
                    DISPATCH();
                }
                SYNC();
                Value v = iter_next(ts, it);
                if (v.is_null()) {
                    --sp;
                    JUMP_TO(ARG());
                } else {
                    PUSH(v);
                }
                DISPATCH();
            }
            TARGET(CALL_KW)
            TARGET(CALL) {
                uint32_t op = word & 0xFF;
                TupleObj* kwnames = nullptr;
                uint32_t n = ARG();
                if (op == uint32_t(OpCode::CALL_KW)) kwnames = as_tuple(POP());
                uint32_t nkw = kwnames ? uint32_t(kwnames->size) : 0;
                uint32_t npos = n - nkw;
                Value* callable_slot = sp - n - 2;
                Value callable = callable_slot[0];
                Value* args = sp - n;
                size_t argc = npos;
                if (!callable_slot[1].is_null()) {
                    --args;
                    ++argc;
                } else if (is_kind(callable, ObjKind::BoundMethod)) {
                    auto bm = callable.as<BoundMethodObj>();
                    callable_slot[1] = bm->self;
                    callable = callable_slot[0] = bm->func;
                    --args;
                    ++argc;
                }
                if (is_function(callable)) {
                    FunctionObj* fn = callable.as<FunctionObj>();
                    if (!(f->flags & Frame::kOnStack)) {
                        // A generator frame's operand stack is in the generator object:
                        // the callee's window goes on the thread stack instead.
                        Value* top = f->window_end;
                        for (size_t i = 0; i < argc + nkw; ++i) top[i] = args[i];
                        args = top;
                    }
                    // While arguments are bound (which may raise), the whole operand
                    // stack stays marked; afterwards the callee's window holds them.
                    SYNC();
                    Frame* nf;
                    Value result;
                    bool pushed = enter_function(ts, fn, args, argc, kwnames, &nf, &result);
                    if (!pushed) {
                        sp = callable_slot;
                        PUSH(result);
                        DISPATCH();
                    }
                    f->sp = callable_slot;
                    f = nf;
                    LOAD_FRAME();
                    DISPATCH();
                }
                SYNC();
                Value r = call_non_script(ts, callable, args, argc, kwnames);
                sp = callable_slot;
                PUSH(r);
                DISPATCH();
            }
            TARGET(CALL_EX) {
                SYNC();
                Value* callable_slot = sp - ((ARG() & 1) ? 4 : 3);
                Value r = call_with_unpacked(ts, callable_slot, ARG() & 1);
                sp = callable_slot;
                PUSH(r);
                DISPATCH();
            }
            TARGET(MAKE_FUNCTION) {
                SYNC();
                uint32_t flags = ARG();
                CodeObj* code = POP().as<CodeObj>();
                TupleObj* closure = (flags & 8) ? as_tuple(POP()) : nullptr;
                if (flags & 4) --sp; // annotations: evaluated, not kept
                DictObj* kwdefaults = (flags & 2) ? as_dict(POP()) : nullptr;
                TupleObj* defaults = (flags & 1) ? as_tuple(POP()) : nullptr;
                // Keep the parts reachable while the function object is allocated.
                PUSH(Value::from_obj(code));
                if (closure) PUSH(Value::from_obj(closure));
                if (kwdefaults) PUSH(Value::from_obj(kwdefaults));
                if (defaults) PUSH(Value::from_obj(defaults));
                SYNC();
                FunctionObj* fn = new_function(I, code, f->globals);
                fn->builtins = f->func ? f->func->builtins : I.builtins;
                fn->closure = closure;
                fn->kwdefaults = kwdefaults;
                fn->defaults = defaults;
                sp -= 1 + (closure ? 1 : 0) + (kwdefaults ? 1 : 0) + (defaults ? 1 : 0);
                PUSH(Value::from_obj(fn));
                DISPATCH();
            }
            TARGET(RETURN_VALUE) {
                Value result = POP();
                if (f->flags & Frame::kEntry) {
                    f->ip = ip;
                    f->sp = sp;
                    ts.frame = f->back;
                    --ts.depth;
                    if (f->flags & Frame::kOnStack) ts.pop_frame_record();
                    ts.last_yield = false;
                    return result;
                }
                Frame* caller = f->back;
                if (__builtin_expect(f->gen != nullptr, 0)) {
                    // A generator resumed by FOR_ITER or SEND in the caller is done.
                    unlink_generator(ts, f->gen, true);
                    --ts.depth;
                    ts.frame = caller;
                    f = caller;
                    LOAD_FRAME();
                    uint32_t resumer = ip[-1];
                    if (decode_op(resumer) == OpCode::FOR_ITER) --sp; // drop the exhausted iterator
                    else sp[-1] = result;                           // SEND: the value of `yield from`
                    JUMP_TO(decode_arg(resumer));
                    DISPATCH();
                }
                ts.pop_frame_record();
                --ts.depth;
                ts.frame = caller;
                f = caller;
                LOAD_FRAME();
                PUSH(result);
                DISPATCH();
            }
            TARGET(RAISE_VARARGS) {
                SYNC();
                uint32_t n = ARG();
                if (n == 0) {
                    Value handled = handled_exception(ts);
                    if (!is_exception(handled)) raise_msg(ts, I.exc.RuntimeError, "No active exception to reraise");
                    ts.raised = handled;
                    skip_traceback = true;
                    goto error_entry;
                }
                Value cause = n == 2 ? POP() : Value();
                Value exc = POP();
                raise_statement(ts, exc, n == 2, cause);
            }
            TARGET(RERAISE) {
                ts.raised = POP();
                if (!is_exception(ts.raised)) {
                    SYNC();
                    raise_msg(ts, I.exc.SystemError, "RERAISE of a non-exception (bad exception table)");
                }
                skip_traceback = true;
                goto error_entry;
            }
            TARGET(PUSH_EXC_INFO) {
                Value exc = TOP();
                TOP() = ts.handled;
                PUSH(exc);
                ts.handled = exc;
                DISPATCH();
            }
            TARGET(POP_EXCEPT) {
                ts.handled = POP();
                DISPATCH();
            }
            TARGET(CHECK_EXC_MATCH) {
                SYNC();
                Value type = TOP();
                bool m = exception_matches(ts, sp[-2], type);
                TOP() = Value::boolean(m);
                DISPATCH();
            }
            TARGET(LOAD_ASSERTION_ERROR) {
                PUSH(Value::from_obj(I.exc.AssertionError));
                DISPATCH();
            }
            TARGET(IMPORT_NAME) {
                SYNC();
                Value fromlist = POP();
                Value level = TOP();
                Value m = import_name(ts, f->code->names[ARG()], f->globals, fromlist, int(level.small()));
                TOP() = m;
                DISPATCH();
            }
            TARGET(IMPORT_FROM) {
                SYNC();
                Value v = import_from(ts, TOP(), f->code->names[ARG()]);
                PUSH(v);
                DISPATCH();
            }
            TARGET(IMPORT_STAR) {
                SYNC();
                import_star(ts, f->locals_dict ? f->locals_dict : f->globals, TOP());
                --sp;
                DISPATCH();
            }
            TARGET(LOAD_BUILD_CLASS) {
                SYNC();
                Value bc = dict_get_cstr(I, f->func ? f->func->builtins : I.builtins, "__build_class__");
                if (bc.is_null()) raise_msg(ts, I.exc.NameError, "__build_class__ not found");
                PUSH(bc);
                DISPATCH();
            }
            TARGET(SETUP_ANNOTATIONS) { DISPATCH(); }
            TARGET(RETURN_GENERATOR) { DISPATCH(); }
            TARGET(YIELD_VALUE) {
                Value v = POP();
                f->ip = ip;
                f->sp = sp;
                ts.frame = f->back;
                --ts.depth;
                if (f->flags & Frame::kEntry) {
                    ts.last_yield = true;
                    return v;
                }
                // Resumed by FOR_ITER or SEND in the frame below: the value goes there.
                unlink_generator(ts, f->gen, false);
                f = f->back;
                LOAD_FRAME();
                PUSH(v);
                DISPATCH();
            }
            TARGET(GET_YIELD_FROM_ITER) {
                Value v = TOP();
                if (!is_generator(v)) {
                    SYNC();
                    TOP() = get_iter(ts, v);
                }
                DISPATCH();
            }
            TARGET(SEND) {
                Value sent = sp[-1];
                Value sub = sp[-2];
                if (is_generator(sub) && can_resume_in_loop(sub.as<GeneratorObj>(), sent)) {
                    // Its YIELD_VALUE pushes the value above `sub`; its return replaces
                    // `sub` with the result and jumps to ARG().
                    --sp;
                    SYNC();
                    f = resume_in_loop(ts, f, sub.as<GeneratorObj>(), sent);
                    LOAD_FRAME();
                    DISPATCH();
                }
                SYNC();
                Value yielded;
                Value returned;
                if (is_generator(sub)) {
                    yielded = gen_resume(ts, sub.as<GeneratorObj>(), sent, &returned);
                } else {
                    yielded = send_to_iterator(ts, sub, sent, &returned);
                }
                if (yielded.is_null()) {
                    sp -= 2;
                    PUSH(returned.is_null() ? Value::none() : returned);
                    JUMP_TO(ARG());
                } else {
                    sp[-1] = yielded;
                }
                DISPATCH();
            }
            TARGET(GET_AWAITABLE) {
                SYNC();
                raise_msg(ts, I.exc.NotImplementedError, "await is not supported yet");
            }
            TARGET(BEFORE_WITH) {
                SYNC();
                Value mgr = TOP();
                TypeObj* t = type_of(I, mgr);
                Value enter = type_find(I, t, I.names.__enter__);
                Value exit = type_find(I, t, I.names.__exit__);
                if (enter.is_null()) type_error(ts, "'{}' object does not support the context manager protocol", type_name(I, mgr));
                if (exit.is_null())
                    type_error(ts, "'{}' object does not support the context manager protocol (missed __exit__ method)",
                               type_name(I, mgr));
                Value bound_exit = get_attr(ts, mgr, I.names.__exit__);
                TOP() = bound_exit;
                PUSH(mgr);
                SYNC();
                Value r = call_method(ts, mgr, I.names.__enter__, nullptr, 0);
                TOP() = r;
                DISPATCH();
            }
            TARGET(WITH_EXCEPT_START) {
                SYNC();
                Value exc = sp[-1];
                Value exit = sp[-3];
                Value args[3] = {Value::from_obj(type_of(I, exc)), exc,
                                 is_exception(exc) ? as_exception(exc)->traceback : Value::none()};
                Value r = call(ts, exit, args, 3);
                PUSH(r);
                DISPATCH();
            }
            TARGET(PRINT_EXPR) {
                SYNC();
                print_expression_value(ts, TOP());
                --sp;
                DISPATCH();
            }
#if !GILT_USE_COMPUTED_GOTO
            default:
                raise_msg(ts, I.exc.SystemError, fmt::format("unknown opcode {}", word & 0xFF));
            }
#endif
        } catch (const ScriptError&) {
            // ts.raised is set.
        } catch (...) {
            convert_native_exception(ts);
        }

    error_entry:
        // An exception is being raised at the instruction before ip in frame f.
        if (at_boundary) {
            ++ip;
            at_boundary = false;
        }
        if (!skip_traceback) add_traceback(ts, f, ip);
        skip_traceback = false;
        for (;;) {
            const CodeObj* co = f->code;
            uint32_t instr = uint32_t(ip - co->code.data());
            if (instr > 0) --instr;
            const ExceptionRange* h = find_handler(co, instr);
            if (h) {
                sp = f->stack_base + h->depth;
                PUSH(ts.raised);
                ts.raised = Value();
                JUMP_TO(h->target);
                break;
            }
            // No handler here: the frame is done; the exception moves to the caller.
            if (f->flags & Frame::kEntry) {
                f->ip = ip;
                f->sp = f->stack_base;
                ts.frame = f->back;
                --ts.depth;
                if (f->flags & Frame::kOnStack) ts.pop_frame_record();
                throw ScriptError{};
            }
            Frame* caller = f->back;
            if (f->gen) {
                // A generator resumed by the caller's FOR_ITER or SEND raised.
                unlink_generator(ts, f->gen, true);
                stop_iteration_to_runtime_error(ts);
            } else {
                ts.pop_frame_record();
            }
            --ts.depth;
            ts.frame = caller;
            f = caller;
            LOAD_FRAME();
            add_traceback(ts, f, ip);
        }
    }
#undef LOAD_FRAME
#undef SYNC
#undef ARG
#undef PUSH
#undef POP
#undef TOP
#undef JUMP_TO
#undef TARGET
#undef NEXT
#undef DISPATCH
}

Value run_code(ThreadState& ts, CodeObj* code, DictObj* globals, DictObj* locals) {
    Interp& I = ts.interp;
    Rooted keep(ts, Value::from_obj(code));
    FunctionObj* fn = new_function(I, code, globals);
    Rooted keep_fn(ts, Value::from_obj(fn));
    Value* base = ts.frame ? ts.frame->window_end : ts.stack_begin;
    Frame* nf;
    Value result;
    enter_function(ts, fn, base, 0, nullptr, &nf, &result);
    if (locals && locals != globals) nf->locals_dict = locals;
    nf->flags |= Frame::kEntry;
    return run_frame(ts, nf);
}

Value run_class_body(ThreadState& ts, FunctionObj* body, DictObj* ns) {
    Value* base = ts.frame ? ts.frame->window_end : ts.stack_begin;
    Frame* nf;
    Value result;
    enter_function(ts, body, base, 0, nullptr, &nf, &result);
    nf->locals_dict = ns;
    nf->flags |= Frame::kEntry;
    return run_frame(ts, nf);
}

// ---------------------------------------------------------------- generators

GeneratorObj* new_generator(ThreadState& ts, FunctionObj* f, const Value* frame_values) {
    Interp& I = ts.interp;
    CodeObj* co = f->code;
    uint32_t nslots = co->frame_size();
    GeneratorObj* g = I.heap.make_extra<GeneratorObj>(nslots * sizeof(Value), I.types.generator, nslots, f->name, f->qualname);
    for (uint32_t i = 0; i < co->nlocalsplus; ++i) g->slots()[i] = frame_values[i];
    for (uint32_t i = co->nlocalsplus; i < nslots; ++i) g->slots()[i] = Value();
    Frame& fr = g->frame;
    fr.code = co;
    fr.func = f;
    fr.globals = f->globals;
    fr.locals = g->slots();
    fr.stack_base = g->slots() + co->nlocalsplus;
    fr.sp = fr.stack_base;
    fr.ip = co->code.data();
    fr.gen = g;
    fr.flags = 0;
    return g;
}

namespace {

// Runs g's frame from native code (next(), send(), throw(), and every native consumer
// such as list() or sum()) as an entry frame of a nested run_frame.
Value run_generator(ThreadState& ts, GeneratorObj* g, bool throwing, Value* returned) {
    Interp& I = ts.interp;
    if (ts.depth >= I.config.recursion_limit || ts.c_stack_nearly_full())
        raise_msg(ts, I.exc.RecursionError, "maximum recursion depth exceeded");
    Rooted keep(ts, Value::from_obj(g));
    Frame* fr = link_generator(ts, g, ts.frame, Frame::kEntry);
    Value r;
    try {
        r = run_frame(ts, fr, throwing);
    } catch (const ScriptError&) {
        unlink_generator(ts, g, true);
        stop_iteration_to_runtime_error(ts);
        throw;
    }
    bool yielded = ts.last_yield;
    ts.last_yield = false;
    unlink_generator(ts, g, !yielded);
    if (yielded) return r;
    *returned = r;
    return Value();
}

bool suspended_in_yield_from(GeneratorObj* g) {
    const uint32_t* ip = g->frame.ip;
    const uint32_t* start = g->frame.code->code.data();
    return ip - start >= 2 && decode_op(ip[-1]) == OpCode::YIELD_VALUE && decode_op(ip[-2]) == OpCode::SEND;
}

} // namespace

Value gen_resume(ThreadState& ts, GeneratorObj* g, Value sent, Value* returned) {
    Interp& I = ts.interp;
    switch (g->state) {
    case GeneratorObj::State::Running: value_error(ts, "generator already executing");
    case GeneratorObj::State::Finished: *returned = Value::none(); return Value();
    case GeneratorObj::State::Created:
        if (!sent.is_none()) type_error(ts, "can't send non-None value to a just-started generator");
        break;
    case GeneratorObj::State::Suspended:
        *g->frame.sp++ = sent; // the value of the `yield` expression
        break;
    }
    (void)I;
    return run_generator(ts, g, false, returned);
}

Value gen_throw(ThreadState& ts, GeneratorObj* g, Value type, Value value, Value tb, Value* returned) {
    Interp& I = ts.interp;
    // Delegation to a `yield from` chain recurses here once per level.
    if (ts.c_stack_nearly_full()) raise_msg(ts, I.exc.RecursionError, "maximum recursion depth exceeded");
    Rooted exc(ts);
    if (is_exception(type)) {
        if (!value.is_null() && !value.is_none()) type_error(ts, "instance exception may not have a separate value");
        exc = type;
    } else if (is_type(type) && (as_type(type)->tflags & TypeObj::kException)) {
        // As CPython normalizes (type, value): None means no arguments, a tuple is the
        // argument list, an instance of the type is used as it is.
        if (value.is_null() || value.is_none()) exc = call0(ts, type);
        else if (isinstance(I, value, as_type(type))) exc = value;
        else if (is_tuple(value)) exc = call(ts, type, as_tuple(value)->items(), as_tuple(value)->size);
        else exc = call1(ts, type, value);
    } else {
        type_error(ts, "exceptions must be classes or instances deriving from BaseException, not {}", type_name(I, type));
    }
    if (!tb.is_null() && !tb.is_none()) as_exception(exc)->traceback = tb;
    if (g->state == GeneratorObj::State::Running) value_error(ts, "generator already executing");
    if (g->state != GeneratorObj::State::Suspended) {
        // Not at a yield: the exception comes straight back (thrown, not raised, so no
        // __context__). A generator that never ran gets its frame into the traceback,
        // at the `def` line, as CPython's, whose frame starts and fails at once.
        if (g->state == GeneratorObj::State::Created) {
            ExceptionObj* e = as_exception(exc);
            TracebackObj* next = is_kind(e->traceback, ObjKind::Traceback) ? e->traceback.as<TracebackObj>() : nullptr;
            CodeObj* co = g->frame.code;
            e->traceback = Value::from_obj(I.heap.make<TracebackObj>(I.types.traceback, next, co, 0, int(co->firstlineno)));
        }
        g->state = GeneratorObj::State::Finished;
        ts.raised = exc;
        throw ScriptError{};
    }
    // Delegate to the sub-iterator of a `yield from` first.
    if (suspended_in_yield_from(g)) {
        Value sub = g->frame.sp[-1];
        Rooted keep_sub(ts, sub);
        if (exception_matches(ts, exc, Value::from_obj(I.exc.GeneratorExit))) {
            if (is_generator(sub)) gen_close(ts, sub.as<GeneratorObj>());
            else if (Value close = lookup_attr(ts, sub, I.names.close); !close.is_null()) call0(ts, close);
        } else {
            Value yielded, sub_returned;
            bool finished = false;
            try {
                if (is_generator(sub)) {
                    yielded = gen_throw(ts, sub.as<GeneratorObj>(), exc, Value(), Value(), &sub_returned);
                    finished = yielded.is_null();
                } else {
                    Value throw_m = lookup_attr(ts, sub, I.names.throw_);
                    if (throw_m.is_null()) goto throw_here;
                    Value e = exc;
                    yielded = call(ts, throw_m, &e, 1);
                }
            } catch (const ScriptError&) {
                if (!exception_matches(ts, ts.raised, Value::from_obj(I.exc.StopIteration))) {
                    // The sub-iterator raised: continue raising inside our frame.
                    exc = ts.raised;
                    ts.raised = Value();
                    --g->frame.sp; // drop the sub-iterator, as the exception handler would
                    ++g->frame.sp;
                    goto throw_here;
                }
                sub_returned = stop_iteration_value(I, as_exception(ts.raised));
                ts.raised = Value();
                finished = true;
            }
            if (!finished) return yielded;
            // The sub-iterator is done: yield-from evaluates to its return value.
            Frame& fr = g->frame;
            fr.sp -= 1;
            *fr.sp++ = sub_returned.is_null() ? Value::none() : sub_returned;
            fr.ip = fr.code->code.data() + decode_arg(fr.ip[-2]);
            return run_generator(ts, g, false, returned);
        }
    }
throw_here:
    ts.raised = exc;
    return run_generator(ts, g, true, returned);
}

Value gen_yieldfrom(GeneratorObj* g) {
    if (g->state != GeneratorObj::State::Suspended || !suspended_in_yield_from(g)) return Value();
    return g->frame.sp[-1];
}

void gen_close(ThreadState& ts, GeneratorObj* g) {
    Interp& I = ts.interp;
    if (g->state == GeneratorObj::State::Created || g->state == GeneratorObj::State::Finished) {
        g->state = GeneratorObj::State::Finished;
        return;
    }
    Value returned;
    Value y;
    try {
        y = gen_throw(ts, g, Value::from_obj(I.exc.GeneratorExit), Value(), Value(), &returned);
    } catch (const ScriptError&) {
        if (exception_matches(ts, ts.raised, Value::from_obj(I.exc.GeneratorExit)) ||
            exception_matches(ts, ts.raised, Value::from_obj(I.exc.StopIteration))) {
            ts.raised = Value();
            return;
        }
        throw;
    }
    if (!y.is_null()) raise_msg(ts, I.exc.RuntimeError, "generator ignored GeneratorExit");
}

} // namespace gilt
