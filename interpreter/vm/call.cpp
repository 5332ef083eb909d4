// The calling convention: binding arguments to parameters and entering script functions.
#include <fmt/format.h>

#include "objects/class.hpp"
#include "objects/descr.hpp"
#include "objects/dict.hpp"
#include "objects/function.hpp"
#include "objects/generator.hpp"
#include "objects/str.hpp"
#include "objects/tuple.hpp"
#include "objects/type.hpp"
#include "vm/call.hpp"
#include "vm/dunder.hpp"
#include "vm/errors.hpp"
#include "vm/eval.hpp"
#include "vm/generators.hpp"
#include "vm/ops.hpp"

namespace gilt {

namespace {

std::string quoted_list(const std::vector<std::string>& names) {
    std::string out;
    for (size_t i = 0; i < names.size(); ++i) {
        if (i) out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
        out += "'" + names[i] + "'";
    }
    return out;
}

[[noreturn]] void missing_args(ThreadState& ts, FunctionObj* f, const std::vector<std::string>& names, const char* kind) {
    type_error(ts, "{}() missing {} required {} argument{}: {}", std::string(f->qualname->view()), names.size(), kind,
               names.size() == 1 ? "" : "s", quoted_list(names));
}

[[noreturn]] void too_many_positional(ThreadState& ts, FunctionObj* f, size_t given, size_t kwonly_given) {
    CodeObj* co = f->code;
    size_t ndefaults = f->defaults ? f->defaults->size : 0;
    std::string takes;
    if (ndefaults && ndefaults < co->argcount + 1 && ndefaults > 0)
        takes = fmt::format("from {} to {} positional arguments", co->argcount - ndefaults, co->argcount);
    else
        takes = fmt::format("{} positional argument{}", co->argcount, co->argcount == 1 ? "" : "s");
    std::string gave = fmt::format("{} positional argument{}", given, given == 1 ? "" : "s");
    if (kwonly_given)
        type_error(ts, "{}() takes {} but {} (and {} keyword-only argument{}) were given", std::string(f->qualname->view()),
                   takes, gave, kwonly_given, kwonly_given == 1 ? "" : "s");
    type_error(ts, "{}() takes {} but {} {} given", std::string(f->qualname->view()), takes, given,
               given == 1 ? "was" : "were");
}

} // namespace

// The general case of argument binding: keywords, defaults, *args, **kwargs. The
// incoming arguments start at `base` (positionals, then keyword values) and the bound
// parameters are written over them, so they are copied aside first.
void bind_arguments(ThreadState& ts, FunctionObj* f, Value* base, size_t nargs, TupleObj* kwnames) {
    Interp& I = ts.interp;
    CodeObj* co = f->code;
    size_t nkw = kwnames ? kwnames->size : 0;
    std::vector<Value> in(base, base + nargs + nkw);
    uint32_t npos = co->argcount;
    uint32_t nkwonly = co->kwonlyargcount;
    uint32_t total = co->total_args();
    for (uint32_t i = 0; i < co->nlocalsplus; ++i) base[i] = Value::unbound();
    uint32_t varargs_slot = npos + nkwonly;
    uint32_t varkw_slot = varargs_slot + ((co->flags & CodeObj::kVarArgs) ? 1 : 0);
    DictObj* kwargs = nullptr;
    if (co->flags & CodeObj::kVarKeywords) {
        kwargs = new_dict(I);
        base[varkw_slot] = Value::from_obj(kwargs);
    }
    for (size_t i = 0; i < std::min<size_t>(nargs, npos); ++i) base[i] = in[i];
    if (co->flags & CodeObj::kVarArgs) {
        base[varargs_slot] = nargs > npos ? Value::from_obj(new_tuple(I, in.data() + npos, nargs - npos))
                                          : Value::from_obj(I.empty_tuple);
    } else if (nargs > npos) {
        size_t kwonly_given = 0;
        for (size_t k = 0; k < nkw; ++k) {
            StrObj* name = as_str(kwnames->items()[k]);
            for (uint32_t p = npos; p < npos + nkwonly; ++p)
                if (str_equal(co->slot_names[p], name)) ++kwonly_given;
        }
        too_many_positional(ts, f, nargs, kwonly_given);
    }
    std::vector<std::string> posonly_as_kw;
    for (size_t k = 0; k < nkw; ++k) {
        StrObj* name = as_str(kwnames->items()[k]);
        Value value = in[nargs + k];
        uint32_t found = UINT32_MAX;
        for (uint32_t p = co->posonlyargcount; p < npos + nkwonly; ++p) {
            if (co->slot_names[p] == name || str_equal(co->slot_names[p], name)) {
                found = p;
                break;
            }
        }
        if (found != UINT32_MAX) {
            if (!base[found].is_unbound())
                type_error(ts, "{}() got multiple values for argument '{}'", std::string(f->qualname->view()), std::string(name->view()));
            base[found] = value;
            continue;
        }
        if (kwargs) {
            dict_set_str(I, kwargs, name, value);
            continue;
        }
        for (uint32_t p = 0; p < co->posonlyargcount; ++p)
            if (str_equal(co->slot_names[p], name)) posonly_as_kw.push_back(std::string(name->view()));
        if (!posonly_as_kw.empty()) {
            std::string list;
            for (size_t i = 0; i < posonly_as_kw.size(); ++i) list += (i ? ", " : "") + std::string("'") + posonly_as_kw[i] + "'";
            type_error(ts, "{}() got some positional-only arguments passed as keyword arguments: {}",
                       std::string(f->qualname->view()), list);
        }
        type_error(ts, "{}() got an unexpected keyword argument '{}'", std::string(f->qualname->view()), std::string(name->view()));
    }
    // Defaults for the trailing positional parameters.
    size_t ndefaults = f->defaults ? f->defaults->size : 0;
    std::vector<std::string> missing;
    for (uint32_t p = uint32_t(std::min<size_t>(nargs, npos)); p < npos; ++p) {
        if (!base[p].is_unbound()) continue;
        int64_t d = int64_t(p) - int64_t(npos - ndefaults);
        if (d >= 0) base[p] = f->defaults->items()[d];
        else missing.push_back(std::string(co->slot_names[p]->view()));
    }
    if (!missing.empty()) missing_args(ts, f, missing, "positional");
    for (uint32_t p = npos; p < npos + nkwonly; ++p) {
        if (!base[p].is_unbound()) continue;
        Value d = f->kwdefaults ? dict_get_str(f->kwdefaults, co->slot_names[p]) : Value();
        if (!d.is_null()) base[p] = d;
        else missing.push_back(std::string(co->slot_names[p]->view()));
    }
    if (!missing.empty()) missing_args(ts, f, missing, "keyword-only");
    (void)total;
}

bool enter_function(ThreadState& ts, FunctionObj* f, Value* base, size_t nargs, TupleObj* kwnames, Frame** out_frame,
                    Value* result) {
    Interp& I = ts.interp;
    CodeObj* co = f->code;
    Value* window_end = base + co->frame_size();
    if (window_end > ts.stack_limit || ts.depth >= I.config.recursion_limit)
        raise_msg(ts, I.exc.RecursionError, "maximum recursion depth exceeded");
    if (f->simple && !kwnames && nargs == co->argcount) {
        for (uint32_t i = uint32_t(nargs); i < co->nlocalsplus; ++i) base[i] = Value::unbound();
    } else {
        bind_arguments(ts, f, base, nargs, kwnames);
    }
    if (co->flags & (CodeObj::kGenerator | CodeObj::kCoroutine | CodeObj::kAsyncGenerator)) {
        if (co->flags & (CodeObj::kCoroutine | CodeObj::kAsyncGenerator))
            raise_msg(ts, I.exc.NotImplementedError, "coroutines (async def) are not supported yet");
        *result = Value::from_obj(new_generator(ts, f, base));
        return false;
    }
    Frame* nf = ts.push_frame_record();
    nf->code = co;
    nf->func = f;
    nf->globals = f->globals;
    nf->locals_dict = nullptr;
    nf->locals = base;
    nf->stack_base = base + co->nlocalsplus;
    nf->sp = nf->stack_base;
    nf->ip = co->code.data();
    nf->back = ts.frame;
    nf->gen = nullptr;
    nf->window_end = window_end;
    nf->flags = Frame::kOnStack;
    ts.frame = nf;
    ++ts.depth;
    *out_frame = nf;
    return true;
}

Value call_native(ThreadState& ts, NativeFunctionObj* nf, const Value* args, size_t nargs, TupleObj* kwnames) {
    if ((nf->nflags & NativeFunctionObj::kMethod) && nf->owner) {
        if (nargs == 0)
            type_error(ts, "unbound method {}.{}() needs an argument", std::string(nf->owner->name->view()), std::string(nf->name->view()));
        if (!isinstance(ts.interp, args[0], nf->owner))
            type_error(ts, "descriptor '{}' for '{}' objects doesn't apply to a '{}' object", std::string(nf->name->view()),
                       std::string(nf->owner->name->view()), type_name(ts.interp, args[0]));
    }
    Value* a = const_cast<Value*>(args);
    if (nf->fn) return nf->fn(ts, a, nargs, kwnames);
    return nf->closure_fn(ts, nf, a, nargs, kwnames);
}

Value call_function(ThreadState& ts, FunctionObj* f, const Value* args, size_t nargs, TupleObj* kwnames) {
    Interp& I = ts.interp;
    if (ts.c_stack_nearly_full()) raise_msg(ts, I.exc.RecursionError, "maximum recursion depth exceeded");
    Value* base = ts.frame ? ts.frame->window_end : ts.stack_begin;
    size_t nkw = kwnames ? kwnames->size : 0;
    if (base + nargs + nkw + f->code->frame_size() > ts.stack_limit)
        raise_msg(ts, I.exc.RecursionError, "maximum recursion depth exceeded");
    for (size_t i = 0; i < nargs + nkw; ++i) base[i] = args[i];
    Frame* nf;
    Value result;
    if (!enter_function(ts, f, base, nargs, kwnames, &nf, &result)) return result;
    nf->flags |= Frame::kEntry;
    return run_frame(ts, nf);
}

Value call(ThreadState& ts, Value callable, const Value* args, size_t nargs, TupleObj* kwnames) {
    Interp& I = ts.interp;
    if (callable.is_obj()) {
        Obj* o = callable.obj();
        switch (o->kind) {
        case ObjKind::Function: return call_function(ts, static_cast<FunctionObj*>(o), args, nargs, kwnames);
        case ObjKind::NativeFunction: return call_native(ts, static_cast<NativeFunctionObj*>(o), args, nargs, kwnames);
        case ObjKind::BoundMethod: {
            auto m = static_cast<BoundMethodObj*>(o);
            size_t nkw = kwnames ? kwnames->size : 0;
            Value small[8];
            std::vector<Value> big;
            Value* all = small;
            if (nargs + nkw + 1 > 8) {
                big.resize(nargs + nkw + 1);
                all = big.data();
            }
            all[0] = m->self;
            for (size_t i = 0; i < nargs + nkw; ++i) all[i + 1] = args[i];
            return call(ts, m->func, all, nargs + 1, kwnames);
        }
        case ObjKind::Type: return type_call(ts, static_cast<TypeObj*>(o), args, nargs, kwnames);
        default:
            if (o->type->tflags & TypeObj::kHeapType) {
                Value m = type_find(I, o->type, I.names.__call__);
                if (!m.is_null()) {
                    size_t nkw = kwnames ? kwnames->size : 0;
                    std::vector<Value> all{callable};
                    all.insert(all.end(), args, args + nargs + nkw);
                    return call(ts, m, all.data(), nargs + 1, kwnames);
                }
            }
            if (o->kind == ObjKind::StaticMethod) return call(ts, static_cast<MethodWrapperObj*>(o)->func, args, nargs, kwnames);
            break;
        }
    }
    type_error(ts, "'{}' object is not callable", type_name(I, callable));
}

Value call_method(ThreadState& ts, Value obj, StrObj* name, const Value* args, size_t nargs) {
    Value method;
    if (get_method(ts, obj, name, &method)) {
        std::vector<Value> all{obj};
        all.insert(all.end(), args, args + nargs);
        Rooted keep(ts, method);
        return call(ts, method, all.data(), all.size());
    }
    Rooted keep(ts, method);
    return call(ts, method, args, nargs);
}

} // namespace gilt
