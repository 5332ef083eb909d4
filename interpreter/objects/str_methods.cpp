// The methods of str (everything but format/format_map and %, which live in str_format.cpp).
#include <algorithm>
#include <cstring>
#include <fmt/format.h>

#include "core/thread_state.hpp"
#include "objects/bigint.hpp"
#include "objects/bytes.hpp"
#include "objects/codecs.hpp"
#include "objects/dict.hpp"
#include "objects/function.hpp"
#include "objects/list.hpp"
#include "objects/number.hpp"
#include "objects/str.hpp"
#include "objects/tuple.hpp"
#include "objects/type.hpp"
#include "objects/unicode_db.hpp"
#include "vm/args.hpp"
#include "vm/errors.hpp"
#include "vm/eval.hpp"
#include "vm/ops.hpp"

namespace gilt {

namespace {

using unicode::Case;

// ---------------------------------------------------------------- helpers

std::u32string decode_all(std::string_view s) {
    std::u32string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) out.push_back(utf8_decode(s, i));
    return out;
}

std::string encode_all(std::u32string_view cps) {
    std::string out;
    out.reserve(cps.size());
    for (char32_t cp : cps) utf8_append(out, cp);
    return out;
}

// Start of the code point that ends just before byte i (i > 0).
size_t utf8_prev(std::string_view s, size_t i) {
    do --i;
    while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80);
    return i;
}

// str.isspace() and split()'s idea of whitespace.
inline bool is_space(char32_t c) {
    if (c < 128) return c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
    return unicode::has(c, unicode::kSpace);
}

inline bool is_linebreak(char32_t c) {
    return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x1C || c == 0x1D || c == 0x1E || c == 0x85 ||
           c == 0x2028 || c == 0x2029;
}

StrObj* self_str(ThreadState& ts, Value v, const char* method) {
    if (!is_str(v))
        type_error(ts, "descriptor '{}' for 'str' objects doesn't apply to a '{}' object", method, type_name(ts.interp, v));
    return as_str(v);
}

Value mk(Interp& I, std::string_view s) { return Value::from_obj(new_str(I, s)); }
Value mk_ascii(Interp& I, std::string_view s) { return Value::from_obj(new_str_ascii(I, s)); }

// The argument-count messages differ by how CPython declares each method; these three
// shapes cover str: METH_NOARGS ("str.upper() takes no arguments (1 given)"), METH_O
// ("str.join() takes exactly one argument (0 given)") and the tuple parser of the
// find family ("find() takes at least 1 argument (0 given)").
void no_args(ThreadState& ts, const char* qualname, size_t nargs, TupleObj* kw) {
    no_keywords(ts, qualname, kw);
    check_count(ts, qualname, nargs - 1, 0, 0);
}
void one_arg(ThreadState& ts, const char* qualname, size_t nargs, TupleObj* kw) {
    no_keywords(ts, qualname, kw);
    check_count(ts, qualname, nargs - 1, 1, 1);
}
void tuple_args(ThreadState& ts, const char* name, size_t nargs, size_t min, size_t max) {
    if (nargs < min) type_error(ts, "{}() takes at least {} argument{} ({} given)", name, min, min == 1 ? "" : "s", nargs);
    if (nargs > max) type_error(ts, "{}() takes at most {} argument{} ({} given)", name, max, max == 1 ? "" : "s", nargs);
}

// A start/end argument of find() and friends: an int (huge ones clamp) or None.
int64_t slice_arg(ThreadState& ts, Value v) {
    Value i = index_value(ts, v, "slice indices must be integers or None or have an __index__ method");
    if (i.is_small()) return i.small();
    return i.as<BigIntObj>()->value.is_negative() ? -(int64_t(1) << 62) : (int64_t(1) << 62);
}

// Resolves optional start/end arguments (code-point indices, slice semantics); start
// may end up past the end, which callers treat as "nothing matches".
void clamp_range(ThreadState& ts, int64_t n, Value vstart, Value vend, int64_t* start, int64_t* end) {
    *start = 0;
    *end = n;
    if (!vstart.is_null() && !vstart.is_none()) {
        *start = slice_arg(ts, vstart);
        if (*start < 0) *start = std::max<int64_t>(0, *start + n);
    }
    if (!vend.is_null() && !vend.is_none()) {
        *end = slice_arg(ts, vend);
        if (*end < 0) *end = std::max<int64_t>(0, *end + n);
        if (*end > n) *end = n;
    }
}

