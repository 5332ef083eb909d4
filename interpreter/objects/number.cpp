// int, bool and float: arithmetic with Python's semantics, conversions, hashing, methods.
#include "objects/number.hpp"

#include <cerrno>
#include <cmath>
#include <cstring>
#include <fmt/format.h>

#include "core/thread_state.hpp"
#include "objects/bytes.hpp"
#include "objects/descr.hpp"
#include "objects/function.hpp"
#include "objects/numfmt.hpp"
#include "objects/str.hpp"
#include "objects/tuple.hpp"
#include "objects/type.hpp"
#include "objects/unicode_db.hpp"
#include "vm/args.hpp"
#include "vm/errors.hpp"
#include "vm/eval.hpp"
#include "vm/ops.hpp"

namespace gilt {

// ---------------------------------------------------------------- construction

Value make_int(Interp& I, const BigInt& b) {
    if (b.fits_in_bits(63)) return Value::from_small(b.to_int64());
    return Value::from_obj(I.heap.make<BigIntObj>(I.types.int_, b));
}

Value make_int(Interp& I, BigInt&& b) {
    if (b.fits_in_bits(63)) return Value::from_small(b.to_int64());
    return Value::from_obj(I.heap.make<BigIntObj>(I.types.int_, std::move(b)));
}

Value make_float_slow(Interp& I, double d) {
    // NaNs are always fresh objects: `x in [x]` and `nan is nan` depend on identity.
    if (std::isinf(d) && I.float_inf) return Value::from_obj(d > 0 ? I.float_inf : I.float_neg_inf);
    if (d == 0 && std::signbit(d) && I.float_neg_zero) return Value::from_obj(I.float_neg_zero);
    return Value::from_obj(I.heap.make<FloatObj>(I.types.float_, d));
}

BigInt to_bigint(Value v) {
    if (v.is_small()) return BigInt(v.small());
    if (v.is_bool()) return BigInt(int64_t(v.is_true() ? 1 : 0));
    return v.as<BigIntObj>()->value;
}

namespace {

// Small-int view of an int-like value (bools count), false if big.
inline bool small_of(Value v, int64_t* out) {
    if (v.is_small()) {
        *out = v.small();
        return true;
    }
    if (v.is_bool()) {
        *out = v.is_true() ? 1 : 0;
        return true;
    }
    return false;
}

[[noreturn]] void numeric_error(ThreadState& ts, const NumericError& e) {
    Interp& I = ts.interp;
    TypeObj* t = e.kind == NumericError::Kind::ZeroDivision ? I.exc.ZeroDivisionError
                 : e.kind == NumericError::Kind::Overflow   ? I.exc.OverflowError
                 : e.kind == NumericError::Kind::Memory     ? I.exc.MemoryError
                                                            : I.exc.ValueError;
    raise_msg(ts, t, e.what());
}

} // namespace

int64_t int_to_int64(ThreadState& ts, Value v) {
    int64_t s;
    if (small_of(v, &s)) return s;
    const BigInt& b = v.as<BigIntObj>()->value;
    if (!b.fits_int64()) raise_msg(ts, ts.interp.exc.OverflowError, "Python int too large to convert to C long");
    return b.to_int64();
}

Value index_value(ThreadState& ts, Value v, const char* what) {
    if (v.is_small() || is_bigint(v)) return v;
    if (v.is_bool()) return Value::from_small(v.is_true() ? 1 : 0);
    TypeObj* t = type_of(ts.interp, v);
    if (t->tflags & TypeObj::kHeapType) {
        Value m = type_lookup(t, ts.interp.names.__index__);
        if (!m.is_null()) {
            Value r = call1(ts, m, v);
            if (!is_int(r)) type_error(ts, "__index__ returned non-int (type {})", type_name(ts.interp, r));
            return r.is_bool() ? Value::from_small(r.is_true()) : r;
        }
    }
    if (what) type_error(ts, "{}", what);
    type_error(ts, "'{}' object cannot be interpreted as an integer", type_name(ts.interp, v));
}

int64_t index_int64(ThreadState& ts, Value v) {
    Value i = index_value(ts, v);
    if (i.is_small()) return i.small();
    const BigInt& b = i.as<BigIntObj>()->value;
    if (!b.fits_int64())
        raise_fmt(ts, ts.interp.exc.OverflowError, "cannot fit '{}' into an index-sized integer", type_name(ts.interp, v));
    return b.to_int64();
}

int64_t int_hash(Value v) {
    int64_t s;
    if (small_of(v, &s)) return BigInt::hash_int64(s);
    return v.as<BigIntObj>()->value.hash();
}

std::string int_to_string(ThreadState& ts, Value v, int base) {
    int64_t s;
    if (small_of(v, &s) && base == 10) return std::to_string(s);
    try {
        return to_bigint(v).to_string(base, base == 10 ? ts.interp.config.int_max_str_digits : 0);
    } catch (const NumericError& e) {
        numeric_error(ts, e);
    }
}

int64_t float_hash(double d) {
    if (std::isinf(d)) return d > 0 ? 314159 : -314159;
    if (std::isnan(d)) return 0;
    if (d == std::trunc(d) && std::fabs(d) < 9.2e18) return BigInt::hash_int64(int64_t(d));
    constexpr int kBits = 61;
    constexpr uint64_t kModulus = (uint64_t(1) << kBits) - 1;
    int e;
    double m = std::frexp(d, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & kModulus) | x >> (kBits - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = uint64_t(m);
        m -= double(y);
        x += y;
        if (x >= kModulus) x -= kModulus;
    }
    e = e >= 0 ? e % kBits : kBits - 1 - ((-1 - e) % kBits);
    x = ((x << e) & kModulus) | x >> (kBits - e);
    int64_t h = int64_t(x) * sign;
    return h == -1 ? -2 : h;
}

bool to_double(ThreadState& ts, Value v, double* out) {
    if (v.is_flonum()) {
        *out = v.flonum();
        return true;
    }
    int64_t s;
    if (small_of(v, &s)) {
        *out = double(s);
        return true;
    }
    if (is_kind(v, ObjKind::Float)) {
        *out = v.as<FloatObj>()->value;
        return true;
    }
    if (is_bigint(v)) {
        try {
            *out = v.as<BigIntObj>()->value.to_double();
        } catch (const NumericError& e) {
            numeric_error(ts, e);
        }
        return true;
    }
    return false;
}

// ---------------------------------------------------------------- int arithmetic

Value int_binary(ThreadState& ts, int op_int, Value a, Value b) {
    Interp& I = ts.interp;
    BinaryOp op = BinaryOp(op_int);
    if (!is_int(a) || !is_int(b)) return Value::not_implemented();
    if (a.is_bool() && b.is_bool() && (op == BinaryOp::And || op == BinaryOp::Or || op == BinaryOp::Xor)) {
        bool x = a.is_true(), y = b.is_true();
        return Value::boolean(op == BinaryOp::And ? (x && y) : op == BinaryOp::Or ? (x || y) : (x != y));
    }
    int64_t x = 0, y = 0; // read only when `small`
    bool small = small_of(a, &x) && small_of(b, &y);
    try {
        switch (op) {
        case BinaryOp::Add:
            if (small) return make_int(I, BigInt::add(x, y));
            return make_int(I, BigInt::add(to_bigint(a), to_bigint(b)));
        case BinaryOp::Sub:
            if (small) return make_int(I, BigInt::sub(x, y));
            return make_int(I, BigInt::sub(to_bigint(a), to_bigint(b)));
        case BinaryOp::Mul:
            if (small) {
                int64_t r;
                if (!__builtin_mul_overflow(x, y, &r)) return make_int(I, r);
                return make_int(I, BigInt::mul(x, y));
            }
            return make_int(I, BigInt::mul(to_bigint(a), to_bigint(b)));
        case BinaryOp::FloorDiv:
        case BinaryOp::Mod:
        case BinaryOp::DivMod: {
            if (small && y != 0 && !(x == INT64_MIN && y == -1)) {
                int64_t q = x / y, r = x % y;
                if (r != 0 && ((r < 0) != (y < 0))) {
                    r += y;
                    q -= 1;
                }
                if (op == BinaryOp::FloorDiv) return make_int(I, q);
                if (op == BinaryOp::Mod) return make_int(I, r);
                return Value::from_obj(new_tuple(I, {make_int(I, q), make_int(I, r)}));
            }
            BigInt bx = to_bigint(a), by = to_bigint(b);
            if (by.is_zero())
                raise_msg(ts, I.exc.ZeroDivisionError,
                          op == BinaryOp::Mod ? "integer modulo by zero" : "integer division or modulo by zero");
            if (op == BinaryOp::FloorDiv) return make_int(I, BigInt::floordiv(bx, by));
            if (op == BinaryOp::Mod) return make_int(I, BigInt::mod(bx, by));
            auto [q, r] = BigInt::divmod(bx, by);
            Value qv = make_int(I, std::move(q));
            Value rv = make_int(I, std::move(r));
            return Value::from_obj(new_tuple(I, {qv, rv}));
        }
        case BinaryOp::TrueDiv:
            if (small) {
                if (y == 0) raise_msg(ts, I.exc.ZeroDivisionError, "division by zero");
                return make_float(I, BigInt::true_divide(x, y));
            }
            {
                BigInt by = to_bigint(b);
                if (by.is_zero()) raise_msg(ts, I.exc.ZeroDivisionError, "division by zero");
                return make_float(I, BigInt::true_divide(to_bigint(a), by));
            }
        case BinaryOp::Pow: {
            BigInt by = to_bigint(b);
            if (by.is_negative()) {
                double fx, fy;
                to_double(ts, a, &fx);
                to_double(ts, b, &fy);
                return float_binary(ts, int(BinaryOp::Pow), fx, fy);
            }
            if (small && y >= 0) {
                // Repeated squaring in machine ints while it fits.
                int64_t result = 1, base = x, e = y;
                bool overflow = false;
                while (e > 0) {
                    if (e & 1)
                        if (__builtin_mul_overflow(result, base, &result)) {
                            overflow = true;
                            break;
                        }
                    e >>= 1;
                    if (e && __builtin_mul_overflow(base, base, &base)) {
                        overflow = true;
                        break;
                    }
                }
                if (!overflow) return make_int(I, result);
            }
            return make_int(I, BigInt::pow(to_bigint(a), by));
        }
        case BinaryOp::LShift: {
            if (small) {
                if (y < 0) value_error(ts, "negative shift count");
                if (y < 62 && x == ((x << y) >> y)) return make_int(I, x << y);
            }
            return make_int(I, to_bigint(a).lshift(to_bigint(b)));
        }
        case BinaryOp::RShift:
            if (small) {
                if (y < 0) value_error(ts, "negative shift count");
                return make_int(I, y >= 63 ? (x < 0 ? -1 : 0) : (x >> y));
            }
            return make_int(I, to_bigint(a).rshift(to_bigint(b)));
        case BinaryOp::And:
            if (small) return make_int(I, x & y);
            return make_int(I, BigInt::bit_and(to_bigint(a), to_bigint(b)));
        case BinaryOp::Or:
            if (small) return make_int(I, x | y);
            return make_int(I, BigInt::bit_or(to_bigint(a), to_bigint(b)));
        case BinaryOp::Xor:
            if (small) return make_int(I, x ^ y);
            return make_int(I, BigInt::bit_xor(to_bigint(a), to_bigint(b)));
        default:
            return Value::not_implemented();
        }
    } catch (const NumericError& e) {
        numeric_error(ts, e);
    }
}

// ---------------------------------------------------------------- float arithmetic

Value float_binary(ThreadState& ts, int op_int, double a, double b) {
    Interp& I = ts.interp;
    switch (BinaryOp(op_int)) {
    case BinaryOp::Add: return make_float(I, a + b);
    case BinaryOp::Sub: return make_float(I, a - b);
    case BinaryOp::Mul: return make_float(I, a * b);
    case BinaryOp::TrueDiv:
        if (b == 0) raise_msg(ts, I.exc.ZeroDivisionError, "float division by zero");
        return make_float(I, a / b);
    case BinaryOp::FloorDiv:
    case BinaryOp::Mod:
    case BinaryOp::DivMod: {
        BinaryOp op = BinaryOp(op_int);
        if (b == 0)
            raise_msg(ts, I.exc.ZeroDivisionError,
                      op == BinaryOp::FloorDiv ? "float floor division by zero"
                      : op == BinaryOp::Mod    ? "float modulo"
                                               : "float divmod()");
        double mod = std::fmod(a, b);
        double div = (a - mod) / b;
        if (mod != 0) {
            if ((b < 0) != (mod < 0)) {
                mod += b;
                div -= 1.0;
            }
        } else {
            mod = std::copysign(0.0, b);
        }
        double floordiv;
        if (div != 0) {
            floordiv = std::floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        } else {
            floordiv = std::copysign(0.0, a / b);
        }
        if (op == BinaryOp::FloorDiv) return make_float(I, floordiv);
        if (op == BinaryOp::Mod) return make_float(I, mod);
        return Value::from_obj(new_tuple(I, {make_float(I, floordiv), make_float(I, mod)}));
    }
    case BinaryOp::Pow: {
        if (b == 0) return make_float(I, 1.0);
        if (std::isnan(a)) return make_float(I, a);
        if (std::isnan(b)) return make_float(I, a == 1.0 ? 1.0 : b);
        if (a == 0 && b < 0) raise_msg(ts, I.exc.ZeroDivisionError, "0.0 cannot be raised to a negative power");
        if (a < 0 && std::isfinite(a) && std::isfinite(b) && b != std::floor(b))
            raise_msg(ts, I.exc.ValueError, "complex numbers are not supported (a negative number raised to a fractional power)");
        double r = std::pow(a, b);
        if (std::isinf(r) && std::isfinite(a) && std::isfinite(b))
            raise_msg(ts, I.exc.OverflowError, "(34, 'Numerical result out of range')");
        return make_float(I, r);
    }
    default:
        return Value::not_implemented();
    }
}

int int_compare(Value a, Value b) {
    int64_t x, y;
    if (small_of(a, &x) && small_of(b, &y)) return x < y ? -1 : x > y ? 1 : 0;
    BigInt ba = to_bigint(a), bb = to_bigint(b);
    return ba.compare(bb);
}

Cmp number_compare(Value a, Value b) {
    bool ai = is_int(a), bi = is_int(b);
    if (ai && bi) {
        int c = int_compare(a, b);
        return c < 0 ? Cmp::Less : c > 0 ? Cmp::Greater : Cmp::Equal;
    }
    auto fval = [](Value v) { return v.is_flonum() ? v.flonum() : v.as<FloatObj>()->value; };
    if (!ai && !bi) {
        double x = fval(a), y = fval(b);
        if (x < y) return Cmp::Less;
        if (x > y) return Cmp::Greater;
        if (x == y) return Cmp::Equal;
        return Cmp::Unordered;
    }
    // int vs float, exactly.
    double d = ai ? fval(b) : fval(a);
    Value iv = ai ? a : b;
    if (std::isnan(d)) return Cmp::Unordered;
    int c;
    int64_t s;
    if (small_of(iv, &s)) c = BigInt::compare_int64_double(s, d);
    else c = iv.as<BigIntObj>()->value.compare_double(d);
    if (!ai) c = -c;
    return c < 0 ? Cmp::Less : c > 0 ? Cmp::Greater : Cmp::Equal;
}

// ---------------------------------------------------------------- constructors

namespace {

Value int_from_string(ThreadState& ts, Value v, int base) {
    std::string_view text;
    std::string ascii;
    if (is_str(v)) {
        text = as_str(v)->view();
        if (!as_str(v)->ascii()) {
            // As CPython: Unicode decimal digits count as their ASCII digit and Unicode
            // spaces as a space; anything else non-ASCII makes the literal invalid.
            for (size_t i = 0; i < text.size();) {
                char32_t c = utf8_decode(text, i);
                int digit = numfmt::unicode_decimal_value(c);
                if (c < 128) ascii += char(c);
                else if (digit >= 0) ascii += char('0' + digit);
                else if (unicode::has(c, unicode::kSpace)) ascii += ' ';
                else ascii += '?';
            }
            text = ascii;
        }
    } else {
        text = bytes_view(v);
    }
    std::optional<BigInt> r;
    try {
        r = BigInt::parse(text, base, ts.interp.config.int_max_str_digits);
    } catch (const NumericError& e) {
        numeric_error(ts, e);
    }
    if (!r) {
        std::string shown = is_str(v) ? str_repr(as_str(v)->view()) : bytes_repr(text, is_bytearray(v));
        if (is_bytearray(v)) shown = "bytearray(" + shown + ")";
        value_error(ts, "invalid literal for int() with base {}: {}", base, shown);
    }
    return make_int(ts.interp, std::move(*r));
}

Value float_to_int(ThreadState& ts, double d) {
    if (std::isnan(d)) value_error(ts, "cannot convert float NaN to integer");
    if (std::isinf(d)) raise_msg(ts, ts.interp.exc.OverflowError, "cannot convert float infinity to integer");
    double t = std::trunc(d);
    if (std::fabs(t) < 4e18) return make_int(ts.interp, int64_t(t));
    return make_int(ts.interp, BigInt::from_double(t));
}

Value int_new(ThreadState& ts, TypeObj* cls, Value* args, size_t nargs, TupleObj* kwnames) {
    Args a(ts, "int", args, nargs, kwnames, {"x", "base"}, 0, 1);
    (void)cls;
    if (!a.has(0)) {
        if (a.has(1)) type_error(ts, "int() missing string argument");
        return Value::from_small(0);
    }
    Value x = a[0];
    if (a.has(1)) {
        int64_t base = index_int64(ts, a[1]);
        if (base != 0 && (base < 2 || base > 36)) value_error(ts, "int() base must be >= 2 and <= 36, or 0");
        if (!is_str(x) && !is_byteslike(x)) type_error(ts, "int() can't convert non-string with explicit base");
        return int_from_string(ts, x, int(base));
    }
    if (x.is_small() || is_bigint(x)) return x;
    if (x.is_bool()) return Value::from_small(x.is_true());
    if (is_float(x)) return float_to_int(ts, float_value(x));
    if (is_str(x) || is_byteslike(x)) return int_from_string(ts, x, 10);
    TypeObj* t = type_of(ts.interp, x);
    for (StrObj* name : {ts.interp.names.__int__, ts.interp.names.__index__, ts.interp.names.__trunc__}) {
        Value m = type_lookup(t, name);
        if (!m.is_null() && (t->tflags & TypeObj::kHeapType)) {
            Value r = call1(ts, m, x);
            if (!is_int(r))
                type_error(ts, "{} returned non-int (type {})", std::string(name->view()), type_name(ts.interp, r));
            return r.is_bool() ? Value::from_small(r.is_true()) : r;
        }
    }
    type_error(ts, "int() argument must be a string, a bytes-like object or a real number, not '{}'",
               type_name(ts.interp, x));
}

Value float_new(ThreadState& ts, TypeObj*, Value* args, size_t nargs, TupleObj* kwnames) {
    no_keywords(ts, "float", kwnames);
    check_count(ts, "float", nargs, 0, 1);
    if (nargs == 0) return make_float(ts.interp, 0.0);
    Value x = args[0];
    if (is_float(x)) return x;
    double d;
    if (is_int(x)) {
        to_double(ts, x, &d);
        return make_float(ts.interp, d);
    }
    if (is_str(x) || is_byteslike(x)) {
        std::string_view text = is_str(x) ? as_str(x)->view() : bytes_view(x);
        auto r = numfmt::parse_float(text);
        if (!r) {
            std::string shown = is_str(x) ? str_repr(text) : bytes_repr(text, is_bytearray(x));
            value_error(ts, "could not convert string to float: {}", shown);
        }
        return make_float(ts.interp, *r);
    }
    TypeObj* t = type_of(ts.interp, x);
    Value m = type_lookup(t, ts.interp.names.__float__);
    if (!m.is_null() && (t->tflags & TypeObj::kHeapType)) {
        Value r = call1(ts, m, x);
        if (!is_float(r)) type_error(ts, "{}.__float__ returned non-float (type {})", type_name(ts.interp, x), type_name(ts.interp, r));
        return r;
    }
    m = type_lookup(t, ts.interp.names.__index__);
    if (!m.is_null() && (t->tflags & TypeObj::kHeapType)) {
        Value r = index_value(ts, x);
        to_double(ts, r, &d);
        return make_float(ts.interp, d);
    }
    type_error(ts, "float() argument must be a string or a real number, not '{}'", type_name(ts.interp, x));
}

Value bool_new(ThreadState& ts, TypeObj*, Value* args, size_t nargs, TupleObj* kwnames) {
    no_keywords(ts, "bool", kwnames);
    check_count(ts, "bool", nargs, 0, 1);
    return Value::boolean(nargs == 1 && truthy(ts, args[0]));
}

// ---------------------------------------------------------------- int methods

Value self_int(ThreadState& ts, Value v, const char* name) {
    if (!is_int(v)) type_error(ts, "descriptor '{}' for 'int' objects doesn't apply to a '{}' object", name, type_name(ts.interp, v));
    return v.is_bool() ? Value::from_small(v.is_true()) : v;
}

Value int_bit_length(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    check_count(ts, "bit_length", nargs - 1, 0, 0);
    return Value::from_small(to_bigint(self_int(ts, args[0], "bit_length")).bit_length());
}
Value int_bit_count(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    check_count(ts, "bit_count", nargs - 1, 0, 0);
    return Value::from_small(to_bigint(self_int(ts, args[0], "bit_count")).bit_count());
}
Value int_conjugate(ThreadState& ts, Value* args, size_t, TupleObj*) { return self_int(ts, args[0], "conjugate"); }
Value int_index(ThreadState& ts, Value* args, size_t, TupleObj*) { return self_int(ts, args[0], "__index__"); }
Value int_float(ThreadState& ts, Value* args, size_t, TupleObj*) {
    double d;
    to_double(ts, self_int(ts, args[0], "__float__"), &d);
    return make_float(ts.interp, d);
}

ByteOrder parse_order(ThreadState& ts, Value v) {
    if (!is_str(v)) type_error(ts, "to_bytes() argument 'byteorder' must be str, not {}", type_name(ts.interp, v));
    std::string_view s = as_str(v)->view();
    if (s == "big") return ByteOrder::Big;
    if (s == "little") return ByteOrder::Little;
    value_error(ts, "byteorder must be either 'little' or 'big'");
}

Value int_to_bytes(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    Args a(ts, "to_bytes", args + 1, nargs - 1, kw, {"length", "byteorder", "signed"}, 0);
    Value self = self_int(ts, args[0], "to_bytes");
    int64_t length = a.has(0) ? index_int64(ts, a[0]) : 1;
    if (length < 0) value_error(ts, "length argument must be non-negative");
    ByteOrder order = a.has(1) ? parse_order(ts, a[1]) : ByteOrder::Big;
    bool is_signed = a.has(2) && truthy(ts, a[2]);
    try {
        return Value::from_obj(new_bytes(ts.interp, to_bigint(self).to_bytes(length, order, is_signed)));
    } catch (const NumericError& e) {
        numeric_error(ts, e);
    }
}

Value int_from_bytes(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    // classmethod: args[0] is the class
    Args a(ts, "from_bytes", args + 1, nargs - 1, kw, {"bytes", "byteorder", "signed"}, 1);
    std::string data = bytes_from_value(ts, a[0], "from_bytes");
    ByteOrder order = a.has(1) ? parse_order(ts, a[1]) : ByteOrder::Big;
    bool is_signed = a.has(2) && truthy(ts, a[2]);
    return make_int(ts.interp, BigInt::from_bytes(data, order, is_signed));
}

Value int_as_integer_ratio(ThreadState& ts, Value* args, size_t, TupleObj*) {
    return Value::from_obj(new_tuple(ts.interp, {self_int(ts, args[0], "as_integer_ratio"), Value::from_small(1)}));
}

Value int_round(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    check_count(ts, "__round__", nargs - 1, 0, 1);
    Value self = self_int(ts, args[0], "__round__");
    if (nargs < 2 || args[1].is_none()) return self;
    Value nd = index_value(ts, args[1]);
    try {
        return make_int(ts.interp, to_bigint(self).round_ndigits(to_bigint(nd)));
    } catch (const NumericError& e) {
        numeric_error(ts, e);
    }
}

Value int_format(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    check_count(ts, "__format__", nargs - 1, 1, 1);
    if (!is_str(args[1])) type_error(ts, "__format__() argument must be str, not {}", type_name(ts.interp, args[1]));
    return Value::from_obj(format_value(ts, args[0], as_str(args[1])));
}

Value int_get_real(ThreadState& ts, Value self) { return self_int(ts, self, "real"); }
Value int_get_imag(ThreadState&, Value) { return Value::from_small(0); }
Value int_get_denominator(ThreadState&, Value) { return Value::from_small(1); }

const MethodDef kIntMethods[] = {
    {"bit_length", int_bit_length, NativeFunctionObj::kMethod},
    {"bit_count", int_bit_count, NativeFunctionObj::kMethod},
    {"conjugate", int_conjugate, NativeFunctionObj::kMethod},
    {"to_bytes", int_to_bytes, NativeFunctionObj::kMethod},
    {"from_bytes", int_from_bytes, NativeFunctionObj::kClassMethod},
    {"as_integer_ratio", int_as_integer_ratio, NativeFunctionObj::kMethod},
    {"__index__", int_index, NativeFunctionObj::kMethod},
    {"__int__", int_index, NativeFunctionObj::kMethod},
    {"__trunc__", int_index, NativeFunctionObj::kMethod},
    {"__floor__", int_index, NativeFunctionObj::kMethod},
    {"__ceil__", int_index, NativeFunctionObj::kMethod},
    {"__float__", int_float, NativeFunctionObj::kMethod},
    {"__round__", int_round, NativeFunctionObj::kMethod},
    {"__format__", int_format, NativeFunctionObj::kMethod},
    {nullptr, nullptr},
};

// ---------------------------------------------------------------- float methods

double self_float(ThreadState& ts, Value v, const char* name) {
    if (!is_float(v)) type_error(ts, "descriptor '{}' for 'float' objects doesn't apply to a '{}' object", name, type_name(ts.interp, v));
    return float_value(v);
}

Value float_is_integer(ThreadState& ts, Value* args, size_t, TupleObj*) {
    double d = self_float(ts, args[0], "is_integer");
    return Value::boolean(std::isfinite(d) && d == std::floor(d));
}
Value float_as_integer_ratio(ThreadState& ts, Value* args, size_t, TupleObj*) {
    double d = self_float(ts, args[0], "as_integer_ratio");
    if (std::isinf(d)) raise_msg(ts, ts.interp.exc.OverflowError, "cannot convert Infinity to integer ratio");
    if (std::isnan(d)) value_error(ts, "cannot convert NaN to integer ratio");
    int e;
    double m = std::frexp(d, &e);
    for (int i = 0; i < 300 && m != std::floor(m); ++i) {
        m *= 2.0;
        --e;
    }
    BigInt num = BigInt::from_double(m), den(int64_t(1));
    if (e > 0) num = num.lshift(e);
    else den = den.lshift(-e);
    Interp& I = ts.interp;
    Value n = make_int(I, std::move(num));
    Value dv = make_int(I, std::move(den));
    return Value::from_obj(new_tuple(I, {n, dv}));
}
Value float_hex(ThreadState& ts, Value* args, size_t, TupleObj*) {
    return Value::from_obj(new_str(ts.interp, numfmt::float_hex(self_float(ts, args[0], "hex"))));
}
Value float_fromhex(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    check_count(ts, "fromhex", nargs - 1, 1, 1);
    StrObj* s = arg_str(ts, args[1], "fromhex");
    auto r = numfmt::float_fromhex(s->view());
    if (!r) value_error(ts, "invalid hexadecimal floating-point string");
    return make_float(ts.interp, *r);
}
Value float_conjugate(ThreadState& ts, Value* args, size_t, TupleObj*) {
    return make_float(ts.interp, self_float(ts, args[0], "conjugate"));
}
Value float_int(ThreadState& ts, Value* args, size_t, TupleObj*) { return float_to_int(ts, self_float(ts, args[0], "__int__")); }
Value float_floor(ThreadState& ts, Value* args, size_t, TupleObj*) {
    return float_to_int(ts, std::floor(self_float(ts, args[0], "__floor__")));
}
Value float_ceil(ThreadState& ts, Value* args, size_t, TupleObj*) {
    return float_to_int(ts, std::ceil(self_float(ts, args[0], "__ceil__")));
}
Value float_round(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    check_count(ts, "__round__", nargs - 1, 0, 1);
    double d = self_float(ts, args[0], "__round__");
    if (nargs < 2 || args[1].is_none()) {
        if (std::isnan(d)) value_error(ts, "cannot convert float NaN to integer");
        if (std::isinf(d)) raise_msg(ts, ts.interp.exc.OverflowError, "cannot convert float infinity to integer");
        return float_to_int(ts, numfmt::round_half_even(d));
    }
    int64_t nd = index_int64(ts, args[1]);
    try {
        return make_float(ts.interp, numfmt::round_double(d, nd));
    } catch (const NumericError& e) {
        numeric_error(ts, e);
    }
}
Value float_format(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    check_count(ts, "__format__", nargs - 1, 1, 1);
    if (!is_str(args[1])) type_error(ts, "__format__() argument must be str, not {}", type_name(ts.interp, args[1]));
    return Value::from_obj(format_value(ts, args[0], as_str(args[1])));
}
Value float_get_real(ThreadState& ts, Value self) { return make_float(ts.interp, self_float(ts, self, "real")); }
Value float_get_imag(ThreadState& ts, Value) { return make_float(ts.interp, 0.0); }

const MethodDef kFloatMethods[] = {
    {"is_integer", float_is_integer, NativeFunctionObj::kMethod},
    {"as_integer_ratio", float_as_integer_ratio, NativeFunctionObj::kMethod},
    {"hex", float_hex, NativeFunctionObj::kMethod},
    {"fromhex", float_fromhex, NativeFunctionObj::kClassMethod},
    {"conjugate", float_conjugate, NativeFunctionObj::kMethod},
    {"__int__", float_int, NativeFunctionObj::kMethod},
    {"__trunc__", float_int, NativeFunctionObj::kMethod},
    {"__floor__", float_floor, NativeFunctionObj::kMethod},
    {"__ceil__", float_ceil, NativeFunctionObj::kMethod},
    {"__round__", float_round, NativeFunctionObj::kMethod},
    {"__format__", float_format, NativeFunctionObj::kMethod},
    {nullptr, nullptr},
};

} // namespace

void init_number_types(Interp& I) {
    I.types.int_ = new_builtin_type(I, "int", ObjKind::BigInt, nullptr);
    I.types.int_->new_fn = int_new;
    add_methods(I, I.types.int_, kIntMethods);
    add_getset(I, I.types.int_, "real", int_get_real);
    add_getset(I, I.types.int_, "imag", int_get_imag);
    add_getset(I, I.types.int_, "numerator", int_get_real);
    add_getset(I, I.types.int_, "denominator", int_get_denominator);

    I.types.bool_ = new_builtin_type(I, "bool", ObjKind::BigInt, I.types.int_, 0);
    I.types.bool_->new_fn = bool_new;

    I.types.float_ = new_builtin_type(I, "float", ObjKind::Float, nullptr);
    I.types.float_->new_fn = float_new;
    add_methods(I, I.types.float_, kFloatMethods);
    add_getset(I, I.types.float_, "real", float_get_real);
    add_getset(I, I.types.float_, "imag", float_get_imag);

    I.float_neg_zero = I.heap.make<FloatObj>(I.types.float_, -0.0);
    I.float_inf = I.heap.make<FloatObj>(I.types.float_, HUGE_VAL);
    I.float_neg_inf = I.heap.make<FloatObj>(I.types.float_, -HUGE_VAL);
    I.float_nan = I.heap.make<FloatObj>(I.types.float_, std::nan(""));

    I.types.none = new_builtin_type(I, "NoneType", ObjKind::Instance, nullptr, 0);
    I.types.ellipsis = new_builtin_type(I, "ellipsis", ObjKind::Instance, nullptr, 0);
    I.types.not_implemented = new_builtin_type(I, "NotImplementedType", ObjKind::Instance, nullptr, 0);
}

} // namespace gilt
