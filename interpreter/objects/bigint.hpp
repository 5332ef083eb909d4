// Arbitrary-precision integers with CPython 3.11 int semantics, built on GMP's mpz_t.
#pragma once

#include <gmp.h>

#include <compare>
#include <concepts>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "numeric_error.hpp"

namespace gilt {

// Word-level code (limb access, the int64 fast paths) relies on 64-bit limbs and on
// `long` holding an int64_t, as on every LP64 target.
static_assert(GMP_NUMB_BITS == 64 && sizeof(long) == 8, "BigInt needs 64-bit GMP limbs and an LP64 platform");

// Byte order for int.to_bytes / int.from_bytes.
enum class ByteOrder { Big, Little };

// An integer of any size. Knows nothing about Python objects: errors are reported by
// throwing gilt::NumericError carrying CPython's exact exception type and message.
//
// Every value is kept below kMaxBits bits. GMP aborts the whole process when it cannot
// allocate or when a number outgrows its size field, so operations whose result would be
// larger are refused up front with MemoryError (CPython raises MemoryError in the same
// situations, only at a threshold that depends on the machine's memory).
class BigInt {
public:
    // CPython's default for sys.get_int_max_str_digits().
    static constexpr int64_t kDefaultMaxStrDigits = 4300;
    // The smallest non-zero limit sys.set_int_max_str_digits() accepts.
    static constexpr int64_t kMaxStrDigitsThreshold = 640;
    // Largest result, in bits, that an operation may produce (8 GiB of digits). Half of
    // what GMP can represent, so intermediate values never reach GMP's own limit.
    static constexpr uint64_t kMaxBits = uint64_t(1) << 36;

    // ---- lifetime
    BigInt() noexcept { mpz_init(value_); }  // zero; GMP >= 6.2 does not allocate here
    template <std::integral T>
    explicit BigInt(T value) {
        if constexpr (std::is_signed_v<T>) {
            mpz_init_set_si(value_, static_cast<long>(value));
        } else {
            mpz_init_set_ui(value_, static_cast<unsigned long>(value));
        }
    }
    BigInt(const BigInt& other) { mpz_init_set(value_, other.value_); }
    BigInt(BigInt&& other) noexcept {
        mpz_init(value_);
        mpz_swap(value_, other.value_);
    }
    BigInt& operator=(const BigInt& other) {
        if (this != &other) mpz_set(value_, other.value_);
        return *this;
    }
    BigInt& operator=(BigInt&& other) noexcept {
        mpz_swap(value_, other.value_);
        return *this;
    }
    ~BigInt() { mpz_clear(value_); }
    void swap(BigInt& other) noexcept { mpz_swap(value_, other.value_); }
    friend void swap(BigInt& a, BigInt& b) noexcept { a.swap(b); }

    // ---- queries
    int sign() const noexcept { return mpz_sgn(value_); }
    bool is_zero() const noexcept { return mpz_sgn(value_) == 0; }
    bool is_negative() const noexcept { return mpz_sgn(value_) < 0; }
    bool is_odd() const noexcept { return mpz_odd_p(value_) != 0; }
    // True when the value lies in [-2**(bits-1), 2**(bits-1)); bits >= 1. The object
    // layer calls fits_in_bits(63) to decide whether a result can be stored unboxed.
    bool fits_in_bits(int bits) const noexcept;
    bool fits_int64() const noexcept { return fits_in_bits(64); }
    int64_t to_int64() const noexcept;  // precondition: fits_int64()
    bool fits_uint64() const noexcept { return sign() >= 0 && mpz_size(value_) <= 1; }
    // precondition: fits_uint64()
    uint64_t to_uint64() const noexcept { return mpz_size(value_) ? mpz_getlimbn(value_, 0) : 0; }
    // int.bit_length(): bits in the absolute value, 0 for 0.
    int64_t bit_length() const noexcept;
    // int.bit_count(): set bits in the absolute value.
    int64_t bit_count() const noexcept;

