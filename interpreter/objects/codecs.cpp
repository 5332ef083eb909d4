// Text encodings: UTF-8 (and -sig), ASCII, Latin-1, UTF-16 and UTF-32, with CPython's error handlers and messages.
#include "objects/codecs.hpp"

#include <cctype>
#include <fmt/format.h>

#include "core/thread_state.hpp"
#include "objects/str.hpp"
#include "vm/errors.hpp"

namespace gilt {

namespace {

// CPython normalises a codec name by lower-casing it and turning spaces and hyphens
// into underscores before looking up its aliases.
std::string normalize(std::string_view name) {
    std::string out;
    for (char c : name) {
        if (c == '-' || c == ' ') out += '_';
        else out += char(std::tolower((unsigned char)c));
    }
    return out;
}

struct Alias {
    const char* name;
    Codec codec;
};
const Alias kAliases[] = {
    {"utf_8", Codec::Utf8},          {"utf8", Codec::Utf8},          {"u8", Codec::Utf8},
    {"utf", Codec::Utf8},            {"cp65001", Codec::Utf8},       {"utf8_ucs2", Codec::Utf8},
    {"utf8_ucs4", Codec::Utf8},      {"utf_8_sig", Codec::Utf8Sig},  {"ascii", Codec::Ascii},
    {"us_ascii", Codec::Ascii},      {"646", Codec::Ascii},          {"us", Codec::Ascii},
    {"ansi_x3.4_1968", Codec::Ascii}, {"latin_1", Codec::Latin1},    {"latin1", Codec::Latin1},
    {"latin", Codec::Latin1},        {"l1", Codec::Latin1},          {"iso_8859_1", Codec::Latin1},
    {"iso8859_1", Codec::Latin1},    {"8859", Codec::Latin1},        {"cp819", Codec::Latin1},
    {"iso_ir_100", Codec::Latin1},   {"utf_16", Codec::Utf16},       {"utf16", Codec::Utf16},
    {"u16", Codec::Utf16},           {"utf_16_le", Codec::Utf16LE},  {"utf_16le", Codec::Utf16LE},
    {"utf_16_be", Codec::Utf16BE},   {"utf_16be", Codec::Utf16BE},   {"utf_32", Codec::Utf32},
    {"utf32", Codec::Utf32},         {"u32", Codec::Utf32},          {"utf_32_le", Codec::Utf32LE},
    {"utf_32le", Codec::Utf32LE},    {"utf_32_be", Codec::Utf32BE},  {"utf_32be", Codec::Utf32BE},
};

// The name in UnicodeEncodeError / UnicodeDecodeError messages.
const char* error_name(Codec c) {
    switch (c) {
    case Codec::Utf8: return "utf-8";
    case Codec::Utf8Sig: return "utf-8";
    case Codec::Ascii: return "ascii";
    case Codec::Latin1: return "latin-1";
    case Codec::Utf16:
    case Codec::Utf16LE: return "utf-16-le";
    case Codec::Utf16BE: return "utf-16-be";
    case Codec::Utf32:
    case Codec::Utf32LE: return "utf-32-le";
    case Codec::Utf32BE: return "utf-32-be";
    }
    return "utf-8";
}

bool is_surrogate(uint32_t c) { return c >= 0xD800 && c <= 0xDFFF; }

[[noreturn]] void unknown_handler(ThreadState& ts, std::string_view errors) {
    raise_msg(ts, ts.interp.exc.LookupError, fmt::format("unknown error handler name '{}'", errors));
}

std::string char_escape(uint32_t c) {
    if (c <= 0xFF) return fmt::format("\\x{:02x}", c);
    if (c <= 0xFFFF) return fmt::format("\\u{:04x}", c);
    return fmt::format("\\U{:08x}", c);
}

void put16(std::string& out, uint32_t unit, bool big) {
    if (big) {
        out += char(unit >> 8);
        out += char(unit & 0xFF);
    } else {
        out += char(unit & 0xFF);
        out += char(unit >> 8);
    }
}
void put32(std::string& out, uint32_t v, bool big) {
    for (int k = 0; k < 4; ++k) out += char((v >> (big ? 8 * (3 - k) : 8 * k)) & 0xFF);
}

// Appends code point c encoded in codec `c`; false if it cannot be (and surrogates are
// only accepted when `pass` is set).
bool emit(std::string& out, uint32_t cp, Codec c, bool pass) {
    switch (c) {
    case Codec::Utf8:
    case Codec::Utf8Sig:
        if (is_surrogate(cp) && !pass) return false;
        utf8_append(out, cp);
        return true;
    case Codec::Ascii:
        if (cp >= 128) return false;
        out += char(cp);
        return true;
    case Codec::Latin1:
        if (cp >= 256) return false;
        out += char(cp);
        return true;
    case Codec::Utf16:
    case Codec::Utf16LE:
    case Codec::Utf16BE: {
        if (is_surrogate(cp) && !pass) return false;
        bool big = c == Codec::Utf16BE;
        if (cp >= 0x10000) {
            uint32_t v = cp - 0x10000;
            put16(out, 0xD800 | (v >> 10), big);
            put16(out, 0xDC00 | (v & 0x3FF), big);
        } else {
            put16(out, cp, big);
        }
        return true;
    }
    case Codec::Utf32:
    case Codec::Utf32LE:
    case Codec::Utf32BE:
        if (is_surrogate(cp) && !pass) return false;
        put32(out, cp, c == Codec::Utf32BE);
        return true;
    }
    return false;
}

[[noreturn]] void encode_error(ThreadState& ts, Codec c, const std::u32string& cps, size_t start, size_t end) {
    std::string reason = c == Codec::Ascii ? "ordinal not in range(128)"
                         : c == Codec::Latin1 ? "ordinal not in range(256)"
                                              : "surrogates not allowed";
    std::string msg;
    if (end == start + 1)
        msg = fmt::format("'{}' codec can't encode character '{}' in position {}: {}", error_name(c), char_escape(cps[start]),
                          start, reason);
    else
        msg = fmt::format("'{}' codec can't encode characters in position {}-{}: {}", error_name(c), start, end - 1, reason);
    raise_msg(ts, ts.interp.exc.UnicodeEncodeError, msg);
}

[[noreturn]] void decode_error(ThreadState& ts, Codec c, std::string_view data, size_t start, size_t end,
                               std::string_view reason) {
    std::string msg;
    if (end == start + 1)
        msg = fmt::format("'{}' codec can't decode byte 0x{:02x} in position {}: {}", error_name(c),
                          (unsigned char)data[start], start, reason);
    else
        msg = fmt::format("'{}' codec can't decode bytes in position {}-{}: {}", error_name(c), start, end - 1, reason);
    raise_msg(ts, ts.interp.exc.UnicodeDecodeError, msg);
}

enum class Handler { Strict, Ignore, Replace, BackslashReplace, XmlCharRefReplace, SurrogateEscape, SurrogatePass };

Handler handler_of(ThreadState& ts, std::string_view errors, bool encoding) {
    if (errors == "strict") return Handler::Strict;
    if (errors == "ignore") return Handler::Ignore;
    if (errors == "replace") return Handler::Replace;
    if (errors == "backslashreplace") return Handler::BackslashReplace;
    if (errors == "surrogateescape") return Handler::SurrogateEscape;
    if (errors == "surrogatepass") return Handler::SurrogatePass;
    if (encoding && errors == "xmlcharrefreplace") return Handler::XmlCharRefReplace;
    unknown_handler(ts, errors);
}

// The replacement for one undecodable span under `h` (strict is handled by the caller).
void decode_replacement(ThreadState& ts, std::string& out, std::string_view span, Handler h, std::string_view errors) {
    switch (h) {
    case Handler::Ignore: break;
    case Handler::Replace: out += "\xEF\xBF\xBD"; break;
    case Handler::BackslashReplace:
        for (unsigned char b : span) out += fmt::format("\\x{:02x}", b);
        break;
    case Handler::SurrogateEscape:
        for (unsigned char b : span) utf8_append(out, 0xDC00 + b);
        break;
    default: unknown_handler(ts, errors);
    }
}

// The length of the valid prefix of a UTF-8 sequence starting at data[i] (CPython's
// decoder rules: E0 needs A0..BF next, ED 80..9F, F0 90..BF, F4 80..8F), and the
// sequence's full length (0 for an invalid start byte).
void utf8_prefix(std::string_view data, size_t i, size_t* need, size_t* valid) {
    unsigned char c = (unsigned char)data[i];
    if (c < 0x80) {
        *need = *valid = 1;
        return;
    }
    if (c < 0xC2 || c > 0xF4) {
        *need = 0;
        *valid = 1;
        return;
    }
    *need = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c == 0xE0) lo = 0xA0;
    else if (c == 0xED) hi = 0x9F;
    else if (c == 0xF0) lo = 0x90;
    else if (c == 0xF4) hi = 0x8F;
    size_t k = 1;
    while (k < *need && i + k < data.size()) {
        unsigned char b = (unsigned char)data[i + k];
        if (k == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF)) break;
        ++k;
    }
    *valid = k;
}