// Byte index -> code-point index.
int64_t char_index(StrObj* s, size_t byte) {
    if (s->ascii()) return int64_t(byte);
    return int64_t(utf8_count(std::string_view(s->data(), byte)));
}

StrObj* str_arg(ThreadState& ts, Value v) {
    if (!is_str(v)) type_error(ts, "must be str, not {}", type_name(ts.interp, v));
    return as_str(v);
}

// ---------------------------------------------------------------- searching

int64_t find_impl(ThreadState& ts, Value* args, size_t nargs, const char* name, bool reverse) {
    tuple_args(ts, name, nargs - 1, 1, 3);
    StrObj* s = self_str(ts, args[0], name);
    StrObj* sub = str_arg(ts, args[1]);
    int64_t start, end;
    clamp_range(ts, int64_t(s->nchars), nargs > 2 ? args[2] : Value(), nargs > 3 ? args[3] : Value(), &start, &end);
    if (start > end || start > int64_t(s->nchars)) return -1;
    size_t bs = str_byte_offset(s, size_t(start)), be = str_byte_offset(s, size_t(end));
    std::string_view hay(s->data() + bs, be - bs);
    size_t pos = reverse ? hay.rfind(sub->view()) : hay.find(sub->view());
    if (pos == std::string_view::npos) return -1;
    return char_index(s, bs + pos);
}

Value str_find(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "str.find", kw);
    return Value::from_small(find_impl(ts, args, nargs, "find", false));
}
Value str_rfind(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "str.rfind", kw);
    return Value::from_small(find_impl(ts, args, nargs, "rfind", true));
}
Value str_index(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "str.index", kw);
    int64_t r = find_impl(ts, args, nargs, "index", false);
    if (r < 0) value_error(ts, "substring not found");
    return Value::from_small(r);
}
Value str_rindex(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "str.rindex", kw);
    int64_t r = find_impl(ts, args, nargs, "rindex", true);
    if (r < 0) value_error(ts, "substring not found");
    return Value::from_small(r);
}

Value str_count(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "str.count", kw);
    tuple_args(ts, "count", nargs - 1, 1, 3);
    StrObj* s = self_str(ts, args[0], "count");
    StrObj* sub = str_arg(ts, args[1]);
    int64_t start, end;
    clamp_range(ts, int64_t(s->nchars), nargs > 2 ? args[2] : Value(), nargs > 3 ? args[3] : Value(), &start, &end);
    if (start > end || start > int64_t(s->nchars)) return Value::from_small(0);
    if (sub->nchars == 0) return Value::from_small(end - start + 1);
    size_t bs = str_byte_offset(s, size_t(start)), be = str_byte_offset(s, size_t(end));
    std::string_view hay(s->data() + bs, be - bs);
    int64_t count = 0;
    for (size_t pos = hay.find(sub->view()); pos != std::string_view::npos; pos = hay.find(sub->view(), pos + sub->nbytes))
        ++count;
    return Value::from_small(count);
}

bool match_affix(ThreadState& ts, StrObj* s, Value affix, int64_t start, int64_t end, bool suffix, const char* name) {
    if (is_tuple(affix)) {
        TupleObj* t = as_tuple(affix);
        for (size_t i = 0; i < t->size; ++i)
            if (match_affix(ts, s, t->items()[i], start, end, suffix, name)) return true;
        return false;
    }
    if (!is_str(affix)) type_error(ts, "tuple for {} must only contain str, not {}", name, type_name(ts.interp, affix));
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
    no_keywords(ts, suffix ? "str.endswith" : "str.startswith", kw);
    tuple_args(ts, name, nargs - 1, 1, 3);
    StrObj* s = self_str(ts, args[0], name);
    if (!is_str(args[1]) && !is_tuple(args[1]))
        type_error(ts, "{} first arg must be str or a tuple of str, not {}", name, type_name(ts.interp, args[1]));
    int64_t start, end;
    clamp_range(ts, int64_t(s->nchars), nargs > 2 ? args[2] : Value(), nargs > 3 ? args[3] : Value(), &start, &end);
    return Value::boolean(match_affix(ts, s, args[1], start, end, suffix, name));
}
Value str_startswith(ThreadState& ts, Value* a, size_t n, TupleObj* k) { return affix_impl(ts, a, n, k, false); }
Value str_endswith(ThreadState& ts, Value* a, size_t n, TupleObj* k) { return affix_impl(ts, a, n, k, true); }

