// Exception objects, their tracebacks, and the built-in exception hierarchy.
#pragma once

#include <string>

#include "core/object.hpp"

namespace gilt {

struct Interp;
struct ThreadState;
struct TupleObj;
struct DictObj;
struct CodeObj;
struct TypeObj;

// One line of a traceback: which code, which instruction. Linked newest-last, as in
// CPython (`tb_next` points towards the frame where the exception was raised).
struct TracebackObj : Obj {
    TracebackObj* next;
    CodeObj* code;
    uint32_t instr;
    int lineno;
    TracebackObj(TypeObj* t, TracebackObj* n, CodeObj* c, uint32_t i, int line)
        : Obj(t, ObjKind::Traceback), next(n), code(c), instr(i), lineno(line) {}
};

struct ExceptionObj : Obj {
    TupleObj* args;
    Value traceback = Value::none();
    Value cause = Value::none();
    Value context = Value::none();
    bool suppress_context = false;
    DictObj* dict = nullptr; // user attributes and per-type ones (errno, code, value...)

    ExceptionObj(TypeObj* t, TupleObj* a) : Obj(t, ObjKind::Exception), args(a) {}
};

inline bool is_exception(Value v) { return is_kind(v, ObjKind::Exception); }
inline ExceptionObj* as_exception(Value v) { return v.as<ExceptionObj>(); }

// Creates an instance of an exception class with the given args (no __init__ call).
ExceptionObj* new_exception(Interp& I, TypeObj* type, TupleObj* args);
ExceptionObj* new_exception_msg(Interp& I, TypeObj* type, std::string_view message);

// StopIteration's `value`: what a generator returned, or an iterator's result.
Value stop_iteration_value(Interp& I, ExceptionObj* e);

// str(e) and repr(e) as CPython computes them for built-in exception types.
Value exception_str(ThreadState& ts, ExceptionObj* e);
Value exception_repr(ThreadState& ts, ExceptionObj* e);

void init_exception_types(Interp& I);

// Exception groups (objects/exception_group.cpp).
bool is_exception_group(Interp& I, Value v);
TupleObj* exception_group_members(Interp& I, ExceptionObj* group);
// str(group): "message (N sub-exceptions)".
Value exception_group_str(ThreadState& ts, ExceptionObj* group);
void init_exception_group_types(Interp& I);

} // namespace gilt
