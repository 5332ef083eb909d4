// str: immutable Unicode text stored as UTF-8 — creation, hashing, interning and methods.
#include "objects/str.hpp"

#include <algorithm>
#include <cstring>
#include <cwctype>
#include <wctype.h>
#include <fmt/format.h>
#include <locale.h>

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

void utf8_append(std::string& out, uint32_t cp) {
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

locale_t utf8_locale() {
    static locale_t loc = newlocale(LC_CTYPE_MASK, "C.UTF-8", nullptr);
    return loc;
}

std::u32string decode_all(std::string_view s) {
    std::u32string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) out.push_back(utf8_decode(s, i));
    return out;
}

std::string encode_all(const std::u32string& cps) {
    std::string out;
    out.reserve(cps.size());
    for (uint32_t cp : cps) utf8_append(out, cp);
    return out;
}

bool is_space_cp(uint32_t c) {
    if (c < 128) return c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
           c == 0x202F || c == 0x205F || c == 0x3000;
}
bool is_alpha_cp(uint32_t c) {
    if (c < 128) return (c | 32) >= 'a' && (c | 32) <= 'z';
    return ::iswalpha_l(wint_t(c), utf8_locale());
}
bool is_digit_cp(uint32_t c) {
    if (c < 128) return c >= '0' && c <= '9';
    return ::iswdigit_l(wint_t(c), utf8_locale()) || (c >= 0x660 && c <= 0x669) || (c >= 0x6F0 && c <= 0x6F9) ||
           (c >= 0x966 && c <= 0x96F) || (c >= 0xFF10 && c <= 0xFF19);
}
bool is_upper_cp(uint32_t c) {
    if (c < 128) return c >= 'A' && c <= 'Z';
    return ::iswupper_l(wint_t(c), utf8_locale());
}
bool is_lower_cp(uint32_t c) {
    if (c < 128) return c >= 'a' && c <= 'z';
    return ::iswlower_l(wint_t(c), utf8_locale());
}
uint32_t to_upper_cp(uint32_t c) {
    if (c < 128) return (c >= 'a' && c <= 'z') ? c - 32 : c;
    return uint32_t(::towupper_l(wint_t(c), utf8_locale()));
}
uint32_t to_lower_cp(uint32_t c) {
    if (c < 128) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    return uint32_t(::towlower_l(wint_t(c), utf8_locale()));
}
bool is_cased_cp(uint32_t c) { return is_upper_cp(c) || is_lower_cp(c) || to_upper_cp(c) != c || to_lower_cp(c) != c; }

// What repr() shows as-is; everything else is escaped.
struct CodepointRange {
    uint32_t first, last;
};
#include "unicode_tables.inc"

// str.isprintable / repr escaping, as CPython defines it (not glibc's iswprint,
// which counts format characters such as U+E0001 as printable).
bool is_printable_cp(uint32_t c) {
    if (c < 0x80) return c >= 0x20 && c != 0x7F;
    auto it = std::upper_bound(std::begin(kPrintableRanges), std::end(kPrintableRanges), c,
                               [](uint32_t v, const CodepointRange& r) { return v < r.first; });
    return it != std::begin(kPrintableRanges) && c <= std::prev(it)->last;
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

// ---------------------------------------------------------------- methods

namespace {

StrObj* self_str(ThreadState& ts, Value v, const char* method) {
    if (!is_str(v)) type_error(ts, "descriptor '{}' for 'str' objects doesn't apply to a '{}' object", method, type_name(ts.interp, v));
    return as_str(v);
}

Value mk(Interp& I, std::string_view s) { return Value::from_obj(new_str(I, s)); }

// Resolves optional start/end arguments (code-point indices, slice semantics).
void clamp_range(ThreadState& ts, StrObj* s, Value vstart, Value vend, int64_t* start, int64_t* end) {
    int64_t n = int64_t(s->nchars);
    *start = 0;
    *end = n;
    if (!vstart.is_null() && !vstart.is_none()) {
        *start = index_int64(ts, vstart);
        if (*start < 0) *start = std::max<int64_t>(0, *start + n);
    }
    if (!vend.is_null() && !vend.is_none()) {
        *end = index_int64(ts, vend);
        if (*end < 0) *end = std::max<int64_t>(0, *end + n);
        if (*end > n) *end = n;
    }
}

// Byte index -> code-point index.
int64_t char_index(StrObj* s, size_t byte) {
    if (s->ascii()) return int64_t(byte);
    return int64_t(utf8_count(std::string_view(s->data(), byte)));
}

int64_t find_impl(ThreadState& ts, Value* args, size_t nargs, const char* name, bool reverse) {
    check_count(ts, name, nargs - 1, 1, 3);
    StrObj* s = self_str(ts, args[0], name);
    if (!is_str(args[1])) type_error(ts, "must be str, not {}", type_name(ts.interp, args[1]));
    StrObj* sub = as_str(args[1]);
    int64_t start, end;
    clamp_range(ts, s, nargs > 2 ? args[2] : Value(), nargs > 3 ? args[3] : Value(), &start, &end);
    if (start > end || start > int64_t(s->nchars)) return -1;
    size_t bs = str_byte_offset(s, size_t(start)), be = str_byte_offset(s, size_t(end));
    std::string_view hay(s->data() + bs, be - bs);
    size_t pos = reverse ? hay.rfind(sub->view()) : hay.find(sub->view());
    if (pos == std::string_view::npos) return -1;
    return char_index(s, bs + pos);
}

Value str_find(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "find", kw);
    return Value::from_small(find_impl(ts, args, nargs, "find", false));
}
Value str_rfind(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "rfind", kw);
    return Value::from_small(find_impl(ts, args, nargs, "rfind", true));
}
Value str_index(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "index", kw);
    int64_t r = find_impl(ts, args, nargs, "index", false);
    if (r < 0) value_error(ts, "substring not found");
    return Value::from_small(r);
}
Value str_rindex(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "rindex", kw);
    int64_t r = find_impl(ts, args, nargs, "rindex", true);
    if (r < 0) value_error(ts, "substring not found");
    return Value::from_small(r);
}

