// UTF-8 encoding of one code point, shared by the compiler's string literals, str objects
// and numfmt, which otherwise depend on nothing of each other.
#pragma once

#include <cstdint>
#include <string>

namespace gilt {

// Appends cp's UTF-8 form; lone surrogates get their 3-byte form, as Python strs hold them.
inline void utf8_append(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

} // namespace gilt
