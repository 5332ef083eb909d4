// Python's rules for turning numbers and text into strings and back: repr(float), the
// format() mini-language, printf-style %, float(str), round() and float.hex().
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// Design note
// -----------
// Everything here works on plain C++ values (double, int64_t, UTF-8 text, digit strings),
// so int, float, str, the % operator and str.format can share one implementation and it
// can be tested without the object model. Errors are thrown as gilt::NumericError
// (numeric_error.hpp) carrying CPython's exact message; the object layer turns them into
// Python exceptions. Allocation failure for absurd widths surfaces as std::bad_alloc or a
// NumericError of kind Memory (CPython raises MemoryError with no message).
//
// Arbitrary-precision ints never enter this file: the caller asks int_format_base() which
// base to render the magnitude in, renders it with its own big-int code, and passes the
// digit string to format_int_digits(). Every sign, prefix, grouping and padding rule lives
// here, so small and big ints format identically.
//
// Float digits come from std::to_chars (shortest round-trip, or correctly rounded to a
// precision; both agree with CPython's dtoa), and the layout around them - where the
// point goes, when to switch to an exponent, which zeros to pad or drop - follows the
// rules of CPython's float formatting so the output matches byte for byte.
//
// Widths and precisions count code points, not bytes. The 'n' presentation type uses the
// C locale (no grouping, '.' as the point), which is what CPython prints unless a program
// calls locale.setlocale().