Value str_count(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "count", kw);
    check_count(ts, "count", nargs - 1, 1, 3);
    StrObj* s = self_str(ts, args[0], "count");
    if (!is_str(args[1])) type_error(ts, "must be str, not {}", type_name(ts.interp, args[1]));
    StrObj* sub = as_str(args[1]);
    int64_t start, end;
    clamp_range(ts, s, nargs > 2 ? args[2] : Value(), nargs > 3 ? args[3] : Value(), &start, &end);
    if (start > end) return Value::from_small(0);
    if (sub->nchars == 0) return Value::from_small(end - start + 1);
    size_t bs = str_byte_offset(s, size_t(start)), be = str_byte_offset(s, size_t(end));
    std::string_view hay(s->data() + bs, be - bs);
    int64_t count = 0;
    for (size_t pos = hay.find(sub->view()); pos != std::string_view::npos; pos = hay.find(sub->view(), pos + sub->nbytes))
        ++count;
    return Value::from_small(count);
}

Value str_join(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "join", kw);
    check_count(ts, "join", nargs - 1, 1, 1);
    StrObj* sep = self_str(ts, args[0], "join");
    RootedVector items(ts);
    collect_iterable(ts, args[1], items.items);
    std::string out;
    bool ascii = sep->ascii();
    for (size_t i = 0; i < items.items.size(); ++i) {
        Value v = items.items[i];
        if (!is_str(v))
            type_error(ts, "sequence item {}: expected str instance, {} found", i, type_name(ts.interp, v));
        if (i) out.append(sep->view());
        out.append(as_str(v)->view());
        ascii = ascii && as_str(v)->ascii();
    }
    if (items.items.size() == 1) return items.items[0];
    return Value::from_obj(ascii ? new_str_ascii(ts.interp, out) : new_str(ts.interp, out));
}

Value split_whitespace(ThreadState& ts, StrObj* s, int64_t maxsplit, bool reverse) {
    Interp& I = ts.interp;
    ListObj* out = new_list(I);
    std::u32string cps = decode_all(s->view());
    std::vector<std::pair<size_t, size_t>> parts;
    if (!reverse) {
        size_t i = 0, n = cps.size();
        while (i < n) {
            while (i < n && is_space_cp(cps[i])) ++i;
            if (i >= n) break;
            if (maxsplit >= 0 && int64_t(parts.size()) == maxsplit) {
                parts.push_back({i, n}); // the rest, trailing whitespace included
                break;
            }
            size_t j = i;
            while (j < n && !is_space_cp(cps[j])) ++j;
            parts.push_back({i, j});
            i = j;
        }
    } else {
        size_t i = cps.size();
        while (i > 0) {
            while (i > 0 && is_space_cp(cps[i - 1])) --i;
            if (i == 0) break;
            if (maxsplit >= 0 && int64_t(parts.size()) == maxsplit) {
                parts.push_back({0, i}); // the rest, leading whitespace included
                break;
            }
            size_t j = i;
            while (j > 0 && !is_space_cp(cps[j - 1])) --j;
            parts.push_back({j, i});
            i = j;
        }
        std::reverse(parts.begin(), parts.end());
    }
    for (auto [b, e] : parts) out->items.push_back(mk(I, encode_all(cps.substr(b, e - b))));
    return Value::from_obj(out);
}

Value split_impl(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw, bool reverse) {
    const char* name = reverse ? "rsplit" : "split";
    Args a(ts, name, args + 1, nargs - 1, kw, {"sep", "maxsplit"}, 0);
    StrObj* s = self_str(ts, args[0], name);
    int64_t maxsplit = a.has(1) ? index_int64(ts, a[1]) : -1;
    if (!a.has(0) || a[0].is_none()) return split_whitespace(ts, s, maxsplit, reverse);
    if (!is_str(a[0])) type_error(ts, "must be str or None, not {}", type_name(ts.interp, a[0]));
    StrObj* sep = as_str(a[0]);
    if (sep->nbytes == 0) value_error(ts, "empty separator");
    Interp& I = ts.interp;
    std::string_view v = s->view(), sv = sep->view();
    std::vector<std::string_view> parts;
    if (!reverse) {
        size_t pos = 0;
        for (;;) {
            if (maxsplit >= 0 && int64_t(parts.size()) == maxsplit) break;
            size_t f = v.find(sv, pos);
            if (f == std::string_view::npos) break;
            parts.push_back(v.substr(pos, f - pos));
            pos = f + sv.size();
        }
        parts.push_back(v.substr(pos));
    } else {
        size_t end = v.size();
        for (;;) {
            if (maxsplit >= 0 && int64_t(parts.size()) == maxsplit) break;
            if (end < sv.size()) break;
            size_t f = v.rfind(sv, end - sv.size());
            if (f == std::string_view::npos) break;
            parts.push_back(v.substr(f + sv.size(), end - f - sv.size()));
            end = f;
        }
        parts.push_back(v.substr(0, end));
        std::reverse(parts.begin(), parts.end());
    }
    ListObj* out = new_list(I, parts.size());
    for (auto p : parts) out->items.push_back(mk(I, p));
    return Value::from_obj(out);
}
Value str_split(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) { return split_impl(ts, args, nargs, kw, false); }
Value str_rsplit(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) { return split_impl(ts, args, nargs, kw, true); }

