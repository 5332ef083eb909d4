// The 8-byte script value: small ints, most floats and the singletons live in the word itself.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>

namespace gilt {

struct Obj;

// Value representation: pointer tagging with "flonums".
//
// A value is one 64-bit word; the low bits say what it holds:
//
//   ...xxxx1   int: a 63-bit signed integer, stored as (n << 1) | 1
//   ...xxx10   float: a double whose exponent lies in a wide middle range, rotated so
//              that its three highest exponent bits land at the bottom (see below)
//   ...xx100   singleton: None, True, False, Ellipsis, NotImplemented, and the
//              interpreter-internal "unbound" marker, as (id << 3) | 4
//   ...xx000   pointer to a heap object (objects are 8-byte aligned); 0 is "no value"
//
// Why not NaN-boxing? It keeps every double unboxed but leaves only 48 bits for an
// unboxed int, and Python programs are int programs: the very first experiment users
// run (summing range(10**8)) passes 2**48 and would allocate on every addition. With
// this layout ints get 63 bits, int arithmetic is a tagged add with an overflow check,
// and floats with magnitude in [2**-255, 2**256) — every float a physics loop touches —
// are unboxed too. +0.0 has its own encoding; the rare others (-0.0, inf, nan, very
// large or tiny magnitudes) are boxed, and the interpreter keeps singletons for the
// common ones so they do not allocate either.
//
// Float encoding: take the double's bits b. Its bits 62..60 (top of the exponent) are
// 011 or 100 exactly when the magnitude is in the range above. Rotating left by three
// moves b63..b61 to bits 2..0 and b60 to bit 63; bits 1..0 then hold b62,b61, which are
// recoverable from b60 (they are its complement, twice), so we overwrite them with the
// tag 10. Decoding reverses it. One bit pattern (0x3000000000000000) would collide with
// the +0.0 encoding; it is boxed.
class Value {
public:
    constexpr Value() : bits_(0) {}
    static constexpr Value from_bits(uint64_t b) { return Value(b); }
    constexpr uint64_t bits() const { return bits_; }

    // ---- "no value" (used by native code for "absent", never visible to scripts)
    static constexpr Value null() { return Value(0); }
    constexpr bool is_null() const { return bits_ == 0; }
    explicit constexpr operator bool() const { return bits_ != 0; }

    // ---- small ints
    static constexpr int64_t kSmallMax = (int64_t(1) << 62) - 1;
    static constexpr int64_t kSmallMin = -(int64_t(1) << 62);
    static constexpr bool fits_small(int64_t v) { return v >= kSmallMin && v <= kSmallMax; }
    static constexpr Value from_small(int64_t v) { return Value((uint64_t(v) << 1) | 1); }
    constexpr bool is_small() const { return (bits_ & 1) != 0; }
    constexpr int64_t small() const { return int64_t(bits_) >> 1; }

    // ---- unboxed floats
    static bool try_flonum(double d, Value& out) {
        uint64_t b = std::bit_cast<uint64_t>(d);
        unsigned top = unsigned(b >> 60) & 7;
        if ((top == 3 || top == 4) && b != 0x3000000000000000ull) {
            out = Value((std::rotl(b, 3) & ~uint64_t(3)) | 2);
            return true;
        }
        if (b == 0) { // +0.0
            out = Value(kPositiveZero);
            return true;
        }
        return false;
    }
    constexpr bool is_flonum() const { return (bits_ & 3) == 2; }
    double flonum() const {
        if (bits_ == kPositiveZero) return 0.0;
        uint64_t b60 = bits_ >> 63;
        uint64_t restored = (2 - b60) | (bits_ & ~uint64_t(3));
        return std::bit_cast<double>(std::rotr(restored, 3));
    }

    // ---- singletons
    enum class Special : uint64_t { None = 1, False, True, Unbound, Ellipsis, NotImplemented };
    static constexpr Value special(Special s) { return Value((uint64_t(s) << 3) | 4); }
    constexpr bool is_special() const { return (bits_ & 7) == 4; }
    static constexpr Value none() { return special(Special::None); }
    static constexpr Value true_() { return special(Special::True); }
    static constexpr Value false_() { return special(Special::False); }
    static constexpr Value boolean(bool b) { return b ? true_() : false_(); }
    // A local variable slot that has not been assigned yet (UnboundLocalError on read).
    static constexpr Value unbound() { return special(Special::Unbound); }
    static constexpr Value ellipsis() { return special(Special::Ellipsis); }
    static constexpr Value not_implemented() { return special(Special::NotImplemented); }
    constexpr bool is_none() const { return bits_ == none().bits_; }
    constexpr bool is_bool() const { return bits_ == true_().bits_ || bits_ == false_().bits_; }
    constexpr bool is_true() const { return bits_ == true_().bits_; }
    constexpr bool is_unbound() const { return bits_ == unbound().bits_; }

    // ---- heap pointers
    static Value from_obj(const Obj* o) { return Value(reinterpret_cast<uint64_t>(o)); }
    constexpr bool is_obj() const { return (bits_ & 7) == 0 && bits_ != 0; }
    Obj* obj() const { return reinterpret_cast<Obj*>(bits_); }
    template <class T> T* as() const { return reinterpret_cast<T*>(bits_); }

    // Identity (`is`): the same word. Unboxed values with equal bits are the same value.
    friend constexpr bool operator==(Value a, Value b) { return a.bits_ == b.bits_; }

private:
    static constexpr uint64_t kPositiveZero = 0x8000000000000002ull;
    explicit constexpr Value(uint64_t b) : bits_(b) {}
    uint64_t bits_;
};

static_assert(sizeof(Value) == 8);

} // namespace gilt
