// The object protocol: what `+`, `==`, `x.y`, `x[y]`, `len(x)`, `iter(x)` mean for any value.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "core/thread_state.hpp"

namespace gilt {

struct StrObj;
struct TupleObj;
struct TypeObj;

// Binary operators, in the order of the BINARY_OP argument and CommonNames::binop.
enum class BinaryOp : uint8_t {
    Add, Sub, Mul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, And, Or, Xor, MatMul, DivMod, Count
};
enum class CompareOp : uint8_t { Lt, Le, Eq, Ne, Gt, Ge };
enum class UnaryOp : uint8_t { Neg, Pos, Invert, Not };

const char* binop_symbol(BinaryOp op, bool inplace = false);
const char* compare_symbol(CompareOp op);

Value binary_op(ThreadState& ts, BinaryOp op, Value a, Value b);
Value inplace_op(ThreadState& ts, BinaryOp op, Value a, Value b);
Value unary_op(ThreadState& ts, UnaryOp op, Value a);
Value compare(ThreadState& ts, CompareOp op, Value a, Value b);
bool compare_bool(ThreadState& ts, CompareOp op, Value a, Value b);
bool equals(ThreadState& ts, Value a, Value b);
bool truthy(ThreadState& ts, Value v);
int64_t hash_value(ThreadState& ts, Value v);

StrObj* repr(ThreadState& ts, Value v);
StrObj* to_str(ThreadState& ts, Value v);
std::string repr_string(ThreadState& ts, Value v);
std::string str_string(ThreadState& ts, Value v);
StrObj* format_value(ThreadState& ts, Value v, StrObj* spec); // format(v, spec)

// Attribute access. get_attr raises AttributeError; lookup_attr returns null instead
// (without building an exception, for hasattr/getattr-with-default).
Value get_attr(ThreadState& ts, Value obj, StrObj* name);
Value lookup_attr(ThreadState& ts, Value obj, StrObj* name);
void set_attr(ThreadState& ts, Value obj, StrObj* name, Value value);
void del_attr(ThreadState& ts, Value obj, StrObj* name);
// LOAD_METHOD: if `name` is a plain function/method found on the type, stores it in
// *method and returns true (the caller passes obj as self); otherwise stores the bound
// attribute in *method and returns false.
bool get_method(ThreadState& ts, Value obj, StrObj* name, Value* method);

Value get_item(ThreadState& ts, Value obj, Value key);
void set_item(ThreadState& ts, Value obj, Value key, Value value);
void del_item(ThreadState& ts, Value obj, Value key);
bool contains(ThreadState& ts, Value container, Value item);
int64_t length(ThreadState& ts, Value v);

Value get_iter(ThreadState& ts, Value v);
// CPython's "has tp_iter or is a sequence": whether iter(v) can work at all (the test
// behind `f(*x)`'s "argument after * must be an iterable").
bool supports_iteration(Interp& I, Value v);
// get_iter, with the TypeError for a non-iterable replaced by the caller's own wording
// (message() is only built on failure), as CPython's join, bytes() and extend say theirs.
Value get_iter_or_type_error(ThreadState& ts, Value v, const std::function<std::string()>& message);
// Advances an iterator: the next value, or null when exhausted.
Value iter_next(ThreadState& ts, Value iter);
// Drains any iterable into a vector (the vector must be rooted if script code may run).
void collect_iterable(ThreadState& ts, Value iterable, std::vector<Value>& out);

bool callable(ThreadState& ts, Value v);

// The built-in behaviour of the layouts, without any dunder dispatch: used directly for
// built-in types and as the fallback for subclasses that do not override a method.
Value builtin_binary(ThreadState& ts, BinaryOp op, Value a, Value b); // NotImplemented if undefined
// The in-place operators that built-in layouts do in place (list +=, set |=, dict |=...).
Value builtin_inplace(ThreadState& ts, BinaryOp op, Value a, Value b); // NotImplemented if none
Value builtin_compare(ThreadState& ts, CompareOp op, Value a, Value b);
std::string builtin_repr(ThreadState& ts, Value v);
int64_t builtin_hash(ThreadState& ts, Value v); // the layout's hash (identity for plain instances)
StrObj* builtin_format(ThreadState& ts, Value v, StrObj* spec); // int, float and str format specs
Value builtin_get_item(ThreadState& ts, Value obj, Value key);
void builtin_set_item(ThreadState& ts, Value obj, Value key, Value value); // value null: delete
bool builtin_contains(ThreadState& ts, Value container, Value item);
int64_t builtin_length(ThreadState& ts, Value v);
Value builtin_get_iter(ThreadState& ts, Value v);
bool builtin_truthy(Value v);
// Attribute access without the class's __getattribute__/__getattr__/__setattr__ hooks
// (object's own: object.__getattribute__, which never calls __getattr__).
Value generic_getattr(ThreadState& ts, Value obj, StrObj* name, bool raise_missing);
void generic_setattr(ThreadState& ts, Value obj, StrObj* name, Value value); // value null: delete
// Does the class attribute d take precedence over the instance dict (a property, or an
// object whose class defines __set__ or __delete__)?
bool is_data_descriptor(ThreadState& ts, Value d);

} // namespace gilt
