// Unit tests for the 8-byte Value encoding: small ints, flonums, singletons, pointers.
#include <doctest/doctest.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

#include "core/value.hpp"
#include "objects/dict.hpp"
#include "objects/number.hpp"
#include "objects/tuple.hpp"
#include "support.hpp"

using gilt::Value;

namespace {

// Which doubles the encoding promises to keep unboxed: the exponent's top three bits
// are 011 or 100 (magnitude in [2**-255, 2**257)), except the one pattern whose
// rotation equals the +0.0 encoding, plus +0.0 itself.
bool expected_unboxed(double d) {
    uint64_t b = std::bit_cast<uint64_t>(d);
    if (b == 0) return true;
    unsigned top = unsigned(b >> 60) & 7;
    return (top == 3 || top == 4) && b != 0x3000000000000000ull;
}

uint64_t bits_of(double d) { return std::bit_cast<uint64_t>(d); }

// A deterministic stream of 64-bit patterns (splitmix64).
struct BitStream {
    uint64_t state;
    uint64_t next() {
        uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
};

// The kind bits of a word: exactly one of the four predicates must hold for any
// value other than null.
int kinds_claimed(Value v) {
    return int(v.is_small()) + int(v.is_flonum()) + int(v.is_special()) + int(v.is_obj());
}

} // namespace

TEST_CASE("small ints round-trip at the edges of the 63-bit range") {
    const int64_t samples[] = {0, 1, -1, 2, -2, 1000, -1000, INT32_MAX, INT32_MIN, int64_t(1) << 40,
                               -(int64_t(1) << 40), Value::kSmallMax, Value::kSmallMin, Value::kSmallMax - 1,
                               Value::kSmallMin + 1};
    for (int64_t n : samples) {
        CAPTURE(n);
        REQUIRE(Value::fits_small(n));
        Value v = Value::from_small(n);
        CHECK(v.is_small());
        CHECK(v.small() == n);
        CHECK(kinds_claimed(v) == 1);
        CHECK_FALSE(v.is_null());
        CHECK(v.bits() == ((uint64_t(n) << 1) | 1));
    }
    CHECK(Value::kSmallMax == (int64_t(1) << 62) - 1);
    CHECK(Value::kSmallMin == -(int64_t(1) << 62));
    CHECK_FALSE(Value::fits_small(Value::kSmallMax + 1));
    CHECK_FALSE(Value::fits_small(Value::kSmallMin - 1));
    CHECK_FALSE(Value::fits_small(INT64_MAX));
    CHECK_FALSE(Value::fits_small(INT64_MIN));
    // 0 is an int, not the null word.
    CHECK(Value::from_small(0).bits() == 1);
    CHECK(Value::from_small(0) != Value::null());
}

TEST_CASE("make_int boxes exactly the ints outside the small range") {
    gilt::test::Vm vm;
    auto check_boxed = [&](int64_t n, bool boxed) {
        CAPTURE(n);
        Value v = gilt::make_int(vm.I, n);
        CHECK(v.is_small() == !boxed);
        CHECK(gilt::is_bigint(v) == boxed);
        CHECK(gilt::is_int(v));
        CHECK(gilt::to_bigint(v).to_int64() == n);
    };
    check_boxed(Value::kSmallMax, false);
    check_boxed(Value::kSmallMin, false);
    check_boxed(Value::kSmallMax + 1, true);
    check_boxed(Value::kSmallMin - 1, true);
    check_boxed(INT64_MAX, true);
    check_boxed(INT64_MIN, true);
    // A big result that fits again is normalised back to a small int.
    Value back = gilt::make_int(vm.I, gilt::BigInt(Value::kSmallMax));
    CHECK(back.is_small());
    CHECK(back.small() == Value::kSmallMax);
}

TEST_CASE("the VM promotes small-int overflow of + - * to big ints, and demotes back") {
    gilt::test::Vm vm;
    vm.exec("M = 2**62 - 1\nN = -2**62\n");
    Value m = vm.global("M"), n = vm.global("N");
    REQUIRE(m.is_small());
    REQUIRE(n.is_small());
    CHECK(m.small() == Value::kSmallMax);
    CHECK(n.small() == Value::kSmallMin);

    struct Case {
        const char* expr;
        const char* repr;
        bool big;
    };
    const Case cases[] = {
        {"M + 1", "4611686018427387904", true},
        {"1 + M", "4611686018427387904", true},
        {"M + M", "9223372036854775806", true},
        {"N - 1", "-4611686018427387905", true},
        {"0 - N", "4611686018427387904", true},
        {"M - N", "9223372036854775807", true},
        {"N + N", "-9223372036854775808", true},
        {"M * 2", "9223372036854775806", true},
        {"N * -1", "4611686018427387904", true},
        {"N * N", "21267647932558653966460912964485513216", true},
        {"M * M", "21267647932558653957237540927630737409", true},
        {"-N", "4611686018427387904", true},
        {"abs(N)", "4611686018427387904", true},
        {"~(M + 1)", "-4611686018427387905", true},
        {"N // -1", "4611686018427387904", true},
        {"1 << 62", "4611686018427387904", true},
        {"M << 1", "9223372036854775806", true},
        {"2 ** 62", "4611686018427387904", true},
        // Results back inside the range are small again.
        {"M + 1 - 1", "4611686018427387903", false},
        {"(N - 1) + 1", "-4611686018427387904", false},
        {"(M * 4) // 4", "4611686018427387903", false},
        {"-(-N - 1) - 1", "-4611686018427387904", false},
        {"~N", "4611686018427387903", false},
        {"N * 1", "-4611686018427387904", false},
        {"N // 1", "-4611686018427387904", false},
        {"N % -1", "0", false},
        {"M + 0", "4611686018427387903", false},
        {"N - 0", "-4611686018427387904", false},
    };
    for (const Case& c : cases) {
        CAPTURE(c.expr);
        gilt::Rooted r(vm.ts, vm.eval(c.expr));
        CHECK(vm.repr_of(r) == c.repr);
        CHECK(gilt::is_bigint(r) == c.big);
        CHECK(Value(r).is_small() == !c.big);
    }
    // The in-place forms take the same paths.
    vm.exec("x = M\nx += 1\ny = N\ny -= 1\nz = M\nz *= 3\n");
    CHECK(gilt::is_bigint(vm.global("x")));
    CHECK(vm.eval_repr("x") == "4611686018427387904");
    CHECK(vm.eval_repr("y") == "-4611686018427387905");
    CHECK(vm.eval_repr("z") == "13835058055282163709");
    // Mixed small/big equality and hashing agree with the value, not the encoding.
    CHECK(vm.eval_repr("(M + 1) - 1 == M") == "True");
    CHECK(vm.eval_repr("hash(M + 1) == hash(2 ** 62)") == "True");
    CHECK(vm.eval_repr("{M + 1: 'a'}[2 ** 62]") == "'a'");
}

TEST_CASE("doubles in the unboxed range round-trip through flonums bit for bit") {
    gilt::test::Vm vm;
    const double two_m255 = std::ldexp(1.0, -255);
    const double two_257 = std::ldexp(1.0, 257);
    const double samples[] = {1.0, -1.0, 0.5, 2.0, 3.141592653589793, -2.718281828459045, 0.1, 1e10, -1e-10,
                              1e70, -1e70, 1e-70, 1e77, 1.5e-76, 123456789.125, std::nextafter(1.0, 2.0),
                              std::nextafter(1.0, 0.0), -two_m255, std::nextafter(two_m255, 1.0),
                              std::nextafter(-two_m255, -1.0), std::ldexp(1.0, 256), -std::ldexp(1.0, 256),
                              std::nextafter(two_257, 0.0), -std::nextafter(two_257, 0.0), 4611686018427387904.0};
    for (double d : samples) {
        CAPTURE(d);
        REQUIRE(expected_unboxed(d));
        Value v;
        REQUIRE(Value::try_flonum(d, v));
        CHECK(v.is_flonum());
        CHECK((v.bits() & 3) == 2);
        CHECK(kinds_claimed(v) == 1);
        CHECK(bits_of(v.flonum()) == bits_of(d));
        Value made = gilt::make_float(vm.I, d);
        CHECK(made == v); // unboxed: identity is the bit pattern
        CHECK(bits_of(gilt::float_value(made)) == bits_of(d));
    }
}

TEST_CASE("doubles outside the unboxed range are boxed and keep their exact bits") {
    gilt::test::Vm vm;
    const double two_m255 = std::ldexp(1.0, -255);
    const double two_257 = std::ldexp(1.0, 257);
    const double samples[] = {
        two_m255, // 0x3000000000000000: its rotation would be the +0.0 word
        std::nextafter(two_m255, 0.0), two_257, -two_257, 1e300, -1e300, 1e-300,
        std::numeric_limits<double>::max(), std::numeric_limits<double>::lowest(),
        std::numeric_limits<double>::min(),        // smallest normal
        std::numeric_limits<double>::denorm_min(), // smallest subnormal
        -std::numeric_limits<double>::denorm_min(), 1e-310, -4.9e-320,
    };
    for (double d : samples) {
        CAPTURE(d);
        REQUIRE_FALSE(expected_unboxed(d));
        Value v;
        CHECK_FALSE(Value::try_flonum(d, v));
        Value made = gilt::make_float(vm.I, d);
        CHECK(made.is_obj());
        CHECK(made.obj()->kind == gilt::ObjKind::Float);
        CHECK(gilt::is_float(made));
        CHECK(bits_of(gilt::float_value(made)) == bits_of(d));
    }
    // The collision pattern really is the one the header names.
    CHECK(bits_of(two_m255) == 0x3000000000000000ull);
}

TEST_CASE("zeros, infinities and NaNs") {
    gilt::test::Vm vm;
    // +0.0 has its own word; -0.0 is boxed, and shared.
    Value pz;
    REQUIRE(Value::try_flonum(0.0, pz));
    CHECK(pz.is_flonum());
    CHECK(pz.bits() != 0);
    CHECK(bits_of(pz.flonum()) == 0);
    CHECK_FALSE(std::signbit(pz.flonum()));

    Value nz = gilt::make_float(vm.I, -0.0);
    CHECK(nz.is_obj());
    CHECK(std::signbit(gilt::float_value(nz)));
    CHECK(gilt::float_value(nz) == 0.0);
    CHECK(nz == gilt::make_float(vm.I, -0.0)); // the interpreter's singleton

    const double inf = std::numeric_limits<double>::infinity();
    Value pinf = gilt::make_float(vm.I, inf), ninf = gilt::make_float(vm.I, -inf);
    CHECK(pinf.is_obj());
    CHECK(ninf.is_obj());
    CHECK(pinf != ninf);
    CHECK(gilt::float_value(pinf) == inf);
    CHECK(gilt::float_value(ninf) == -inf);
    CHECK(pinf == gilt::make_float(vm.I, inf));

    // NaNs are fresh objects (identity matters for `x in [x]`) and keep their payload.
    const double qnan = std::numeric_limits<double>::quiet_NaN();
    Value n1 = gilt::make_float(vm.I, qnan), n2 = gilt::make_float(vm.I, qnan);
    CHECK(n1.is_obj());
    CHECK(n1 != n2);
    const double payload = std::bit_cast<double>(0x7FF8000000000123ull);
    CHECK(bits_of(gilt::float_value(gilt::make_float(vm.I, payload))) == 0x7FF8000000000123ull);
    const double negative_nan = std::bit_cast<double>(0xFFF8000000000000ull);
    CHECK(bits_of(gilt::float_value(gilt::make_float(vm.I, negative_nan))) == 0xFFF8000000000000ull);

    // The script sees CPython's behaviour.
    CHECK(vm.eval_repr("(-0.0, 0.0, 1e300 * 1e300, -1e300 * 1e300)") == "(-0.0, 0.0, inf, -inf)");
    CHECK(vm.eval_repr("__import__('math').copysign(1.0, -0.0)") == "-1.0");
    CHECK(vm.eval_repr("float('nan') == float('nan')") == "False");
    CHECK(vm.eval_repr("[x := float('nan')].count(x)") == "1");
    CHECK(vm.eval_repr("-0.0 == 0.0") == "True");
    CHECK(vm.eval_repr("2.0 ** -255") == "1.727233711018889e-77");
    CHECK(vm.eval_repr("2.0 ** -255 / 2 * 2 == 2.0 ** -255") == "True");
    CHECK(vm.eval_repr("5e-324 / 2") == "0.0");
}

TEST_CASE("a sweep of bit patterns: boxed exactly when the encoding says so, exact either way") {
    gilt::test::Vm vm;
    BitStream bits{20240607};
    int unboxed = 0, boxed = 0;
    for (int i = 0; i < 20000; ++i) {
        uint64_t b = bits.next();
        // Bias half the samples into the interesting exponent band and its edges.
        if (i % 2) b = (b & 0x800FFFFFFFFFFFFFull) | (uint64_t(0x2F0 + (bits.next() % 0x220)) << 52);
        double d = std::bit_cast<double>(b);
        Value v = gilt::make_float(vm.I, d);
        bool flonum = v.is_flonum();
        if (flonum != expected_unboxed(d)) {
            FAIL_CHECK("bits " << std::hex << b << ": flonum=" << flonum);
            break;
        }
        (flonum ? unboxed : boxed) += 1;
        uint64_t back = bits_of(gilt::float_value(v));
        if (back != b) {
            FAIL_CHECK("bits " << std::hex << b << " came back as " << back);
            break;
        }
        if (i % 512 == 0) vm.I.heap.collect(); // keep the boxed ones from piling up
    }
    CHECK(unboxed > 5000);
    CHECK(boxed > 5000);
}

TEST_CASE("singletons are distinct words that are neither ints, floats nor pointers") {
    const Value all[] = {Value::none(), Value::true_(), Value::false_(), Value::ellipsis(),
                         Value::not_implemented(), Value::unbound()};
    for (size_t i = 0; i < std::size(all); ++i) {
        CAPTURE(i);
        CHECK(all[i].is_special());
        CHECK(kinds_claimed(all[i]) == 1);
        CHECK_FALSE(all[i].is_null());
        CHECK(bool(all[i]));
        for (size_t j = i + 1; j < std::size(all); ++j) CHECK(all[i] != all[j]);
    }
    CHECK(Value::boolean(true) == Value::true_());
    CHECK(Value::boolean(false) == Value::false_());
    CHECK(Value::true_().is_bool());
    CHECK(Value::false_().is_bool());
    CHECK_FALSE(Value::none().is_bool());
    CHECK(Value::true_().is_true());
    CHECK_FALSE(Value::false_().is_true());
    CHECK(Value::none().is_none());
    CHECK_FALSE(Value::from_small(0).is_none());
    CHECK(Value::unbound().is_unbound());
    CHECK_FALSE(Value::none().is_unbound());
    // Null is "no value": none of the kinds, and false in a boolean context.
    Value null;
    CHECK(null.is_null());
    CHECK_FALSE(bool(null));
    CHECK(kinds_claimed(null) == 0);
    CHECK(null == Value::null());
    // bools are ints to Python, but never small-int words.
    CHECK(gilt::is_int(Value::true_()));
    CHECK_FALSE(Value::true_().is_small());
}

TEST_CASE("heap pointers are 8-byte aligned words tagged 000") {
    gilt::test::Vm vm;
    std::vector<Value> made;
    gilt::RootedVector keep(vm.ts);
    for (size_t n = 0; n < 64; ++n) {
        // Odd sizes on purpose: trailing storage must not break the alignment.
        gilt::StrObj* s = gilt::new_str(vm.I, std::string(n, 'x'));
        gilt::TupleObj* t = gilt::new_tuple(vm.I, n % 7);
        for (Value v : {Value::from_obj(s), Value::from_obj(t)}) {
            CHECK((v.bits() & 7) == 0);
            CHECK(v.is_obj());
            CHECK(kinds_claimed(v) == 1);
            keep.items.push_back(v);
        }
        CHECK(Value::from_obj(s).obj() == s);
        CHECK(Value::from_obj(s).as<gilt::StrObj>()->view() == std::string(n, 'x'));
        CHECK(Value::from_obj(t).as<gilt::TupleObj>()->size == n % 7);
    }
    CHECK_FALSE(Value::from_obj(nullptr).is_obj());
    CHECK(Value::from_obj(nullptr).is_null());
    CHECK(gilt::is_kind(keep.items[0], gilt::ObjKind::Str));
    CHECK_FALSE(gilt::is_kind(Value::from_small(8), gilt::ObjKind::Str));
    CHECK_FALSE(gilt::is_kind(Value::none(), gilt::ObjKind::Str));
}
