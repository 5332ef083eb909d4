// The methods of bytes and bytearray: one implementation for both; results take the type of self.
#include <algorithm>
#include <cstring>
#include <fmt/format.h>

#include "core/thread_state.hpp"
#include "objects/bigint.hpp"
#include "objects/bytes.hpp"
#include "objects/codecs.hpp"
#include "objects/function.hpp"
#include "objects/list.hpp"
#include "objects/number.hpp"
#include "objects/str.hpp"
#include "objects/tuple.hpp"
#include "objects/type.hpp"
#include "vm/args.hpp"
#include "vm/errors.hpp"
#include "vm/eval.hpp"
#include "vm/ops.hpp"

namespace gilt {

namespace {

// ---------------------------------------------------------------- helpers

// bytes methods only know ASCII: these are C's isspace/isalpha... in the C locale.
inline bool b_space(unsigned char c) { return c == ' ' || (c >= 9 && c <= 13); }
inline bool b_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
inline bool b_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
inline bool b_alpha(unsigned char c) { return b_lower(c) || b_upper(c); }
inline bool b_digit(unsigned char c) { return c >= '0' && c <= '9'; }
inline char b_to_lower(char c) { return b_upper((unsigned char)c) ? char(c + 32) : c; }
inline char b_to_upper(char c) { return b_lower((unsigned char)c) ? char(c - 32) : c; }

Value make_like(ThreadState& ts, Value self, std::string_view data) {
    if (is_bytearray(self)) return Value::from_obj(new_bytearray(ts.interp, data));
    return Value::from_obj(new_bytes(ts.interp, data));
}

// "bytes.upper" or "bytearray.upper", for the messages of METH_NOARGS / METH_O methods.
std::string qual(Value self, const char* name) { return std::string(is_bytearray(self) ? "bytearray." : "bytes.") + name; }

std::string_view self_bytes(ThreadState& ts, Value v, const char* name) {
    if (!is_byteslike(v))
        type_error(ts, "descriptor '{}' requires a 'bytes' object but received a '{}'", name, type_name(ts.interp, v));
    return bytes_view(v);
}

void no_args(ThreadState& ts, Value self, const char* name, size_t nargs, TupleObj* kw) {
    std::string q = qual(self, name);
    no_keywords(ts, q.c_str(), kw);
    check_count(ts, q.c_str(), nargs - 1, 0, 0);
}
void one_arg(ThreadState& ts, Value self, const char* name, size_t nargs, TupleObj* kw) {
    std::string q = qual(self, name);
    no_keywords(ts, q.c_str(), kw);
    check_count(ts, q.c_str(), nargs - 1, 1, 1);
}
void positional(ThreadState& ts, Value self, const char* name, TupleObj* kw) {
    std::string q = qual(self, name);
    no_keywords(ts, q.c_str(), kw);
}
void tuple_args(ThreadState& ts, const char* name, size_t nargs, size_t min, size_t max) {
    if (nargs < min) type_error(ts, "{}() takes at least {} argument{} ({} given)", name, min, min == 1 ? "" : "s", nargs);
    if (nargs > max) type_error(ts, "{}() takes at most {} argument{} ({} given)", name, max, max == 1 ? "" : "s", nargs);
}

// A bytes-like argument ("a bytes-like object is required, not 'str'").
std::string_view buffer_arg(ThreadState& ts, Value v) {
    if (!is_byteslike(v)) type_error(ts, "a bytes-like object is required, not '{}'", type_name(ts.interp, v));
    return bytes_view(v);
}

// The argument of find/count/index: bytes-like or an int (a single byte).
std::string sub_arg(ThreadState& ts, Value v) {
    if (is_byteslike(v)) return std::string(bytes_view(v));
    if (is_int(v)) return std::string(1, char(byte_value(ts, v)));
    type_error(ts, "argument should be integer or bytes-like object, not '{}'", type_name(ts.interp, v));
}

int64_t slice_arg(ThreadState& ts, Value v) {
    Value i = index_value(ts, v, "slice indices must be integers or None or have an __index__ method");
    if (i.is_small()) return i.small();
    return i.as<BigIntObj>()->value.is_negative() ? -(int64_t(1) << 62) : (int64_t(1) << 62);
}

void clamp(ThreadState& ts, size_t n, Value* args, size_t nargs, size_t first, int64_t* start, int64_t* end) {
    *start = 0;
    *end = int64_t(n);
    if (nargs > first && !args[first].is_none()) {
        *start = slice_arg(ts, args[first]);
        if (*start < 0) *start = std::max<int64_t>(0, *start + int64_t(n));
    }
    if (nargs > first + 1 && !args[first + 1].is_none()) {
        *end = slice_arg(ts, args[first + 1]);
        if (*end < 0) *end = std::max<int64_t>(0, *end + int64_t(n));
        if (*end > int64_t(n)) *end = int64_t(n);
    }
}

// ---------------------------------------------------------------- searching

int64_t find_impl(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw, bool reverse, const char* name) {
    std::string q = qual(args[0], name);
    no_keywords(ts, q.c_str(), kw);
    tuple_args(ts, name, nargs - 1, 1, 3);
    std::string_view s = self_bytes(ts, args[0], name);
    std::string sub = sub_arg(ts, args[1]);
    int64_t start, end;
    clamp(ts, s.size(), args, nargs, 2, &start, &end);
    if (start > end || start > int64_t(s.size())) return -1;
    std::string_view hay = s.substr(size_t(start), size_t(end - start));
    size_t p = reverse ? hay.rfind(sub) : hay.find(sub);
    return p == std::string_view::npos ? -1 : int64_t(p) + start;
}

Value b_find(ThreadState& ts, Value* a, size_t n, TupleObj* k) { return Value::from_small(find_impl(ts, a, n, k, false, "find")); }
Value b_rfind(ThreadState& ts, Value* a, size_t n, TupleObj* k) { return Value::from_small(find_impl(ts, a, n, k, true, "rfind")); }
Value b_index(ThreadState& ts, Value* a, size_t n, TupleObj* k) {
    int64_t r = find_impl(ts, a, n, k, false, "index");
    if (r < 0) value_error(ts, "subsection not found");
    return Value::from_small(r);
}
Value b_rindex(ThreadState& ts, Value* a, size_t n, TupleObj* k) {
    int64_t r = find_impl(ts, a, n, k, true, "rindex");
    if (r < 0) value_error(ts, "subsection not found");
    return Value::from_small(r);
}
Value b_count(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    std::string q = qual(args[0], "count");
    no_keywords(ts, q.c_str(), kw);
    tuple_args(ts, "count", nargs - 1, 1, 3);
    std::string_view s = self_bytes(ts, args[0], "count");
    std::string sub = sub_arg(ts, args[1]);
    int64_t start, end;
    clamp(ts, s.size(), args, nargs, 2, &start, &end);
    if (start > end || start > int64_t(s.size())) return Value::from_small(0);
    std::string_view hay = s.substr(size_t(start), size_t(end - start));
    if (sub.empty()) return Value::from_small(int64_t(hay.size()) + 1);
    int64_t c = 0;
    for (size_t p = hay.find(sub); p != std::string_view::npos; p = hay.find(sub, p + sub.size())) ++c;
    return Value::from_small(c);
}

Value affix(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw, bool suffix) {
    const char* name = suffix ? "endswith" : "startswith";
    std::string q = qual(args[0], name);
    no_keywords(ts, q.c_str(), kw);
    tuple_args(ts, name, nargs - 1, 1, 3);
    std::string_view s = self_bytes(ts, args[0], name);
    if (!is_byteslike(args[1]) && !is_tuple(args[1]))
        type_error(ts, "{} first arg must be bytes or a tuple of bytes, not {}", name, type_name(ts.interp, args[1]));
    int64_t start, end;
    clamp(ts, s.size(), args, nargs, 2, &start, &end);
    auto check = [&](Value p) {
        std::string_view pv = buffer_arg(ts, p);
        if (start > int64_t(s.size()) || end - start < int64_t(pv.size())) return false;
        std::string_view region = s.substr(size_t(start), size_t(end - start));
        return suffix ? region.substr(region.size() - pv.size()) == pv : region.substr(0, pv.size()) == pv;
    };
    if (is_tuple(args[1])) {
        for (Value p : *as_tuple(args[1]))
            if (check(p)) return Value::true_();
        return Value::false_();
    }
    return Value::boolean(check(args[1]));
}
Value b_startswith(ThreadState& ts, Value* a, size_t n, TupleObj* k) { return affix(ts, a, n, k, false); }
Value b_endswith(ThreadState& ts, Value* a, size_t n, TupleObj* k) { return affix(ts, a, n, k, true); }

// ---------------------------------------------------------------- encoding and hex

Value b_decode(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    Args a(ts, "decode", args + 1, nargs - 1, kw, {"encoding", "errors"}, 0);
    std::string_view s = self_bytes(ts, args[0], "decode");
    Codec c = a.has(0) ? codec_lookup(ts, arg_str(ts, a[0], "decode", "argument 'encoding'")->view()) : Codec::Utf8;
    std::string_view errors = a.has(1) ? arg_str(ts, a[1], "decode", "argument 'errors'")->view() : "strict";
    return Value::from_obj(new_str(ts.interp, codec_decode(ts, s, c, errors)));
}

Value b_hex(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    Args a(ts, "hex", args + 1, nargs - 1, kw, {"sep", "bytes_per_sep"}, 0);
    std::string_view s = self_bytes(ts, args[0], "hex");
    std::string sep;
    if (a.has(0)) {
        if (is_str(a[0])) sep = std::string(as_str(a[0])->view());
        else if (is_byteslike(a[0])) sep = std::string(bytes_view(a[0]));
        else type_error(ts, "sep must be str or bytes.");
        if (is_str(a[0]) ? as_str(a[0])->nchars != 1 : sep.size() != 1) value_error(ts, "sep must be length 1.");
        if ((unsigned char)sep[0] >= 128) value_error(ts, "sep must be ASCII.");
    }
    int64_t per = a.has(1) ? index_int64(ts, a[1]) : 1;
    std::string out;
    out.reserve(s.size() * 3);
    size_t group = size_t(per < 0 ? -per : per);
    for (size_t i = 0; i < s.size(); ++i) {
        // Groups count from the right for a positive bytes_per_sep, from the left otherwise.
        if (i && !sep.empty() && group) {
            bool boundary = per > 0 ? (s.size() - i) % group == 0 : i % group == 0;
            if (boundary) out += sep;
        }
        out += fmt::format("{:02x}", (unsigned char)s[i]);
    }
    return Value::from_obj(new_str_ascii(ts.interp, out));
}

Value b_fromhex(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    bool bytearray = args[0] == Value::from_obj(ts.interp.types.bytearray);
    const char* q = bytearray ? "bytearray.fromhex" : "bytes.fromhex";
    no_keywords(ts, q, kw);
    check_count(ts, q, nargs - 1, 1, 1);
    StrObj* s = arg_str(ts, args[1], "fromhex");
    std::string out;
    std::string_view v = s->view();
    auto hexval = [](char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    };
    for (size_t i = 0; i < v.size();) {
        if (b_space((unsigned char)v[i])) {
            ++i;
            continue;
        }
        int hi = hexval(v[i]);
        int lo = i + 1 < v.size() ? hexval(v[i + 1]) : -1;
        if (hi < 0 || lo < 0)
            value_error(ts, "non-hexadecimal number found in fromhex() arg at position {}",
                        utf8_count(v.substr(0, hi < 0 ? i : i + 1)));
        out += char(hi * 16 + lo);
        i += 2;
    }
    if (bytearray) return Value::from_obj(new_bytearray(ts.interp, out));
    return Value::from_obj(new_bytes(ts.interp, out));
}

// ---------------------------------------------------------------- join, split, partition

Value b_join(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    one_arg(ts, args[0], "join", nargs, kw);
    std::string sep(self_bytes(ts, args[0], "join"));
    RootedVector items(ts);
    Rooted it(ts, get_iter_or_type_error(ts, args[1], [] { return "can only join an iterable"; }));
    collect_iterable(ts, it, items.items);
    std::string out;
    for (size_t i = 0; i < items.items.size(); ++i) {
        if (!is_byteslike(items.items[i]))
            type_error(ts, "sequence item {}: expected a bytes-like object, {} found", i, type_name(ts.interp, items.items[i]));
        if (i) out += sep;
        out += bytes_view(items.items[i]);
    }
    return make_like(ts, args[0], out);
}

Value split_impl(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw, bool reverse) {
    const char* name = reverse ? "rsplit" : "split";
    Args a(ts, name, args + 1, nargs - 1, kw, {"sep", "maxsplit"}, 0);
    std::string_view s = self_bytes(ts, args[0], name);
    int64_t maxsplit = a.has(1) ? index_int64(ts, a[1]) : -1;
    std::vector<std::string_view> parts;
    if (!a.has(0) || a[0].is_none()) {
        if (!reverse) {
            size_t i = 0, n = s.size();
            while (i < n) {
                while (i < n && b_space((unsigned char)s[i])) ++i;
                if (i >= n) break;
                if (maxsplit >= 0 && int64_t(parts.size()) == maxsplit) {
                    size_t e = n;
                    while (e > i && b_space((unsigned char)s[e - 1])) --e;
                    parts.push_back(s.substr(i, e - i));
                    break;
                }
                size_t j = i;
                while (j < n && !b_space((unsigned char)s[j])) ++j;
                parts.push_back(s.substr(i, j - i));
                i = j;
            }
        } else {
            size_t i = s.size();
            while (i > 0) {
                while (i > 0 && b_space((unsigned char)s[i - 1])) --i;
                if (i == 0) break;
                if (maxsplit >= 0 && int64_t(parts.size()) == maxsplit) {
                    size_t b = 0;
                    while (b < i && b_space((unsigned char)s[b])) ++b;
                    parts.push_back(s.substr(b, i - b));
                    break;
                }
                size_t j = i;
                while (j > 0 && !b_space((unsigned char)s[j - 1])) --j;
                parts.push_back(s.substr(j, i - j));
                i = j;
            }
            std::reverse(parts.begin(), parts.end());
        }
    } else {
        std::string_view sep = buffer_arg(ts, a[0]);
        if (sep.empty()) value_error(ts, "empty separator");
        if (!reverse) {
            size_t pos = 0;
            for (;;) {
                if (maxsplit >= 0 && int64_t(parts.size()) == maxsplit) break;
                size_t f = s.find(sep, pos);
                if (f == std::string_view::npos) break;
                parts.push_back(s.substr(pos, f - pos));
                pos = f + sep.size();
            }
            parts.push_back(s.substr(pos));
        } else {
            size_t end = s.size();
            for (;;) {
                if (maxsplit >= 0 && int64_t(parts.size()) == maxsplit) break;
                if (end < sep.size()) break;
                size_t f = s.rfind(sep, end - sep.size());
                if (f == std::string_view::npos) break;
                parts.push_back(s.substr(f + sep.size(), end - f - sep.size()));
                end = f;
            }
            parts.push_back(s.substr(0, end));
            std::reverse(parts.begin(), parts.end());
        }
    }
    ListObj* out = new_list(ts.interp, parts.size());
    Rooted keep(ts, Value::from_obj(out));
    for (auto p : parts) out->items.push_back(make_like(ts, args[0], p));
    return Value::from_obj(out);
}
Value b_split(ThreadState& ts, Value* a, size_t n, TupleObj* k) { return split_impl(ts, a, n, k, false); }
Value b_rsplit(ThreadState& ts, Value* a, size_t n, TupleObj* k) { return split_impl(ts, a, n, k, true); }

Value b_splitlines(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    Args a(ts, "splitlines", args + 1, nargs - 1, kw, {"keepends"}, 0);
    std::string_view s = self_bytes(ts, args[0], "splitlines");
    bool keep = a.has(0) && truthy(ts, a[0]);
    ListObj* out = new_list(ts.interp);
    Rooted kout(ts, Value::from_obj(out));
    size_t i = 0, n = s.size();
    while (i < n) {
        size_t j = i;
        while (j < n && s[j] != '\n' && s[j] != '\r') ++j;
        size_t eol = j, next = j;
        if (j < n) next = (s[j] == '\r' && j + 1 < n && s[j + 1] == '\n') ? j + 2 : j + 1;
        out->items.push_back(make_like(ts, args[0], s.substr(i, (keep ? next : eol) - i)));
        i = next;
    }
    return Value::from_obj(out);
}

Value partition_impl(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw, bool reverse) {
    const char* name = reverse ? "rpartition" : "partition";
    one_arg(ts, args[0], name, nargs, kw);
    std::string_view s = self_bytes(ts, args[0], name);
    std::string sep(buffer_arg(ts, args[1]));
    if (sep.empty()) value_error(ts, "empty separator");
    size_t f = reverse ? s.rfind(sep) : s.find(sep);
    Interp& I = ts.interp;
    Value parts[3];
    if (f == std::string_view::npos) {
        parts[0] = make_like(ts, args[0], reverse ? std::string_view() : s);
        parts[1] = make_like(ts, args[0], "");
        parts[2] = make_like(ts, args[0], reverse ? s : std::string_view());
    } else {
        parts[0] = make_like(ts, args[0], s.substr(0, f));
        parts[1] = is_bytes(args[1]) && is_bytes(args[0]) ? args[1] : make_like(ts, args[0], sep);
        parts[2] = make_like(ts, args[0], s.substr(f + sep.size()));
    }
    return Value::from_obj(new_tuple(I, {parts[0], parts[1], parts[2]}));
}
Value b_partition(ThreadState& ts, Value* a, size_t n, TupleObj* k) { return partition_impl(ts, a, n, k, false); }
Value b_rpartition(ThreadState& ts, Value* a, size_t n, TupleObj* k) { return partition_impl(ts, a, n, k, true); }

// ---------------------------------------------------------------- strip, replace, affixes

Value strip_impl(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw, int where, const char* name) {
    positional(ts, args[0], name, kw);
    check_count(ts, name, nargs - 1, 0, 1);
    std::string_view s = self_bytes(ts, args[0], name);
    std::string chars = nargs > 1 && !args[1].is_none() ? std::string(buffer_arg(ts, args[1])) : std::string(" \t\n\r\x0b\x0c");
    size_t b = 0, e = s.size();
    if (where != 2)
        while (b < e && chars.find(s[b]) != std::string::npos) ++b;
    if (where != 1)
        while (e > b && chars.find(s[e - 1]) != std::string::npos) --e;
    if (b == 0 && e == s.size() && is_bytes(args[0])) return args[0];
    return make_like(ts, args[0], s.substr(b, e - b));
}
Value b_strip(ThreadState& ts, Value* a, size_t n, TupleObj* k) { return strip_impl(ts, a, n, k, 0, "strip"); }
Value b_lstrip(ThreadState& ts, Value* a, size_t n, TupleObj* k) { return strip_impl(ts, a, n, k, 1, "lstrip"); }
Value b_rstrip(ThreadState& ts, Value* a, size_t n, TupleObj* k) { return strip_impl(ts, a, n, k, 2, "rstrip"); }

Value b_replace(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    positional(ts, args[0], "replace", kw);
    check_count(ts, "replace", nargs - 1, 2, 3);
    std::string_view s = self_bytes(ts, args[0], "replace");
    std::string old(buffer_arg(ts, args[1])), rep(buffer_arg(ts, args[2]));
    int64_t count = nargs > 3 ? index_int64(ts, args[3]) : -1;
    std::string out;
    if (old.empty()) {
        int64_t done = 0;
        for (char c : s) {
            if (count < 0 || done < count) {
                out += rep;
                ++done;
            }
            out += c;
        }
        if (count < 0 || done < count) out += rep;
        return make_like(ts, args[0], out);
    }
    size_t pos = 0;
    int64_t done = 0;
    for (;;) {
        if (count >= 0 && done >= count) break;
        size_t f = s.find(old, pos);
        if (f == std::string_view::npos) break;
        out.append(s.substr(pos, f - pos));
        out += rep;
        pos = f + old.size();
        ++done;
    }
    out.append(s.substr(pos));
    return make_like(ts, args[0], out);
}

Value b_removeprefix(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    one_arg(ts, args[0], "removeprefix", nargs, kw);
    std::string_view s = self_bytes(ts, args[0], "removeprefix"), p = buffer_arg(ts, args[1]);
    if (!p.empty() && s.substr(0, p.size()) == p) return make_like(ts, args[0], s.substr(p.size()));
    return is_bytes(args[0]) ? args[0] : make_like(ts, args[0], s);
}
Value b_removesuffix(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    one_arg(ts, args[0], "removesuffix", nargs, kw);
    std::string_view s = self_bytes(ts, args[0], "removesuffix"), p = buffer_arg(ts, args[1]);
    if (!p.empty() && s.size() >= p.size() && s.substr(s.size() - p.size()) == p)
        return make_like(ts, args[0], s.substr(0, s.size() - p.size()));
    return is_bytes(args[0]) ? args[0] : make_like(ts, args[0], s);
}

// ---------------------------------------------------------------- case and padding

template <class F> Value map_bytes(ThreadState& ts, Value self, const char* name, size_t nargs, TupleObj* kw, F f) {
    no_args(ts, self, name, nargs, kw);
    std::string s(self_bytes(ts, self, name));
    f(s);
    return make_like(ts, self, s);
}
Value b_upper(ThreadState& ts, Value* a, size_t n, TupleObj* k) {
    return map_bytes(ts, a[0], "upper", n, k, [](std::string& s) {
        for (char& c : s) c = b_to_upper(c);
    });
}
Value b_lower(ThreadState& ts, Value* a, size_t n, TupleObj* k) {
    return map_bytes(ts, a[0], "lower", n, k, [](std::string& s) {
        for (char& c : s) c = b_to_lower(c);
    });
}
Value b_swapcase(ThreadState& ts, Value* a, size_t n, TupleObj* k) {
    return map_bytes(ts, a[0], "swapcase", n, k, [](std::string& s) {
        for (char& c : s) c = b_upper((unsigned char)c) ? b_to_lower(c) : b_to_upper(c);
    });
}
Value b_capitalize(ThreadState& ts, Value* a, size_t n, TupleObj* k) {
    return map_bytes(ts, a[0], "capitalize", n, k, [](std::string& s) {
        for (size_t i = 0; i < s.size(); ++i) s[i] = i == 0 ? b_to_upper(s[i]) : b_to_lower(s[i]);
    });
}
Value b_title(ThreadState& ts, Value* a, size_t n, TupleObj* k) {
    return map_bytes(ts, a[0], "title", n, k, [](std::string& s) {
        bool previous_is_cased = false;
        for (char& c : s) {
            c = previous_is_cased ? b_to_lower(c) : b_to_upper(c);
            previous_is_cased = b_alpha((unsigned char)c);
        }
    });
}

char fill_byte(ThreadState& ts, Value v, const char* name) {
    if (!is_byteslike(v) || bytes_view(v).size() != 1)
        type_error(ts, "{}() argument 2 must be a byte string of length 1, not {}", name, type_name(ts.interp, v));
    return bytes_view(v)[0];
}

Value pad_impl(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw, int how, const char* name) {
    positional(ts, args[0], name, kw);
    check_count(ts, name, nargs - 1, 1, 2);
    std::string_view s = self_bytes(ts, args[0], name);
    int64_t width = index_int64(ts, args[1]);
    char fill = nargs > 2 ? fill_byte(ts, args[2], name) : ' ';
    if (width <= int64_t(s.size())) return is_bytes(args[0]) ? args[0] : make_like(ts, args[0], s);
    size_t total = size_t(width) - s.size();
    size_t left = how == 0 ? 0 : how == 1 ? total : (total / 2 + (total & size_t(width) & 1));
    std::string out(left, fill);
    out.append(s);
    out.append(total - left, fill);
    return make_like(ts, args[0], out);
}
Value b_ljust(ThreadState& ts, Value* a, size_t n, TupleObj* k) { return pad_impl(ts, a, n, k, 0, "ljust"); }
Value b_rjust(ThreadState& ts, Value* a, size_t n, TupleObj* k) { return pad_impl(ts, a, n, k, 1, "rjust"); }
Value b_center(ThreadState& ts, Value* a, size_t n, TupleObj* k) { return pad_impl(ts, a, n, k, 2, "center"); }

Value b_zfill(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    one_arg(ts, args[0], "zfill", nargs, kw);
    std::string s(self_bytes(ts, args[0], "zfill"));
    int64_t width = index_int64(ts, args[1]);
    if (width <= int64_t(s.size())) return is_bytes(args[0]) ? args[0] : make_like(ts, args[0], s);
    size_t at = (!s.empty() && (s[0] == '+' || s[0] == '-')) ? 1 : 0;
    s.insert(at, size_t(width) - s.size(), '0');
    return make_like(ts, args[0], s);
}

Value b_expandtabs(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    Args a(ts, "expandtabs", args + 1, nargs - 1, kw, {"tabsize"}, 0);
    std::string_view s = self_bytes(ts, args[0], "expandtabs");
    int64_t tab = a.has(0) ? index_int64(ts, a[0]) : 8;
    std::string out;
    int64_t col = 0;
    for (char c : s) {
        if (c == '\t') {
            if (tab > 0) {
                int64_t n = tab - col % tab;
                out.append(size_t(n), ' ');
                col += n;
            }
        } else {
            out += c;
            col = (c == '\n' || c == '\r') ? 0 : col + 1;
        }
    }
    return make_like(ts, args[0], out);
}

// ---------------------------------------------------------------- predicates

template <class P> Value all_bytes(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw, const char* name, P pred) {
    no_args(ts, args[0], name, nargs, kw);
    std::string_view s = self_bytes(ts, args[0], name);
    if (s.empty()) return Value::false_();
    for (char c : s)
        if (!pred((unsigned char)c)) return Value::false_();
    return Value::true_();
}
Value b_isdigit(ThreadState& ts, Value* a, size_t n, TupleObj* k) { return all_bytes(ts, a, n, k, "isdigit", b_digit); }
Value b_isalpha(ThreadState& ts, Value* a, size_t n, TupleObj* k) { return all_bytes(ts, a, n, k, "isalpha", b_alpha); }
Value b_isalnum(ThreadState& ts, Value* a, size_t n, TupleObj* k) {
    return all_bytes(ts, a, n, k, "isalnum", [](unsigned char c) { return b_alpha(c) || b_digit(c); });
}
Value b_isspace(ThreadState& ts, Value* a, size_t n, TupleObj* k) { return all_bytes(ts, a, n, k, "isspace", b_space); }
Value b_isascii(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_args(ts, args[0], "isascii", nargs, kw);
    for (unsigned char c : self_bytes(ts, args[0], "isascii"))
        if (c >= 128) return Value::false_();
    return Value::true_();
}
Value b_isupper(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_args(ts, args[0], "isupper", nargs, kw);
    bool cased = false;
    for (unsigned char c : self_bytes(ts, args[0], "isupper")) {
        if (b_lower(c)) return Value::false_();
        if (b_upper(c)) cased = true;
    }
    return Value::boolean(cased);
}
Value b_islower(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_args(ts, args[0], "islower", nargs, kw);
    bool cased = false;
    for (unsigned char c : self_bytes(ts, args[0], "islower")) {
        if (b_upper(c)) return Value::false_();
        if (b_lower(c)) cased = true;
    }
    return Value::boolean(cased);
}
Value b_istitle(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_args(ts, args[0], "istitle", nargs, kw);
    bool cased = false, previous_is_cased = false;
    for (unsigned char c : self_bytes(ts, args[0], "istitle")) {
        if (b_upper(c)) {
            if (previous_is_cased) return Value::false_();
            previous_is_cased = cased = true;
        } else if (b_lower(c)) {
            if (!previous_is_cased) return Value::false_();
            previous_is_cased = cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    return Value::boolean(cased);
}

// ---------------------------------------------------------------- translate

Value b_maketrans(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "maketrans", kw);
    check_count(ts, "maketrans", nargs, 2, 2);
    std::string_view from = buffer_arg(ts, args[0]), to = buffer_arg(ts, args[1]);
    if (from.size() != to.size()) value_error(ts, "maketrans arguments must have same length");
    std::string table(256, '\0');
    for (int i = 0; i < 256; ++i) table[size_t(i)] = char(i);
    for (size_t i = 0; i < from.size(); ++i) table[(unsigned char)from[i]] = to[i];
    return Value::from_obj(new_bytes(ts.interp, table));
}

Value b_translate(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    Args a(ts, "translate", args + 1, nargs - 1, kw, {"table", "delete"}, 1, 1);
    std::string_view s = self_bytes(ts, args[0], "translate");
    std::string_view table;
    if (!a[0].is_none()) {
        table = buffer_arg(ts, a[0]);
        if (table.size() != 256) value_error(ts, "translation table must be 256 characters long");
    }
    std::string_view del = a.has(1) ? buffer_arg(ts, a[1]) : std::string_view();
    std::string out;
    for (char c : s) {
        if (del.find(c) != std::string_view::npos) continue;
        out += table.empty() ? c : table[(unsigned char)c];
    }
    return make_like(ts, args[0], out);
}

Value b_getnewargs(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_args(ts, args[0], "__getnewargs__", nargs, kw);
    return Value::from_obj(new_tuple(ts.interp, {Value::from_obj(new_bytes(ts.interp, bytes_view(args[0])))}));
}

// ---------------------------------------------------------------- bytearray mutation

ByteArrayObj* self_ba(ThreadState& ts, Value v, const char* name) {
    if (!is_bytearray(v))
        type_error(ts, "descriptor '{}' requires a 'bytearray' object but received a '{}'", name, type_name(ts.interp, v));
    return v.as<ByteArrayObj>();
}
Value ba_append(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    one_arg(ts, args[0], "append", nargs, kw);
    self_ba(ts, args[0], "append")->data.push_back(byte_value(ts, args[1]));
    return Value::none();
}
Value ba_extend(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    one_arg(ts, args[0], "extend", nargs, kw);
    ByteArrayObj* b = self_ba(ts, args[0], "extend");
    Value src = args[1];
    std::string more;
    if (is_byteslike(src)) {
        more = std::string(bytes_view(src));
    } else {
        auto not_iterable = [&] { return fmt::format("can't extend bytearray with {}", type_name(ts.interp, src)); };
        Rooted it(ts, get_iter_or_type_error(ts, src, not_iterable));
        RootedVector items(ts);
        collect_iterable(ts, it, items.items);
        for (Value x : items.items) more += char(byte_value(ts, x));
    }
    b->data.insert(b->data.end(), more.begin(), more.end());
    ts.interp.heap.note_external(ptrdiff_t(more.size()));
    return Value::none();
}
Value ba_pop(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    positional(ts, args[0], "pop", kw);
    check_count(ts, "pop", nargs - 1, 0, 1);
    ByteArrayObj* b = self_ba(ts, args[0], "pop");
    int64_t n = int64_t(b->data.size());
    int64_t i = nargs > 1 ? index_int64(ts, args[1]) : -1;
    if (n == 0) raise_msg(ts, ts.interp.exc.IndexError, "pop from empty bytearray");
    if (i < 0) i += n;
    if (i < 0 || i >= n) raise_msg(ts, ts.interp.exc.IndexError, "pop index out of range");
    uint8_t v = b->data[size_t(i)];
    b->data.erase(b->data.begin() + i);
    return Value::from_small(v);
}
Value ba_insert(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    positional(ts, args[0], "insert", kw);
    check_count(ts, "insert", nargs - 1, 2, 2);
    ByteArrayObj* b = self_ba(ts, args[0], "insert");
    int64_t n = int64_t(b->data.size());
    int64_t i = index_int64(ts, args[1]);
    uint8_t v = byte_value(ts, args[2]);
    if (i < 0) i = std::max<int64_t>(0, i + n);
    if (i > n) i = n;
    b->data.insert(b->data.begin() + i, v);
    return Value::none();
}
Value ba_remove(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    one_arg(ts, args[0], "remove", nargs, kw);
    ByteArrayObj* b = self_ba(ts, args[0], "remove");
    uint8_t v = byte_value(ts, args[1]);
    auto it = std::find(b->data.begin(), b->data.end(), v);
    if (it == b->data.end()) value_error(ts, "value not found in bytearray");
    b->data.erase(it);
    return Value::none();
}
Value ba_clear(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_args(ts, args[0], "clear", nargs, kw);
    self_ba(ts, args[0], "clear")->data.clear();
    return Value::none();
}
Value ba_copy(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_args(ts, args[0], "copy", nargs, kw);
    return Value::from_obj(new_bytearray(ts.interp, self_ba(ts, args[0], "copy")->view()));
}
Value ba_reverse(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_args(ts, args[0], "reverse", nargs, kw);
    ByteArrayObj* b = self_ba(ts, args[0], "reverse");
    std::reverse(b->data.begin(), b->data.end());
    return Value::none();
}

#define COMMON_BYTES_METHODS                                                  \
    {"find", b_find, NativeFunctionObj::kMethod},                             \
        {"rfind", b_rfind, NativeFunctionObj::kMethod},                       \
        {"index", b_index, NativeFunctionObj::kMethod},                       \
        {"rindex", b_rindex, NativeFunctionObj::kMethod},                     \
        {"count", b_count, NativeFunctionObj::kMethod},                       \
        {"startswith", b_startswith, NativeFunctionObj::kMethod},             \
        {"endswith", b_endswith, NativeFunctionObj::kMethod},                 \
        {"decode", b_decode, NativeFunctionObj::kMethod},                     \
        {"hex", b_hex, NativeFunctionObj::kMethod},                           \
        {"fromhex", b_fromhex, NativeFunctionObj::kClassMethod},              \
        {"join", b_join, NativeFunctionObj::kMethod},                         \
        {"split", b_split, NativeFunctionObj::kMethod},                       \
        {"rsplit", b_rsplit, NativeFunctionObj::kMethod},                     \
        {"splitlines", b_splitlines, NativeFunctionObj::kMethod},             \
        {"partition", b_partition, NativeFunctionObj::kMethod},               \
        {"rpartition", b_rpartition, NativeFunctionObj::kMethod},             \
        {"strip", b_strip, NativeFunctionObj::kMethod},                       \
        {"lstrip", b_lstrip, NativeFunctionObj::kMethod},                     \
        {"rstrip", b_rstrip, NativeFunctionObj::kMethod},                     \
        {"replace", b_replace, NativeFunctionObj::kMethod},                   \
        {"removeprefix", b_removeprefix, NativeFunctionObj::kMethod},         \
        {"removesuffix", b_removesuffix, NativeFunctionObj::kMethod},         \
        {"upper", b_upper, NativeFunctionObj::kMethod},                       \
        {"lower", b_lower, NativeFunctionObj::kMethod},                       \
        {"swapcase", b_swapcase, NativeFunctionObj::kMethod},                 \
        {"capitalize", b_capitalize, NativeFunctionObj::kMethod},             \
        {"title", b_title, NativeFunctionObj::kMethod},                       \
        {"center", b_center, NativeFunctionObj::kMethod},                     \
        {"ljust", b_ljust, NativeFunctionObj::kMethod},                       \
        {"rjust", b_rjust, NativeFunctionObj::kMethod},                       \
        {"zfill", b_zfill, NativeFunctionObj::kMethod},                       \
        {"expandtabs", b_expandtabs, NativeFunctionObj::kMethod},             \
        {"isdigit", b_isdigit, NativeFunctionObj::kMethod},                   \
        {"isalpha", b_isalpha, NativeFunctionObj::kMethod},                   \
        {"isalnum", b_isalnum, NativeFunctionObj::kMethod},                   \
        {"isspace", b_isspace, NativeFunctionObj::kMethod},                   \
        {"isascii", b_isascii, NativeFunctionObj::kMethod},                   \
        {"isupper", b_isupper, NativeFunctionObj::kMethod},                   \
        {"islower", b_islower, NativeFunctionObj::kMethod},                   \
        {"istitle", b_istitle, NativeFunctionObj::kMethod},                   \
        {"maketrans", b_maketrans, NativeFunctionObj::kStaticMethod},         \
        {"translate", b_translate, NativeFunctionObj::kMethod},               \
        {"__getnewargs__", b_getnewargs, NativeFunctionObj::kMethod}

const MethodDef kBytesMethods[] = {COMMON_BYTES_METHODS, {nullptr, nullptr}};
const MethodDef kByteArrayMethods[] = {
    COMMON_BYTES_METHODS,
    {"append", ba_append, NativeFunctionObj::kMethod},
    {"extend", ba_extend, NativeFunctionObj::kMethod},
    {"pop", ba_pop, NativeFunctionObj::kMethod},
    {"insert", ba_insert, NativeFunctionObj::kMethod},
    {"remove", ba_remove, NativeFunctionObj::kMethod},
    {"clear", ba_clear, NativeFunctionObj::kMethod},
    {"copy", ba_copy, NativeFunctionObj::kMethod},
    {"reverse", ba_reverse, NativeFunctionObj::kMethod},
    {nullptr, nullptr},
};
#undef COMMON_BYTES_METHODS

} // namespace

void init_bytes_methods(Interp& I) {
    add_methods(I, I.types.bytes, kBytesMethods);
    add_methods(I, I.types.bytearray, kByteArrayMethods);
}

} // namespace gilt
