// User-defined classes: `class` statements, type(name, bases, ns), instances and super().
#pragma once

#include <string>

#include "core/thread_state.hpp"

namespace gilt {

struct TypeObj;
struct TupleObj;
struct DictObj;
struct StrObj;
struct SuperObj;

// Calling a class: type(x), builtin constructors, or __new__ + __init__ for user classes.
Value type_call(ThreadState& ts, TypeObj* cls, const Value* args, size_t nargs, TupleObj* kwnames);
// Creates a class from a namespace (the 3-argument type() and class statements).
TypeObj* type_new(ThreadState& ts, StrObj* name, TupleObj* bases, DictObj* ns, const Value* kwargs,
                  TupleObj* kwnames);
// builtins.__build_class__(func, name, *bases, **kwds)
Value build_class(ThreadState& ts, Value* args, size_t nargs, TupleObj* kwnames);
// super().name: the next definition after `start` in the MRO, bound to the instance.
Value super_getattr(ThreadState& ts, SuperObj* s, StrObj* name);

// "module.QualName" as CPython shows classes in messages (no module for builtins).
std::string module_qualified_type_name(ThreadState& ts, TypeObj* t);

void init_class_support(Interp& I);
// list.__getitem__, int.__add__ and the other dunders of built-in types (slot_wrappers.cpp).
void init_slot_wrappers(Interp& I);

} // namespace gilt