// ---------------------------------------------------------------- joining and splitting

Value str_join(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    one_arg(ts, "str.join", nargs, kw);
    StrObj* sep = self_str(ts, args[0], "join");
    Value iterable = args[1];
    RootedVector items(ts);
    if (is_list(iterable)) {
        items.items = as_list(iterable)->items;
    } else if (is_tuple(iterable)) {
        TupleObj* t = as_tuple(iterable);
        items.items.assign(t->items(), t->items() + t->size);
    } else {
        // As PySequence_Fast: a TypeError from iter() becomes "can only join an iterable".
        Rooted it(ts, get_iter_or_type_error(ts, iterable, [] { return "can only join an iterable"; }));
        collect_iterable(ts, it, items.items);
    }
    size_t n = items.items.size();
    if (n == 0) return Value::from_obj(ts.interp.empty_str);
    size_t nbytes = sep->nbytes * (n - 1), nchars = sep->nchars * (n - 1);
    bool ascii = sep->ascii();
    for (size_t i = 0; i < n; ++i) {
        Value v = items.items[i];
        if (!is_str(v)) type_error(ts, "sequence item {}: expected str instance, {} found", i, type_name(ts.interp, v));
        nbytes += as_str(v)->nbytes;
        nchars += as_str(v)->nchars;
        ascii = ascii && as_str(v)->ascii();
    }
    if (n == 1) return items.items[0];
    StrObj* out = str_alloc(ts.interp, nbytes, nchars, ascii);
    char* p = out->data();
    for (size_t i = 0; i < n; ++i) {
        if (i) {
            std::memcpy(p, sep->data(), sep->nbytes);
            p += sep->nbytes;
        }
        StrObj* s = as_str(items.items[i]);
        std::memcpy(p, s->data(), s->nbytes);
        p += s->nbytes;
    }
    return Value::from_obj(out);
}

// split()/rsplit() with no separator: runs of whitespace separate, ends are dropped.
Value split_whitespace(ThreadState& ts, StrObj* s, int64_t maxsplit, bool reverse) {
    Interp& I = ts.interp;
    std::string_view v = s->view();
    std::vector<std::pair<size_t, size_t>> parts; // byte ranges
    auto space_at = [&](size_t i, size_t* next) {
        size_t j = i;
        char32_t c = utf8_decode(v, j);
        *next = j;
        return is_space(c);
    };
    if (!reverse) {
        size_t i = 0, n = v.size(), next;
        while (i < n) {
            while (i < n && space_at(i, &next)) i = next;
            if (i >= n) break;
            if (maxsplit >= 0 && int64_t(parts.size()) == maxsplit) {
                parts.push_back({i, n}); // the rest, trailing whitespace included
                break;
            }
            size_t j = i;
            while (j < n && !space_at(j, &next)) j = next;
            parts.push_back({i, j});
            i = j;
        }
    } else {
        size_t i = v.size(), next;
        while (i > 0) {
            while (i > 0 && space_at(utf8_prev(v, i), &next)) i = utf8_prev(v, i);
            if (i == 0) break;
            if (maxsplit >= 0 && int64_t(parts.size()) == maxsplit) {
                parts.push_back({0, i}); // the rest, leading whitespace included
                break;
            }
            size_t j = i;
            while (j > 0 && !space_at(utf8_prev(v, j), &next)) j = utf8_prev(v, j);
            parts.push_back({j, i});
            i = j;
        }
        std::reverse(parts.begin(), parts.end());
    }
    ListObj* out = new_list(I, parts.size());
    for (auto [b, e] : parts) {
        if (b == 0 && e == v.size()) out->items.push_back(Value::from_obj(s));
        else out->items.push_back(s->ascii() ? mk_ascii(I, v.substr(b, e - b)) : mk(I, v.substr(b, e - b)));
    }
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
    if (parts.size() == 1) {
        out->items.push_back(args[0]);
        return Value::from_obj(out);
    }
    for (auto p : parts) out->items.push_back(s->ascii() ? mk_ascii(I, p) : mk(I, p));
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
    std::string_view v = s->view();
    size_t i = 0, n = v.size();
    while (i < n) {
        size_t j = i, eol = n, next = n;
        while (j < n) {
            size_t k = j;
            char32_t c = utf8_decode(v, k);
            if (is_linebreak(c)) {
                eol = j;
                next = (c == '\r' && k < n && v[k] == '\n') ? k + 1 : k;
                break;
            }
            j = k;
        }
        if (j >= n) eol = next = n;
        out->items.push_back(mk(I, v.substr(i, (keep ? next : eol) - i)));
        i = next;
    }
    return Value::from_obj(out);
}