std::string decode_utf8(ThreadState& ts, std::string_view data, Codec c, std::string_view errors) {
    std::string out;
    out.reserve(data.size());
    Handler h = Handler::Strict;
    bool handler_known = false;
    size_t i = 0;
    while (i < data.size()) {
        // Runs of ASCII copy straight through.
        size_t j = i;
        while (j < data.size() && (unsigned char)data[j] < 0x80) ++j;
        out.append(data.substr(i, j - i));
        i = j;
        if (i >= data.size()) break;
        size_t need, valid;
        utf8_prefix(data, i, &need, &valid);
        if (need != 0 && valid == need) {
            out.append(data.substr(i, need));
            i += need;
            continue;
        }
        if (!handler_known) {
            h = handler_of(ts, errors, false);
            handler_known = true;
        }
        // A surrogate encoded in UTF-8 (ED A0..BF xx) passes with surrogatepass.
        if (h == Handler::SurrogatePass && (unsigned char)data[i] == 0xED && i + 2 < data.size() &&
            (unsigned char)data[i + 1] >= 0xA0 && (unsigned char)data[i + 1] <= 0xBF &&
            ((unsigned char)data[i + 2] & 0xC0) == 0x80) {
            out.append(data.substr(i, 3));
            i += 3;
            continue;
        }
        std::string_view reason = need == 0 ? "invalid start byte"
                                  : i + valid >= data.size() ? "unexpected end of data"
                                                             : "invalid continuation byte";
        if (h == Handler::Strict || h == Handler::SurrogatePass) decode_error(ts, c, data, i, i + valid, reason);
        decode_replacement(ts, out, data.substr(i, valid), h, errors);
        i += valid;
    }
    return out;
}

