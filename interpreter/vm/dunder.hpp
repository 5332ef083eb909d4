// Dunder-method dispatch for instances of user-defined classes (and builtin subclasses).
#pragma once

#include <cstdint>

#include "core/thread_state.hpp"
#include "vm/ops.hpp"

namespace gilt {

struct StrObj;
struct DictObj;
struct TypeObj;

// Is v an instance of a class defined by a `class` statement?
inline bool is_heap_instance(Value v);

// Looks `name` up on type(obj) and calls it with obj as self; null if not defined.
Value call_dunder(ThreadState& ts, Value obj, StrObj* name, const Value* args, size_t nargs);

// The protocol for heap-type instances. Each falls back to the built-in behaviour of the
// instance's layout when the class does not override the method (a `list` subclass
// without __len__ still has a length). Results documented per function.
Value dunder_binary(ThreadState& ts, BinaryOp op, Value a, Value b, bool inplace); // NotImplemented if none
Value dunder_compare(ThreadState& ts, CompareOp op, Value a, Value b);            // NotImplemented if none
bool dunder_truthy(ThreadState& ts, Value v);
int64_t dunder_hash(ThreadState& ts, Value v);
StrObj* dunder_repr(ThreadState& ts, Value v);
StrObj* dunder_str(ThreadState& ts, Value v);
StrObj* dunder_format(ThreadState& ts, Value v, StrObj* spec);
Value dunder_getitem(ThreadState& ts, Value obj, Value key);                  // null: use the layout's
bool dunder_setitem(ThreadState& ts, Value obj, Value key, Value value);      // value null: delete
int dunder_contains(ThreadState& ts, Value obj, Value item);                  // -1: use the layout's
int64_t dunder_len(ThreadState& ts, Value obj);                                // -1: use the layout's
Value dunder_iter(ThreadState& ts, Value obj);                                 // null: use the layout's
Value dunder_next(ThreadState& ts, Value iter);                                // null when exhausted
// Attribute hooks.
DictObj* heap_instance_dict(Value obj);
DictObj* heap_instance_dict_create(ThreadState& ts, Value obj);
bool dunder_is_data_descriptor(ThreadState& ts, Value descr);
Value dunder_get(ThreadState& ts, Value descr, Value obj, Value type);
bool dunder_set_descriptor(ThreadState& ts, Value descr, Value obj, Value value);
Value dunder_getattr_fallback(ThreadState& ts, Value obj, StrObj* name, bool raise_missing);
bool dunder_setattr(ThreadState& ts, Value obj, StrObj* name, Value value);
void type_set_attribute(ThreadState& ts, TypeObj* t, StrObj* name, Value value);

} // namespace gilt

#include "objects/type.hpp"

namespace gilt {
inline bool is_heap_instance(Value v) { return v.is_obj() && (v.obj()->type->tflags & TypeObj::kHeapType); }
} // namespace gilt
