// str: immutable Unicode text stored as UTF-8 — creation, hashing, interning, repr and slicing.
#include "objects/str.hpp"

#include <algorithm>
#include <cstring>
#include <fmt/format.h>

#include "core/thread_state.hpp"
#include "objects/bytes.hpp"
#include "objects/dict.hpp"
#include "objects/function.hpp"
#include "objects/iter.hpp"
#include "objects/list.hpp"
#include "objects/number.hpp"
#include "objects/range.hpp"
#include "objects/tuple.hpp"
#include "objects/type.hpp"
#include "objects/unicode_db.hpp"
#include "vm/args.hpp"
#include "vm/errors.hpp"
#include "vm/eval.hpp"
#include "vm/ops.hpp"

namespace gilt {

// ---------------------------------------------------------------- UTF-8

size_t utf8_count(std::string_view s, bool* ascii) {
    size_t n = 0;
    bool all_ascii = true;
    for (unsigned char c : s) {
        if ((c & 0xC0) != 0x80) ++n;
        if (c >= 0x80) all_ascii = false;
    }
    if (ascii) *ascii = all_ascii;
    return n;
}

uint32_t utf8_decode(std::string_view s, size_t& i) {
    unsigned char c = (unsigned char)s[i++];
    if (c < 0x80) return c;
    int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
    uint32_t cp = c & (0x3F >> extra);
    for (int k = 0; k < extra && i < s.size(); ++k) cp = (cp << 6) | ((unsigned char)s[i++] & 0x3F);
    return cp;
}

bool utf8_valid(std::string_view s) {
    size_t i = 0;
    while (i < s.size()) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra;
        uint32_t min;
        if (c >= 0xC2 && c <= 0xDF) extra = 1, min = 0x80;
        else if (c >= 0xE0 && c <= 0xEF) extra = 2, min = 0x800;
        else if (c >= 0xF0 && c <= 0xF4) extra = 3, min = 0x10000;
        else return false;
        if (i + size_t(extra) >= s.size() + 0 && i + size_t(extra) > s.size() - 1 + 1) return false;
        if (i + size_t(extra) > s.size() - 1 + 1) return false;
        uint32_t cp = c & (0x3F >> extra);
        for (int k = 1; k <= extra; ++k) {
            if (i + size_t(k) >= s.size()) return false;
            unsigned char cc = (unsigned char)s[i + size_t(k)];
            if ((cc & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
        i += size_t(extra) + 1;
    }
    return true;
}

size_t str_byte_offset(const StrObj* s, size_t index) {
    if (s->ascii()) return index;
    const char* p = s->data();
    size_t i = 0, n = 0;
    while (i < s->nbytes && n < index) {
        ++i;
        while (i < s->nbytes && (p[i] & 0xC0) == 0x80) ++i;
        ++n;
    }
    return i;
}

namespace {

std::u32string decode_all(std::string_view s) {
    std::u32string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) out.push_back(utf8_decode(s, i));
    return out;
}

// What repr() shows as-is (str.isprintable), from the Unicode table CPython uses: not
// glibc's iswprint, which counts format characters such as U+E0001 as printable.
bool is_printable_cp(uint32_t c) {
    if (c < 0x80) return c >= 0x20 && c != 0x7F;
    return unicode::has(c, unicode::kPrintable);
}

uint64_t hash_bytes(const char* p, size_t n) {
    uint64_t h = 0x9E3779B97F4A7C15ull ^ (uint64_t(n) * 0xFF51AFD7ED558CCDull);
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t k;
        std::memcpy(&k, p + i, 8);
        k *= 0xBF58476D1CE4E5B9ull;
        k ^= k >> 31;
        h = (h ^ k) * 0x94D049BB133111EBull;
        h ^= h >> 29;
    }
    uint64_t tail = 0;
    for (size_t k = 0; i < n; ++i, ++k) tail |= uint64_t((unsigned char)p[i]) << (8 * k);
    h = (h ^ (tail * 0xBF58476D1CE4E5B9ull)) * 0x94D049BB133111EBull;
    h ^= h >> 32;
    return h;
}

} // namespace

// ---------------------------------------------------------------- creation

StrObj* new_str_ascii(Interp& I, std::string_view s) {
    if (s.size() == 1 && I.ascii_chars[(unsigned char)s[0]]) return I.ascii_chars[(unsigned char)s[0]];
    if (s.empty() && I.empty_str) return I.empty_str;
    StrObj* o = I.heap.make_extra<StrObj>(s.size() + 1, I.types.str, s.size(), s.size());
    std::memcpy(o->data(), s.data(), s.size());
    o->data()[s.size()] = '\0';
    o->small = StrObj::kAscii;
    return o;
}

StrObj* new_str(Interp& I, std::string_view s) {
    if (s.size() == 1 && (unsigned char)s[0] < 128 && I.ascii_chars[(unsigned char)s[0]])
        return I.ascii_chars[(unsigned char)s[0]];
    if (s.empty() && I.empty_str) return I.empty_str;
    bool ascii;
    size_t chars = utf8_count(s, &ascii);
    StrObj* o = I.heap.make_extra<StrObj>(s.size() + 1, I.types.str, s.size(), chars);
    std::memcpy(o->data(), s.data(), s.size());
    o->data()[s.size()] = '\0';
    if (ascii) o->small = StrObj::kAscii;
    return o;
}

StrObj* str_alloc(Interp& I, size_t nbytes, size_t nchars, bool ascii) {
    StrObj* o = I.heap.make_extra<StrObj>(nbytes + 1, I.types.str, nbytes, nchars);
    o->data()[nbytes] = '\0';
    if (ascii) o->small = StrObj::kAscii;
    return o;
}

StrObj* str_from_codepoint(Interp& I, uint32_t cp) {
    if (cp < 128 && I.ascii_chars[cp]) return I.ascii_chars[cp];
    std::string s;
    utf8_append(s, cp);
    return new_str(I, s);
}

StrObj* intern(Interp& I, std::string_view s) {
    auto it = I.interned.find(s);
    if (it != I.interned.end()) return it->second;
    StrObj* o = new_str(I, s);
    if (o->small & StrObj::kInterned) return o; // a cached single character
    o->small |= StrObj::kInterned;
    I.interned.emplace(o->view(), o);
    return o;
}

StrObj* intern(Interp& I, StrObj* s) {
    if (s->small & StrObj::kInterned) return s;
    if (s->type != I.types.str) return intern(I, s->view()); // never intern a str subclass instance
    auto it = I.interned.find(s->view());
    if (it != I.interned.end()) return it->second;
    s->small |= StrObj::kInterned;
    I.interned.emplace(s->view(), s);
    return s;
}

int64_t str_hash(StrObj* s) {
    if (s->hash != -1) return s->hash;
    int64_t h = int64_t(hash_bytes(s->data(), s->nbytes) >> 1);
    if (h == -1) h = -2;
    s->hash = h;
    return h;
}

bool str_equal(const StrObj* a, const StrObj* b) {
    if (a == b) return true;
    if (a->nbytes != b->nbytes) return false;
    if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) return false;
    return std::memcmp(a->data(), b->data(), a->nbytes) == 0;
}