Value str_splitlines(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    Args a(ts, "splitlines", args + 1, nargs - 1, kw, {"keepends"}, 0);
    StrObj* s = self_str(ts, args[0], "splitlines");
    bool keep = a.has(0) && truthy(ts, a[0]);
    Interp& I = ts.interp;
    ListObj* out = new_list(I);
    std::u32string cps = decode_all(s->view());
    size_t i = 0, n = cps.size();
    while (i < n) {
        size_t j = i;
        while (j < n) {
            uint32_t c = cps[j];
            if (c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x1C || c == 0x1D || c == 0x1E || c == 0x85 ||
                c == 0x2028 || c == 0x2029)
                break;
            ++j;
        }
        size_t eol = j;
        if (j < n) {
            if (cps[j] == '\r' && j + 1 < n && cps[j + 1] == '\n') j += 2;
            else j += 1;
        }
        out->items.push_back(mk(I, encode_all(cps.substr(i, (keep ? j : eol) - i))));
        i = j;
    }
    return Value::from_obj(out);
}

enum class StripWhere { Left, Right, Both };
Value strip_impl(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw, StripWhere where, const char* name) {
    no_keywords(ts, name, kw);
    check_count(ts, name, nargs - 1, 0, 1);
    StrObj* s = self_str(ts, args[0], name);
    std::u32string chars;
    bool ws = nargs < 2 || args[1].is_none();
    if (!ws) {
        if (!is_str(args[1])) type_error(ts, "{} arg must be None or str", name);
        chars = decode_all(as_str(args[1])->view());
    }
    auto strip_cp = [&](uint32_t c) { return ws ? is_space_cp(c) : chars.find(char32_t(c)) != std::u32string::npos; };
    if (s->ascii()) {
        std::string_view v = s->view();
        size_t b = 0, e = v.size();
        if (where != StripWhere::Right)
            while (b < e && strip_cp((unsigned char)v[b])) ++b;
        if (where != StripWhere::Left)
            while (e > b && strip_cp((unsigned char)v[e - 1])) --e;
        if (b == 0 && e == v.size()) return args[0];
        return Value::from_obj(new_str_ascii(ts.interp, v.substr(b, e - b)));
    }
    std::u32string cps = decode_all(s->view());
    size_t b = 0, e = cps.size();
    if (where != StripWhere::Right)
        while (b < e && strip_cp(cps[b])) ++b;
    if (where != StripWhere::Left)
        while (e > b && strip_cp(cps[e - 1])) --e;
    if (b == 0 && e == cps.size()) return args[0];
    return mk(ts.interp, encode_all(cps.substr(b, e - b)));
}
Value str_strip(ThreadState& ts, Value* a, size_t n, TupleObj* k) { return strip_impl(ts, a, n, k, StripWhere::Both, "strip"); }
Value str_lstrip(ThreadState& ts, Value* a, size_t n, TupleObj* k) { return strip_impl(ts, a, n, k, StripWhere::Left, "lstrip"); }
Value str_rstrip(ThreadState& ts, Value* a, size_t n, TupleObj* k) { return strip_impl(ts, a, n, k, StripWhere::Right, "rstrip"); }

Value str_replace(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "replace", kw);
    check_count(ts, "replace", nargs - 1, 2, 3);
    StrObj* s = self_str(ts, args[0], "replace");
    if (!is_str(args[1])) type_error(ts, "replace() argument 1 must be str, not {}", type_name(ts.interp, args[1]));
    if (!is_str(args[2])) type_error(ts, "replace() argument 2 must be str, not {}", type_name(ts.interp, args[2]));
    int64_t count = nargs > 3 ? index_int64(ts, args[3]) : -1;
    std::string_view v = s->view(), old = as_str(args[1])->view(), rep = as_str(args[2])->view();
    std::string out;
    if (old.empty()) {
        // Inserted before every character and at the end.
        int64_t done = 0;
        for (size_t i = 0; i < v.size();) {
            if (count < 0 || done < count) {
                out.append(rep);
                ++done;
            }
            size_t start = i;
            utf8_decode(v, i);
            out.append(v.substr(start, i - start));
        }
        if (count < 0 || done < count) out.append(rep);
        return mk(ts.interp, out);
    }
    size_t pos = 0;
    int64_t done = 0;
    for (;;) {
        if (count >= 0 && done >= count) break;
        size_t f = v.find(old, pos);
        if (f == std::string_view::npos) break;
        out.append(v.substr(pos, f - pos));
        out.append(rep);
        pos = f + old.size();
        ++done;
    }
    if (done == 0) return args[0];
    out.append(v.substr(pos));
    return mk(ts.interp, out);
}

