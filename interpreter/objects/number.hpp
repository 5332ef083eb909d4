// int, bool and float: unboxed fast paths, big-int and boxed-float objects, conversions.
#pragma once

#include <cmath>
#include <cstdint>
#include <string>

#include "core/interp.hpp"
#include "core/object.hpp"
#include "objects/bigint.hpp"

namespace gilt {

struct ThreadState;

// Ints that do not fit the 63-bit unboxed range.
struct BigIntObj : Obj {
    BigInt value;
    BigIntObj(TypeObj* t, BigInt v) : Obj(t, ObjKind::BigInt), value(std::move(v)) {}
};

// Floats outside the unboxed range (and the -0.0/inf/nan singletons).
struct FloatObj : Obj {
    double value;
    FloatObj(TypeObj* t, double v) : Obj(t, ObjKind::Float), value(v) {}
};

// ---- ints
inline bool is_bigint(Value v) { return is_kind(v, ObjKind::BigInt); }
// An int in the Python sense: small, big, or bool.
inline bool is_int(Value v) { return v.is_small() || is_bigint(v) || v.is_bool(); }
// Normalises a big result: unboxed when it fits.
Value make_int(Interp& I, const BigInt& b);
Value make_int(Interp& I, BigInt&& b);
inline Value make_int(Interp& I, int64_t v) {
    if (Value::fits_small(v)) return Value::from_small(v);
    return make_int(I, BigInt(v));
}
// The int value of an int-like (bool included) as a BigInt.
BigInt to_bigint(Value v);
// Converts an int-like to int64, raising OverflowError with `what` context if too big.
int64_t int_to_int64(ThreadState& ts, Value v);
// Python's operator.index(): ints and bools (and __index__ later); TypeError otherwise.
Value index_value(ThreadState& ts, Value v, const char* what = nullptr);
int64_t index_int64(ThreadState& ts, Value v);
int64_t int_hash(Value v);
std::string int_to_string(ThreadState& ts, Value v, int base = 10);

// ---- floats
inline bool is_float(Value v) { return v.is_flonum() || is_kind(v, ObjKind::Float); }
inline double float_value(Value v) { return v.is_flonum() ? v.flonum() : v.as<FloatObj>()->value; }
Value make_float_slow(Interp& I, double d);
inline Value make_float(Interp& I, double d) {
    Value out;
    if (Value::try_flonum(d, out)) return out;
    return make_float_slow(I, d);
}
int64_t float_hash(double d);
// Converts any real number (int, bool, float) to double, or false if it is not one.
bool to_double(ThreadState& ts, Value v, double* out);

// ---- the numeric operators (both operands are numbers; NotImplemented otherwise)
Value int_binary(ThreadState& ts, int op, Value a, Value b);
Value float_binary(ThreadState& ts, int op, double a, double b);
int int_compare(Value a, Value b);                    // both int-like
// Compares two real numbers exactly (int vs float included); NaN gives "unordered".
enum class Cmp { Less, Equal, Greater, Unordered };
Cmp number_compare(Value a, Value b);

void init_number_types(Interp& I);

} // namespace gilt