int str_compare(const StrObj* a, const StrObj* b) {
    size_t n = std::min(a->nbytes, b->nbytes);
    int c = std::memcmp(a->data(), b->data(), n);
    if (c != 0) return c < 0 ? -1 : 1;
    return a->nbytes < b->nbytes ? -1 : a->nbytes > b->nbytes ? 1 : 0;
}

std::string str_repr(std::string_view s) {
    bool has_single = s.find('\'') != std::string_view::npos;
    bool has_double = s.find('"') != std::string_view::npos;
    char quote = (has_single && !has_double) ? '"' : '\'';
    std::string out;
    out.reserve(s.size() + 2);
    out += quote;
    for (size_t i = 0; i < s.size();) {
        size_t start = i;
        uint32_t c = utf8_decode(s, i);
        if (c == uint32_t(quote) || c == '\\') {
            out += '\\';
            out += char(c);
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else if (is_printable_cp(c)) {
            out.append(s.substr(start, i - start));
        } else if (c < 0x100) {
            out += fmt::format("\\x{:02x}", c);
        } else if (c < 0x10000) {
            out += fmt::format("\\u{:04x}", c);
        } else {
            out += fmt::format("\\U{:08x}", c);
        }
    }
    out += quote;
    return out;
}

std::string ascii_escape(std::string_view r) {
    std::string out;
    out.reserve(r.size());
    for (size_t k = 0; k < r.size();) {
        size_t start = k;
        uint32_t cp = utf8_decode(r, k);
        if (cp < 128) out.append(r, start, k - start);
        else if (cp < 0x100) out += fmt::format("\\x{:02x}", cp);
        else if (cp < 0x10000) out += fmt::format("\\u{:04x}", cp);
        else out += fmt::format("\\U{:08x}", cp);
    }
    return out;
}

StrObj* str_concat(Interp& I, StrObj* a, StrObj* b) {
    if (a->nbytes == 0) return b;
    if (b->nbytes == 0) return a;
    size_t n = a->nbytes + b->nbytes;
    StrObj* o = I.heap.make_extra<StrObj>(n + 1, I.types.str, n, a->nchars + b->nchars);
    std::memcpy(o->data(), a->data(), a->nbytes);
    std::memcpy(o->data() + a->nbytes, b->data(), b->nbytes);
    o->data()[n] = '\0';
    if (a->ascii() && b->ascii()) o->small = StrObj::kAscii;
    return o;
}

StrObj* str_repeat(ThreadState& ts, StrObj* s, int64_t n) {
    Interp& I = ts.interp;
    if (n <= 0 || s->nbytes == 0) return I.empty_str;
    if (n == 1) return s;
    if (uint64_t(n) > (uint64_t(1) << 40) / std::max<size_t>(s->nbytes, 1)) raise_type(ts, I.exc.MemoryError);
    size_t total = s->nbytes * size_t(n);
    StrObj* o = I.heap.make_extra<StrObj>(total + 1, I.types.str, total, s->nchars * size_t(n));
    for (int64_t k = 0; k < n; ++k) std::memcpy(o->data() + size_t(k) * s->nbytes, s->data(), s->nbytes);
    o->data()[total] = '\0';
    o->small = s->small & StrObj::kAscii;
    return o;
}

bool str_contains(StrObj* haystack, StrObj* needle) {
    return haystack->view().find(needle->view()) != std::string_view::npos;
}

StrObj* str_getitem_index(Interp& I, StrObj* s, int64_t index) {
    if (s->ascii()) return I.ascii_chars[(unsigned char)s->data()[index]];
    size_t b = str_byte_offset(s, size_t(index));
    size_t e = b + 1;
    while (e < s->nbytes && (s->data()[e] & 0xC0) == 0x80) ++e;
    return new_str(I, std::string_view(s->data() + b, e - b));
}

Value str_slice(ThreadState& ts, StrObj* s, Value slice) {
    int64_t start, stop, step;
    int64_t n = slice_indices(ts, slice.as<SliceObj>(), int64_t(s->nchars), &start, &stop, &step);
    Interp& I = ts.interp;
    if (n <= 0) return Value::from_obj(I.empty_str);
    if (step == 1) {
        size_t b = str_byte_offset(s, size_t(start));
        size_t e = s->ascii() ? size_t(stop) : b + str_byte_offset(s, size_t(stop)) - str_byte_offset(s, size_t(start));
        if (!s->ascii()) e = str_byte_offset(s, size_t(stop));
        if (b == 0 && e == s->nbytes && s->type == I.types.str) return Value::from_obj(s); // (a subclass slices to a str)
        return Value::from_obj(new_str(I, std::string_view(s->data() + b, e - b)));
    }
    std::string out;
    if (s->ascii()) {
        for (int64_t i = start, k = 0; k < n; i += step, ++k) out += s->data()[i];
        return Value::from_obj(new_str_ascii(I, out));
    }
    std::u32string cps = decode_all(s->view());
    for (int64_t i = start, k = 0; k < n; i += step, ++k) utf8_append(out, cps[size_t(i)]);
    return Value::from_obj(new_str(I, out));
}

} // namespace gilt