bool match_affix(ThreadState& ts, StrObj* s, Value affix, int64_t start, int64_t end, bool suffix, const char* name) {
    if (is_tuple(affix)) {
        TupleObj* t = as_tuple(affix);
        for (size_t i = 0; i < t->size; ++i)
            if (match_affix(ts, s, t->items()[i], start, end, suffix, name)) return true;
        return false;
    }
    if (!is_str(affix))
        type_error(ts, "tuple for {} must only contain str, not {}", name, type_name(ts.interp, affix));
    StrObj* a = as_str(affix);
    if (start > int64_t(s->nchars)) return false;
    if (end - start < int64_t(a->nchars)) return false;
    size_t bs = str_byte_offset(s, size_t(start)), be = str_byte_offset(s, size_t(end));
    std::string_view region(s->data() + bs, be - bs);
    if (suffix) return region.size() >= a->nbytes && region.substr(region.size() - a->nbytes) == a->view();
    return region.substr(0, a->nbytes) == a->view();
}

Value affix_impl(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw, bool suffix) {
    const char* name = suffix ? "endswith" : "startswith";
    no_keywords(ts, name, kw);
    check_count(ts, name, nargs - 1, 1, 3);
    StrObj* s = self_str(ts, args[0], name);
    if (!is_str(args[1]) && !is_tuple(args[1]))
        type_error(ts, "{} first arg must be str or a tuple of str, not {}", name, type_name(ts.interp, args[1]));
    int64_t start, end;
    clamp_range(ts, s, nargs > 2 ? args[2] : Value(), nargs > 3 ? args[3] : Value(), &start, &end);
    return Value::boolean(match_affix(ts, s, args[1], start, end, suffix, name));
}
Value str_startswith(ThreadState& ts, Value* a, size_t n, TupleObj* k) { return affix_impl(ts, a, n, k, false); }
Value str_endswith(ThreadState& ts, Value* a, size_t n, TupleObj* k) { return affix_impl(ts, a, n, k, true); }

template <class F> Value map_cps(ThreadState& ts, Value self, const char* name, F f) {
    StrObj* s = self_str(ts, self, name);
    std::u32string cps = decode_all(s->view());
    f(cps);
    return mk(ts.interp, encode_all(cps));
}

Value str_upper(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    check_count(ts, "upper", nargs - 1, 0, 0);
    StrObj* s = self_str(ts, args[0], "upper");
    if (s->ascii()) {
        std::string out(s->view());
        for (char& c : out)
            if (c >= 'a' && c <= 'z') c = char(c - 32);
        return Value::from_obj(new_str_ascii(ts.interp, out));
    }
    return map_cps(ts, args[0], "upper", [](std::u32string& c) {
        std::u32string out;
        for (char32_t ch : c) {
            if (ch == 0xDF) out += U"SS";
            else out += char32_t(to_upper_cp(ch));
        }
        c = out;
    });
}
Value str_lower(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    check_count(ts, "lower", nargs - 1, 0, 0);
    StrObj* s = self_str(ts, args[0], "lower");
    if (s->ascii()) {
        std::string out(s->view());
        for (char& c : out)
            if (c >= 'A' && c <= 'Z') c = char(c + 32);
        return Value::from_obj(new_str_ascii(ts.interp, out));
    }
    return map_cps(ts, args[0], "lower", [](std::u32string& c) {
        for (char32_t& ch : c) ch = char32_t(to_lower_cp(ch));
    });
}
Value str_casefold(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    check_count(ts, "casefold", nargs - 1, 0, 0);
    return map_cps(ts, args[0], "casefold", [](std::u32string& c) {
        std::u32string out;
        for (char32_t ch : c) {
            if (ch == 0xDF) out += U"ss";
            else out += char32_t(to_lower_cp(ch));
        }
        c = out;
    });
}
Value str_swapcase(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    check_count(ts, "swapcase", nargs - 1, 0, 0);
    return map_cps(ts, args[0], "swapcase", [](std::u32string& c) {
        for (char32_t& ch : c) ch = is_upper_cp(ch) ? char32_t(to_lower_cp(ch)) : is_lower_cp(ch) ? char32_t(to_upper_cp(ch)) : ch;
    });
}
Value str_title(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    check_count(ts, "title", nargs - 1, 0, 0);
    return map_cps(ts, args[0], "title", [](std::u32string& c) {
        bool prev_cased = false;
        for (char32_t& ch : c) {
            if (prev_cased) ch = char32_t(to_lower_cp(ch));
            else ch = char32_t(to_upper_cp(ch));
            prev_cased = is_cased_cp(ch);
        }
    });
}
Value str_capitalize(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    check_count(ts, "capitalize", nargs - 1, 0, 0);
    return map_cps(ts, args[0], "capitalize", [](std::u32string& c) {
        for (size_t i = 0; i < c.size(); ++i) c[i] = char32_t(i == 0 ? to_upper_cp(c[i]) : to_lower_cp(c[i]));
    });
}