    // ---- arithmetic, Python semantics. The int64 overloads avoid building a temporary
    // BigInt for an unboxed operand; the (int64, int64) ones are exact (no overflow).
    static BigInt add(const BigInt& a, const BigInt& b);
    static BigInt add(const BigInt& a, int64_t b);
    static BigInt add(int64_t a, int64_t b);
    static BigInt sub(const BigInt& a, const BigInt& b);
    static BigInt sub(const BigInt& a, int64_t b);
    static BigInt sub(int64_t a, const BigInt& b);
    static BigInt sub(int64_t a, int64_t b);
    static BigInt mul(const BigInt& a, const BigInt& b);
    static BigInt mul(const BigInt& a, int64_t b);
    static BigInt mul(int64_t a, int64_t b);
    BigInt neg() const;
    BigInt abs() const;
    // Floor division and the matching modulo (result takes the divisor's sign).
    // ZeroDivisionError on a zero divisor, with the message of //, % or divmod().
    static BigInt floordiv(const BigInt& a, const BigInt& b);
    static BigInt mod(const BigInt& a, const BigInt& b);
    static std::pair<BigInt, BigInt> divmod(const BigInt& a, const BigInt& b);
    // a / b correctly rounded (half to even) to a double, however large the operands.
    // ZeroDivisionError "division by zero"; OverflowError when the quotient is too large
    // for a float; results below the subnormal range round to a signed zero
    // (0 / negative gives -0.0, as in CPython).
    static double true_divide(const BigInt& a, const BigInt& b);
    static double true_divide(int64_t a, int64_t b);
    // base ** exp for exp >= 0 (a negative exp throws std::invalid_argument). For a
    // negative exponent CPython converts both operands to float and uses float power,
    // which is where "int too large to convert to float" and
    // "0.0 cannot be raised to a negative power" come from: the caller does that.
    static BigInt pow(const BigInt& base, const BigInt& exp);
    // pow(base, exp, mod), Python 3.8+: negative exp uses the modular inverse; the
    // result takes the sign of mod like %.
    static BigInt pow_mod(const BigInt& base, const BigInt& exp, const BigInt& mod);
    // << and >>: ValueError "negative shift count"; >> floors. The BigInt overloads take
    // shift counts of any size (CPython's OverflowError "too many digits in integer"
    // for left shifts it cannot even size).
    BigInt lshift(int64_t count) const;
    BigInt lshift(const BigInt& count) const;
    BigInt rshift(int64_t count) const;
    BigInt rshift(const BigInt& count) const;
    // &, |, ^, ~ on the infinite two's-complement representation.
    static BigInt bit_and(const BigInt& a, const BigInt& b);
    static BigInt bit_or(const BigInt& a, const BigInt& b);
    static BigInt bit_xor(const BigInt& a, const BigInt& b);
    BigInt invert() const;

    // ---- comparisons; each returns -1, 0 or 1
    int compare(const BigInt& other) const noexcept;
    int compare(int64_t other) const noexcept;
    // Exact comparison with a double (no rounding of either side); infinities allowed.
    // A NaN gives kUnordered, so callers must look for it before testing < 0 or > 0
    // (every int/NaN comparison is False except !=).
    static constexpr int kUnordered = 2;
    int compare_double(double d) const noexcept;
    static int compare_int64_double(int64_t v, double d) noexcept;
    friend bool operator==(const BigInt& a, const BigInt& b) noexcept { return mpz_cmp(a.value_, b.value_) == 0; }
    friend bool operator==(const BigInt& a, int64_t b) noexcept { return a.compare(b) == 0; }
    friend std::strong_ordering operator<=>(const BigInt& a, const BigInt& b) noexcept { return a.compare(b) <=> 0; }
    friend std::strong_ordering operator<=>(const BigInt& a, int64_t b) noexcept { return a.compare(b) <=> 0; }

