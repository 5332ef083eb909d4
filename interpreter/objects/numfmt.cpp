// Python's number and string formatting rules (see numfmt.hpp for the design).
#include "numfmt.hpp"

#include <algorithm>
#include <bit>
#include <charconv>
#include <climits>
#include <cmath>
#include <cstdio>
#include <limits>
#include <new>
#include <stdexcept>
#include <system_error>
#include <vector>

#include "core/utf8.hpp"
#include "numeric_error.hpp"

namespace gilt::numfmt {

namespace {

// ============================================================================ errors

[[noreturn]] void value_error(std::string message) {
    throw NumericError(NumericError::Kind::Value, std::move(message));
}

[[noreturn]] void overflow_error(std::string message) {
    throw NumericError(NumericError::Kind::Overflow, std::move(message));
}

[[noreturn]] void memory_error() { throw NumericError(NumericError::Kind::Memory, ""); }

// ============================================================================ UTF-8

// Decodes the code point at s[i] and advances i. Text comes from Python strs, which may
// hold lone surrogates in their 3-byte form, so those are accepted; a malformed byte is
// consumed on its own and reads as U+FFFD, which keeps code-point counts sensible.
char32_t decode_utf8(std::string_view s, size_t& i) {
    const auto lead = static_cast<unsigned char>(s[i]);
    if (lead < 0x80) {
        ++i;
        return lead;
    }
    size_t extra;
    char32_t cp;
    if ((lead & 0xE0) == 0xC0) {
        extra = 1;
        cp = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
        extra = 2;
        cp = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
        extra = 3;
        cp = lead & 0x07;
    } else {
        ++i;
        return 0xFFFD;
    }
    for (size_t k = 1; k <= extra; ++k) {
        if (i + k >= s.size() || (static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) {
            ++i;
            return 0xFFFD;
        }
        cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    }
    i += extra + 1;
    return cp;
}

size_t count_code_points(std::string_view s) {
    size_t count = 0;
    for (size_t i = 0; i < s.size(); ++count) decode_utf8(s, i);
    return count;
}

// Byte length of the first `n` code points of s (all of s if it is shorter).
size_t prefix_bytes(std::string_view s, size_t n) {
    size_t i = 0;
    for (size_t seen = 0; seen < n && i < s.size(); ++seen) decode_utf8(s, i);
    return i;
}

// No formatted result may exceed this (1 TiB). Asking the allocator for more only wastes
// time before the inevitable failure, and some allocators (sanitizers among them) abort
// instead of failing politely.
constexpr uint64_t kMaxResultBytes = uint64_t{1} << 40;

// Makes room for `extra` more bytes. CPython reports a failed allocation for an absurd
// width as MemoryError, so both "too long" and "no memory" become that.
void reserve_more(std::string& out, uint64_t extra) {
    if (extra > kMaxResultBytes || out.size() + extra > kMaxResultBytes) memory_error();
    try {
        out.reserve(out.size() + static_cast<size_t>(extra));
    } catch (const std::bad_alloc&) {
        memory_error();
    } catch (const std::length_error&) {
        memory_error();
    }
}

// Appends `count` copies of a (possibly multi-byte) fill character.
void append_fill(std::string& out, std::string_view fill, int64_t count) {
    if (count <= 0) return;
    if (static_cast<uint64_t>(count) > kMaxResultBytes / fill.size()) memory_error();
    reserve_more(out, static_cast<uint64_t>(count) * fill.size());
    if (fill.size() == 1) {
        out.append(static_cast<size_t>(count), fill[0]);
        return;
    }
    for (int64_t k = 0; k < count; ++k) out += fill;
}

// ============================================================================ Unicode tables

// Python accepts every Unicode decimal digit (category Nd) in float() and in format-spec
// widths. Nd digits come in runs of ten, 0 to 9, so a run is identified by its zero.
// (Unicode 14.0, the version CPython 3.11 uses.)
constexpr char32_t kDecimalZeros[] = {
    0x30,    0x660,   0x6f0,   0x7c0,   0x966,   0x9e6,   0xa66,   0xae6,   0xb66,   0xbe6,   0xc66,
    0xce6,   0xd66,   0xde6,   0xe50,   0xed0,   0xf20,   0x1040,  0x1090,  0x17e0,  0x1810,  0x1946,
    0x19d0,  0x1a80,  0x1a90,  0x1b50,  0x1bb0,  0x1c40,  0x1c50,  0xa620,  0xa8d0,  0xa900,  0xa9d0,
    0xa9f0,  0xaa50,  0xabf0,  0xff10,  0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0,
    0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60,
    0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
};

// The decimal value of a digit code point, or -1.
int decimal_value(char32_t cp) {
    if (cp >= '0' && cp <= '9') return static_cast<int>(cp - '0');
    const auto* after = std::upper_bound(std::begin(kDecimalZeros), std::end(kDecimalZeros), cp);
    if (after == std::begin(kDecimalZeros)) return -1;
    const char32_t zero = *(after - 1);
    return cp - zero < 10 ? static_cast<int>(cp - zero) : -1;
}

// Whitespace above ASCII per str.isspace(); float() treats these like a space.
bool is_non_ascii_space(char32_t cp) {
    switch (cp) {
    case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
        return true;
    default:
        return cp >= 0x2000 && cp <= 0x200A;
    }
}

// C's isspace() in the C locale: what CPython strips around numbers after mapping
// Unicode spaces to ' '.
bool is_ascii_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool equals_ignoring_case(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
    return true;
}

// ============================================================================ messages

// How CPython quotes a presentation type in messages: printable ASCII as itself, anything
// else as a bare hex escape ('\x0', '\x3b1').
std::string describe_type_code(char32_t type) {
    if (type > 32 && type < 128) return std::string(1, static_cast<char>(type));
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "\\x%x", static_cast<unsigned>(type));
    return buffer;
}

// CPython prints type names with "%.200s": at most 200 bytes, an incomplete trailing
// UTF-8 sequence becoming U+FFFD when decoded.
std::string clip_type_name(std::string_view name) {
    if (name.size() <= 200) return std::string(name);
    std::string clipped(name.substr(0, 200));
    size_t start = clipped.size();
    while (start > 0 && (static_cast<unsigned char>(clipped[start - 1]) & 0xC0) == 0x80) --start;
    if (start > 0) {
        --start; // the lead byte of the last sequence
        const auto lead = static_cast<unsigned char>(clipped[start]);
        const size_t need = lead < 0x80 ? 1 : (lead & 0xE0) == 0xC0 ? 2 : (lead & 0xF0) == 0xE0 ? 3 : 4;
        if (clipped.size() - start < need) {
            clipped.resize(start);
            clipped += "\xEF\xBF\xBD";
        }
    }
    return clipped;
}

[[noreturn]] void unknown_format_code(char32_t type, std::string_view type_name) {
    value_error("Unknown format code '" + describe_type_code(type) + "' for object of type '" +
                clip_type_name(type_name) + "'");
}

// ============================================================================ float digits

// The decimal digits of a non-negative finite double, value = 0.DIGITS x 10**point, with
// leading and trailing zeros removed (so a zero result is "0" with point 1). This is the
// shape CPython's formatting code works from; the layout functions below add back the
// zeros each presentation type wants.
struct DecimalDigits {
    std::string digits;
    int64_t point = 1;
};

enum class DigitMode {
    Shortest,    // fewest digits that read back as the same double
    Significant, // `count` significant digits, correctly rounded
    AfterPoint,  // `count` digits after the decimal point, correctly rounded
};

// An exactly represented double has at most 767 significant decimal digits and at most
// 1074 after the point; asking for more only appends zeros, which the caller pads anyway.
constexpr int kMaxSignificantDigits = 800;
constexpr int kMaxFractionDigits = 1100;

DecimalDigits decimal_digits(double magnitude, DigitMode mode, int64_t count) {
    char buffer[1600];
    std::to_chars_result result{};
    bool scientific = true;
    switch (mode) {
    case DigitMode::Shortest:
        result = std::to_chars(buffer, buffer + sizeof buffer, magnitude, std::chars_format::scientific);
        break;
    case DigitMode::Significant: {
        const auto digits = static_cast<int>(std::min<int64_t>(std::max<int64_t>(count, 1), kMaxSignificantDigits));
        result = std::to_chars(buffer, buffer + sizeof buffer, magnitude, std::chars_format::scientific, digits - 1);
        break;
    }
    case DigitMode::AfterPoint: {
        const auto digits = static_cast<int>(std::min<int64_t>(std::max<int64_t>(count, 0), kMaxFractionDigits));
        result = std::to_chars(buffer, buffer + sizeof buffer, magnitude, std::chars_format::fixed, digits);
        scientific = false;
        break;
    }
    }
    const std::string_view text(buffer, static_cast<size_t>(result.ptr - buffer));

    DecimalDigits out;
    size_t i = 0;
    int64_t digits_before_point = 0;
    bool seen_point = false;
    for (; i < text.size() && text[i] != 'e'; ++i) {
        if (text[i] == '.') {
            seen_point = true;
            continue;
        }
        out.digits += text[i];
        if (!seen_point) ++digits_before_point;
    }
    out.point = digits_before_point;
    if (scientific) {
        // "d.ddde+XX": one digit before the point, then the exponent.
        int exponent = 0;
        std::from_chars(text.data() + i + 1 + (text[i + 1] == '+' ? 1 : 0), text.data() + text.size(), exponent);
        out.point = 1 + exponent;
    }
    size_t leading = 0;
    while (leading < out.digits.size() && out.digits[leading] == '0') ++leading;
    out.digits.erase(0, leading);
    out.point -= static_cast<int64_t>(leading);
    while (!out.digits.empty() && out.digits.back() == '0') out.digits.pop_back();
    if (out.digits.empty()) {
        out.digits.assign(1, '0'); // assign(count, char): GCC 12 warns (falsely, -Wrestrict) on = "0"
        out.point = 1;
    }
    return out;
}

// Options for float_text, mirroring the knobs of Python's float-to-string conversion.
struct FloatTextOptions {
    bool alternate = false;       // '#': keep the point and trailing zeros
    bool add_dot_zero = false;    // make integral-looking fixed output end in ".0"
    bool no_negative_zero = false;
};

// Renders a double the way Python does for presentation code 'e', 'f', 'g' (uppercase
// variants too) and 'r' (repr). The result has a leading '-' when negative and never a
// '+'; padding, sign options and grouping are applied later.
std::string float_text(double x, char code, int64_t precision, const FloatTextOptions& options) {
    const bool upper = code == 'E' || code == 'F' || code == 'G';
    code = ascii_lower(code);
    if (std::isnan(x)) return upper ? "NAN" : "nan"; // Python never shows a sign on nan
    bool negative = std::signbit(x);
    if (std::isinf(x)) return std::string(negative ? "-" : "") + (upper ? "INF" : "inf");

    DecimalDigits decimal;
    switch (code) {
    case 'e':
        precision += 1; // digits after the point -> significant digits
        decimal = decimal_digits(std::fabs(x), DigitMode::Significant, precision);
        break;
    case 'f':
        decimal = decimal_digits(std::fabs(x), DigitMode::AfterPoint, precision);
        break;
    case 'g':
        if (precision == 0) precision = 1; // a zero-digit 'g' makes no sense; Python uses 1
        decimal = decimal_digits(std::fabs(x), DigitMode::Significant, precision);
        break;
    default: // 'r'
        decimal = decimal_digits(std::fabs(x), DigitMode::Shortest, 0);
        break;
    }
    if (options.no_negative_zero && negative && decimal.digits == "0") negative = false;

    const std::string& digits = decimal.digits;
    const auto digit_count = static_cast<int64_t>(digits.size());
    int64_t point = decimal.point;

    // Think of the digits as sitting in an infinite run of zeros; the output is the slice
    // [first, last) of that run with the point inserted, plus an exponent if one is used.
    bool use_exponent = false;
    int64_t last = digit_count;
    switch (code) {
    case 'e':
        use_exponent = true;
        last = precision;
        break;
    case 'f':
        last = point + precision;
        break;
    case 'g':
        // The plain default format (add_dot_zero) switches one digit earlier, because
        // the ".0" it appends would otherwise show more digits than were asked for.
        if (point <= -4 || point > (options.add_dot_zero ? precision - 1 : precision)) use_exponent = true;
        if (options.alternate) last = precision;
        break;
    default:
        // repr switches at 1e16: beyond that a 17-digit shortest form padded with zeros
        // would suggest precision that is not there.
        if (point <= -4 || point > 16) use_exponent = true;
        break;
    }
    int64_t exponent = 0;
    if (use_exponent) {
        exponent = point - 1;
        point = 1;
    }
    const int64_t first = point <= 0 ? point - 1 : 0;
    if (!use_exponent && options.add_dot_zero)
        last = std::max(last, point + 1);
    else
        last = std::max(last, point);

    std::string out;
    if (negative) out += '-';
    if (point <= 0) {
        out.append(static_cast<size_t>(point - first), '0');
        out += '.';
        out.append(static_cast<size_t>(-point), '0');
    } else {
        out.append(static_cast<size_t>(-first), '0');
    }
    if (point > 0 && point <= digit_count) {
        out.append(digits, 0, static_cast<size_t>(point));
        out += '.';
        out.append(digits, static_cast<size_t>(point));
    } else {
        out += digits;
    }
    if (digit_count < point) {
        out.append(static_cast<size_t>(point - digit_count), '0');
        out += '.';
        append_fill(out, "0", last - point);
    } else {
        append_fill(out, "0", last - digit_count);
    }
    if (out.back() == '.' && !options.alternate) out.pop_back();

    if (use_exponent) {
        out += upper ? 'E' : 'e';
        out += exponent < 0 ? '-' : '+';
        const int64_t magnitude = exponent < 0 ? -exponent : exponent;
        if (magnitude < 10) out += '0';
        out += std::to_string(magnitude);
    }
    return out;
}

// ============================================================================ number layout

// A number split the way the padding and grouping rules see it:
// [sign][prefix][digits][.][tail], where only `digits` is grouped and zero-padded.
struct NumberPieces {
    bool negative = false;
    std::string_view prefix;  // "0x" and friends
    std::string_view digits;  // integer digits (may be empty: "inf", a 'c' character)
    bool has_point = false;
    std::string_view tail;    // after the point: fraction, exponent, '%', or other text
};

// Splits Python-style float text ("-1234.5e+07%", "inf") into pieces.
NumberPieces split_float_text(std::string_view text) {
    NumberPieces pieces;
    size_t i = 0;
    if (!text.empty() && text[0] == '-') {
        pieces.negative = true;
        i = 1;
    }
    size_t digits_end = i;
    while (digits_end < text.size() && is_ascii_digit(text[digits_end])) ++digits_end;
    pieces.digits = text.substr(i, digits_end - i);
    if (digits_end < text.size() && text[digits_end] == '.') {
        pieces.has_point = true;
        ++digits_end;
    }
    pieces.tail = text.substr(digits_end);
    return pieces;
}

// Inserts `separator` between groups of `group_size` digits, counting from the right. When
// min_width is positive the digits are first widened with leading zeros, and the zeros
// are grouped too, so the result reaches min_width characters; a group boundary never
// lands at the very front, so the result can be one character wider ("0,000,001,234" for
// width 12). With no separator this is plain zero padding.
std::string group_digits(std::string_view digits, int64_t min_width, std::string_view separator,
                         int64_t group_size) {
    std::string out;
    if (separator.empty()) {
        append_fill(out, "0", min_width - static_cast<int64_t>(digits.size()));
        out += digits;
        return out;
    }
    if (static_cast<uint64_t>(std::max<int64_t>(min_width, 0)) > kMaxResultBytes / 2) memory_error();
    // Separators add at most one character per digit, so twice the width suffices.
    reserve_more(out, 2 * static_cast<uint64_t>(std::max<int64_t>(min_width, 0)) + 2 * digits.size());
    // Built back to front, one group at a time, then reversed.
    int64_t remaining = static_cast<int64_t>(digits.size());
    for (;;) {
        const int64_t length = std::min(group_size, std::max({remaining, min_width, int64_t{1}}));
        const int64_t taken = std::min(remaining, length);
        for (int64_t k = 1; k <= taken; ++k) out += digits[static_cast<size_t>(remaining - k)];
        out.append(static_cast<size_t>(length - taken), '0');
        remaining -= taken;
        min_width -= length;
        if (remaining <= 0 && min_width <= 0) break;
        out.append(separator.rbegin(), separator.rend());
        min_width -= static_cast<int64_t>(separator.size());
    }
    std::reverse(out.begin(), out.end());
    return out;
}

// Sign character for a number per the spec's sign option, or '\0' for none.
char sign_character(bool negative, char sign_option) {
    if (negative) return '-';
    if (sign_option == '+') return '+';
    if (sign_option == ' ') return ' ';
    return '\0';
}

std::string_view effective_fill(const FormatSpec& spec) {
    if (!spec.fill.empty()) return spec.fill;
    return spec.zero_pad ? "0" : " ";
}

// The '0' flag means sign-aware padding only for numbers (whose default is '>'); for
// strings it just selects '0' as the fill.
char effective_align(const FormatSpec& spec, char default_align) {
    if (spec.align != '\0') return spec.align;
    return spec.zero_pad && default_align == '>' ? '=' : default_align;
}

// Lays out the pieces in a field: [lpad][sign][prefix][spad][grouped digits][.][tail][rpad].
// Only one of the three paddings is ever non-empty. With fill '0' and '=' alignment the
// padding goes into the digits instead, so it is grouped like them.
std::string lay_out_number(const NumberPieces& pieces, const FormatSpec& spec, std::string_view separator,
                           int64_t group_size) {
    const std::string_view fill = effective_fill(spec);
    const char align = effective_align(spec, '>');
    const char sign = sign_character(pieces.negative, spec.sign);

    const int64_t fixed_width = (sign ? 1 : 0) + static_cast<int64_t>(pieces.prefix.size()) +
                                (pieces.has_point ? 1 : 0) + static_cast<int64_t>(count_code_points(pieces.tail));
    const int64_t min_digits_width = (fill == "0" && align == '=') ? spec.width - fixed_width : 0;
    std::string grouped;
    if (!pieces.digits.empty()) grouped = group_digits(pieces.digits, min_digits_width, separator, group_size);

    const int64_t padding = spec.width - (fixed_width + static_cast<int64_t>(grouped.size()));
    int64_t left = 0, inner = 0, right = 0;
    if (padding > 0) {
        switch (align) {
        case '<': right = padding; break;
        case '^': left = padding / 2; right = padding - left; break;
        case '=': inner = padding; break;
        default: left = padding; break;
        }
    }
    std::string out;
    append_fill(out, fill, left);
    if (sign) out += sign;
    out += pieces.prefix;
    append_fill(out, fill, inner);
    out += grouped;
    if (pieces.has_point) out += '.';
    out += pieces.tail;
    append_fill(out, fill, right);
    return out;
}

// ============================================================================ int helpers

bool is_float_type(char32_t type) {
    switch (type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
        return true;
    default:
        return false;
    }
}

// Digits without leading zeros, "0" for zero, in the letter case the type asks for.
std::string normalise_digits(std::string_view digits, bool upper) {
    size_t start = 0;
    while (start + 1 < digits.size() && digits[start] == '0') ++start;
    std::string out(digits.substr(start));
    if (out.empty()) out.assign(1, '0');
    for (char& c : out) {
        if (upper && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        if (!upper && c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

// Decimal digits of a (possibly huge) int to double, rounded correctly as float(int) is.
double decimal_digits_to_double(bool negative, std::string_view digits) {
    double value = 0.0;
    const auto result = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (result.ec == std::errc::result_out_of_range) overflow_error("int too large to convert to float");
    if (result.ec != std::errc() || result.ptr != digits.data() + digits.size())
        throw std::invalid_argument("numfmt: magnitude digits must be decimal here");
    return negative ? -value : value;
}

std::string magnitude_in_base(uint64_t magnitude, int base) {
    char buffer[72];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, magnitude, base);
    return std::string(buffer, result.ptr);
}

uint64_t magnitude_of(int64_t value) {
    return value < 0 ? uint64_t{0} - static_cast<uint64_t>(value) : static_cast<uint64_t>(value);
}

} // namespace

// ============================================================================ public: floats

std::string float_repr(double x) {
    FloatTextOptions options;
    options.add_dot_zero = true;
    return float_text(x, 'r', 0, options);
}

FormatSpec parse_format_spec(std::string_view text, std::string_view type_name) {
    // Work in code points (the fill and the type may be any character), remembering where
    // each starts so the fill keeps its original bytes.
    std::vector<char32_t> cps;
    std::vector<size_t> starts;
    for (size_t i = 0; i < text.size();) {
        starts.push_back(i);
        cps.push_back(decode_utf8(text, i));
    }
    starts.push_back(text.size());
    const size_t end = cps.size();
    size_t pos = 0;

    const auto is_align = [](char32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; };
    FormatSpec spec;
    if (end - pos >= 2 && is_align(cps[pos + 1])) {
        spec.fill = std::string(text.substr(starts[pos], starts[pos + 1] - starts[pos]));
        spec.align = static_cast<char>(cps[pos + 1]);
        pos += 2;
    } else if (end - pos >= 1 && is_align(cps[pos])) {
        spec.align = static_cast<char>(cps[pos]);
        pos += 1;
    }
    if (pos < end && (cps[pos] == '+' || cps[pos] == '-' || cps[pos] == ' ')) spec.sign = static_cast<char>(cps[pos++]);
    if (pos < end && cps[pos] == 'z') {
        spec.no_neg_zero = true;
        ++pos;
    }
    if (pos < end && cps[pos] == '#') {
        spec.alternate = true;
        ++pos;
    }
    // A leading '0' is a flag only when no explicit fill was given; after a fill it is
    // simply the first digit of the width.
    if (spec.fill.empty() && pos < end && cps[pos] == '0') {
        spec.zero_pad = true;
        ++pos;
    }

    // Widths and precisions may use any Unicode decimal digits, like int().
    const auto read_count = [&](int64_t& value) {
        const size_t begin = pos;
        int64_t accumulated = 0;
        for (; pos < end; ++pos) {
            const int digit = decimal_value(cps[pos]);
            if (digit < 0) break;
            if (accumulated > (std::numeric_limits<int64_t>::max() - digit) / 10)
                value_error("Too many decimal digits in format string");
            accumulated = accumulated * 10 + digit;
        }
        if (pos > begin) value = accumulated;
        return pos > begin;
    };
    read_count(spec.width);

    if (pos < end && cps[pos] == ',') {
        spec.grouping = ',';
        ++pos;
    }
    if (pos < end && cps[pos] == '_') {
        if (spec.grouping != '\0') value_error("Cannot specify both ',' and '_'.");
        spec.grouping = '_';
        ++pos;
    }
    if (pos < end && cps[pos] == ',' && spec.grouping == '_') value_error("Cannot specify both ',' and '_'.");

    if (pos < end && cps[pos] == '.') {
        ++pos;
        if (!read_count(spec.precision)) value_error("Format specifier missing precision");
    }

    if (end - pos > 1)
        value_error("Invalid format specifier '" + std::string(text) + "' for object of type '" +
                    clip_type_name(type_name) + "'");
    if (end - pos == 1) spec.type = cps[pos];

    // Grouping is checked against the type here, before the type is matched to the object.
    // A missing type is fine for numbers (int means 'd', float its default); format_str
    // rejects it for strings, whose default type is 's'.
    if (spec.grouping != '\0' && spec.type != kNoType) {
        switch (spec.type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '\0':
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (spec.grouping == '_') break; // every four digits, see format_int_digits
            [[fallthrough]];
        default:
            value_error(std::string("Cannot specify '") + spec.grouping + "' with '" + describe_type_code(spec.type) +
                        "'.");
        }
    }
    return spec;
}

std::string format_float(double x, const FormatSpec& spec, std::string_view type_name) {
    const char32_t given = spec.type == kNoType ? U'\0' : spec.type;
    switch (given) {
    case '\0': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        break;
    default:
        unknown_format_code(given, type_name);
    }
    if (spec.precision > INT_MAX) value_error("precision too big");

    FloatTextOptions options;
    options.alternate = spec.alternate;
    options.no_negative_zero = spec.no_neg_zero;
    char code = static_cast<char>(given);
    int64_t default_precision = 6;
    if (given == '\0') {
        // No type: repr's digits, or 'g' with at least one digit after the point when a
        // precision is given.
        options.add_dot_zero = true;
        code = 'r';
        default_precision = 0;
    }
    if (code == 'n') code = 'g'; // the C locale's 'n' is 'g'
    bool percent = false;
    if (code == '%') {
        code = 'f';
        x *= 100;
        percent = true;
    }
    int64_t precision = spec.precision;
    if (precision < 0)
        precision = default_precision;
    else if (code == 'r')
        code = 'g';

    std::string text = float_text(x, code, precision, options);
    if (percent) text += '%';
    const NumberPieces pieces = split_float_text(text);
    const std::string_view separator = given == 'n'             ? std::string_view()
                                       : spec.grouping == ','   ? std::string_view(",")
                                       : spec.grouping == '_'   ? std::string_view("_")
                                                                : std::string_view();
    return lay_out_number(pieces, spec, separator, 3);
}

std::string format_float(double x, std::string_view spec, std::string_view type_name) {
    if (spec.empty()) return float_repr(x);
    return format_float(x, parse_format_spec(spec, type_name), type_name);
}

// ============================================================================ public: ints

int int_format_base(const FormatSpec& spec, std::string_view type_name) {
    const char32_t type = spec.type == kNoType ? U'd' : spec.type;
    int base;
    switch (type) {
    case 'b': base = 2; break;
    case 'o': base = 8; break;
    case 'x': case 'X': base = 16; break;
    case 'd': case 'n': case 'c': base = 10; break;
    default:
        if (is_float_type(type)) return 0;
        unknown_format_code(type, type_name);
    }
    if (spec.precision != -1) value_error("Precision not allowed in integer format specifier");
    if (spec.no_neg_zero) value_error("Negative zero coercion (z) not allowed in integer format specifier");
    if (type == 'c') {
        if (spec.sign != '\0') value_error("Sign not allowed with integer format specifier 'c'");
        if (spec.alternate) value_error("Alternate form (#) not allowed with integer format specifier 'c'");
    }
    return base;
}

std::string format_int_digits(bool negative, std::string_view magnitude_digits, const FormatSpec& spec,
                              std::string_view type_name) {
    const int base = int_format_base(spec, type_name);
    if (base == 0)
        return format_float(decimal_digits_to_double(negative, normalise_digits(magnitude_digits, false)), spec,
                            type_name);
    const char32_t type = spec.type == kNoType ? U'd' : spec.type;

    if (type == 'c') {
        // CPython first converts to a C long (64 bits here), then checks the range.
        const std::string digits = normalise_digits(magnitude_digits, false);
        uint64_t magnitude = 0;
        const auto result = std::from_chars(digits.data(), digits.data() + digits.size(), magnitude);
        const uint64_t long_limit = negative ? (uint64_t{1} << 63) : (uint64_t{1} << 63) - 1;
        if (result.ec == std::errc::result_out_of_range || magnitude > long_limit)
            overflow_error("Python int too large to convert to C long");
        if ((negative && magnitude != 0) || magnitude > 0x10FFFF) overflow_error("%c arg not in range(0x110000)");
        std::string character;
        utf8_append(character, static_cast<char32_t>(magnitude));
        // The character is laid out like a number with no digits: never grouped or
        // zero-filled inside, but '=' and '0' still pad in front of it.
        NumberPieces pieces;
        pieces.tail = character;
        return lay_out_number(pieces, spec, {}, 3);
    }

    const std::string digits = normalise_digits(magnitude_digits, type == 'X');
    NumberPieces pieces;
    pieces.negative = negative && digits != "0";
    pieces.digits = digits;
    if (spec.alternate) {
        switch (type) {
        case 'b': pieces.prefix = "0b"; break;
        case 'o': pieces.prefix = "0o"; break;
        case 'x': pieces.prefix = "0x"; break;
        case 'X': pieces.prefix = "0X"; break;
        default: break;
        }
    }
    std::string_view separator;
    if (type != 'n') {
        if (spec.grouping == ',') separator = ",";
        if (spec.grouping == '_') separator = "_";
    }
    // PEP 515: '_' groups binary, octal and hex digits in fours.
    const int64_t group_size = base == 10 ? 3 : 4;
    return lay_out_number(pieces, spec, separator, group_size);
}

std::string format_int64(int64_t value, const FormatSpec& spec, std::string_view type_name) {
    const int base = int_format_base(spec, type_name);
    if (base == 0) return format_float(static_cast<double>(value), spec, type_name);
    return format_int_digits(value < 0, magnitude_in_base(magnitude_of(value), base), spec, type_name);
}

std::string format_int64(int64_t value, std::string_view spec, std::string_view type_name) {
    if (spec.empty()) return std::to_string(value);
    return format_int64(value, parse_format_spec(spec, type_name), type_name);
}

// ============================================================================ public: str

std::string format_str(std::string_view utf8, const FormatSpec& spec, std::string_view type_name) {
    // A missing type means 's' for strings, and grouping is never allowed with 's'.
    if (spec.grouping != '\0' && spec.type == kNoType)
        value_error(std::string("Cannot specify '") + spec.grouping + "' with 's'.");
    const char32_t type = spec.type == kNoType ? U's' : spec.type;
    if (type != 's') unknown_format_code(type, type_name);
    if (spec.sign == ' ') value_error("Space not allowed in string format specifier");
    if (spec.sign != '\0') value_error("Sign not allowed in string format specifier");
    if (spec.no_neg_zero) value_error("Negative zero coercion (z) not allowed in string format specifier");
    if (spec.alternate) value_error("Alternate form (#) not allowed in string format specifier");
    if (spec.align == '=') value_error("'=' alignment not allowed in string format specifier");

    std::string_view body = utf8;
    int64_t length = static_cast<int64_t>(count_code_points(utf8));
    if (spec.precision >= 0 && length > spec.precision) {
        body = utf8.substr(0, prefix_bytes(utf8, static_cast<size_t>(spec.precision)));
        length = spec.precision;
    }
    const int64_t total = std::max(spec.width, length);
    const char align = effective_align(spec, '<');
    int64_t left = 0;
    if (align == '>') left = total - length;
    if (align == '^') left = (total - length) / 2;
    const int64_t right = total - length - left;

    const std::string_view fill = effective_fill(spec);
    std::string out;
    append_fill(out, fill, left);
    out += body;
    append_fill(out, fill, right);
    return out;
}

std::string format_str(std::string_view utf8, std::string_view spec, std::string_view type_name) {
    if (spec.empty()) return std::string(utf8);
    return format_str(utf8, parse_format_spec(spec, type_name), type_name);
}

// ============================================================================ public: %-formatting

namespace {

bool has_radix_prefix(const PercentSpec& spec) {
    return spec.alternate && (spec.conversion == 'o' || spec.conversion == 'x' || spec.conversion == 'X');
}

// Pads a converted argument into its field as the % operator does. Numbers take their
// sign from the text or the '+' / ' ' flags, and with the '0' flag the sign and any 0x
// prefix go in front of the zeros; left adjustment always pads with spaces.
std::string percent_field(std::string_view text, const PercentSpec& spec, bool numeric) {
    const char fill = numeric && spec.zero_pad ? '0' : ' ';
    int64_t length = static_cast<int64_t>(count_code_points(text));
    size_t index = 0;
    char sign = '\0';
    if (numeric) {
        if (!text.empty() && (text[0] == '-' || text[0] == '+')) {
            sign = text[0];
            index = 1;
            --length;
        } else if (spec.plus_sign) {
            sign = '+';
        } else if (spec.space_sign) {
            sign = ' ';
        }
    }
    int64_t width = std::max(spec.width, length);
    const bool prefix = numeric && has_radix_prefix(spec);

    std::string out;
    if (sign) {
        if (fill != ' ') out += sign;
        if (width > length) --width;
    }
    if (prefix) {
        if (fill != ' ') {
            out.append(text.substr(index, 2));
            index += 2;
        }
        width = std::max<int64_t>(width - 2, 0);
        length -= 2;
    }
    if (width > length && !spec.left_adjust) {
        append_fill(out, std::string_view(&fill, 1), width - length);
        width = length;
    }
    if (fill == ' ') {
        if (sign) out += sign;
        if (prefix) {
            out.append(text.substr(index, 2));
            index += 2;
        }
    }
    out.append(text.substr(index));
    append_fill(out, " ", width - length);
    return out;
}

} // namespace

std::string percent_format_float(double x, const PercentSpec& spec) {
    switch (spec.conversion) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        break;
    default:
        throw std::invalid_argument("numfmt: percent_format_float needs e E f F g G");
    }
    if (spec.precision > INT_MAX) value_error("precision too big");
    FloatTextOptions options;
    options.alternate = spec.alternate;
    const std::string text = float_text(x, spec.conversion, spec.precision < 0 ? 6 : spec.precision, options);
    return percent_field(text, spec, true);
}

int percent_int_base(char conversion) {
    switch (conversion) {
    case 'd': case 'i': case 'u': return 10;
    case 'o': return 8;
    case 'x': case 'X': return 16;
    default: throw std::invalid_argument("numfmt: not an integer %-conversion");
    }
}

std::string percent_format_int_digits(bool negative, std::string_view magnitude_digits, const PercentSpec& spec) {
    percent_int_base(spec.conversion); // validates the conversion
    if (spec.precision > INT_MAX - 3) overflow_error("precision too large");
    const std::string digits = normalise_digits(magnitude_digits, spec.conversion == 'X');
    std::string text;
    if (negative && digits != "0") text += '-';
    if (has_radix_prefix(spec)) {
        text += '0';
        text += spec.conversion;
    }
    // The precision is a minimum number of digits.
    append_fill(text, "0", spec.precision - static_cast<int64_t>(digits.size()));
    text += digits;
    return percent_field(text, spec, true);
}

std::string percent_format_int64(int64_t value, const PercentSpec& spec) {
    return percent_format_int_digits(value < 0, magnitude_in_base(magnitude_of(value), percent_int_base(spec.conversion)),
                                     spec);
}

std::string percent_pad(std::string_view body, const PercentSpec& spec) {
    if (spec.conversion != 'c' && spec.precision >= 0)
        body = body.substr(0, prefix_bytes(body, static_cast<size_t>(spec.precision)));
    return percent_field(body, spec, false);
}

// ============================================================================ public: float(str)

int unicode_decimal_value(char32_t cp) { return decimal_value(cp); }

std::optional<double> parse_float(std::string_view utf8) {
    // Like CPython, first map Unicode spaces to ' ' and Unicode digits to ASCII; any other
    // non-ASCII character can never be part of a float.
    std::string text;
    text.reserve(utf8.size());
    for (size_t i = 0; i < utf8.size();) {
        const auto byte = static_cast<unsigned char>(utf8[i]);
        if (byte < 0x7F) {
            if (byte == 0) return std::nullopt;
            text += static_cast<char>(byte);
            ++i;
            continue;
        }
        const char32_t cp = decode_utf8(utf8, i);
        if (is_non_ascii_space(cp)) {
            text += ' ';
        } else if (const int digit = decimal_value(cp); digit >= 0) {
            text += static_cast<char>('0' + digit);
        } else {
            return std::nullopt;
        }
    }

    // Underscores (PEP 515) are allowed only between two digits; they are checked on the
    // whole text, before whitespace is stripped, and then dropped.
    if (text.find('_') != std::string::npos) {
        std::string without;
        char previous = '\0';
        for (const char c : text) {
            if (c == '_') {
                if (!is_ascii_digit(previous)) return std::nullopt;
            } else {
                if (previous == '_' && !is_ascii_digit(c)) return std::nullopt;
                without += c;
            }
            previous = c;
        }
        if (previous == '_') return std::nullopt;
        text = std::move(without);
    }

    std::string_view s = text;
    while (!s.empty() && is_ascii_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_ascii_space(s.back())) s.remove_suffix(1);

    bool negative = false;
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
        negative = s[0] == '-';
        s.remove_prefix(1);
    }
    if (equals_ignoring_case(s, "inf") || equals_ignoring_case(s, "infinity"))
        return negative ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
    if (equals_ignoring_case(s, "nan"))
        return negative ? -std::numeric_limits<double>::quiet_NaN() : std::numeric_limits<double>::quiet_NaN();

    // digits [. digits] [e [sign] digits], at least one mantissa digit.
    size_t i = 0;
    size_t integer_digits = 0, fraction_digits = 0;
    while (i < s.size() && is_ascii_digit(s[i])) ++i, ++integer_digits;
    if (i < s.size() && s[i] == '.') {
        ++i;
        while (i < s.size() && is_ascii_digit(s[i])) ++i, ++fraction_digits;
    }
    if (integer_digits + fraction_digits == 0) return std::nullopt;
    const size_t mantissa_end = i;
    int64_t exponent = 0;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        bool exponent_negative = false;
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) exponent_negative = s[i++] == '-';
        const size_t exponent_start = i;
        while (i < s.size() && is_ascii_digit(s[i])) {
            exponent = std::min<int64_t>(exponent * 10 + (s[i] - '0'), int64_t{1} << 40); // saturate
            ++i;
        }
        if (i == exponent_start) return std::nullopt;
        if (exponent_negative) exponent = -exponent;
    }
    if (i != s.size()) return std::nullopt;