template <class P> Value all_cps(ThreadState& ts, Value self, const char* name, bool empty_result, P pred) {
    StrObj* s = self_str(ts, self, name);
    if (s->nbytes == 0) return Value::boolean(empty_result);
    std::string_view v = s->view();
    for (size_t i = 0; i < v.size();)
        if (!pred(utf8_decode(v, i))) return Value::false_();
    return Value::true_();
}
Value str_isalpha(ThreadState& ts, Value* a, size_t, TupleObj*) { return all_cps(ts, a[0], "isalpha", false, is_alpha_cp); }
Value str_isdigit(ThreadState& ts, Value* a, size_t, TupleObj*) {
    return all_cps(ts, a[0], "isdigit", false, [](uint32_t c) { return is_digit_cp(c) || (c >= 0xB2 && c <= 0xB3) || c == 0xB9 || (c >= 0x2070 && c <= 0x2079); });
}
Value str_isdecimal(ThreadState& ts, Value* a, size_t, TupleObj*) { return all_cps(ts, a[0], "isdecimal", false, is_digit_cp); }
Value str_isnumeric(ThreadState& ts, Value* a, size_t, TupleObj*) {
    return all_cps(ts, a[0], "isnumeric", false, [](uint32_t c) {
        return is_digit_cp(c) || (c >= 0xB2 && c <= 0xB3) || c == 0xB9 || (c >= 0xBC && c <= 0xBE) || (c >= 0x2150 && c <= 0x218B) ||
               (c >= 0x2070 && c <= 0x2079) || (c >= 0x4E00 && (c == 0x4E00 || c == 0x4E8C || c == 0x4E09 || c == 0x56DB || c == 0x4E94));
    });
}
Value str_isalnum(ThreadState& ts, Value* a, size_t, TupleObj*) {
    return all_cps(ts, a[0], "isalnum", false, [](uint32_t c) { return is_alpha_cp(c) || is_digit_cp(c); });
}
Value str_isspace(ThreadState& ts, Value* a, size_t, TupleObj*) { return all_cps(ts, a[0], "isspace", false, is_space_cp); }
Value str_isascii(ThreadState& ts, Value* a, size_t, TupleObj*) { return Value::boolean(self_str(ts, a[0], "isascii")->ascii()); }
Value str_isprintable(ThreadState& ts, Value* a, size_t, TupleObj*) {
    return all_cps(ts, a[0], "isprintable", true, [](uint32_t c) { return c == ' ' || is_printable_cp(c); });
}
Value str_isupper(ThreadState& ts, Value* a, size_t, TupleObj*) {
    StrObj* s = self_str(ts, a[0], "isupper");
    bool cased = false;
    std::string_view v = s->view();
    for (size_t i = 0; i < v.size();) {
        uint32_t c = utf8_decode(v, i);
        if (is_lower_cp(c)) return Value::false_();
        if (is_upper_cp(c)) cased = true;
    }
    return Value::boolean(cased);
}
Value str_islower(ThreadState& ts, Value* a, size_t, TupleObj*) {
    StrObj* s = self_str(ts, a[0], "islower");
    bool cased = false;
    std::string_view v = s->view();
    for (size_t i = 0; i < v.size();) {
        uint32_t c = utf8_decode(v, i);
        if (is_upper_cp(c)) return Value::false_();
        if (is_lower_cp(c)) cased = true;
    }
    return Value::boolean(cased);
}
Value str_istitle(ThreadState& ts, Value* a, size_t, TupleObj*) {
    StrObj* s = self_str(ts, a[0], "istitle");
    bool cased = false, prev_cased = false;
    std::string_view v = s->view();
    for (size_t i = 0; i < v.size();) {
        uint32_t c = utf8_decode(v, i);
        if (is_upper_cp(c)) {
            if (prev_cased) return Value::false_();
            prev_cased = cased = true;
        } else if (is_lower_cp(c)) {
            if (!prev_cased) return Value::false_();
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return Value::boolean(cased);
}
Value str_isidentifier(ThreadState& ts, Value* a, size_t, TupleObj*) {
    StrObj* s = self_str(ts, a[0], "isidentifier");
    std::string_view v = s->view();
    if (v.empty()) return Value::false_();
    size_t i = 0;
    uint32_t first = utf8_decode(v, i);
    if (!(first == '_' || is_alpha_cp(first))) return Value::false_();
    while (i < v.size()) {
        uint32_t c = utf8_decode(v, i);
        if (!(c == '_' || is_alpha_cp(c) || is_digit_cp(c))) return Value::false_();
    }
    return Value::true_();
}

uint32_t fill_char(ThreadState& ts, Value v, const char* name) {
    (void)name;
    if (!is_str(v)) type_error(ts, "The fill character must be a unicode character, not {}", type_name(ts.interp, v));
    StrObj* f = as_str(v);
    if (f->nchars != 1) type_error(ts, "The fill character must be exactly one character long");
    size_t i = 0;
    return utf8_decode(f->view(), i);
}

Value pad_impl(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw, int how, const char* name) {
    no_keywords(ts, name, kw);
    check_count(ts, name, nargs - 1, 1, 2);
    StrObj* s = self_str(ts, args[0], name);
    int64_t width = index_int64(ts, args[1]);
    uint32_t fill = nargs > 2 ? fill_char(ts, args[2], name) : ' ';
    if (width <= int64_t(s->nchars)) return args[0];
    size_t total = size_t(width) - s->nchars;
    size_t left = how == 0 ? 0 : how == 1 ? total : (total / 2 + (total & size_t(width) & 1));
    size_t right = total - left;
    std::string f;
    utf8_append(f, fill);
    std::string out;
    for (size_t i = 0; i < left; ++i) out += f;
    out.append(s->view());
    for (size_t i = 0; i < right; ++i) out += f;
    return mk(ts.interp, out);
}
Value str_ljust(ThreadState& ts, Value* a, size_t n, TupleObj* k) { return pad_impl(ts, a, n, k, 0, "ljust"); }
Value str_rjust(ThreadState& ts, Value* a, size_t n, TupleObj* k) { return pad_impl(ts, a, n, k, 1, "rjust"); }
Value str_center(ThreadState& ts, Value* a, size_t n, TupleObj* k) { return pad_impl(ts, a, n, k, 2, "center"); }

Value str_zfill(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "zfill", kw);
    check_count(ts, "zfill", nargs - 1, 1, 1);
    StrObj* s = self_str(ts, args[0], "zfill");
    int64_t width = index_int64(ts, args[1]);
    if (width <= int64_t(s->nchars)) return args[0];
    std::string v(s->view());
    size_t fill = size_t(width) - s->nchars;
    size_t at = (!v.empty() && (v[0] == '+' || v[0] == '-')) ? 1 : 0;
    v.insert(at, fill, '0');
    return mk(ts.interp, v);
}

Value partition_impl(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw, bool reverse) {
    const char* name = reverse ? "rpartition" : "partition";
    no_keywords(ts, name, kw);
    check_count(ts, name, nargs - 1, 1, 1);
    StrObj* s = self_str(ts, args[0], name);
    if (!is_str(args[1])) type_error(ts, "must be str, not {}", type_name(ts.interp, args[1]));
    StrObj* sep = as_str(args[1]);
    if (sep->nbytes == 0) value_error(ts, "empty separator");
    Interp& I = ts.interp;
    std::string_view v = s->view();
    size_t f = reverse ? v.rfind(sep->view()) : v.find(sep->view());
    if (f == std::string_view::npos) {
        if (reverse) return Value::from_obj(new_tuple(I, {Value::from_obj(I.empty_str), Value::from_obj(I.empty_str), args[0]}));
        return Value::from_obj(new_tuple(I, {args[0], Value::from_obj(I.empty_str), Value::from_obj(I.empty_str)}));
    }
    return Value::from_obj(new_tuple(I, {mk(I, v.substr(0, f)), args[1], mk(I, v.substr(f + sep->nbytes))}));
}
Value str_partition(ThreadState& ts, Value* a, size_t n, TupleObj* k) { return partition_impl(ts, a, n, k, false); }
Value str_rpartition(ThreadState& ts, Value* a, size_t n, TupleObj* k) { return partition_impl(ts, a, n, k, true); }

Value str_removeprefix(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "removeprefix", kw);
    check_count(ts, "removeprefix", nargs - 1, 1, 1);
    StrObj* s = self_str(ts, args[0], "removeprefix");
    StrObj* p = arg_str(ts, args[1], "removeprefix", "argument");
    if (s->view().substr(0, p->nbytes) == p->view() && p->nbytes)
        return mk(ts.interp, s->view().substr(p->nbytes));
    return args[0];
}
Value str_removesuffix(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "removesuffix", kw);
    check_count(ts, "removesuffix", nargs - 1, 1, 1);
    StrObj* s = self_str(ts, args[0], "removesuffix");
    StrObj* p = arg_str(ts, args[1], "removesuffix", "argument");
    if (p->nbytes && s->nbytes >= p->nbytes && s->view().substr(s->nbytes - p->nbytes) == p->view())
        return mk(ts.interp, s->view().substr(0, s->nbytes - p->nbytes));
    return args[0];
}