std::string decode_units(ThreadState& ts, std::string_view data, Codec c, std::string_view errors, size_t unit, bool big) {
    std::string out;
    size_t i = 0;
    auto read = [&](size_t at) {
        uint32_t v = 0;
        for (size_t k = 0; k < unit; ++k) {
            uint32_t b = (unsigned char)data[at + k];
            v |= big ? b << (8 * (unit - 1 - k)) : b << (8 * k);
        }
        return v;
    };
    auto fail = [&](size_t start, size_t end, std::string_view reason) {
        Handler h = handler_of(ts, errors, false);
        if (h == Handler::Strict || h == Handler::SurrogatePass) decode_error(ts, c, data, start, end, reason);
        decode_replacement(ts, out, data.substr(start, end - start), h, errors);
    };
    while (i < data.size()) {
        if (data.size() - i < unit) {
            fail(i, data.size(), "truncated data");
            break;
        }
        uint32_t v = read(i);
        if (unit == 4) {
            if (v > 0x10FFFF || (is_surrogate(v) && errors != "surrogatepass")) {
                fail(i, i + 4, v > 0x10FFFF ? "code point not in range(0x110000)" : "code point in surrogate code point range(0xd800, 0xe000)");
            } else {
                utf8_append(out, v);
            }
            i += 4;
            continue;
        }
        if (v >= 0xD800 && v <= 0xDBFF) {
            if (data.size() - i < 4) {
                fail(i, data.size(), "unexpected end of data");
                break;
            }
            uint32_t lo = read(i + 2);
            if (lo >= 0xDC00 && lo <= 0xDFFF) {
                utf8_append(out, 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00));
                i += 4;
                continue;
            }
            fail(i, i + 2, "illegal UTF-16 surrogate");
            i += 2;
            continue;
        }
        if (v >= 0xDC00 && v <= 0xDFFF) {
            fail(i, i + 2, "illegal encoding");
            i += 2;
            continue;
        }
        utf8_append(out, v);
        i += 2;
    }
    return out;
}

} // namespace

Codec codec_lookup(ThreadState& ts, std::string_view name) {
    std::string n = normalize(name);
    for (const Alias& a : kAliases)
        if (n == a.name) return a.codec;
    raise_msg(ts, ts.interp.exc.LookupError, fmt::format("unknown encoding: {}", name));
}

const char* codec_name(Codec c) {
    switch (c) {
    case Codec::Utf8: return "utf-8";
    case Codec::Utf8Sig: return "utf-8-sig";
    case Codec::Ascii: return "ascii";
    case Codec::Latin1: return "iso8859-1";
    case Codec::Utf16: return "utf-16";
    case Codec::Utf16LE: return "utf-16-le";
    case Codec::Utf16BE: return "utf-16-be";
    case Codec::Utf32: return "utf-32";
    case Codec::Utf32LE: return "utf-32-le";
    case Codec::Utf32BE: return "utf-32-be";
    }
    return "utf-8";
}

