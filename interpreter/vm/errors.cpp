// Raising script exceptions from C++: the pending exception lives in the thread state.
#include "vm/errors.hpp"

#include <cstring>
#include <new>

#include "objects/dict.hpp"
#include "objects/exception.hpp"
#include "objects/generator.hpp"
#include "objects/numeric_error.hpp"
#include "objects/str.hpp"
#include "objects/tuple.hpp"
#include "objects/type.hpp"
#include "vm/eval.hpp"
#include "vm/ops.hpp"

namespace gilt {

const char* type_name(Interp& I, Value v) { return type_of(I, v)->name->data(); }

// Implicit chaining: an exception raised while another is being handled remembers it
// as __context__ (cycles are broken the way CPython breaks them).
Value handled_exception(ThreadState& ts) {
    if (is_exception(ts.handled)) return ts.handled;
    for (GeneratorObj* g = ts.running_generator; g; g = g->resumer_generator)
        if (is_exception(g->resumer_handled)) return g->resumer_handled;
    return Value::none();
}

static void chain_context(ThreadState& ts, ExceptionObj* exc) {
    Value handled = handled_exception(ts);
    if (!is_exception(handled) || handled == Value::from_obj(exc)) return;
    // If exc already appears in handled's context chain, cut the chain there.
    ExceptionObj* o = as_exception(handled);
    for (int guard = 0; guard < 10000; ++guard) {
        Value ctx = o->context;
        if (!is_exception(ctx)) break;
        if (ctx == Value::from_obj(exc)) {
            o->context = Value::none();
            break;
        }
        o = as_exception(ctx);
    }
    exc->context = handled;
}

void raise(ThreadState& ts, Value exception) {
    Interp& I = ts.interp;
    if (is_type(exception) && (as_type(exception)->tflags & TypeObj::kException)) {
        exception = call0(ts, exception);
        if (!is_exception(exception))
            type_error(ts, "calling {} should have returned an instance of BaseException, not {}",
                       repr_string(ts, exception), type_name(I, exception));
    }
    if (!is_exception(exception)) type_error(ts, "exceptions must derive from BaseException");
    chain_context(ts, as_exception(exception));
    ts.raised = exception;
    throw ScriptError{};
}

void raise_msg(ThreadState& ts, TypeObj* type, std::string_view message) {
    ExceptionObj* e = new_exception_msg(ts.interp, type, message);
    chain_context(ts, e);
    ts.raised = Value::from_obj(e);
    throw ScriptError{};
}

void raise_type(ThreadState& ts, TypeObj* type) {
    ExceptionObj* e = new_exception(ts.interp, type, nullptr);
    chain_context(ts, e);
    ts.raised = Value::from_obj(e);
    throw ScriptError{};
}

void key_error(ThreadState& ts, Value key) {
    TupleObj* args = new_tuple(ts.interp, {key});
    ExceptionObj* e = new_exception(ts.interp, ts.interp.exc.KeyError, args);
    chain_context(ts, e);
    ts.raised = Value::from_obj(e);
    throw ScriptError{};
}

void attribute_error(ThreadState& ts, Value obj, StrObj* name, bool for_lookup) {
    Interp& I = ts.interp;
    std::string msg;
    if (is_module(obj) && obj.as<ModuleObj>()->initializing) {
        msg = fmt::format("partially initialized module '{}' has no attribute '{}' (most likely due to a circular import)",
                          obj.as<ModuleObj>()->name->view(), name->view());
    } else if (is_module(obj)) {
        msg = fmt::format("module '{}' has no attribute '{}'", obj.as<ModuleObj>()->name->view(), name->view());
    } else if (is_type(obj)) {
        msg = fmt::format("type object '{}' has no attribute '{}'", as_type(obj)->name->view(), name->view());
    } else {
        msg = fmt::format("'{}' object has no attribute '{}'", type_name(I, obj), name->view());
    }
    ExceptionObj* e = new_exception_msg(I, I.exc.AttributeError, msg);
    if (for_lookup) {
        Rooted keep_exc(ts, Value::from_obj(e)), keep_obj(ts, obj), keep_name(ts, Value::from_obj(name));
        if (!e->dict) e->dict = new_dict(I);
        dict_set_cstr(I, e->dict, "name", Value::from_obj(name));
        dict_set_cstr(I, e->dict, "obj", obj);
    }
    chain_context(ts, e);
    ts.raised = Value::from_obj(e);
    throw ScriptError{};
}

void stop_iteration(ThreadState& ts, Value value) {
    Interp& I = ts.interp;
    TupleObj* args = value.is_null() ? I.empty_tuple : new_tuple(I, {value});
    Rooted keep(ts, Value::from_obj(args));
    Value v = call(ts, Value::from_obj(I.exc.StopIteration), args->items(), args->size);
    ts.raised = v;
    throw ScriptError{};
}

void raise_os_error(ThreadState& ts, int err, Value filename) {
    Interp& I = ts.interp;
    Value args[3] = {Value::from_small(err), Value::from_obj(new_str(I, std::strerror(err))), filename};
    Rooted keep(ts, args[1]);
    raise(ts, call(ts, Value::from_obj(I.exc.OSError), args, filename.is_null() ? 2 : 3));
}

void convert_native_exception(ThreadState& ts) {
    Interp& I = ts.interp;
    try {
        throw;
    } catch (const ScriptError&) {
        // already set
    } catch (const NumericError& e) {
        TypeObj* t = e.kind == NumericError::Kind::ZeroDivision ? I.exc.ZeroDivisionError
                     : e.kind == NumericError::Kind::Overflow   ? I.exc.OverflowError
                     : e.kind == NumericError::Kind::Memory     ? I.exc.MemoryError
                                                                : I.exc.ValueError;
        ExceptionObj* x = new_exception_msg(I, t, e.what());
        chain_context(ts, x);
        ts.raised = Value::from_obj(x);
    } catch (const std::bad_alloc&) {
        ExceptionObj* x = new_exception(I, I.exc.MemoryError, nullptr);
        ts.raised = Value::from_obj(x);
    } catch (const std::exception& e) {
        ExceptionObj* x = new_exception_msg(I, I.exc.SystemError, e.what());
        chain_context(ts, x);
        ts.raised = Value::from_obj(x);
    }
}

bool exception_matches(ThreadState& ts, Value exc, Value type_or_tuple) {
    if (is_tuple(type_or_tuple)) {
        TupleObj* t = as_tuple(type_or_tuple);
        for (size_t i = 0; i < t->size; ++i)
            if (exception_matches(ts, exc, t->items()[i])) return true;
        return false;
    }
    if (!is_type(type_or_tuple) || !(as_type(type_or_tuple)->tflags & TypeObj::kException))
        type_error(ts, "catching classes that do not inherit from BaseException is not allowed");
    return is_subtype(type_of(ts.interp, exc), as_type(type_or_tuple));
}

} // namespace gilt