    double value = 0.0;
    const auto result = std::from_chars(s.data(), s.data() + s.size(), value, std::chars_format::general);
    if (result.ec == std::errc::result_out_of_range) {
        // from_chars leaves the value alone; Python wants inf on overflow and 0 on
        // underflow. Out of range means beyond ~1e308 or below ~1e-324, so the decimal
        // exponent of the leading nonzero digit tells which.
        const std::string_view mantissa = s.substr(0, mantissa_end);
        int64_t position = static_cast<int64_t>(integer_digits); // digits before the point
        int64_t magnitude = 0;
        for (const char c : mantissa) {
            if (c == '.') continue;
            if (c != '0') {
                magnitude = position - 1 + exponent;
                break;
            }
            --position;
        }
        value = magnitude >= 0 ? std::numeric_limits<double>::infinity() : 0.0;
    } else if (result.ec != std::errc() || result.ptr != s.data() + s.size()) {
        return std::nullopt;
    }
    return negative ? -value : value;
}

// ============================================================================ public: round()

double round_double(double x, int64_t ndigits) {
    if (!std::isfinite(x)) return x;
    // Beyond these every double rounds to itself, or to zero: 0.30103 bounds log10(2).
    constexpr int64_t kMaxDigits = static_cast<int64_t>((53 - (-1021)) * 0.30103);   // 323
    constexpr int64_t kMinDigits = -static_cast<int64_t>((1024 + 1) * 0.30103);      // -308
    if (ndigits > kMaxDigits) return x;
    if (ndigits < kMinDigits) return 0.0 * x;

    std::string decimal;
    if (ndigits >= 0) {
        // to_chars rounds the exact binary value half-to-even at that many decimals.
        char buffer[700];
        const auto result =
            std::to_chars(buffer, buffer + sizeof buffer, x, std::chars_format::fixed, static_cast<int>(ndigits));
        decimal.assign(buffer, result.ptr);
    } else {
        // Round the integer part at 10**k ourselves. Only the integer part's digits and
        // whether a fraction exists matter: a tie needs the fraction to be zero.
        const size_t k = static_cast<size_t>(-ndigits);
        const double magnitude = std::fabs(x);
        const double whole = std::trunc(magnitude);
        const bool has_fraction = magnitude != whole;
        char buffer[400];
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, whole, std::chars_format::fixed, 0);
        std::string digits(buffer, result.ptr);
        if (digits.size() < k + 1) digits.insert(0, k + 1 - digits.size(), '0');
        std::string head = digits.substr(0, digits.size() - k);
        const std::string_view tail = std::string_view(digits).substr(digits.size() - k);
        bool round_up;
        if (tail[0] != '5') {
            round_up = tail[0] > '5';
        } else {
            const bool beyond_half = has_fraction || tail.find_first_not_of('0', 1) != std::string_view::npos;
            round_up = beyond_half || ((head.back() - '0') % 2 == 1);
        }
        if (round_up) {
            size_t at = head.size();
            while (at > 0 && head[at - 1] == '9') head[--at] = '0';
            if (at == 0)
                head.insert(0, 1, '1');
            else
                ++head[at - 1];
        }
        decimal = (std::signbit(x) ? "-" : "") + head + "e" + std::to_string(k);
    }
    double rounded = 0.0;
    const auto parsed = std::from_chars(decimal.data(), decimal.data() + decimal.size(), rounded);
    if (parsed.ec == std::errc::result_out_of_range) {
        // Only the negative-ndigits branch can produce something this large.
        if (ndigits < 0) overflow_error("rounded value too large to represent");
        rounded = std::signbit(x) ? -0.0 : 0.0;
    }
    return rounded;
}

