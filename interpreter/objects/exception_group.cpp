// BaseExceptionGroup and ExceptionGroup (PEP 654): construction rules, split/subgroup/derive, str().
//
// A group is an ordinary exception object whose args are (message, exceptions as given)
// and whose `message` and `exceptions` (a tuple) attributes live in its dict. `except*`
// is not part of the language subset (the compiler says so); the classes are, because
// library code raises them and tracebacks print them (vm/traceback.cpp).
#include "objects/exception.hpp"

#include <fmt/format.h>

#include "core/thread_state.hpp"
#include "objects/dict.hpp"
#include "objects/function.hpp"
#include "objects/list.hpp"
#include "objects/str.hpp"
#include "objects/tuple.hpp"
#include "objects/type.hpp"
#include "vm/args.hpp"
#include "vm/errors.hpp"
#include "vm/eval.hpp"
#include "vm/ops.hpp"

namespace gilt {

bool is_exception_group(Interp& I, Value v) {
    return is_exception(v) && is_subtype(as_exception(v)->type, I.exc.BaseExceptionGroup);
}

TupleObj* exception_group_members(Interp& I, ExceptionObj* group) {
    Value v = group->dict ? dict_get_cstr(I, group->dict, "exceptions") : Value();
    return is_tuple(v) ? as_tuple(v) : I.empty_tuple;
}

Value exception_group_str(ThreadState& ts, ExceptionObj* g) {
    Interp& I = ts.interp;
    size_t n = exception_group_members(I, g)->size;
    Value message = g->dict ? dict_get_cstr(I, g->dict, "message") : Value();
    std::string msg = message.is_null() ? "" : str_string(ts, message);
    return Value::from_obj(new_str(I, fmt::format("{} ({} sub-exception{})", msg, n, n == 1 ? "" : "s")));
}

namespace {

Value group_message(Interp& I, ExceptionObj* g) {
    Value v = g->dict ? dict_get_cstr(I, g->dict, "message") : Value();
    return v.is_null() ? Value::from_obj(I.empty_str) : v;
}

// BaseExceptionGroup.__new__(cls, message, exceptions), with CPython's checks and its
// one conversion: BaseExceptionGroup(...) of plain Exceptions is an ExceptionGroup.
Value group_new(ThreadState& ts, TypeObj* cls, Value* args, size_t nargs, TupleObj* kwnames) {
    Interp& I = ts.interp;
    if (kwnames && kwnames->size) type_error(ts, "{}() takes no keyword arguments", std::string(cls->name->view()));
    if (nargs != 2) type_error(ts, "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)", nargs);
    if (!is_str(args[0]))
        type_error(ts, "BaseExceptionGroup.__new__() argument 1 must be str, not {}", type_name(I, args[0]));
    if (!is_tuple(args[1]) && !is_list(args[1])) type_error(ts, "second argument (exceptions) must be a sequence");
    size_t n = is_tuple(args[1]) ? as_tuple(args[1])->size : as_list(args[1])->items.size();
    const Value* items = is_tuple(args[1]) ? as_tuple(args[1])->items() : as_list(args[1])->items.data();
    if (n == 0) value_error(ts, "second argument (exceptions) must be a non-empty sequence");
    bool all_plain = true;
    for (size_t i = 0; i < n; ++i) {
        if (!is_exception(items[i])) value_error(ts, "Item {} of second argument (exceptions) is not an exception", i);
        all_plain = all_plain && isinstance(I, items[i], I.exc.Exception);
    }
    if (cls == I.exc.BaseExceptionGroup) {
        if (all_plain) cls = I.exc.ExceptionGroup;
    } else if (is_subtype(cls, I.exc.Exception) && !all_plain) {
        if (cls == I.exc.ExceptionGroup) type_error(ts, "Cannot nest BaseExceptions in an ExceptionGroup");
        type_error(ts, "Cannot nest BaseExceptions in '{}'", std::string(cls->name->view()));
    }
    Rooted members(ts, Value::from_obj(new_tuple(I, items, n)));
    ExceptionObj* e = new_exception(I, cls, new_tuple(I, args, 2));
    Rooted keep(ts, Value::from_obj(e));
    e->dict = new_dict(I);
    dict_set_cstr(I, e->dict, "message", args[0]);
    dict_set_cstr(I, e->dict, "exceptions", members);
    return Value::from_obj(e);
}

ExceptionObj* self_group(ThreadState& ts, Value v) {
    if (!is_exception_group(ts.interp, v))
        type_error(ts, "descriptor requires a 'BaseExceptionGroup' object but received a '{}'", type_name(ts.interp, v));
    return as_exception(v);
}

// derive(excs): a group like this one (same message) of other members. Subclasses
// may override it; split() and subgroup() call it by name.
Value group_derive(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    check_count(ts, "derive", nargs - 1, 1, 1);
    ExceptionObj* g = self_group(ts, args[0]);
    Value ctor_args[2] = {group_message(ts.interp, g), args[1]};
    return call(ts, Value::from_obj(ts.interp.exc.BaseExceptionGroup), ctor_args, 2);
}

// How split() and subgroup() decide: an exception type, a tuple of them, or a predicate.
struct Matcher {
    Value cond;
    bool is_predicate;
    bool operator()(ThreadState& ts, Value exc) const {
        if (is_predicate) return truthy(ts, call1(ts, cond, exc));
        return exception_matches(ts, exc, cond);
    }
};

Matcher make_matcher(ThreadState& ts, Value cond) {
    auto is_exc_type = [](Value t) { return is_type(t) && (as_type(t)->tflags & TypeObj::kException); };
    bool types = is_exc_type(cond);
    if (is_tuple(cond)) {
        types = true;
        for (size_t i = 0; i < as_tuple(cond)->size; ++i) types = types && is_exc_type(as_tuple(cond)->items()[i]);
    }
    if (types) return {cond, false};
    if (!is_type(cond) && callable(ts, cond)) return {cond, true};
    type_error(ts, "expected a function, exception type or tuple of exception types");
}

// A derived group keeps the original's traceback, chaining and notes.
Value derive_with_metadata(ThreadState& ts, Value group, RootedVector& members) {
    Interp& I = ts.interp;
    Rooted list(ts, Value::from_obj(new_list(I, members.items.data(), members.items.size())));
    Value arg = list;
    Rooted derived(ts, call_method(ts, group, intern(I, "derive"), &arg, 1));
    if (!is_exception_group(I, derived)) type_error(ts, "derive must return an instance of BaseExceptionGroup");
    ExceptionObj* from = as_exception(group);
    ExceptionObj* to = as_exception(derived);
    to->traceback = from->traceback;
    to->cause = from->cause;
    to->context = from->context;
    Value notes = from->dict ? dict_get_cstr(I, from->dict, "__notes__") : Value();
    if (!notes.is_null()) {
        if (!to->dict) to->dict = new_dict(I);
        dict_set_cstr(I, to->dict, "__notes__", notes);
    }
    return derived;
}

// Splits `exc` into the part that matches and the rest (either may be null).
void split_recursive(ThreadState& ts, Value exc, const Matcher& match, bool want_rest, Rooted& matched, Rooted& rest) {
    Interp& I = ts.interp;
    if (match(ts, exc)) {
        matched = exc;
        return;
    }
    if (!is_exception_group(I, exc)) {
        if (want_rest) rest = exc;
        return;
    }
    RootedVector match_members(ts), rest_members(ts);
    Rooted members(ts, Value::from_obj(exception_group_members(I, as_exception(exc))));
    for (Value member : *as_tuple(members)) {
        Rooted m(ts), r(ts);
        split_recursive(ts, member, match, want_rest, m, r);
        if (!m.get().is_null()) match_members.items.push_back(m);
        if (!r.get().is_null()) rest_members.items.push_back(r);
    }
    if (!match_members.items.empty()) matched = derive_with_metadata(ts, exc, match_members);
    if (want_rest && !rest_members.items.empty()) rest = derive_with_metadata(ts, exc, rest_members);
}

Value group_split(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    check_count(ts, "split", nargs - 1, 1, 1);
    self_group(ts, args[0]);
    Matcher m = make_matcher(ts, args[1]);
    Rooted matched(ts), rest(ts);
    split_recursive(ts, args[0], m, true, matched, rest);
    return Value::from_obj(new_tuple(ts.interp, {matched.get().is_null() ? Value::none() : matched.get(),
                                                 rest.get().is_null() ? Value::none() : rest.get()}));
}

Value group_subgroup(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    check_count(ts, "subgroup", nargs - 1, 1, 1);
    self_group(ts, args[0]);
    Matcher m = make_matcher(ts, args[1]);
    Rooted matched(ts), rest(ts);
    split_recursive(ts, args[0], m, false, matched, rest);
    return matched.get().is_null() ? Value::none() : matched.get();
}

const MethodDef kGroupMethods[] = {
    {"derive", group_derive, NativeFunctionObj::kMethod},
    {"split", group_split, NativeFunctionObj::kMethod},
    {"subgroup", group_subgroup, NativeFunctionObj::kMethod},
    {nullptr, nullptr},
};

} // namespace

void init_exception_group_types(Interp& I) {
    ExceptionTypes& x = I.exc;
    x.BaseExceptionGroup = new_builtin_type(I, "BaseExceptionGroup", ObjKind::Exception, x.BaseException,
                                            TypeObj::kBaseType | TypeObj::kException);
    x.BaseExceptionGroup->new_fn = group_new;
    add_methods(I, x.BaseExceptionGroup, kGroupMethods);
    // ExceptionGroup(BaseExceptionGroup, Exception): the one built-in exception class
    // with two bases; its MRO is what C3 gives for them.
    x.ExceptionGroup = new_builtin_type(I, "ExceptionGroup", ObjKind::Exception, x.BaseExceptionGroup,
                                        TypeObj::kBaseType | TypeObj::kException);
    x.ExceptionGroup->new_fn = group_new;
    x.ExceptionGroup->bases = new_tuple(I, {Value::from_obj(x.BaseExceptionGroup), Value::from_obj(x.Exception)});
    x.ExceptionGroup->mro = new_tuple(I, {Value::from_obj(x.ExceptionGroup), Value::from_obj(x.BaseExceptionGroup),
                                          Value::from_obj(x.Exception), Value::from_obj(x.BaseException),
                                          Value::from_obj(I.types.object)});
}

} // namespace gilt