    // ---- conversions
    // float(int): correctly rounded, half to even; OverflowError
    // "int too large to convert to float".
    double to_double() const;
    // Like frexp(float(self)) without the overflow: a mantissa in [0.5, 1) (negative for
    // negative values, 0 for 0) rounded to 53 bits, and the exponent. For math.log & co.
    double frexp(int64_t* exponent) const noexcept;
    // int(float): truncates toward zero. Infinity and NaN raise CPython's
    // OverflowError / ValueError, though the caller normally rules them out first.
    static BigInt from_double(double d);
    // Digits in base 2..36, lowercase, '-' for negatives, no prefix. max_str_digits is
    // sys.get_int_max_str_digits() (0 = unlimited) and applies to base 10 only.
    std::string to_string(int base = 10, int64_t max_str_digits = 0) const;
    // int(text, base) for base 0 or 2..36: whitespace around, a sign, the base prefix,
    // single underscores between digits. nullopt when the text is not a valid literal
    // (the caller raises "invalid literal for int() with base N: <repr>"). Throws
    // ValueError for a bad base and for more than max_str_digits digits in a base that
    // is not a power of two (0 = unlimited; otherwise it must be >= 640 as CPython
    // enforces). Only ASCII is understood: see the note in bigint.cpp about str input.
    static std::optional<BigInt> parse(std::string_view text, int base = 10, int64_t max_str_digits = 0);
    // hash(int): sign * (|x| mod (2**61 - 1)), with -1 replaced by -2.
    int64_t hash() const noexcept;
    static int64_t hash_int64(int64_t v) noexcept;
    // int.to_bytes(length, byteorder, signed=...) / int.from_bytes(...).
    std::string to_bytes(int64_t length, ByteOrder order, bool is_signed) const;
    static BigInt from_bytes(std::string_view bytes, ByteOrder order, bool is_signed);

    // ---- helpers for the math module and int methods, with CPython's errors
    static BigInt gcd(const BigInt& a, const BigInt& b);  // non-negative
    static BigInt lcm(const BigInt& a, const BigInt& b);  // non-negative
    BigInt isqrt() const;                                 // math.isqrt
    static BigInt factorial(const BigInt& n);             // math.factorial
    static BigInt comb(const BigInt& n, const BigInt& k); // math.comb
    static BigInt perm(const BigInt& n, const BigInt& k); // math.perm with k given
    // round(self, ndigits): self for ndigits >= 0, otherwise the nearest multiple of
    // 10**-ndigits with ties to even.
    BigInt round_ndigits(const BigInt& ndigits) const;

    // Direct access for code that wants to call GMP itself.
    mpz_srcptr raw() const noexcept { return value_; }
    mpz_ptr raw() noexcept { return value_; }

private:
    mpz_t value_;
};

inline bool BigInt::fits_in_bits(int bits) const noexcept {
    // Single-limb values (the usual case right after an overflow) need no bit scan.
    size_t limbs = mpz_size(value_);
    if (limbs == 0) return true;
    if (limbs == 1 && bits >= 65) return true;
    if (limbs == 1 && bits >= 1) {
        mp_limb_t magnitude = mpz_getlimbn(value_, 0);
        mp_limb_t half = mp_limb_t(1) << (bits - 1);  // 2**(bits-1), the bound that is hit
        return mpz_sgn(value_) > 0 ? magnitude < half : magnitude <= half;
    }
    if (bits <= 0) return false;
    int64_t length = bit_length();
    if (mpz_sgn(value_) > 0) return length <= bits - 1;
    // A negative value fits if |x| <= 2**(bits-1): shorter, or exactly that power of two.
    if (length < bits) return true;
    return length == bits && static_cast<int64_t>(mpz_scan1(value_, 0)) == bits - 1;
}

inline int64_t BigInt::to_int64() const noexcept {
    if (mpz_size(value_) == 0) return 0;
    uint64_t magnitude = mpz_getlimbn(value_, 0);
    // Unsigned negation keeps INT64_MIN (magnitude 2**63) well defined.
    return static_cast<int64_t>(mpz_sgn(value_) < 0 ? uint64_t(0) - magnitude : magnitude);
}

} // namespace gilt