double round_half_even(double x) {
    double rounded = std::round(x); // ties away from zero
    if (std::fabs(x - rounded) == 0.5) rounded = 2.0 * std::round(x / 2.0);
    return rounded;
}

// ============================================================================ public: hex

std::string float_hex(double x) {
    if (!std::isfinite(x)) return float_repr(x);
    if (x == 0.0) return std::signbit(x) ? "-0x0.0p+0" : "0x0.0p+0";
    const auto bits = std::bit_cast<uint64_t>(x);
    const bool negative = bits >> 63;
    const int biased_exponent = static_cast<int>((bits >> 52) & 0x7FF);
    const uint64_t fraction = bits & ((uint64_t{1} << 52) - 1);
    // Normal numbers are 1.fraction x 2**e; subnormals are written 0.fraction x 2**-1022.
    const int exponent = biased_exponent == 0 ? -1022 : biased_exponent - 1023;

    std::string out = negative ? "-0x" : "0x";
    out += biased_exponent == 0 ? '0' : '1';
    out += '.';
    static constexpr char kHexDigits[] = "0123456789abcdef";
    for (int shift = 48; shift >= 0; shift -= 4) out += kHexDigits[(fraction >> shift) & 0xF];
    out += 'p';
    out += exponent < 0 ? '-' : '+';
    out += std::to_string(exponent < 0 ? -exponent : exponent);
    return out;
}