Value str_expandtabs(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    Args a(ts, "expandtabs", args + 1, nargs - 1, kw, {"tabsize"}, 0);
    StrObj* s = self_str(ts, args[0], "expandtabs");
    int64_t tab = a.has(0) ? index_int64(ts, a[0]) : 8;
    std::string out;
    int64_t col = 0;
    std::string_view v = s->view();
    for (size_t i = 0; i < v.size();) {
        size_t start = i;
        uint32_t c = utf8_decode(v, i);
        if (c == '\t') {
            if (tab > 0) {
                int64_t n = tab - col % tab;
                out.append(size_t(n), ' ');
                col += n;
            }
        } else if (c == '\n' || c == '\r') {
            out += char(c);
            col = 0;
        } else {
            out.append(v.substr(start, i - start));
            ++col;
        }
    }
    return mk(ts.interp, out);
}

Value str_encode(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    Args a(ts, "encode", args + 1, nargs - 1, kw, {"encoding", "errors"}, 0);
    StrObj* s = self_str(ts, args[0], "encode");
    std::string enc = a.has(0) ? std::string(arg_str(ts, a[0], "encode", "argument 'encoding'")->view()) : "utf-8";
    std::string errors = a.has(1) ? std::string(arg_str(ts, a[1], "encode", "argument 'errors'")->view()) : "strict";
    for (char& c : enc) c = char(std::tolower((unsigned char)c));
    std::replace(enc.begin(), enc.end(), '_', '-');
    if (enc == "utf-8" || enc == "utf8") return Value::from_obj(new_bytes(ts.interp, s->view()));
    unsigned limit;
    const char* codec;
    if (enc == "ascii" || enc == "us-ascii") limit = 128, codec = "ascii";
    else if (enc == "latin-1" || enc == "latin1" || enc == "iso-8859-1") limit = 256, codec = "latin-1";
    else raise_msg(ts, ts.interp.exc.LookupError, fmt::format("unknown encoding: {}", enc));
    std::string out;
    std::string_view v = s->view();
    size_t pos = 0;
    for (size_t i = 0; i < v.size(); ++pos) {
        uint32_t c = utf8_decode(v, i);
        if (c < limit) {
            out += char(c);
        } else if (errors == "ignore") {
        } else if (errors == "replace") {
            out += '?';
        } else {
            std::string ch;
            utf8_append(ch, c);
            raise_msg(ts, ts.interp.exc.UnicodeEncodeError,
                      fmt::format("'{}' codec can't encode character '{}' in position {}: ordinal not in range({})",
                                  codec, str_repr(ch).substr(1, str_repr(ch).size() - 2), pos, limit));
        }
    }
    return Value::from_obj(new_bytes(ts.interp, out));
}