std::string codec_encode(ThreadState& ts, std::string_view text, Codec c, std::string_view errors) {
    bool pass = errors == "surrogatepass";
    std::string out;
    if (c == Codec::Utf8) {
        // The common case: gilt's text is already UTF-8; only lone surrogates need care.
        if (text.find('\xED') == std::string_view::npos) return std::string(text);
        if (pass) return std::string(text);
    }
    if (c == Codec::Utf8Sig) out = "\xEF\xBB\xBF";
    else if (c == Codec::Utf16) out = "\xFF\xFE";
    else if (c == Codec::Utf32) out = std::string("\xFF\xFE\0\0", 4);
    std::u32string cps;
    cps.reserve(text.size());
    for (size_t i = 0; i < text.size();) cps.push_back(utf8_decode(text, i));
    Handler h = Handler::Strict;
    bool handler_known = false;
    for (size_t i = 0; i < cps.size();) {
        if (emit(out, cps[i], c, pass)) {
            ++i;
            continue;
        }
        size_t j = i + 1;
        while (j < cps.size()) {
            std::string scratch;
            if (emit(scratch, cps[j], c, pass)) break;
            ++j;
        }
        if (!handler_known) {
            h = handler_of(ts, errors, true);
            handler_known = true;
        }
        for (size_t k = i; k < j; ++k) {
            uint32_t cp = cps[k];
            std::string rep;
            switch (h) {
            case Handler::Strict:
            case Handler::SurrogatePass: encode_error(ts, c, cps, i, j);
            case Handler::Ignore: break;
            case Handler::Replace: rep = "?"; break;
            case Handler::BackslashReplace: rep = char_escape(cp); break;
            case Handler::XmlCharRefReplace: rep = fmt::format("&#{};", cp); break;
            case Handler::SurrogateEscape:
                if (cp < 0xDC80 || cp > 0xDCFF) encode_error(ts, c, cps, k, k + 1);
                out += char(cp - 0xDC00);
                continue;
            }
            for (char r : rep) emit(out, (unsigned char)r, c, false);
        }
        i = j;
    }
    return out;
}

std::string codec_decode(ThreadState& ts, std::string_view data, Codec c, std::string_view errors) {
    switch (c) {
    case Codec::Utf8: return decode_utf8(ts, data, c, errors);
    case Codec::Utf8Sig:
        if (data.substr(0, 3) == "\xEF\xBB\xBF") data.remove_prefix(3);
        return decode_utf8(ts, data, c, errors);
    case Codec::Ascii: {
        std::string out;
        Handler h = Handler::Strict;
        bool handler_known = false;
        for (size_t i = 0; i < data.size(); ++i) {
            unsigned char b = (unsigned char)data[i];
            if (b < 0x80) {
                out += char(b);
                continue;
            }
            if (!handler_known) {
                h = handler_of(ts, errors, false);
                handler_known = true;
            }
            if (h == Handler::Strict || h == Handler::SurrogatePass)
                decode_error(ts, c, data, i, i + 1, "ordinal not in range(128)");
            decode_replacement(ts, out, data.substr(i, 1), h, errors);
        }
        return out;
    }
    case Codec::Latin1: {
        std::string out;
        out.reserve(data.size());
        for (unsigned char b : data) utf8_append(out, b);
        return out;
    }
    case Codec::Utf16:
    case Codec::Utf16LE:
    case Codec::Utf16BE: {
        bool big = c == Codec::Utf16BE;
        Codec named = c;
        if (c == Codec::Utf16) {
            named = Codec::Utf16LE;
            if (data.substr(0, 2) == "\xFF\xFE") data.remove_prefix(2);
            else if (data.substr(0, 2) == "\xFE\xFF") data.remove_prefix(2), big = true, named = Codec::Utf16BE;
        }
        return decode_units(ts, data, named, errors, 2, big);
    }
    case Codec::Utf32:
    case Codec::Utf32LE:
    case Codec::Utf32BE: {
        bool big = c == Codec::Utf32BE;
        Codec named = c;
        if (c == Codec::Utf32) {
            named = Codec::Utf32LE;
            if (data.substr(0, 4) == std::string_view("\xFF\xFE\0\0", 4)) data.remove_prefix(4);
            else if (data.substr(0, 4) == std::string_view("\0\0\xFE\xFF", 4))
                data.remove_prefix(4), big = true, named = Codec::Utf32BE;
        }
        return decode_units(ts, data, named, errors, 4, big);
    }
    }
    return std::string(data);
}

} // namespace gilt