std::optional<double> float_fromhex(std::string_view text) {
    size_t i = 0;
    const size_t end = text.size();
    const auto skip_spaces = [&] {
        while (i < end && is_ascii_space(text[i])) ++i;
    };
    const auto hex_value = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    };
    skip_spaces();

    // inf / infinity / nan, with an optional sign.
    {
        size_t j = i;
        bool negative = false;
        if (j < end && (text[j] == '+' || text[j] == '-')) negative = text[j++] == '-';
        std::optional<double> special;
        size_t after = j;
        const std::string_view rest = text.substr(j);
        const auto starts_with = [&](std::string_view word) {
            return rest.size() >= word.size() && equals_ignoring_case(rest.substr(0, word.size()), word);
        };
        if (starts_with("infinity")) {
            special = std::numeric_limits<double>::infinity();
            after = j + 8;
        } else if (starts_with("inf")) {
            special = std::numeric_limits<double>::infinity();
            after = j + 3;
        } else if (starts_with("nan")) {
            special = std::numeric_limits<double>::quiet_NaN();
            after = j + 3;
        }
        if (special) {
            i = after;
            skip_spaces();
            if (i != end) return std::nullopt;
            return negative ? -*special : *special;
        }
    }

    bool negative = false;
    if (i < end && (text[i] == '+' || text[i] == '-')) negative = text[i++] == '-';
    if (i + 1 < end && text[i] == '0' && (text[i + 1] == 'x' || text[i + 1] == 'X')) i += 2;

    // All hex digits, integer part then fraction; the exponent is adjusted by 4 per
    // fraction digit so the value is (digits as an integer) x 2**exponent.
    std::vector<int> nibbles;
    int64_t fraction_digits = 0;
    while (i < end && hex_value(text[i]) >= 0) nibbles.push_back(hex_value(text[i++]));
    if (i < end && text[i] == '.') {
        ++i;
        while (i < end && hex_value(text[i]) >= 0) {
            nibbles.push_back(hex_value(text[i++]));
            ++fraction_digits;
        }
    }
    if (nibbles.empty()) return std::nullopt;

    constexpr int64_t kExponentCap = int64_t{1} << 60; // far outside any double; no overflow
    int64_t exponent = 0;
    if (i < end && (text[i] == 'p' || text[i] == 'P')) {
        ++i;
        bool exponent_negative = false;
        if (i < end && (text[i] == '+' || text[i] == '-')) exponent_negative = text[i++] == '-';
        if (i >= end || !is_ascii_digit(text[i])) return std::nullopt;
        for (; i < end && is_ascii_digit(text[i]); ++i)
            exponent = exponent > kExponentCap / 10 ? kExponentCap : std::min(exponent * 10 + (text[i] - '0'), kExponentCap);
        if (exponent_negative) exponent = -exponent;
    }
    skip_spaces();
    if (i != end) return std::nullopt;
    exponent -= 4 * fraction_digits;

    // Drop leading zero digits; all zeros is a (signed) zero whatever the exponent.
    size_t first = 0;
    while (first < nibbles.size() && nibbles[first] == 0) ++first;
    const double sign = negative ? -1.0 : 1.0;
    if (first == nibbles.size()) return sign * 0.0;
    const auto ndigits = static_cast<int64_t>(nibbles.size() - first);
    const int64_t bit_length = 4 * ndigits - (std::countl_zero(static_cast<unsigned>(nibbles[first])) - 28);
    // bit k (k = 0 is the least significant) of the integer formed by the digits
    const auto bit = [&](int64_t k) -> int {
        const auto digit_index = static_cast<size_t>(nibbles.size() - 1 - static_cast<size_t>(k / 4));
        return (nibbles[digit_index] >> (k % 4)) & 1;
    };

    // The value lies in [2**top, 2**(top+1)).
    const int64_t top = exponent + bit_length - 1;
    if (top > 1023) overflow_error("hexadecimal value too large to represent as a float");
    if (top < -1075) return sign * 0.0; // below half the smallest subnormal

    // Keep 53 significant bits, fewer for subnormals (whose last bit is 2**-1074).
    const int64_t lowest_kept = std::max(top - 52, int64_t{-1074});
    const int64_t dropped = lowest_kept - exponent; // how many low bits of the integer go
    uint64_t mantissa = 0;
    for (int64_t k = bit_length - 1; k >= std::max<int64_t>(dropped, 0); --k) mantissa = (mantissa << 1) | bit(k);
    if (dropped < 0) mantissa <<= -dropped;
    if (dropped > 0) {
        const bool half = bit(dropped - 1);
        bool sticky = false;
        for (int64_t k = 0; k < dropped - 1 && !sticky; ++k) sticky = bit(k);
        if (half && (sticky || (mantissa & 1))) ++mantissa;
    }
    // Rounding up may carry into a new top bit; 2**1024 is out of range.
    if (mantissa == (uint64_t{1} << 53)) {
        if (lowest_kept + 53 > 1023) overflow_error("hexadecimal value too large to represent as a float");
    }
    return sign * std::ldexp(static_cast<double>(mantissa), static_cast<int>(lowest_kept));
}

} // namespace gilt::numfmt
