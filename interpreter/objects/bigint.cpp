// BigInt: CPython 3.11 integer semantics (division, rounding, parsing, hashing) over GMP.
#include "bigint.hpp"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstring>
#include <stdexcept>

// A note on str input to int(): CPython passes an all-ASCII str straight to its byte-string
// parser, but first rewrites a str containing non-ASCII characters: each non-ASCII Unicode
// whitespace character becomes ' ', each non-ASCII decimal digit (category Nd) becomes the
// ASCII digit of the same value, and the first other non-ASCII character makes the
// literal invalid. ASCII characters are never rewritten, so '\x1c'..'\x1f' stay invalid.
// parse() implements the byte-string parser; the str layer, which owns the Unicode
// tables, does the rewriting. int(bytes) goes to parse() unchanged.

namespace gilt {

namespace {

using Kind = NumericError::Kind;

[[noreturn]] void throw_memory_error() {
    // CPython's MemoryError carries no message.
    throw NumericError(Kind::Memory, "");
}

// LLONG_MAX as CPython spells it in math-module messages.
constexpr const char* kLongLongMaxText = "9223372036854775807";

// The Mersenne prime 2**61 - 1 that CPython reduces numeric hashes by.
constexpr uint64_t kHashModulus = (uint64_t(1) << 61) - 1;

// Unsigned magnitude of an int64 without overflowing on INT64_MIN.
uint64_t magnitude_of(int64_t v) { return v < 0 ? uint64_t(0) - uint64_t(v) : uint64_t(v); }

// A read-only mpz that views an int64 held on the stack, so mixed big/small operations
// need no heap allocation for the small operand. Not copyable: the mpz points at `limb_`.
class Int64View {
public:
    explicit Int64View(int64_t v) : limb_(magnitude_of(v)) {
        mp_size_t size = v == 0 ? 0 : (v < 0 ? -1 : 1);
        mpz_roinit_n(view_, &limb_, size);
    }
    Int64View(const Int64View&) = delete;
    Int64View& operator=(const Int64View&) = delete;
    mpz_srcptr get() const { return view_; }

private:
    mp_limb_t limb_;
    mpz_t view_;
};

// A read-only mpz over the absolute value of another mpz, sharing its limbs (no copy).
class AbsView {
public:
    explicit AbsView(mpz_srcptr x) {
        mpz_roinit_n(view_, mpz_limbs_read(x), static_cast<mp_size_t>(mpz_size(x)));
    }
    AbsView(const AbsView&) = delete;
    AbsView& operator=(const AbsView&) = delete;
    mpz_srcptr get() const { return view_; }

private:
    mpz_t view_;
};

uint64_t bit_length_of(mpz_srcptr x) { return mpz_sgn(x) == 0 ? 0 : mpz_sizeinbase(x, 2); }

// std::bit_width returns the unsigned operand type in some standard libraries; a signed
// result keeps mixed arithmetic with negative exponents honest.
int64_t bit_width_of(uint64_t v) { return static_cast<int64_t>(std::bit_width(v)); }

void check_result_bits(long double bits) {
    if (bits > static_cast<long double>(BigInt::kMaxBits)) throw_memory_error();
}

// Bits [shift, shift + 64) of |x|, for callers that know |x| < 2**(shift + 64).
uint64_t magnitude_bits_from(mpz_srcptr x, uint64_t shift) {
    size_t index = shift / 64;
    unsigned offset = shift % 64;
    uint64_t low = index < mpz_size(x) ? mpz_getlimbn(x, index) : 0;
    if (offset == 0) return low;
    uint64_t high = index + 1 < mpz_size(x) ? mpz_getlimbn(x, index + 1) : 0;
    return (low >> offset) | (high << (64 - offset));
}

// Rounds (q + f) * 2**scale to the nearest double, ties to even, where q < 2**64 is an
// integer and 0 <= f < 1 with f > 0 exactly when `inexact`. Precondition: when inexact,
// at least one bit of q lies below the rounding position, so f only ever acts as a sticky
// bit (true whenever q has at least 54 significant bits). Returns false on overflow.
bool round_scaled_to_double(uint64_t q, bool inexact, int64_t scale, double* out) {
    if (q == 0) {
        *out = 0.0;
        return true;
    }
    int64_t top_bit = scale + bit_width_of(q) - 1;
    // The weight of the last mantissa bit: 53 significant bits, but never finer than
    // the smallest subnormal.
    int64_t unit = std::max<int64_t>(top_bit - 52, -1074);
    int64_t dropped = unit - scale;  // low bits of q that do not fit the mantissa
    uint64_t kept;
    if (dropped <= 0) {
        kept = q;  // exact: q has at most 53 bits
        unit = scale;
    } else if (dropped > 64) {
        kept = 0;  // below half of the smallest representable step
    } else if (dropped == 64) {
        uint64_t half = uint64_t(1) << 63;
        kept = (q > half || (q == half && inexact)) ? 1 : 0;
    } else {
        uint64_t rest = q & ((uint64_t(1) << dropped) - 1);
        uint64_t half = uint64_t(1) << (dropped - 1);
        kept = q >> dropped;
        if (rest > half || (rest == half && (inexact || (kept & 1)))) ++kept;
    }
    if (kept == 0) {
        *out = 0.0;
        return true;
    }
    if (bit_width_of(kept) + unit > 1024) return false;  // >= 2**1024
    *out = std::ldexp(static_cast<double>(kept), static_cast<int>(unit));  // exact
    return true;
}

// The top bits of |x| as (q, inexact, scale) in the form round_scaled_to_double wants.
void leading_bits(mpz_srcptr x, uint64_t* q, bool* inexact, int64_t* scale) {
    uint64_t length = bit_length_of(x);
    if (length <= 64) {
        *q = mpz_size(x) ? mpz_getlimbn(x, 0) : 0;
        *inexact = false;
        *scale = 0;
        return;
    }
    uint64_t shift = length - 64;
    *q = magnitude_bits_from(x, shift);
    *inexact = mpz_scan1(x, 0) < shift;
    *scale = static_cast<int64_t>(shift);
}

// Correctly rounded a / b (b != 0). Returns false when the quotient overflows a double.
bool divide_to_double(mpz_srcptr a, mpz_srcptr b, double* out) {
    bool negative = (mpz_sgn(a) < 0) != (mpz_sgn(b) < 0);
    if (mpz_sgn(a) == 0) {
        *out = negative ? -0.0 : 0.0;
        return true;
    }
    int64_t a_bits = static_cast<int64_t>(bit_length_of(a));
    int64_t b_bits = static_cast<int64_t>(bit_length_of(b));
    if (a_bits <= 53 && b_bits <= 53) {
        // Both convert exactly, and IEEE division rounds the quotient correctly.
        *out = mpz_get_d(a) / mpz_get_d(b);
        return true;
    }
    // |a/b| lies in [2**(diff-1), 2**(diff+1)).
    int64_t diff = a_bits - b_bits;
    if (diff > 1025) return false;
    if (diff < -1076) {
        *out = negative ? -0.0 : 0.0;  // below half the smallest subnormal
        return true;
    }
    // Scale so that the integer quotient has 63 or 64 bits, but no more precision than
    // two bits below the smallest subnormal is ever needed.
    int64_t scale = std::max<int64_t>(diff - 63, -1076);
    AbsView abs_a(a), abs_b(b);
    mpz_t numerator, denominator, quotient, remainder;
    mpz_inits(numerator, denominator, quotient, remainder, nullptr);
    if (scale >= 0) {
        mpz_set(numerator, abs_a.get());
        mpz_mul_2exp(denominator, abs_b.get(), static_cast<mp_bitcnt_t>(scale));
    } else {
        mpz_mul_2exp(numerator, abs_a.get(), static_cast<mp_bitcnt_t>(-scale));
        mpz_set(denominator, abs_b.get());
    }
    mpz_tdiv_qr(quotient, remainder, numerator, denominator);
    uint64_t q = mpz_getlimbn(quotient, 0);  // < 2**64 by the choice of scale
    bool inexact = mpz_sgn(remainder) != 0;
    mpz_clears(numerator, denominator, quotient, remainder, nullptr);
    double magnitude;
    if (!round_scaled_to_double(q, inexact, scale, &magnitude)) return false;
    *out = negative ? -magnitude : magnitude;
    return true;
}

std::string max_str_digits_to_str_message(int64_t limit) {
    return "Exceeds the limit (" + std::to_string(limit) +
           " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit";
}

std::string max_str_digits_to_int_message(int64_t limit, int64_t digits) {
    return "Exceeds the limit (" + std::to_string(limit) + " digits) for integer string conversion: value has " +
           std::to_string(digits) + " digits; use sys.set_int_max_str_digits() to increase the limit";
}

// Python's byte-string whitespace (Py_ISSPACE): ASCII only, and not \x1c..\x1f.
bool is_ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// Digit value in bases up to 36, or 99 for anything that is not a digit.
int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// log2(n!) for n < 2**64, accurate to far better than the MemoryError threshold needs.
long double log2_factorial(uint64_t n) {
    return std::lgamma(static_cast<long double>(n) + 1.0L) / std::log(2.0L);
}

long double log2_of(mpz_srcptr x) {
    long exponent;
    double mantissa = mpz_get_d_2exp(&exponent, x);
    return static_cast<long double>(exponent) + std::log2(static_cast<long double>(std::fabs(mantissa)));
}

} // namespace

// ---------------------------------------------------------------- queries

int64_t BigInt::bit_length() const noexcept { return static_cast<int64_t>(bit_length_of(value_)); }

int64_t BigInt::bit_count() const noexcept {
    size_t limbs = mpz_size(value_);
    if (limbs == 0) return 0;
    // mpz_popcount counts the infinite two's-complement form of negatives; Python counts
    // the absolute value, which is exactly the limb array.
    return static_cast<int64_t>(mpn_popcount(mpz_limbs_read(value_), static_cast<mp_size_t>(limbs)));
}

// ---------------------------------------------------------------- arithmetic

BigInt BigInt::add(const BigInt& a, const BigInt& b) {
    BigInt result;
    mpz_add(result.value_, a.value_, b.value_);
    return result;
}

BigInt BigInt::add(const BigInt& a, int64_t b) {
    BigInt result;
    Int64View small(b);
    mpz_add(result.value_, a.value_, small.get());
    return result;
}

BigInt BigInt::add(int64_t a, int64_t b) {
    int64_t sum;
    if (!__builtin_add_overflow(a, b, &sum)) return BigInt(sum);
    BigInt result;
    Int64View left(a), right(b);
    mpz_add(result.value_, left.get(), right.get());
    return result;
}

BigInt BigInt::sub(const BigInt& a, const BigInt& b) {
    BigInt result;
    mpz_sub(result.value_, a.value_, b.value_);
    return result;
}

BigInt BigInt::sub(const BigInt& a, int64_t b) {
    BigInt result;
    Int64View small(b);
    mpz_sub(result.value_, a.value_, small.get());
    return result;
}

BigInt BigInt::sub(int64_t a, const BigInt& b) {
    BigInt result;
    Int64View small(a);
    mpz_sub(result.value_, small.get(), b.value_);
    return result;
}

BigInt BigInt::sub(int64_t a, int64_t b) {
    int64_t difference;
    if (!__builtin_sub_overflow(a, b, &difference)) return BigInt(difference);
    BigInt result;
    Int64View left(a), right(b);
    mpz_sub(result.value_, left.get(), right.get());
    return result;
}

BigInt BigInt::mul(const BigInt& a, const BigInt& b) {
    check_result_bits(static_cast<long double>(bit_length_of(a.value_)) + bit_length_of(b.value_));
    BigInt result;
    mpz_mul(result.value_, a.value_, b.value_);
    return result;
}

BigInt BigInt::mul(const BigInt& a, int64_t b) {
    check_result_bits(static_cast<long double>(bit_length_of(a.value_)) + 64);
    BigInt result;
    mpz_mul_si(result.value_, a.value_, b);
    return result;
}

BigInt BigInt::mul(int64_t a, int64_t b) {
    int64_t product;
    if (!__builtin_mul_overflow(a, b, &product)) return BigInt(product);
    BigInt result;
    Int64View left(a), right(b);
    mpz_mul(result.value_, left.get(), right.get());
    return result;
}

BigInt BigInt::neg() const {
    BigInt result;
    mpz_neg(result.value_, value_);
    return result;
}

BigInt BigInt::abs() const {
    BigInt result;
    mpz_abs(result.value_, value_);
    return result;
}

// GMP's fdiv_* family rounds the quotient toward minus infinity, which is exactly
// Python's floor division, and leaves the remainder with the divisor's sign.
BigInt BigInt::floordiv(const BigInt& a, const BigInt& b) {
    if (b.is_zero()) throw NumericError(Kind::ZeroDivision, "integer division or modulo by zero");
    BigInt result;
    mpz_fdiv_q(result.value_, a.value_, b.value_);
    return result;
}

BigInt BigInt::mod(const BigInt& a, const BigInt& b) {
    if (b.is_zero()) throw NumericError(Kind::ZeroDivision, "integer modulo by zero");
    BigInt result;
    mpz_fdiv_r(result.value_, a.value_, b.value_);
    return result;
}

std::pair<BigInt, BigInt> BigInt::divmod(const BigInt& a, const BigInt& b) {
    if (b.is_zero()) throw NumericError(Kind::ZeroDivision, "integer division or modulo by zero");
    std::pair<BigInt, BigInt> result;
    mpz_fdiv_qr(result.first.value_, result.second.value_, a.value_, b.value_);
    return result;
}

double BigInt::true_divide(const BigInt& a, const BigInt& b) {
    if (b.is_zero()) throw NumericError(Kind::ZeroDivision, "division by zero");
    double out;
    if (!divide_to_double(a.value_, b.value_, &out))
        throw NumericError(Kind::Overflow, "integer division result too large for a float");
    return out;
}

double BigInt::true_divide(int64_t a, int64_t b) {
    if (b == 0) throw NumericError(Kind::ZeroDivision, "division by zero");
    constexpr uint64_t exact_limit = uint64_t(1) << 53;
    if (magnitude_of(a) <= exact_limit && magnitude_of(b) <= exact_limit)
        return static_cast<double>(a) / static_cast<double>(b);
    // Operands beyond 2**53 would be rounded on conversion: take the exact route.
    double out;
#ifdef __SIZEOF_INT128__
    // The same scaled quotient as divide_to_double, in a 128-bit word: |a/b| is at
    // least 2**-63, so no subnormal handling is needed, and shifting |a| so that the
    // quotient gets 63 or 64 bits needs at most bit_length(b) + 63 <= 127 bits.
    __extension__ typedef unsigned __int128 uint128;
    uint64_t numerator = magnitude_of(a), denominator = magnitude_of(b);
    if (numerator == 0) return (b < 0) ? -0.0 : 0.0;
    int64_t diff = bit_width_of(numerator) - bit_width_of(denominator);
    int64_t scale = diff - 63;  // always <= 0
    uint128 shifted = static_cast<uint128>(numerator) << (-scale);
    uint64_t q = static_cast<uint64_t>(shifted / denominator);
    bool inexact = shifted % denominator != 0;
    round_scaled_to_double(q, inexact, scale, &out);  // cannot overflow: |a/b| < 2**64
    return (a < 0) != (b < 0) ? -out : out;
#else
    Int64View left(a), right(b);
    divide_to_double(left.get(), right.get(), &out);  // cannot overflow: |a/b| < 2**64
    return out;
#endif
}

BigInt BigInt::pow(const BigInt& base, const BigInt& exp) {
    if (exp.is_negative()) throw std::invalid_argument("BigInt::pow: negative exponent");
    if (exp.is_zero()) return BigInt(1);
    if (base.is_zero()) return BigInt();
    if (mpz_cmpabs_ui(base.value_, 1) == 0) {
        // 1 and -1 stay small for any exponent, including ones too large for a word.
        return BigInt(base.is_negative() && exp.is_odd() ? -1 : 1);
    }
    // |base| >= 2, so an exponent beyond 64 bits means more than 2**64 result bits.
    if (!exp.fits_uint64()) throw_memory_error();
    uint64_t e = exp.to_uint64();
    check_result_bits(static_cast<long double>(e) * log2_of(base.value_));
    BigInt result;
    mpz_pow_ui(result.value_, base.value_, e);
    return result;
}

BigInt BigInt::pow_mod(const BigInt& base, const BigInt& exp, const BigInt& mod) {
    if (mod.is_zero()) throw NumericError(Kind::Value, "pow() 3rd argument cannot be 0");
    AbsView modulus(mod.value_);
    // Everything mod 1 is 0, even a base that has no inverse.
    if (mpz_cmp_ui(modulus.get(), 1) == 0) return BigInt();
    BigInt result;
    if (exp.is_negative()) {
        BigInt inverse;
        if (mpz_invert(inverse.value_, base.value_, modulus.get()) == 0)
            throw NumericError(Kind::Value, "base is not invertible for the given modulus");
        AbsView positive_exp(exp.value_);
        mpz_powm(result.value_, inverse.value_, positive_exp.get(), modulus.get());
    } else {
        mpz_powm(result.value_, base.value_, exp.value_, modulus.get());
    }
    // mpz_powm answers in [0, |mod|); Python's result has the sign of mod, as with %.
    if (mod.is_negative() && !result.is_zero()) mpz_sub(result.value_, result.value_, modulus.get());
    return result;
}

BigInt BigInt::lshift(int64_t count) const {
    if (count < 0) throw NumericError(Kind::Value, "negative shift count");
    if (is_zero()) return BigInt();
    check_result_bits(static_cast<long double>(bit_length_of(value_)) + static_cast<long double>(count));
    BigInt result;
    mpz_mul_2exp(result.value_, value_, static_cast<mp_bitcnt_t>(count));
    return result;
}

BigInt BigInt::lshift(const BigInt& count) const {
    if (count.is_negative()) throw NumericError(Kind::Value, "negative shift count");
    if (is_zero()) return BigInt();
    if (count.fits_int64()) return lshift(count.to_int64());
    // A count of 2**63 or more. CPython sizes the result in 30-bit digits: when the size
    // exceeds what its object header can express it raises OverflowError, otherwise the
    // allocation fails with MemoryError. Reproduce which one, on 64-bit CPython.
    constexpr uint64_t digit_bits = 30;
    constexpr uint64_t clipped_word_shift = (uint64_t(INT64_MAX)) / 4;  // PY_SSIZE_T_MAX / sizeof(digit)
    constexpr uint64_t max_digits = (uint64_t(INT64_MAX) - 24) / 4;       // MAX_LONG_DIGITS
    uint64_t old_digits = (bit_length_of(value_) + digit_bits - 1) / digit_bits;
    BigInt word_shift, bit_shift;
    mpz_fdiv_qr_ui(word_shift.value_, bit_shift.value_, count.value_, digit_bits);
    uint64_t new_digits;
    if (!word_shift.fits_uint64() || word_shift.to_uint64() >= clipped_word_shift) {
        new_digits = old_digits + clipped_word_shift;
    } else {
        new_digits = old_digits + word_shift.to_uint64() + (bit_shift.is_zero() ? 0 : 1);
    }
    if (new_digits > max_digits) throw NumericError(Kind::Overflow, "too many digits in integer");
    throw_memory_error();
}

BigInt BigInt::rshift(int64_t count) const {
    if (count < 0) throw NumericError(Kind::Value, "negative shift count");
    if (static_cast<uint64_t>(count) >= bit_length_of(value_)) return BigInt(is_negative() ? -1 : 0);
    BigInt result;
    mpz_fdiv_q_2exp(result.value_, value_, static_cast<mp_bitcnt_t>(count));
    return result;
}

BigInt BigInt::rshift(const BigInt& count) const {
    if (count.is_negative()) throw NumericError(Kind::Value, "negative shift count");
    if (!count.fits_int64()) return BigInt(is_negative() ? -1 : 0);
    return rshift(count.to_int64());
}

// mpz_and/ior/xor/com already define negatives as infinite two's complement, which is
// Python's model.
BigInt BigInt::bit_and(const BigInt& a, const BigInt& b) {
    BigInt result;
    mpz_and(result.value_, a.value_, b.value_);
    return result;
}

BigInt BigInt::bit_or(const BigInt& a, const BigInt& b) {
    BigInt result;
    mpz_ior(result.value_, a.value_, b.value_);
    return result;
}

BigInt BigInt::bit_xor(const BigInt& a, const BigInt& b) {
    BigInt result;
    mpz_xor(result.value_, a.value_, b.value_);
    return result;
}

BigInt BigInt::invert() const {
    BigInt result;
    mpz_com(result.value_, value_);
    return result;
}

// ---------------------------------------------------------------- comparisons

int BigInt::compare(const BigInt& other) const noexcept {
    int c = mpz_cmp(value_, other.value_);
    return (c > 0) - (c < 0);
}

int BigInt::compare(int64_t other) const noexcept {
    int c = mpz_cmp_si(value_, other);
    return (c > 0) - (c < 0);
}

// mpz_cmp_d compares against the double's exact value (fraction included) and accepts
// infinities, so no rounding happens on either side. It must never see a NaN: GMP
// raises SIGFPE for one.
int BigInt::compare_double(double d) const noexcept {
    if (std::isnan(d)) return kUnordered;
    int c = mpz_cmp_d(value_, d);
    return (c > 0) - (c < 0);
}

int BigInt::compare_int64_double(int64_t v, double d) noexcept {
    if (std::isnan(d)) return kUnordered;
    Int64View view(v);
    int c = mpz_cmp_d(view.get(), d);
    return (c > 0) - (c < 0);
}

// ---------------------------------------------------------------- conversions

// mpz_get_d truncates, but float(int) must round half to even.
double BigInt::to_double() const {
    if (mpz_size(value_) <= 1 && bit_length_of(value_) <= 53) return mpz_get_d(value_);
    uint64_t q;
    bool inexact;
    int64_t scale;
    leading_bits(value_, &q, &inexact, &scale);
    double magnitude;
    if (!round_scaled_to_double(q, inexact, scale, &magnitude))
        throw NumericError(Kind::Overflow, "int too large to convert to float");
    return is_negative() ? -magnitude : magnitude;
}

double BigInt::frexp(int64_t* exponent) const noexcept {
    if (is_zero()) {
        *exponent = 0;
        return 0.0;
    }
    uint64_t q;
    bool inexact;
    int64_t scale;
    leading_bits(value_, &q, &inexact, &scale);
    // Round q to 53 significant bits, half to even, with the lower bits as sticky.
    int q_bits = static_cast<int>(bit_width_of(q));
    uint64_t kept = q;
    if (q_bits > 53) {
        int dropped = q_bits - 53;
        uint64_t rest = q & ((uint64_t(1) << dropped) - 1);
        uint64_t half = uint64_t(1) << (dropped - 1);
        kept = q >> dropped;
        if (rest > half || (rest == half && (inexact || (kept & 1)))) ++kept;
    } else {
        kept <<= 53 - q_bits;
    }
    int64_t length = scale + q_bits;
    if (kept == (uint64_t(1) << 53)) {  // rounding carried into a new power of two
        kept >>= 1;
        ++length;
    }
    *exponent = length;
    double mantissa = std::ldexp(static_cast<double>(kept), -53);
    return is_negative() ? -mantissa : mantissa;
}

BigInt BigInt::from_double(double d) {
    if (std::isnan(d)) throw NumericError(Kind::Value, "cannot convert float NaN to integer");
    if (std::isinf(d)) throw NumericError(Kind::Overflow, "cannot convert float infinity to integer");
    BigInt result;
    mpz_set_d(result.value_, d);  // truncates toward zero, exactly; GMP traps on NaN/inf
    return result;
}

std::string BigInt::to_string(int base, int64_t max_str_digits) const {
    if (base < 2 || base > 36) throw std::invalid_argument("BigInt::to_string: base must be in 2..36");
    bool limited = base == 10 && max_str_digits > 0;
    if (base == 10 && mpz_size(value_) <= 1 && fits_int64()) {
        char buffer[24];
        auto end = std::to_chars(buffer, buffer + sizeof buffer, to_int64()).ptr;
        return std::string(buffer, end);  // at most 19 digits: always within any limit
    }
    size_t estimate = mpz_sizeinbase(value_, base);  // exact or one too many
    if (limited && static_cast<int64_t>(estimate) - 1 > max_str_digits)
        throw NumericError(Kind::Value, max_str_digits_to_str_message(max_str_digits));
    std::string text(estimate + 2, '\0');
    mpz_get_str(text.data(), base, value_);
    text.resize(std::strlen(text.c_str()));
    if (limited) {
        int64_t digits = static_cast<int64_t>(text.size()) - (is_negative() ? 1 : 0);
        if (digits > max_str_digits) throw NumericError(Kind::Value, max_str_digits_to_str_message(max_str_digits));
    }
    return text;
}

// Follows the steps of CPython's byte-string parser, in its order, because the order
// decides which error wins: e.g. too many digits followed by junk is the digit-limit
// ValueError, while a doubled or trailing underscore is an invalid literal.
std::optional<BigInt> BigInt::parse(std::string_view text, int base, int64_t max_str_digits) {
    if (base != 0 && (base < 2 || base > 36))
        throw NumericError(Kind::Value, "int() base must be >= 2 and <= 36, or 0");
    size_t n = text.size();
    size_t i = 0;
    auto at = [&](size_t k) { return k < n ? text[k] : '\0'; };

    while (i < n && is_ascii_space(text[i])) ++i;
    bool negative = false;
    if (at(i) == '+' || at(i) == '-') {
        negative = at(i) == '-';
        ++i;
    }
    // Base 0 reads the base from the prefix; without one, a leading zero is only
    // allowed when the whole number is zero (no C-style octal).
    bool only_zero_allowed = false;
    if (base == 0) {
        char marker = ascii_lower(at(i + 1));
        if (at(i) != '0') {
            base = 10;
        } else if (marker == 'x') {
            base = 16;
        } else if (marker == 'o') {
            base = 8;
        } else if (marker == 'b') {
            base = 2;
        } else {
            only_zero_allowed = true;
            base = 10;
        }
    }
    if (at(i) == '0') {
        char marker = ascii_lower(at(i + 1));
        if ((base == 16 && marker == 'x') || (base == 8 && marker == 'o') || (base == 2 && marker == 'b')) {
            i += 2;
            if (at(i) == '_') ++i;  // one underscore may follow the prefix
        }
    }
    if (at(i) == '_') return std::nullopt;

    // The run of digits, with single underscores between them.
    size_t run_begin = i;
    int64_t digits = 0;
    char previous = '\0';
    while (i < n) {
        char c = text[i];
        if (c == '_') {
            if (previous == '_') return std::nullopt;
        } else if (digit_value(c) < base) {
            ++digits;
        } else {
            break;
        }
        previous = c;
        ++i;
    }
    size_t run_end = i;
    if (previous == '_') return std::nullopt;

    bool power_of_two_base = (base & (base - 1)) == 0;
    if (!power_of_two_base && max_str_digits > 0 && digits > max_str_digits)
        throw NumericError(Kind::Value, max_str_digits_to_int_message(max_str_digits, digits));
    if (digits == 0) return std::nullopt;
    while (i < n && is_ascii_space(text[i])) ++i;
    if (i != n) return std::nullopt;

    std::string_view run = text.substr(run_begin, run_end - run_begin);
    if (only_zero_allowed) {
        bool all_zero = std::all_of(run.begin(), run.end(), [](char c) { return c == '0' || c == '_'; });
        if (!all_zero) return std::nullopt;
        return BigInt();
    }

    // Short numbers: accumulate in a word, which also covers every unboxed int.
    uint64_t accumulated = 0;
    bool fits_word = true;
    for (char c : run) {
        if (c == '_') continue;
        if (__builtin_mul_overflow(accumulated, uint64_t(base), &accumulated) ||
            __builtin_add_overflow(accumulated, uint64_t(digit_value(c)), &accumulated)) {
            fits_word = false;
            break;
        }
    }
    BigInt result;
    if (fits_word) {
        mpz_set_ui(result.value_, accumulated);
    } else {
        check_result_bits(static_cast<long double>(digits) * std::log2(static_cast<long double>(base)));
        std::string clean;
        clean.reserve(static_cast<size_t>(digits));
        for (char c : run)
            if (c != '_') clean.push_back(c);
        // GMP converts in subquadratic time and reads both letter cases for base <= 36.
        if (mpz_set_str(result.value_, clean.c_str(), base) != 0) return std::nullopt;
    }
    if (negative) mpz_neg(result.value_, result.value_);
    return result;
}

int64_t BigInt::hash() const noexcept {
    uint64_t residue = mpz_tdiv_ui(value_, kHashModulus);  // of |x|
    int64_t h = is_negative() ? -static_cast<int64_t>(residue) : static_cast<int64_t>(residue);
    return h == -1 ? -2 : h;  // -1 is reserved for "error" in CPython's C API
}

int64_t BigInt::hash_int64(int64_t v) noexcept {
    uint64_t residue = magnitude_of(v) % kHashModulus;
    int64_t h = v < 0 ? -static_cast<int64_t>(residue) : static_cast<int64_t>(residue);
    return h == -1 ? -2 : h;
}

std::string BigInt::to_bytes(int64_t length, ByteOrder order, bool is_signed) const {
    if (length < 0) throw NumericError(Kind::Value, "length argument must be non-negative");
    if (static_cast<uint64_t>(length) > kMaxBits / 8) throw_memory_error();
    if (!is_signed && is_negative()) throw NumericError(Kind::Overflow, "can't convert negative int to unsigned");
    uint64_t width = static_cast<uint64_t>(length) * 8;
    uint64_t bits = bit_length_of(value_);
    bool fits;
    if (!is_negative()) {
        fits = is_signed ? (width > 0 && bits <= width - 1) || bits == 0 : bits <= width;
    } else if (width == 0) {
        // CPython stores only the significant bits of the two's complement and -1 has
        // none, so (-1).to_bytes(0, signed=True) == b''.
        fits = mpz_cmp_si(value_, -1) == 0;
    } else {
        // Negative values fit when |x| <= 2**(width-1).
        fits = bits < width || (bits == width && mpz_scan1(value_, 0) == width - 1);
    }
    if (!fits) throw NumericError(Kind::Overflow, "int too big to convert");

    std::string out(static_cast<size_t>(length), '\0');
    if (length == 0 || is_zero()) return out;
    // Negative values are written as x + 2**width, which is their two's complement.
    BigInt encoded;
    mpz_fdiv_r_2exp(encoded.value_, value_, width);
    size_t used = (bit_length_of(encoded.value_) + 7) / 8;
    unsigned char* bytes = reinterpret_cast<unsigned char*>(out.data());
    if (order == ByteOrder::Big) {
        mpz_export(bytes + (out.size() - used), nullptr, 1, 1, 0, 0, encoded.value_);
    } else {
        mpz_export(bytes, nullptr, -1, 1, 0, 0, encoded.value_);
    }
    return out;
}

BigInt BigInt::from_bytes(std::string_view bytes, ByteOrder order, bool is_signed) {
    BigInt result;
    if (bytes.empty()) return result;
    if (bytes.size() > kMaxBits / 8) throw_memory_error();
    int word_order = order == ByteOrder::Big ? 1 : -1;
    mpz_import(result.value_, bytes.size(), word_order, 1, 0, 0, bytes.data());
    unsigned char most_significant = static_cast<unsigned char>(order == ByteOrder::Big ? bytes.front() : bytes.back());
    if (is_signed && most_significant >= 0x80) {
        // The sign bit is set: the value is the unsigned reading minus 2**width.
        BigInt offset;
        mpz_setbit(offset.value_, static_cast<mp_bitcnt_t>(bytes.size()) * 8);
        mpz_sub(result.value_, result.value_, offset.value_);
    }
    return result;
}

// ---------------------------------------------------------------- math helpers

BigInt BigInt::gcd(const BigInt& a, const BigInt& b) {
    BigInt result;
    mpz_gcd(result.value_, a.value_, b.value_);
    return result;
}

BigInt BigInt::lcm(const BigInt& a, const BigInt& b) {
    check_result_bits(static_cast<long double>(bit_length_of(a.value_)) + bit_length_of(b.value_));
    BigInt result;
    mpz_lcm(result.value_, a.value_, b.value_);
    return result;
}

BigInt BigInt::isqrt() const {
    if (is_negative()) throw NumericError(Kind::Value, "isqrt() argument must be nonnegative");
    BigInt result;
    mpz_sqrt(result.value_, value_);
    return result;
}

BigInt BigInt::factorial(const BigInt& n) {
    if (n.is_negative()) throw NumericError(Kind::Value, "factorial() not defined for negative values");
    if (!n.fits_int64())
        throw NumericError(Kind::Overflow, std::string("factorial() argument should not exceed ") + kLongLongMaxText);
    uint64_t count = n.to_uint64();
    check_result_bits(log2_factorial(count));
    BigInt result;
    mpz_fac_ui(result.value_, count);
    return result;
}

BigInt BigInt::comb(const BigInt& n, const BigInt& k) {
    if (n.is_negative()) throw NumericError(Kind::Value, "n must be a non-negative integer");
    if (k.is_negative()) throw NumericError(Kind::Value, "k must be a non-negative integer");
    BigInt rest = sub(n, k);
    if (rest.is_negative()) return BigInt();
    const BigInt& smaller = rest < k ? rest : k;  // C(n, k) == C(n, n - k)
    if (!smaller.fits_int64())
        throw NumericError(Kind::Overflow, std::string("min(n - k, k) must not exceed ") + kLongLongMaxText);
    uint64_t kk = smaller.to_uint64();
    if (kk == 0) return BigInt(1);
    if (kk == 1) return n;
    long double log2_result;
    if (n.fits_uint64()) {
        uint64_t nn = n.to_uint64();
        log2_result = log2_factorial(nn) - log2_factorial(kk) - log2_factorial(nn - kk);
    } else {
        // n >= 2**64: k * log2(n) - log2(k!) overestimates only by k * log2(n / (n-k+1)),
        // negligible here, and C(n, k) >= 2**k rules out every k > kMaxBits anyway.
        if (kk > kMaxBits) throw_memory_error();
        log2_result = static_cast<long double>(kk) * log2_of(n.value_) - log2_factorial(kk);
    }
    check_result_bits(log2_result);
    BigInt result;
    if (n.fits_uint64()) {
        mpz_bin_uiui(result.value_, n.to_uint64(), kk);
    } else {
        mpz_bin_ui(result.value_, n.value_, kk);
    }
    return result;
}

BigInt BigInt::perm(const BigInt& n, const BigInt& k) {
    if (n.is_negative()) throw NumericError(Kind::Value, "n must be a non-negative integer");
    if (k.is_negative()) throw NumericError(Kind::Value, "k must be a non-negative integer");
    if (k > n) return BigInt();
    if (!k.fits_int64()) throw NumericError(Kind::Overflow, std::string("k must not exceed ") + kLongLongMaxText);
    uint64_t kk = k.to_uint64();
    if (kk == 0) return BigInt(1);
    // perm(n, k) >= k! > 2**kMaxBits for such k.
    if (kk > kMaxBits) throw_memory_error();
    long double log2_result;
    if (n.fits_uint64()) {
        uint64_t nn = n.to_uint64();
        log2_result = log2_factorial(nn) - log2_factorial(nn - kk);
    } else {
        log2_result = static_cast<long double>(kk) * log2_of(n.value_);
    }
    check_result_bits(log2_result);
    // n! / (n-k)! == C(n, k) * k!, and GMP has fast routines for both factors.
    BigInt binomial, factorial_k;
    if (n.fits_uint64()) {
        mpz_bin_uiui(binomial.value_, n.to_uint64(), kk);
    } else {
        mpz_bin_ui(binomial.value_, n.value_, kk);
    }
    mpz_fac_ui(factorial_k.value_, kk);
    mpz_mul(binomial.value_, binomial.value_, factorial_k.value_);
    return binomial;
}

BigInt BigInt::round_ndigits(const BigInt& ndigits) const {
    if (!ndigits.is_negative()) return *this;
    BigInt unit = pow(BigInt(10), ndigits.neg());
    BigInt quotient, remainder;
    mpz_fdiv_qr(quotient.value_, remainder.value_, value_, unit.value_);
    // Round the quotient to nearest, ties to even, by comparing 2 * remainder to unit.
    mpz_mul_2exp(remainder.value_, remainder.value_, 1);
    int c = mpz_cmp(remainder.value_, unit.value_);
    if (c > 0 || (c == 0 && quotient.is_odd())) mpz_add_ui(quotient.value_, quotient.value_, 1);
    mpz_mul(quotient.value_, quotient.value_, unit.value_);
    return quotient;
}

} // namespace gilt