Value str_maketrans(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "maketrans", kw);
    // Called as str.maketrans(...) (static): args[0] is the first real argument.
    check_count(ts, "maketrans", nargs, 1, 3);
    Interp& I = ts.interp;
    DictObj* d = new_dict(I);
    Rooted keep(ts, Value::from_obj(d));
    if (nargs == 1) {
        if (!is_dict(args[0])) type_error(ts, "if you give only one argument to maketrans it must be a dict");
        uint32_t pos = 0;
        DictEntry* e;
        while (dict_next(as_dict(args[0]), &pos, &e)) {
            Value k = e->key;
            if (is_str(k)) {
                if (as_str(k)->nchars != 1) value_error(ts, "string keys in translate table must be of length 1");
                size_t i = 0;
                k = Value::from_small(utf8_decode(as_str(k)->view(), i));
            }
            dict_set(ts, d, k, e->value);
        }
        return Value::from_obj(d);
    }
    StrObj* x = arg_str(ts, args[0], "maketrans", "argument 1");
    StrObj* y = arg_str(ts, args[1], "maketrans", "argument 2");
    if (x->nchars != y->nchars) value_error(ts, "the first two maketrans arguments must have equal length");
    std::u32string xs = decode_all(x->view()), ys = decode_all(y->view());
    for (size_t i = 0; i < xs.size(); ++i) dict_set(ts, d, Value::from_small(xs[i]), Value::from_small(ys[i]));
    if (nargs > 2) {
        StrObj* z = arg_str(ts, args[2], "maketrans", "argument 3");
        for (char32_t c : decode_all(z->view())) dict_set(ts, d, Value::from_small(c), Value::none());
    }
    return Value::from_obj(d);
}

Value str_translate(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "translate", kw);
    check_count(ts, "translate", nargs - 1, 1, 1);
    StrObj* s = self_str(ts, args[0], "translate");
    Rooted table(ts, args[1]);
    std::string out;
    std::string_view v = s->view();
    for (size_t i = 0; i < v.size();) {
        size_t start = i;
        uint32_t c = utf8_decode(v, i);
        Value r;
        try {
            r = get_item(ts, table, Value::from_small(c));
        } catch (const ScriptError&) {
            if (!exception_matches(ts, ts.raised, Value::from_obj(ts.interp.exc.LookupError))) throw;
            ts.raised = Value();
            out.append(v.substr(start, i - start));
            continue;
        }
        if (r.is_none()) continue;
        if (is_str(r)) out.append(as_str(r)->view());
        else if (is_int(r)) utf8_append(out, uint32_t(index_int64(ts, r)));
        else type_error(ts, "character mapping must return integer, None or str");
    }
    return mk(ts.interp, out);
}

Value str_format_m(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    StrObj* s = self_str(ts, args[0], "format");
    return str_format_method(ts, s, args + 1, nargs - 1, kw);
}
Value str_format_map(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "format_map", kw);
    check_count(ts, "format_map", nargs - 1, 1, 1);
    StrObj* s = self_str(ts, args[0], "format_map");
    return str_format_method(ts, s, args + 1, 1, reinterpret_cast<TupleObj*>(uintptr_t(1)));
}

Value str_dunder_format(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    check_count(ts, "__format__", nargs - 1, 1, 1);
    self_str(ts, args[0], "__format__");
    if (!is_str(args[1])) type_error(ts, "__format__() argument must be str, not {}", type_name(ts.interp, args[1]));
    return Value::from_obj(format_value(ts, args[0], as_str(args[1])));
}

Value str_getnewargs(ThreadState& ts, Value* args, size_t, TupleObj*) {
    return Value::from_obj(new_tuple(ts.interp, {args[0]}));
}