Value partition_impl(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw, bool reverse) {
    one_arg(ts, reverse ? "str.rpartition" : "str.partition", nargs, kw);
    StrObj* s = self_str(ts, args[0], reverse ? "rpartition" : "partition");
    StrObj* sep = str_arg(ts, args[1]);
    if (sep->nbytes == 0) value_error(ts, "empty separator");
    Interp& I = ts.interp;
    Value empty = Value::from_obj(I.empty_str);
    std::string_view v = s->view();
    size_t f = reverse ? v.rfind(sep->view()) : v.find(sep->view());
    if (f == std::string_view::npos) {
        if (reverse) return Value::from_obj(new_tuple(I, {empty, empty, args[0]}));
        return Value::from_obj(new_tuple(I, {args[0], empty, empty}));
    }
    Value head = mk(I, v.substr(0, f));
    Value tail = mk(I, v.substr(f + sep->nbytes));
    return Value::from_obj(new_tuple(I, {head, args[1], tail}));
}
Value str_partition(ThreadState& ts, Value* a, size_t n, TupleObj* k) { return partition_impl(ts, a, n, k, false); }
Value str_rpartition(ThreadState& ts, Value* a, size_t n, TupleObj* k) { return partition_impl(ts, a, n, k, true); }

// ---------------------------------------------------------------- stripping, replacing, padding

enum class StripWhere { Left, Right, Both };
Value strip_impl(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw, StripWhere where, const char* name) {
    no_keywords(ts, where == StripWhere::Both ? "str.strip" : where == StripWhere::Left ? "str.lstrip" : "str.rstrip", kw);
    check_count(ts, name, nargs - 1, 0, 1);
    StrObj* s = self_str(ts, args[0], name);
    bool ws = nargs < 2 || args[1].is_none();
    std::u32string chars;
    if (!ws) {
        if (!is_str(args[1])) type_error(ts, "{} arg must be None or str", name);
        chars = decode_all(as_str(args[1])->view());
    }
    auto strip_cp = [&](char32_t c) { return ws ? is_space(c) : chars.find(c) != std::u32string::npos; };
    std::string_view v = s->view();
    size_t b = 0, e = v.size();
    if (where != StripWhere::Right) {
        while (b < e) {
            size_t k = b;
            if (!strip_cp(utf8_decode(v, k))) break;
            b = k;
        }
    }
    if (where != StripWhere::Left) {
        while (e > b) {
            size_t p = utf8_prev(v, e), k = p;
            if (!strip_cp(utf8_decode(v, k))) break;
            e = p;
        }
    }
    if (b == 0 && e == v.size()) return args[0];
    return s->ascii() ? mk_ascii(ts.interp, v.substr(b, e - b)) : mk(ts.interp, v.substr(b, e - b));
}
Value str_strip(ThreadState& ts, Value* a, size_t n, TupleObj* k) { return strip_impl(ts, a, n, k, StripWhere::Both, "strip"); }
Value str_lstrip(ThreadState& ts, Value* a, size_t n, TupleObj* k) { return strip_impl(ts, a, n, k, StripWhere::Left, "lstrip"); }
Value str_rstrip(ThreadState& ts, Value* a, size_t n, TupleObj* k) { return strip_impl(ts, a, n, k, StripWhere::Right, "rstrip"); }

Value str_replace(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "str.replace", kw);
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
        if (count < 0 || done < count) {
            out.append(rep);
            ++done;
        }
        if (done == 0) return args[0];
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

