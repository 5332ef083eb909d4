// Unicode character properties and full case mappings, looked up in the generated table.
#include "objects/unicode_db.hpp"

#include <algorithm>
#include <iterator>

namespace gilt::unicode {

namespace {

struct CharRecord {
    uint32_t flags;   // Flag bits, plus kExtended << mapping for multi-code-point mappings
    int32_t map[4];   // per Case: a delta to the code point, or an offset into kSpecialCasing
};
constexpr uint32_t kExtendedShift = 13;

#include "unicode_tables.inc"

const CharRecord& record(char32_t c) {
    if (c < 128) return kCharRecords[kAsciiRecord[c]];
    if (c > 0x10FFFF) return kCharRecords[kAsciiRecord[0]]; // nothing: like a control character
    const uint32_t* it = std::upper_bound(std::begin(kRunStart), std::end(kRunStart), uint32_t(c));
    return kCharRecords[kRunRecord[(it - std::begin(kRunStart)) - 1]];
}

} // namespace

uint32_t flags(char32_t c) { return record(c).flags & ((1u << kExtendedShift) - 1); }

int map_case(char32_t c, Case which, char32_t out[3]) {
    const CharRecord& r = record(c);
    int k = int(which);
    if (r.flags & (1u << (kExtendedShift + k))) {
        const char32_t* p = kSpecialCasing + r.map[k];
        int n = int(p[0]);
        for (int i = 0; i < n; ++i) out[i] = p[1 + i];
        return n;
    }
    out[0] = char32_t(int64_t(c) + r.map[k]);
    return 1;
}

} // namespace gilt::unicode