// str(object='') / str(bytes, encoding, errors)
Value str_new(ThreadState& ts, TypeObj* cls, Value* args, size_t nargs, TupleObj* kwnames) {
    Args a(ts, "str", args, nargs, kwnames, {"object", "encoding", "errors"}, 0);
    Value result;
    if (!a.has(0)) {
        result = Value::from_obj(ts.interp.empty_str);
    } else if (a.has(1) || a.has(2)) {
        if (!is_byteslike(a[0]))
            type_error(ts, "decoding to str: need a bytes-like object, {} found", type_name(ts.interp, a[0]));
        std::string_view data = bytes_view(a[0]);
        std::string enc = a.has(1) ? std::string(arg_str(ts, a[1], "str", "argument 'encoding'")->view()) : "utf-8";
        std::string errors = a.has(2) ? std::string(arg_str(ts, a[2], "str", "argument 'errors'")->view()) : "strict";
        Value bytes_args[3] = {a[0], Value::from_obj(new_str(ts.interp, enc)), Value::from_obj(new_str(ts.interp, errors))};
        result = call_method(ts, a[0], intern(ts.interp, "decode"), bytes_args + 1, 2);
        (void)data;
    } else {
        result = Value::from_obj(to_str(ts, a[0]));
    }
    if (cls != ts.interp.types.str) type_error(ts, "str subclasses are not supported yet");
    return result;
}

const MethodDef kStrMethods[] = {
    {"find", str_find, NativeFunctionObj::kMethod},
    {"rfind", str_rfind, NativeFunctionObj::kMethod},
    {"index", str_index, NativeFunctionObj::kMethod},
    {"rindex", str_rindex, NativeFunctionObj::kMethod},
    {"count", str_count, NativeFunctionObj::kMethod},
    {"join", str_join, NativeFunctionObj::kMethod},
    {"split", str_split, NativeFunctionObj::kMethod},
    {"rsplit", str_rsplit, NativeFunctionObj::kMethod},
    {"splitlines", str_splitlines, NativeFunctionObj::kMethod},
    {"strip", str_strip, NativeFunctionObj::kMethod},
    {"lstrip", str_lstrip, NativeFunctionObj::kMethod},
    {"rstrip", str_rstrip, NativeFunctionObj::kMethod},
    {"replace", str_replace, NativeFunctionObj::kMethod},
    {"startswith", str_startswith, NativeFunctionObj::kMethod},
    {"endswith", str_endswith, NativeFunctionObj::kMethod},
    {"upper", str_upper, NativeFunctionObj::kMethod},
    {"lower", str_lower, NativeFunctionObj::kMethod},
    {"casefold", str_casefold, NativeFunctionObj::kMethod},
    {"swapcase", str_swapcase, NativeFunctionObj::kMethod},
    {"title", str_title, NativeFunctionObj::kMethod},
    {"capitalize", str_capitalize, NativeFunctionObj::kMethod},
    {"isalpha", str_isalpha, NativeFunctionObj::kMethod},
    {"isdigit", str_isdigit, NativeFunctionObj::kMethod},
    {"isdecimal", str_isdecimal, NativeFunctionObj::kMethod},
    {"isnumeric", str_isnumeric, NativeFunctionObj::kMethod},
    {"isalnum", str_isalnum, NativeFunctionObj::kMethod},
    {"isspace", str_isspace, NativeFunctionObj::kMethod},
    {"isascii", str_isascii, NativeFunctionObj::kMethod},
    {"isprintable", str_isprintable, NativeFunctionObj::kMethod},
    {"isupper", str_isupper, NativeFunctionObj::kMethod},
    {"islower", str_islower, NativeFunctionObj::kMethod},
    {"istitle", str_istitle, NativeFunctionObj::kMethod},
    {"isidentifier", str_isidentifier, NativeFunctionObj::kMethod},
    {"ljust", str_ljust, NativeFunctionObj::kMethod},
    {"rjust", str_rjust, NativeFunctionObj::kMethod},
    {"center", str_center, NativeFunctionObj::kMethod},
    {"zfill", str_zfill, NativeFunctionObj::kMethod},
    {"partition", str_partition, NativeFunctionObj::kMethod},
    {"rpartition", str_rpartition, NativeFunctionObj::kMethod},
    {"removeprefix", str_removeprefix, NativeFunctionObj::kMethod},
    {"removesuffix", str_removesuffix, NativeFunctionObj::kMethod},
    {"expandtabs", str_expandtabs, NativeFunctionObj::kMethod},
    {"encode", str_encode, NativeFunctionObj::kMethod},
    {"maketrans", str_maketrans, NativeFunctionObj::kStaticMethod},
    {"translate", str_translate, NativeFunctionObj::kMethod},
    {"format", str_format_m, NativeFunctionObj::kMethod},
    {"format_map", str_format_map, NativeFunctionObj::kMethod},
    {"__format__", str_dunder_format, NativeFunctionObj::kMethod},
    {"__getnewargs__", str_getnewargs, NativeFunctionObj::kMethod},
    {nullptr, nullptr},
};

} // namespace

void init_str_type(Interp& I) {
    I.types.str->new_fn = str_new;
    add_methods(I, I.types.str, kStrMethods);
}

} // namespace gilt
