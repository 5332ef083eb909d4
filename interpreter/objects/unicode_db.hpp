// Unicode character properties and full case mappings, exactly as CPython 3.11's str methods see them.
#pragma once

#include <cstdint>

namespace gilt::unicode {

// The per-character predicates behind str.isalpha() ... str.isidentifier(), plus the
// Cased and Case_Ignorable properties that title() and lower()'s final-sigma rule use.
// The table (unicode_tables.inc) is generated from python3 itself by
// cmake/gen_unicode_tables.py, so gilt agrees with CPython character by character.
enum Flag : uint32_t {
    kAlpha = 1u << 0,
    kDecimal = 1u << 1,
    kDigit = 1u << 2,
    kNumeric = 1u << 3,
    kSpace = 1u << 4,
    kLower = 1u << 5,
    kUpper = 1u << 6,
    kTitle = 1u << 7,
    kCased = 1u << 8,
    kCaseIgnorable = 1u << 9,
    kPrintable = 1u << 10,
    kXidStart = 1u << 11,
    kXidContinue = 1u << 12,
};

uint32_t flags(char32_t c);
inline bool has(char32_t c, uint32_t flag) { return (flags(c) & flag) != 0; }

enum class Case { Lower, Upper, Title, Fold };
// The full mapping of one code point (special casing included: 'ß' upper is "SS"),
// written to out; returns its length (1 to 3). Context-dependent rules (final sigma)
// are the caller's business.
int map_case(char32_t c, Case which, char32_t out[3]);

} // namespace gilt::unicode