namespace gilt::numfmt {

// ---- repr() / str() of a float --------------------------------------------------------

// Shortest digits that round-trip, laid out as Python does: scientific notation when the
// decimal exponent is < -4 or >= 16 ("1e-05", "1e+16"), otherwise positional with at
// least one digit after the point ("123.0"); "inf", "-inf", "nan", "-0.0".
std::string float_repr(double x);

// ---- the format() mini-language -------------------------------------------------------

// `type` when the spec has no presentation type. A real NUL type character is not the
// same thing: CPython rejects format(1, '\0') but not format(1, '').
inline constexpr char32_t kNoType = 0xFFFFFFFF;

// [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type], parsed but not
// yet resolved against an object type: defaults differ between numbers and strings (align
// '>' vs '<'; the '0' flag means '=' alignment only for numbers), so they are applied by
// the format_* functions.
struct FormatSpec {
    std::string fill;          // one code point as UTF-8; empty when not given
    char align = '\0';         // '<', '>', '=', '^', or '\0' when not given
    char sign = '\0';          // '+', '-', ' ', or '\0' when not given
    bool no_neg_zero = false;  // 'z': print negative zero (after rounding) as positive
    bool alternate = false;    // '#'
    bool zero_pad = false;     // a '0' just before the width (only when no fill was given)
    int64_t width = -1;        // -1 when not given
    char grouping = '\0';      // ',', '_', or '\0'
    int64_t precision = -1;    // -1 when not given
    char32_t type = kNoType;   // presentation type code point, or kNoType
};

// Parses a non-empty spec. `type_name` is the Python type of the object being formatted;
// it appears only in "Invalid format specifier '...' for object of type '...'". Throws
// ValueError for malformed specs, with CPython's messages ("Format specifier missing
// precision", "Cannot specify both ',' and '_'.", "Cannot specify ',' with 'n'.",
// "Too many decimal digits in format string", ...).
//
// An empty spec means str(obj) in CPython, for every type; callers should handle it
// before getting here (the convenience overloads below do so for exact int/float/str).
FormatSpec parse_format_spec(std::string_view spec, std::string_view type_name = "object");

// float.__format__ for a non-empty spec: types e E f F g G n % and none. `type_name`
// (float or a subclass name) only appears in "Unknown format code ..." messages.
std::string format_float(double x, const FormatSpec& spec, std::string_view type_name = "float");
// Parses and formats; an empty spec gives float_repr(x) (right for exact floats only: a
// subclass with its own __str__ must be formatted by calling str()).
std::string format_float(double x, std::string_view spec, std::string_view type_name = "float");

// What int.__format__ needs from its caller: the base to render the magnitude in (2, 8,
// 10 or 16), or 0 when the value must be converted to float and given to format_float
// (types e E f F g G %; the caller raises "int too large to convert to float" itself).
// 'c' and 'n' answer 10. Validates everything that does not depend on the value, so it
// throws the same errors, in the same order, as CPython: unknown type, precision given,
// 'z' given, sign or '#' with 'c'. `type_name` is "int", "bool" or a subclass name.
int int_format_base(const FormatSpec& spec, std::string_view type_name = "int");

// Lays out an int whose magnitude has already been rendered in base
// int_format_base(spec) (digits without sign or prefix, either letter case, "0" for zero).
// When that base is 0 (a float type) pass decimal digits: they are converted as float(int)
// does, correctly rounded, with OverflowError "int too large to convert to float".
// For 'c' the digits are decimal and name the code point; out of range raises
// OverflowError like CPython ("%c arg not in range(0x110000)", or "Python int too large to
// convert to C long" beyond 64 bits). Lone surrogates from 'c' come out as their 3-byte
// generalized UTF-8 form.
std::string format_int_digits(bool negative, std::string_view magnitude_digits, const FormatSpec& spec,
                              std::string_view type_name = "int");
// Convenience for ints that fit in 64 bits (float types included).
std::string format_int64(int64_t value, const FormatSpec& spec, std::string_view type_name = "int");
// Parses and formats; an empty spec gives the decimal form (exact int only: bool and
// subclasses give str(obj) for an empty spec, e.g. format(True, '') == 'True').
std::string format_int64(int64_t value, std::string_view spec, std::string_view type_name = "int");

// str.__format__ for a non-empty spec: only type 's' (or none); width and precision count
// code points. Rejects sign, 'z', '#', '=' and grouping with CPython's messages.
std::string format_str(std::string_view utf8, const FormatSpec& spec, std::string_view type_name = "str");
// Parses and formats; an empty spec returns the text unchanged.
std::string format_str(std::string_view utf8, std::string_view spec, std::string_view type_name = "str");

// ---- printf-style formatting (the % operator) -----------------------------------------

// One parsed %-conversion. The caller parses the format string (including '*' widths,
// "%(name)s" keys and the error messages for those) and converts the argument; these
// functions only render it. Passing a conversion a function does not handle is a bug in
// the caller and throws std::invalid_argument.
struct PercentSpec {
    bool left_adjust = false;  // '-'
    bool plus_sign = false;    // '+'
    bool space_sign = false;   // ' '
    bool alternate = false;    // '#'
    bool zero_pad = false;     // '0'
    int64_t width = -1;        // -1 when not given
    int64_t precision = -1;    // -1 when not given
    char conversion = 's';     // d i u o x X e E f F g G s r a c
};

// %e %E %f %F %g %G (default precision 6).
std::string percent_format_float(double x, const PercentSpec& spec);
// The base the magnitude must be rendered in for %d %i %u (10), %o (8), %x %X (16).
int percent_int_base(char conversion);
// %d %i %u %o %x %X for an int whose magnitude is rendered in percent_int_base(). '#'
// gives the 0o / 0x / 0X prefix; the precision is a minimum digit count. Throws
// OverflowError "precision too large" as CPython does for precisions above INT_MAX - 3.
std::string percent_format_int_digits(bool negative, std::string_view magnitude_digits, const PercentSpec& spec);
std::string percent_format_int64(int64_t value, const PercentSpec& spec);
// Width padding for an already converted %s %r %a %c argument; for s, r and a the
// precision truncates to that many code points (%c ignores it). Flags other than '-'
// have no effect here, as in CPython.
std::string percent_pad(std::string_view body, const PercentSpec& spec);

// ---- float(str) -----------------------------------------------------------------------

// What float(str) accepts: surrounding whitespace (including Unicode spaces), a sign,
// digits with an optional point and exponent, underscores only between digits, any
// Unicode decimal digits, and inf / infinity / nan in any case. Overflow gives +-inf and
// underflow +-0.0, as in CPython. Returns nullopt otherwise; the caller raises
// ValueError("could not convert string to float: " + repr(original)).
std::optional<double> parse_float(std::string_view utf8);

// The value of a Unicode decimal digit (category Nd: '0'-'9', '٣', '９', ...), or -1.
// int(str) accepts these digits too.
int unicode_decimal_value(char32_t cp);

// ---- round() --------------------------------------------------------------------------

// round(x, ndigits): x rounded half-to-even on its exact binary value to a multiple of
// 10**-ndigits (so round(2.675, 2) == 2.67). inf and nan come back unchanged, very large
// ndigits return x, very negative ones return a zero with x's sign. Throws OverflowError
// "rounded value too large to represent" (e.g. round(1.7e308, -308)). Callers clamp a huge
// int ndigits to the int64 range first, as CPython clamps to Py_ssize_t.
double round_double(double x, int64_t ndigits);

// round(x) with no ndigits: the nearest integral double, ties to even. The caller converts
// it to an int; for inf it must raise OverflowError("cannot convert float infinity to
// integer") and for nan ValueError("cannot convert float NaN to integer").
double round_half_even(double x);

// ---- float.hex() / float.fromhex() ----------------------------------------------------

// "0x1.8000000000000p+1" style: always 13 hex digits after the point; subnormals as
// "0x0.<digits>p-1022"; zeros as "0x0.0p+0" / "-0x0.0p+0"; inf/nan as repr.
std::string float_hex(double x);
// Parses what float.fromhex() accepts (optional 0x, optional point, optional p-exponent,
// inf/nan, ASCII whitespace around), rounding half-to-even. Returns nullopt for invalid
// text (the caller raises ValueError "invalid hexadecimal floating-point string"); throws
// OverflowError "hexadecimal value too large to represent as a float".
std::optional<double> float_fromhex(std::string_view text);

} // namespace gilt::numfmt
