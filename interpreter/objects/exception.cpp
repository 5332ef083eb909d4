// Exception objects, their tracebacks, and the built-in exception hierarchy.
#include "objects/exception.hpp"

#include <cerrno>
#include <cstring>
#include <fmt/format.h>

#include "core/thread_state.hpp"
#include "objects/descr.hpp"
#include "objects/dict.hpp"
#include "objects/function.hpp"
#include "objects/list.hpp"
#include "objects/number.hpp"
#include "objects/str.hpp"
#include "objects/tuple.hpp"
#include "objects/type.hpp"
#include "vm/args.hpp"
#include "vm/errors.hpp"
#include "vm/ops.hpp"

namespace gilt {

ExceptionObj* new_exception(Interp& I, TypeObj* type, TupleObj* args) {
    return I.heap.make<ExceptionObj>(type, args ? args : I.empty_tuple);
}

ExceptionObj* new_exception_msg(Interp& I, TypeObj* type, std::string_view message) {
    TupleObj* args = new_tuple(I, {Value::from_obj(new_str(I, message))});
    ExceptionObj* e = new_exception(I, type, args);
    // Built-in exceptions raised by the interpreter carry the same attributes as when
    // constructed from a script (StopIteration.value, SystemExit.code...).
    if (is_subtype(type, I.exc.StopIteration)) {
        if (!e->dict) e->dict = new_dict(I);
        dict_set_cstr(I, e->dict, "value", args->items()[0]);
    }
    return e;
}

namespace {

Value dict_attr(ExceptionObj* e, Interp& I, const char* name) {
    if (!e->dict) return Value::none();
    Value v = dict_get_cstr(I, e->dict, name);
    return v.is_null() ? Value::none() : v;
}

void set_attr_(Interp& I, ExceptionObj* e, const char* name, Value v) {
    if (!e->dict) e->dict = new_dict(I);
    dict_set_cstr(I, e->dict, name, v);
}

// OSError(errno, strerror) picks the subclass matching errno, as CPython does.
TypeObj* oserror_subclass(Interp& I, int64_t err) {
    switch (err) {
    case ENOENT: return I.exc.FileNotFoundError;
    case EEXIST: return I.exc.FileExistsError;
    case EACCES: case EPERM: return I.exc.PermissionError;
    case EISDIR: return I.exc.IsADirectoryError;
    case ENOTDIR: return I.exc.NotADirectoryError;
    case ETIMEDOUT: return I.exc.TimeoutError;
    case EINTR: return I.exc.InterruptedError;
    case EPIPE: case ESHUTDOWN: return I.exc.BrokenPipeError;
    case ECONNRESET: return I.exc.ConnectionResetError;
    case ECONNREFUSED: return I.exc.ConnectionRefusedError;
    case ECHILD: return I.exc.ChildProcessError;
    case ESRCH: return I.exc.ProcessLookupError;
    default: return nullptr;
    }
}

// Sets the per-type attributes that CPython derives from the constructor arguments.
void init_attributes(ThreadState& ts, ExceptionObj* e, Value* args, size_t nargs, TupleObj* kwnames) {
    Interp& I = ts.interp;
    TypeObj* t = e->type;
    size_t nkw = kwnames ? kwnames->size : 0;
    auto kw = [&](const char* name) -> Value {
        for (size_t i = 0; i < nkw; ++i)
            if (as_str(kwnames->items()[i])->view() == name) return args[nargs + i];
        return Value();
    };
    auto reject_kwargs = [&](std::initializer_list<const char*> allowed) {
        for (size_t i = 0; i < nkw; ++i) {
            std::string_view k = as_str(kwnames->items()[i])->view();
            bool ok = false;
            for (const char* a : allowed) ok = ok || k == a;
            if (!ok) {
                if (allowed.size() == 0) type_error(ts, "{}() takes no keyword arguments", std::string(t->name->view()));
                type_error(ts, "{}() got an unexpected keyword argument '{}'", std::string(t->name->view()), std::string(k));
            }
        }
    };
    if (is_subtype(t, I.exc.StopIteration)) {
        reject_kwargs({});
        set_attr_(I, e, "value", nargs ? args[0] : Value::none());
    } else if (is_subtype(t, I.exc.SystemExit)) {
        reject_kwargs({});
        set_attr_(I, e, "code", nargs == 0 ? Value::none() : nargs == 1 ? args[0] : Value::from_obj(e->args));
    } else if (is_subtype(t, I.exc.ImportError)) {
        reject_kwargs({"name", "path"});
        set_attr_(I, e, "msg", nargs ? args[0] : Value::none());
        Value n = kw("name"), p = kw("path");
        set_attr_(I, e, "name", n.is_null() ? Value::none() : n);
        set_attr_(I, e, "path", p.is_null() ? Value::none() : p);
    } else if (is_subtype(t, I.exc.AttributeError)) {
        reject_kwargs({"name", "obj"});
        Value n = kw("name"), o = kw("obj");
        set_attr_(I, e, "name", n.is_null() ? Value::none() : n);
        set_attr_(I, e, "obj", o.is_null() ? Value::none() : o);
    } else if (is_subtype(t, I.exc.NameError)) {
        reject_kwargs({"name"});
        Value n = kw("name");
        set_attr_(I, e, "name", n.is_null() ? Value::none() : n);
    } else if (is_subtype(t, I.exc.OSError)) {
        reject_kwargs({});
        Value err = Value::none(), strerror = Value::none(), filename = Value::none();
        if (nargs >= 2 && nargs <= 5) {
            err = args[0];
            strerror = args[1];
            if (nargs >= 3) filename = args[2];
        }
        set_attr_(I, e, "errno", err);
        set_attr_(I, e, "strerror", strerror);
        set_attr_(I, e, "filename", filename);
        set_attr_(I, e, "filename2", nargs >= 5 ? args[4] : Value::none());
        // OSError's args are (errno, strerror) even when a filename was given.
        if (nargs >= 3 && nargs <= 5) e->args = new_tuple(I, {args[0], args[1]});
    } else if (is_subtype(t, I.exc.SyntaxError)) {
        reject_kwargs({});
        set_attr_(I, e, "msg", nargs ? args[0] : Value::none());
        const char* fields[] = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
        Value details = nargs > 1 ? args[1] : Value();
        for (size_t i = 0; i < 6; ++i) {
            Value v = Value::none();
            if (is_tuple(details) && i < as_tuple(details)->size) v = as_tuple(details)->items()[i];
            set_attr_(I, e, fields[i], v);
        }
        set_attr_(I, e, "print_file_and_line", Value::none());
    } else {
        reject_kwargs({});
    }
}

Value exc_new(ThreadState& ts, TypeObj* cls, Value* args, size_t nargs, TupleObj* kwnames) {
    Interp& I = ts.interp;
    // OSError(errno, msg) becomes the matching subclass.
    if (cls == I.exc.OSError && nargs >= 2 && args[0].is_small()) {
        if (TypeObj* sub = oserror_subclass(I, args[0].small())) cls = sub;
    }
    ExceptionObj* e = new_exception(I, cls, new_tuple(I, args, nargs));
    Rooted keep(ts, Value::from_obj(e));
    // BaseException.__new__ accepts keyword arguments; only BaseException.__init__
    // rejects them. A class with its own __init__ receives them there instead.
    Value init = type_lookup(cls, I.names.__init__);
    bool default_init = is_native(init) && init.as<NativeFunctionObj>()->owner == I.exc.BaseException;
    init_attributes(ts, e, args, nargs, default_init ? kwnames : nullptr);
    return Value::from_obj(e);
}

ExceptionObj* self_exc(ThreadState& ts, Value v) {
    if (!is_exception(v)) type_error(ts, "descriptor requires a 'BaseException' object but received a '{}'", type_name(ts.interp, v));
    return as_exception(v);
}

// BaseException.__init__(self, *args): replaces args (subclasses call it via super()).
Value exc_init(ThreadState& ts, Value* args, size_t nargs, TupleObj* kwnames) {
    ExceptionObj* e = self_exc(ts, args[0]);
    e->args = new_tuple(ts.interp, args + 1, nargs - 1);
    init_attributes(ts, e, args + 1, nargs - 1, kwnames);
    return Value::none();
}

Value exc_str_m(ThreadState& ts, Value* args, size_t, TupleObj*) { return exception_str(ts, self_exc(ts, args[0])); }
Value exc_repr_m(ThreadState& ts, Value* args, size_t, TupleObj*) { return exception_repr(ts, self_exc(ts, args[0])); }

Value exc_with_traceback(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    check_count(ts, "with_traceback", nargs - 1, 1, 1);
    ExceptionObj* e = self_exc(ts, args[0]);
    if (!args[1].is_none() && !is_kind(args[1], ObjKind::Traceback)) type_error(ts, "__traceback__ must be a traceback or None");
    e->traceback = args[1];
    return args[0];
}

Value exc_add_note(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    check_count(ts, "add_note", nargs - 1, 1, 1);
    ExceptionObj* e = self_exc(ts, args[0]);
    if (!is_str(args[1])) type_error(ts, "note must be a str, not '{}'", type_name(ts.interp, args[1]));
    Value notes = dict_attr(e, ts.interp, "__notes__");
    if (!is_list(notes)) {
        notes = Value::from_obj(new_list(ts.interp));
        set_attr_(ts.interp, e, "__notes__", notes);
    }
    list_append(ts.interp, as_list(notes), args[1]);
    return Value::none();
}

Value get_args(ThreadState& ts, Value self) { return Value::from_obj(self_exc(ts, self)->args); }
void set_args(ThreadState& ts, Value self, Value v) {
    RootedVector items(ts);
    collect_iterable(ts, v, items.items);
    self_exc(ts, self)->args = new_tuple(ts.interp, items.items.data(), items.items.size());
}
Value get_tb(ThreadState& ts, Value self) { return self_exc(ts, self)->traceback; }
void set_tb(ThreadState& ts, Value self, Value v) {
    if (!v.is_none() && !is_kind(v, ObjKind::Traceback)) type_error(ts, "__traceback__ must be a traceback or None");
    self_exc(ts, self)->traceback = v;
}
Value get_cause(ThreadState& ts, Value self) { return self_exc(ts, self)->cause; }
void set_cause(ThreadState& ts, Value self, Value v) {
    if (!v.is_none() && !is_exception(v)) type_error(ts, "exception cause must be None or derive from BaseException");
    ExceptionObj* e = self_exc(ts, self);
    e->cause = v;
    e->suppress_context = true;
}
Value get_context(ThreadState& ts, Value self) { return self_exc(ts, self)->context; }
void set_context(ThreadState& ts, Value self, Value v) {
    if (!v.is_none() && !is_exception(v)) type_error(ts, "exception context must be None or derive from BaseException");
    self_exc(ts, self)->context = v;
}
Value get_suppress(ThreadState& ts, Value self) { return Value::boolean(self_exc(ts, self)->suppress_context); }
void set_suppress(ThreadState& ts, Value self, Value v) { self_exc(ts, self)->suppress_context = truthy(ts, v); }
Value get_dict(ThreadState& ts, Value self) {
    ExceptionObj* e = self_exc(ts, self);
    if (!e->dict) e->dict = new_dict(ts.interp);
    return Value::from_obj(e->dict);
}

TracebackObj* self_tb(ThreadState& ts, Value v) {
    if (!is_kind(v, ObjKind::Traceback)) type_error(ts, "descriptor requires a 'traceback' object");
    return v.as<TracebackObj>();
}
Value tb_next(ThreadState& ts, Value self) {
    TracebackObj* t = self_tb(ts, self);
    return t->next ? Value::from_obj(t->next) : Value::none();
}
Value tb_lineno(ThreadState& ts, Value self) { return Value::from_small(self_tb(ts, self)->lineno); }
Value tb_lasti(ThreadState& ts, Value self) { return Value::from_small(int64_t(self_tb(ts, self)->instr) * 2); }
Value tb_frame(ThreadState&, Value) { return Value::none(); }

const MethodDef kExcMethods[] = {
    {"__init__", exc_init, NativeFunctionObj::kMethod},
    {"__str__", exc_str_m, NativeFunctionObj::kMethod},
    {"__repr__", exc_repr_m, NativeFunctionObj::kMethod},
    {"with_traceback", exc_with_traceback, NativeFunctionObj::kMethod},
    {"add_note", exc_add_note, NativeFunctionObj::kMethod},
    {nullptr, nullptr},
};

} // namespace

Value stop_iteration_value(Interp& I, ExceptionObj* e) {
    // The attribute, not args[0]: a subclass's __init__ may have set it otherwise.
    Value v = e->dict ? dict_get_cstr(I, e->dict, "value") : Value();
    if (!v.is_null()) return v;
    return e->args->size ? e->args->items()[0] : Value::none();
}

Value exception_str(ThreadState& ts, ExceptionObj* e) {
    Interp& I = ts.interp;
    TypeObj* t = e->type;
    if (is_subtype(t, I.exc.KeyError) && e->args->size == 1) return Value::from_obj(repr(ts, e->args->items()[0]));
    if (is_subtype(t, I.exc.BaseExceptionGroup)) return exception_group_str(ts, e);
    if (is_subtype(t, I.exc.OSError)) {
        Value err = dict_attr(e, I, "errno"), msg = dict_attr(e, I, "strerror"), file = dict_attr(e, I, "filename");
        if (!err.is_none() && !msg.is_none()) {
            std::string s = fmt::format("[Errno {}] {}", str_string(ts, err), str_string(ts, msg));
            if (!file.is_none()) s += ": " + repr_string(ts, file);
            return Value::from_obj(new_str(I, s));
        }
    }
    if (is_subtype(t, I.exc.SyntaxError)) {
        Value msg = dict_attr(e, I, "msg"), file = dict_attr(e, I, "filename"), line = dict_attr(e, I, "lineno");
        if (!msg.is_none()) {
            std::string s = str_string(ts, msg);
            std::string fname;
            if (is_str(file)) {
                std::string_view f = as_str(file)->view();
                size_t slash = f.rfind('/');
                fname = std::string(slash == std::string_view::npos ? f : f.substr(slash + 1));
            }
            if (!fname.empty() && !line.is_none()) s += fmt::format(" ({}, line {})", fname, str_string(ts, line));
            else if (!fname.empty()) s += fmt::format(" ({})", fname);
            else if (!line.is_none()) s += fmt::format(" (line {})", str_string(ts, line));
            return Value::from_obj(new_str(I, s));
        }
    }
    if (e->args->size == 0) return Value::from_obj(I.empty_str);
    if (e->args->size == 1) return Value::from_obj(to_str(ts, e->args->items()[0]));
    return Value::from_obj(to_str(ts, Value::from_obj(e->args)));
}

Value exception_repr(ThreadState& ts, ExceptionObj* e) {
    std::string name(e->type->name->view());
    if (e->args->size == 1) return Value::from_obj(new_str(ts.interp, name + "(" + repr_string(ts, e->args->items()[0]) + ")"));
    if (e->args->size == 0) return Value::from_obj(new_str(ts.interp, name + "()"));
    return Value::from_obj(new_str(ts.interp, name + repr_string(ts, Value::from_obj(e->args))));
}

void init_exception_types(Interp& I) {
    auto make = [&](TypeObj*& slot, const char* name, TypeObj* base) {
        slot = new_builtin_type(I, name, ObjKind::Exception, base, TypeObj::kBaseType | TypeObj::kException);
        slot->new_fn = exc_new;
    };
    ExceptionTypes& x = I.exc;
    make(x.BaseException, "BaseException", nullptr);
    add_methods(I, x.BaseException, kExcMethods);
    add_getset(I, x.BaseException, "args", get_args, set_args);
    add_getset(I, x.BaseException, "__traceback__", get_tb, set_tb);
    add_getset(I, x.BaseException, "__cause__", get_cause, set_cause);
    add_getset(I, x.BaseException, "__context__", get_context, set_context);
    add_getset(I, x.BaseException, "__suppress_context__", get_suppress, set_suppress);
    add_getset(I, x.BaseException, "__dict__", get_dict);
    make(x.SystemExit, "SystemExit", x.BaseException);
    make(x.KeyboardInterrupt, "KeyboardInterrupt", x.BaseException);
    make(x.GeneratorExit, "GeneratorExit", x.BaseException);
    make(x.Exception, "Exception", x.BaseException);
    make(x.StopIteration, "StopIteration", x.Exception);
    make(x.StopAsyncIteration, "StopAsyncIteration", x.Exception);
    make(x.ArithmeticError, "ArithmeticError", x.Exception);
    make(x.FloatingPointError, "FloatingPointError", x.ArithmeticError);
    make(x.OverflowError, "OverflowError", x.ArithmeticError);
    make(x.ZeroDivisionError, "ZeroDivisionError", x.ArithmeticError);
    make(x.AssertionError, "AssertionError", x.Exception);
    make(x.AttributeError, "AttributeError", x.Exception);
    make(x.BufferError, "BufferError", x.Exception);
    make(x.EOFError, "EOFError", x.Exception);
    make(x.ImportError, "ImportError", x.Exception);
    make(x.ModuleNotFoundError, "ModuleNotFoundError", x.ImportError);
    make(x.LookupError, "LookupError", x.Exception);
    make(x.IndexError, "IndexError", x.LookupError);
    make(x.KeyError, "KeyError", x.LookupError);
    make(x.MemoryError, "MemoryError", x.Exception);
    make(x.NameError, "NameError", x.Exception);
    make(x.UnboundLocalError, "UnboundLocalError", x.NameError);
    make(x.OSError, "OSError", x.Exception);
    make(x.FileNotFoundError, "FileNotFoundError", x.OSError);
    make(x.FileExistsError, "FileExistsError", x.OSError);
    make(x.PermissionError, "PermissionError", x.OSError);
    make(x.IsADirectoryError, "IsADirectoryError", x.OSError);
    make(x.NotADirectoryError, "NotADirectoryError", x.OSError);
    make(x.TimeoutError, "TimeoutError", x.OSError);
    make(x.InterruptedError, "InterruptedError", x.OSError);
    make(x.ConnectionError, "ConnectionError", x.OSError);
    make(x.BrokenPipeError, "BrokenPipeError", x.ConnectionError);
    make(x.ConnectionResetError, "ConnectionResetError", x.ConnectionError);
    make(x.ConnectionRefusedError, "ConnectionRefusedError", x.ConnectionError);
    make(x.ChildProcessError, "ChildProcessError", x.OSError);
    make(x.ProcessLookupError, "ProcessLookupError", x.OSError);
    make(x.ReferenceError, "ReferenceError", x.Exception);
    make(x.RuntimeError, "RuntimeError", x.Exception);
    make(x.NotImplementedError, "NotImplementedError", x.RuntimeError);
    make(x.RecursionError, "RecursionError", x.RuntimeError);
    make(x.SyntaxError, "SyntaxError", x.Exception);
    make(x.IndentationError, "IndentationError", x.SyntaxError);
    make(x.TabError, "TabError", x.IndentationError);
    make(x.SystemError, "SystemError", x.Exception);
    make(x.TypeError, "TypeError", x.Exception);
    make(x.ValueError, "ValueError", x.Exception);
    make(x.UnicodeError, "UnicodeError", x.ValueError);
    make(x.UnicodeDecodeError, "UnicodeDecodeError", x.UnicodeError);
    make(x.UnicodeEncodeError, "UnicodeEncodeError", x.UnicodeError);
    make(x.Warning, "Warning", x.Exception);
    make(x.UserWarning, "UserWarning", x.Warning);
    make(x.DeprecationWarning, "DeprecationWarning", x.Warning);
    make(x.RuntimeWarning, "RuntimeWarning", x.Warning);
    make(x.SyntaxWarning, "SyntaxWarning", x.Warning);
    init_exception_group_types(I);

    I.types.traceback = new_builtin_type(I, "traceback", ObjKind::Traceback, nullptr, 0);
    add_getset(I, I.types.traceback, "tb_next", tb_next);
    add_getset(I, I.types.traceback, "tb_lineno", tb_lineno);
    add_getset(I, I.types.traceback, "tb_lasti", tb_lasti);
    add_getset(I, I.types.traceback, "tb_frame", tb_frame);
}

} // namespace gilt