char32_t fill_char(ThreadState& ts, Value v) {
    if (!is_str(v)) type_error(ts, "The fill character must be a unicode character, not {}", type_name(ts.interp, v));
    StrObj* f = as_str(v);
    if (f->nchars != 1) type_error(ts, "The fill character must be exactly one character long");
    size_t i = 0;
    return utf8_decode(f->view(), i);
}

std::string repeat_cp(char32_t c, size_t n) {
    std::string one;
    utf8_append(one, c);
    std::string out;
    out.reserve(one.size() * n);
    for (size_t i = 0; i < n; ++i) out += one;
    return out;
}

Value pad_impl(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw, int how, const char* name) {
    no_keywords(ts, how == 0 ? "str.ljust" : how == 1 ? "str.rjust" : "str.center", kw);
    check_count(ts, name, nargs - 1, 1, 2);
    StrObj* s = self_str(ts, args[0], name);
    int64_t width = index_int64(ts, args[1]);
    char32_t fill = nargs > 2 ? fill_char(ts, args[2]) : U' ';
    if (width <= int64_t(s->nchars)) return args[0];
    size_t total = size_t(width) - s->nchars;
    // CPython's centring rule: the odd space goes left only when the width is odd too.
    size_t left = how == 0 ? 0 : how == 1 ? total : (total / 2 + (total & size_t(width) & 1));
    std::string out = repeat_cp(fill, left);
    out.append(s->view());
    out += repeat_cp(fill, total - left);
    return mk(ts.interp, out);
}
Value str_ljust(ThreadState& ts, Value* a, size_t n, TupleObj* k) { return pad_impl(ts, a, n, k, 0, "ljust"); }
Value str_rjust(ThreadState& ts, Value* a, size_t n, TupleObj* k) { return pad_impl(ts, a, n, k, 1, "rjust"); }
Value str_center(ThreadState& ts, Value* a, size_t n, TupleObj* k) { return pad_impl(ts, a, n, k, 2, "center"); }

Value str_zfill(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    one_arg(ts, "str.zfill", nargs, kw);
    StrObj* s = self_str(ts, args[0], "zfill");
    int64_t width = index_int64(ts, args[1]);
    if (width <= int64_t(s->nchars)) return args[0];
    std::string v(s->view());
    size_t fill = size_t(width) - s->nchars;
    size_t at = (!v.empty() && (v[0] == '+' || v[0] == '-')) ? 1 : 0;
    v.insert(at, fill, '0');
    return mk(ts.interp, v);
}

Value str_removeprefix(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    one_arg(ts, "str.removeprefix", nargs, kw);
    StrObj* s = self_str(ts, args[0], "removeprefix");
    StrObj* p = arg_str(ts, args[1], "removeprefix", "argument");
    if (p->nbytes && s->view().substr(0, p->nbytes) == p->view()) return mk(ts.interp, s->view().substr(p->nbytes));
    return args[0];
}
Value str_removesuffix(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    one_arg(ts, "str.removesuffix", nargs, kw);
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
        char32_t c = utf8_decode(v, i);
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

// ---------------------------------------------------------------- case mappings

void append_case(std::u32string& out, char32_t c, Case which) {
    char32_t m[3];
    int n = unicode::map_case(c, which, m);
    out.append(m, size_t(n));
}

// The final-sigma rule (Unicode's Final_Sigma context, as CPython applies it): a capital
// sigma lowers to 'ς' after a cased letter (skipping case-ignorables) unless a cased
// letter follows (again skipping case-ignorables).
char32_t lower_sigma(const std::u32string& s, size_t i) {
    size_t j = i;
    char32_t c = 0;
    bool found = false;
    while (j > 0) {
        c = s[--j];
        if (!unicode::has(c, unicode::kCaseIgnorable)) {
            found = true;
            break;
        }
    }
    bool final_sigma = found && unicode::has(c, unicode::kCased);
    if (final_sigma && i + 1 < s.size()) {
        size_t k = i + 1;
        for (; k < s.size(); ++k)
            if (!unicode::has(s[k], unicode::kCaseIgnorable)) break;
        final_sigma = k == s.size() || !unicode::has(s[k], unicode::kCased);
    }
    return final_sigma ? 0x3C2 : 0x3C3;
}

void append_lower(std::u32string& out, const std::u32string& s, size_t i) {
    if (s[i] == 0x3A3) out += lower_sigma(s, i);
    else append_case(out, s[i], Case::Lower);
}

template <class F> Value map_cps(ThreadState& ts, StrObj* s, F f) {
    std::u32string cps = decode_all(s->view()), out;
    out.reserve(cps.size());
    f(cps, out);
    return mk(ts.interp, encode_all(out));
}

Value ascii_map(ThreadState& ts, StrObj* s, char lo, char hi, int delta) {
    std::string out(s->view());
    for (char& c : out)
        if (c >= lo && c <= hi) c = char(c + delta);
    return mk_ascii(ts.interp, out);
}

Value str_upper(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_args(ts, "str.upper", nargs, kw);
    StrObj* s = self_str(ts, args[0], "upper");
    if (s->ascii()) return ascii_map(ts, s, 'a', 'z', -32);
    return map_cps(ts, s, [](const std::u32string& in, std::u32string& out) {
        for (char32_t c : in) append_case(out, c, Case::Upper);
    });
}
Value str_lower(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_args(ts, "str.lower", nargs, kw);
    StrObj* s = self_str(ts, args[0], "lower");
    if (s->ascii()) return ascii_map(ts, s, 'A', 'Z', 32);
    return map_cps(ts, s, [](const std::u32string& in, std::u32string& out) {
        for (size_t i = 0; i < in.size(); ++i) append_lower(out, in, i);
    });
}
Value str_casefold(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_args(ts, "str.casefold", nargs, kw);
    StrObj* s = self_str(ts, args[0], "casefold");
    if (s->ascii()) return ascii_map(ts, s, 'A', 'Z', 32);
    return map_cps(ts, s, [](const std::u32string& in, std::u32string& out) {
        for (char32_t c : in) append_case(out, c, Case::Fold);
    });
}
Value str_swapcase(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_args(ts, "str.swapcase", nargs, kw);
    StrObj* s = self_str(ts, args[0], "swapcase");
    return map_cps(ts, s, [](const std::u32string& in, std::u32string& out) {
        for (size_t i = 0; i < in.size(); ++i) {
            char32_t c = in[i];
            if (unicode::has(c, unicode::kUpper)) append_lower(out, in, i);
            else if (unicode::has(c, unicode::kLower)) append_case(out, c, Case::Upper);
            else out += c;
        }
    });
}
Value str_title(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_args(ts, "str.title", nargs, kw);
    StrObj* s = self_str(ts, args[0], "title");
    return map_cps(ts, s, [](const std::u32string& in, std::u32string& out) {
        bool previous_is_cased = false;
        for (size_t i = 0; i < in.size(); ++i) {
            if (previous_is_cased) append_lower(out, in, i);
            else append_case(out, in[i], Case::Title);
            previous_is_cased = unicode::has(in[i], unicode::kCased);
        }
    });
}
Value str_capitalize(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_args(ts, "str.capitalize", nargs, kw);
    StrObj* s = self_str(ts, args[0], "capitalize");
    if (s->nbytes == 0) return args[0];
    return map_cps(ts, s, [](const std::u32string& in, std::u32string& out) {
        append_case(out, in[0], Case::Title);
        for (size_t i = 1; i < in.size(); ++i) append_lower(out, in, i);
    });
}

// ---------------------------------------------------------------- predicates

// True when every code point has one of `flags` (empty strings: `empty_result`).
Value all_have(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw, const char* qualname, uint32_t flags,
               bool empty_result) {
    no_args(ts, qualname, nargs, kw);
    StrObj* s = self_str(ts, args[0], qualname + 4); // the name after "str."
    if (s->nbytes == 0) return Value::boolean(empty_result);
    std::string_view v = s->view();
    for (size_t i = 0; i < v.size();)
        if (!(unicode::flags(utf8_decode(v, i)) & flags)) return Value::false_();
    return Value::true_();
}
Value str_isalpha(ThreadState& ts, Value* a, size_t n, TupleObj* k) {
    return all_have(ts, a, n, k, "str.isalpha", unicode::kAlpha, false);
}
Value str_isdigit(ThreadState& ts, Value* a, size_t n, TupleObj* k) {
    return all_have(ts, a, n, k, "str.isdigit", unicode::kDigit, false);
}
Value str_isdecimal(ThreadState& ts, Value* a, size_t n, TupleObj* k) {
    return all_have(ts, a, n, k, "str.isdecimal", unicode::kDecimal, false);
}
Value str_isnumeric(ThreadState& ts, Value* a, size_t n, TupleObj* k) {
    return all_have(ts, a, n, k, "str.isnumeric", unicode::kNumeric, false);
}
Value str_isalnum(ThreadState& ts, Value* a, size_t n, TupleObj* k) {
    return all_have(ts, a, n, k, "str.isalnum", unicode::kAlpha | unicode::kDecimal | unicode::kDigit | unicode::kNumeric,
                    false);
}
Value str_isspace(ThreadState& ts, Value* a, size_t n, TupleObj* k) {
    return all_have(ts, a, n, k, "str.isspace", unicode::kSpace, false);
}
Value str_isprintable(ThreadState& ts, Value* a, size_t n, TupleObj* k) {
    return all_have(ts, a, n, k, "str.isprintable", unicode::kPrintable, true);
}
Value str_isascii(ThreadState& ts, Value* a, size_t n, TupleObj* k) {
    no_args(ts, "str.isascii", n, k);
    return Value::boolean(self_str(ts, a[0], "isascii")->ascii());
}

Value str_isupper(ThreadState& ts, Value* a, size_t n, TupleObj* k) {
    no_args(ts, "str.isupper", n, k);
    std::string_view v = self_str(ts, a[0], "isupper")->view();
    bool cased = false;
    for (size_t i = 0; i < v.size();) {
        uint32_t f = unicode::flags(utf8_decode(v, i));
        if (f & (unicode::kLower | unicode::kTitle)) return Value::false_();
        if (f & unicode::kUpper) cased = true;
    }
    return Value::boolean(cased);
}
Value str_islower(ThreadState& ts, Value* a, size_t n, TupleObj* k) {
    no_args(ts, "str.islower", n, k);
    std::string_view v = self_str(ts, a[0], "islower")->view();
    bool cased = false;
    for (size_t i = 0; i < v.size();) {
        uint32_t f = unicode::flags(utf8_decode(v, i));
        if (f & (unicode::kUpper | unicode::kTitle)) return Value::false_();
        if (f & unicode::kLower) cased = true;
    }
    return Value::boolean(cased);
}
Value str_istitle(ThreadState& ts, Value* a, size_t n, TupleObj* k) {
    no_args(ts, "str.istitle", n, k);
    std::string_view v = self_str(ts, a[0], "istitle")->view();
    bool cased = false, previous_is_cased = false;
    for (size_t i = 0; i < v.size();) {
        uint32_t f = unicode::flags(utf8_decode(v, i));
        if (f & (unicode::kUpper | unicode::kTitle)) {
            if (previous_is_cased) return Value::false_();
            previous_is_cased = cased = true;
        } else if (f & unicode::kLower) {
            if (!previous_is_cased) return Value::false_();
            previous_is_cased = cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    return Value::boolean(cased);
}
Value str_isidentifier(ThreadState& ts, Value* a, size_t n, TupleObj* k) {
    no_args(ts, "str.isidentifier", n, k);
    std::string_view v = self_str(ts, a[0], "isidentifier")->view();
    if (v.empty()) return Value::false_();
    size_t i = 0;
    char32_t first = utf8_decode(v, i);
    if (first != '_' && !unicode::has(first, unicode::kXidStart)) return Value::false_();
    while (i < v.size())
        if (!unicode::has(utf8_decode(v, i), unicode::kXidContinue)) return Value::false_();
    return Value::true_();
}

// ---------------------------------------------------------------- encode, maketrans, translate

Value str_encode(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    Args a(ts, "encode", args + 1, nargs - 1, kw, {"encoding", "errors"}, 0);
    StrObj* s = self_str(ts, args[0], "encode");
    Codec c = a.has(0) ? codec_lookup(ts, arg_str(ts, a[0], "encode", "argument 'encoding'")->view()) : Codec::Utf8;
    std::string_view errors = a.has(1) ? arg_str(ts, a[1], "encode", "argument 'errors'")->view() : "strict";
    if (c == Codec::Utf8 && s->ascii()) return Value::from_obj(new_bytes(ts.interp, s->view()));
    return Value::from_obj(new_bytes(ts.interp, codec_encode(ts, s->view(), c, errors)));
}

Value str_maketrans(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "str.maketrans", kw);
    // Called as str.maketrans(...) (static): args[0] is the first real argument.
    check_count(ts, "maketrans", nargs, 1, 3);
    Interp& I = ts.interp;
    DictObj* d = new_dict(I);
    Rooted keep(ts, Value::from_obj(d));
    if (nargs == 1) {
        if (!is_dict(args[0])) type_error(ts, "if you give only one argument to maketrans it must be a dict");
        RootedVector pairs(ts);
        uint32_t pos = 0;
        DictEntry* e;
        while (dict_next(as_dict(args[0]), &pos, &e)) {
            pairs.items.push_back(e->key);
            pairs.items.push_back(e->value);
        }
        for (size_t i = 0; i < pairs.items.size(); i += 2) {
            Value k = pairs.items[i];
            if (is_str(k)) {
                if (as_str(k)->nchars != 1) value_error(ts, "string keys in translate table must be of length 1");
                size_t at = 0;
                k = Value::from_small(utf8_decode(as_str(k)->view(), at));
            } else if (!is_int(k)) {
                type_error(ts, "keys in translate table must be strings or integers");
            }
            dict_set(ts, d, k, pairs.items[i + 1]);
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
    one_arg(ts, "str.translate", nargs, kw);
    StrObj* s = self_str(ts, args[0], "translate");
    Rooted table(ts, args[1]);
    Rooted keep_self(ts, args[0]);
    std::string out;
    std::string_view v = s->view();
    for (size_t i = 0; i < v.size();) {
        size_t start = i;
        char32_t c = utf8_decode(v, i);
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
        if (is_str(r)) {
            out.append(as_str(r)->view());
        } else if (is_int(r)) {
            Value iv = index_value(ts, r);
            if (!iv.is_small() || iv.small() < 0 || iv.small() > 0x10FFFF)
                value_error(ts, "character mapping must be in range(0x110000)");
            utf8_append(out, uint32_t(iv.small()));
        } else {
            type_error(ts, "character mapping must return integer, None or str");
        }
    }
    return mk(ts.interp, out);
}

// ---------------------------------------------------------------- formatting entry points

Value str_format_m(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    if (nargs < 1) type_error(ts, "unbound method str.format() needs an argument");
    StrObj* s = self_str(ts, args[0], "format");
    return str_format_method(ts, s, args + 1, nargs - 1, kw);
}
Value str_format_map(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    one_arg(ts, "str.format_map", nargs, kw);
    StrObj* s = self_str(ts, args[0], "format_map");
    return str_format_map_method(ts, s, args[1]);
}

Value str_dunder_format(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    one_arg(ts, "str.__format__", nargs, kw);
    self_str(ts, args[0], "__format__");
    if (!is_str(args[1])) type_error(ts, "__format__() argument must be str, not {}", type_name(ts.interp, args[1]));
    return Value::from_obj(format_value(ts, args[0], as_str(args[1])));
}

Value str_getnewargs(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_args(ts, "str.__getnewargs__", nargs, kw);
    return Value::from_obj(new_tuple(ts.interp, {args[0]}));
}

// str(object='') / str(bytes, encoding, errors)
Value str_new(ThreadState& ts, TypeObj* cls, Value* args, size_t nargs, TupleObj* kwnames) {
    // str(x), the common call, without argument parsing.
    if (nargs == 1 && !kwnames && cls == ts.interp.types.str) return Value::from_obj(to_str(ts, args[0]));
    Args a(ts, "str", args, nargs, kwnames, {"object", "encoding", "errors"}, 0);
    Value result;
    if (!a.has(0)) {
        result = Value::from_obj(ts.interp.empty_str);
    } else if (a.has(1) || a.has(2)) {
        if (is_str(a[0])) type_error(ts, "decoding str is not supported");
        if (!is_byteslike(a[0]))
            type_error(ts, "decoding to str: need a bytes-like object, {} found", type_name(ts.interp, a[0]));
        Codec c = a.has(1) ? codec_lookup(ts, arg_str(ts, a[1], "str", "argument 'encoding'")->view()) : Codec::Utf8;
        std::string_view errors = a.has(2) ? arg_str(ts, a[2], "str", "argument 'errors'")->view() : "strict";
        result = mk(ts.interp, codec_decode(ts, bytes_view(a[0]), c, errors));
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
