// bytes (immutable, inline storage) and bytearray (growable): construction and methods.
#include "objects/bytes.hpp"

#include <algorithm>
#include <cstring>
#include <fmt/format.h>

#include "core/thread_state.hpp"
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

std::string_view bytes_view(Value v) {
    if (is_bytes(v)) return v.as<BytesObj>()->view();
    return v.as<ByteArrayObj>()->view();
}

BytesObj* new_bytes(Interp& I, std::string_view data) {
    BytesObj* b = I.heap.make_extra<BytesObj>(data.size() + 1, I.types.bytes, data.size());
    std::memcpy(b->data(), data.data(), data.size());
    b->data()[data.size()] = 0;
    return b;
}

ByteArrayObj* new_bytearray(Interp& I, std::string_view data) {
    ByteArrayObj* b = I.heap.make<ByteArrayObj>(I.types.bytearray);
    b->data.assign(data.begin(), data.end());
    I.heap.note_external(ptrdiff_t(data.size()));
    return b;
}

std::string bytes_repr(std::string_view data, bool bytearray) {
    (void)bytearray;
    bool has_single = data.find('\'') != std::string_view::npos;
    bool has_double = data.find('"') != std::string_view::npos;
    char quote = (has_single && !has_double) ? '"' : '\'';
    std::string out = "b";
    out += quote;
    for (unsigned char c : data) {
        if (c == (unsigned char)quote || c == '\\') {
            out += '\\';
            out += char(c);
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 0x20 || c >= 0x7F) {
            out += fmt::format("\\x{:02x}", c);
        } else {
            out += char(c);
        }
    }
    out += quote;
    return out;
}

std::string bytes_from_value(ThreadState& ts, Value v, const char* what) {
    (void)what;
    if (is_byteslike(v)) return std::string(bytes_view(v));
    if (is_str(v)) type_error(ts, "cannot convert 'str' object to bytes");
    RootedVector items(ts);
    collect_iterable(ts, v, items.items);
    std::string out;
    out.reserve(items.items.size());
    for (Value x : items.items) {
        if (!is_int(x)) type_error(ts, "'{}' object cannot be interpreted as an integer", type_name(ts.interp, x));
        int64_t b = x.is_small() ? x.small() : int_to_int64(ts, x);
        if (b < 0 || b > 255) value_error(ts, "bytes must be in range(0, 256)");
        out += char(b);
    }
    return out;
}

namespace {

bool is_mutable(Value v) { return is_bytearray(v); }

Value make_like(ThreadState& ts, Value self, std::string_view data) {
    if (is_mutable(self)) return Value::from_obj(new_bytearray(ts.interp, data));
    return Value::from_obj(new_bytes(ts.interp, data));
}

std::string_view self_bytes(ThreadState& ts, Value v, const char* name) {
    if (!is_byteslike(v)) type_error(ts, "descriptor '{}' requires a 'bytes' object but received a '{}'", name, type_name(ts.interp, v));
    return bytes_view(v);
}

// The argument of find/count/startswith...: bytes-like or an int (a single byte).
std::string byte_arg(ThreadState& ts, Value v) {
    if (is_byteslike(v)) return std::string(bytes_view(v));
    if (is_int(v)) {
        int64_t b = int_to_int64(ts, v);
        if (b < 0 || b > 255) value_error(ts, "byte must be in range(0, 256)");
        return std::string(1, char(b));
    }
    type_error(ts, "argument should be integer or bytes-like object, not '{}'", type_name(ts.interp, v));
}

void clamp(ThreadState& ts, size_t n, Value* args, size_t nargs, size_t first, int64_t* start, int64_t* end) {
    *start = 0;
    *end = int64_t(n);
    if (nargs > first && !args[first].is_none()) {
        *start = index_int64(ts, args[first]);
        if (*start < 0) *start = std::max<int64_t>(0, *start + int64_t(n));
    }
    if (nargs > first + 1 && !args[first + 1].is_none()) {
        *end = index_int64(ts, args[first + 1]);
        if (*end < 0) *end = std::max<int64_t>(0, *end + int64_t(n));
        if (*end > int64_t(n)) *end = int64_t(n);
    }
}

int64_t find_impl(ThreadState& ts, Value* args, size_t nargs, bool reverse, const char* name) {
    check_count(ts, name, nargs - 1, 1, 3);
    std::string_view s = self_bytes(ts, args[0], name);
    std::string sub = byte_arg(ts, args[1]);
    int64_t start, end;
    clamp(ts, s.size(), args, nargs, 2, &start, &end);
    if (start > end) return -1;
    std::string_view hay = s.substr(size_t(start), size_t(end - start));
    size_t p = reverse ? hay.rfind(sub) : hay.find(sub);
    return p == std::string_view::npos ? -1 : int64_t(p) + start;
}

Value b_find(ThreadState& ts, Value* a, size_t n, TupleObj*) { return Value::from_small(find_impl(ts, a, n, false, "find")); }
Value b_rfind(ThreadState& ts, Value* a, size_t n, TupleObj*) { return Value::from_small(find_impl(ts, a, n, true, "rfind")); }
Value b_index(ThreadState& ts, Value* a, size_t n, TupleObj*) {
    int64_t r = find_impl(ts, a, n, false, "index");
    if (r < 0) value_error(ts, "subsection not found");
    return Value::from_small(r);
}
Value b_rindex(ThreadState& ts, Value* a, size_t n, TupleObj*) {
    int64_t r = find_impl(ts, a, n, true, "rindex");
    if (r < 0) value_error(ts, "subsection not found");
    return Value::from_small(r);
}
Value b_count(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    check_count(ts, "count", nargs - 1, 1, 3);
    std::string_view s = self_bytes(ts, args[0], "count");
    std::string sub = byte_arg(ts, args[1]);
    int64_t start, end;
    clamp(ts, s.size(), args, nargs, 2, &start, &end);
    if (start > end) return Value::from_small(0);
    std::string_view hay = s.substr(size_t(start), size_t(end - start));
    if (sub.empty()) return Value::from_small(int64_t(hay.size()) + 1);
    int64_t c = 0;
    for (size_t p = hay.find(sub); p != std::string_view::npos; p = hay.find(sub, p + sub.size())) ++c;
    return Value::from_small(c);
}

Value b_decode(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    Args a(ts, "decode", args + 1, nargs - 1, kw, {"encoding", "errors"}, 0);
    std::string_view s = self_bytes(ts, args[0], "decode");
    std::string enc = a.has(0) ? std::string(arg_str(ts, a[0], "decode", "argument 'encoding'")->view()) : "utf-8";
    std::string errors = a.has(1) ? std::string(arg_str(ts, a[1], "decode", "argument 'errors'")->view()) : "strict";
    for (char& c : enc) c = char(std::tolower((unsigned char)c));
    std::replace(enc.begin(), enc.end(), '_', '-');
    std::string out;
    if (enc == "utf-8" || enc == "utf8") {
        size_t i = 0;
        while (i < s.size()) {
            unsigned char c = (unsigned char)s[i];
            size_t len = c < 0x80 ? 1 : (c >= 0xC2 && c <= 0xDF) ? 2 : (c >= 0xE0 && c <= 0xEF) ? 3 : (c >= 0xF0 && c <= 0xF4) ? 4 : 0;
            bool ok = len > 0 && i + len <= s.size() && utf8_valid(s.substr(i, len));
            if (ok) {
                out.append(s.substr(i, len));
                i += len;
                continue;
            }
            if (errors == "ignore") {
                ++i;
            } else if (errors == "replace") {
                out += "\xEF\xBF\xBD";
                ++i;
            } else {
                const char* why = len == 0 ? "invalid start byte" : (i + len > s.size() ? "unexpected end of data" : "invalid continuation byte");
                raise_msg(ts, ts.interp.exc.UnicodeDecodeError,
                          fmt::format("'utf-8' codec can't decode byte 0x{:02x} in position {}: {}", c, i, why));
            }
        }
    } else if (enc == "ascii" || enc == "us-ascii") {
        for (size_t i = 0; i < s.size(); ++i) {
            unsigned char c = (unsigned char)s[i];
            if (c < 0x80) out += char(c);
            else if (errors == "replace") out += "\xEF\xBF\xBD";
            else if (errors != "ignore")
                raise_msg(ts, ts.interp.exc.UnicodeDecodeError,
                          fmt::format("'ascii' codec can't decode byte 0x{:02x} in position {}: ordinal not in range(128)", c, i));
        }
    } else if (enc == "latin-1" || enc == "latin1" || enc == "iso-8859-1") {
        for (unsigned char c : s) utf8_append(out, c);
    } else {
        raise_msg(ts, ts.interp.exc.LookupError, fmt::format("unknown encoding: {}", enc));
    }
    return Value::from_obj(new_str(ts.interp, out));
}

Value b_hex(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    std::string_view s = self_bytes(ts, args[0], "hex");
    std::string sep = nargs > 1 ? std::string(arg_str(ts, args[1], "hex")->view()) : "";
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (i && !sep.empty()) out += sep;
        out += fmt::format("{:02x}", (unsigned char)s[i]);
    }
    return Value::from_obj(new_str(ts.interp, out));
}

Value b_fromhex(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    check_count(ts, "fromhex", nargs - 1, 1, 1);
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
        if (v[i] == ' ') {
            ++i;
            continue;
        }
        int hi = hexval(v[i]);
        int lo = i + 1 < v.size() ? hexval(v[i + 1]) : -1;
        if (hi < 0 || lo < 0)
            value_error(ts, "non-hexadecimal number found in fromhex() arg at position {}", hi < 0 ? i : i + 1);
        out += char(hi * 16 + lo);
        i += 2;
    }
    bool bytearray = args[0] == Value::from_obj(ts.interp.types.bytearray);
    if (bytearray) return Value::from_obj(new_bytearray(ts.interp, out));
    return Value::from_obj(new_bytes(ts.interp, out));
}

Value b_join(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    check_count(ts, "join", nargs - 1, 1, 1);
    std::string sep(self_bytes(ts, args[0], "join"));
    RootedVector items(ts);
    collect_iterable(ts, args[1], items.items);
    std::string out;
    for (size_t i = 0; i < items.items.size(); ++i) {
        if (!is_byteslike(items.items[i]))
            type_error(ts, "sequence item {}: expected a bytes-like object, {} found", i, type_name(ts.interp, items.items[i]));
        if (i) out += sep;
        out += bytes_view(items.items[i]);
    }
    return make_like(ts, args[0], out);
}

Value b_split(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    Args a(ts, "split", args + 1, nargs - 1, kw, {"sep", "maxsplit"}, 0);
    std::string_view s = self_bytes(ts, args[0], "split");
    int64_t maxsplit = a.has(1) ? index_int64(ts, a[1]) : -1;
    ListObj* out = new_list(ts.interp);
    Rooted keep(ts, Value::from_obj(out));
    if (!a.has(0) || a[0].is_none()) {
        size_t i = 0;
        int64_t splits = 0;
        auto ws = [](char c) { return c == ' ' || (c >= 9 && c <= 13); };
        while (i < s.size()) {
            while (i < s.size() && ws(s[i])) ++i;
            if (i >= s.size()) break;
            size_t j = i;
            if (maxsplit >= 0 && splits == maxsplit) {
                j = s.size();
                while (j > i && ws(s[j - 1])) --j;
            } else {
                while (j < s.size() && !ws(s[j])) ++j;
            }
            list_append(ts.interp, out, make_like(ts, args[0], s.substr(i, j - i)));
            ++splits;
            i = j;
        }
        return Value::from_obj(out);
    }
    std::string sep = byte_arg(ts, a[0]);
    if (sep.empty()) value_error(ts, "empty separator");
    size_t pos = 0;
    int64_t splits = 0;
    for (;;) {
        size_t f = (maxsplit >= 0 && splits >= maxsplit) ? std::string_view::npos : s.find(sep, pos);
        if (f == std::string_view::npos) break;
        list_append(ts.interp, out, make_like(ts, args[0], s.substr(pos, f - pos)));
        pos = f + sep.size();
        ++splits;
    }
    list_append(ts.interp, out, make_like(ts, args[0], s.substr(pos)));
    return Value::from_obj(out);
}

Value strip_impl(ThreadState& ts, Value* args, size_t nargs, int where, const char* name) {
    check_count(ts, name, nargs - 1, 0, 1);
    std::string_view s = self_bytes(ts, args[0], name);
    std::string chars = nargs > 1 && !args[1].is_none() ? byte_arg(ts, args[1]) : std::string(" \t\n\r\x0b\x0c");
    size_t b = 0, e = s.size();
    if (where != 2)
        while (b < e && chars.find(s[b]) != std::string::npos) ++b;
    if (where != 1)
        while (e > b && chars.find(s[e - 1]) != std::string::npos) --e;
    return make_like(ts, args[0], s.substr(b, e - b));
}
Value b_strip(ThreadState& ts, Value* a, size_t n, TupleObj*) { return strip_impl(ts, a, n, 0, "strip"); }
Value b_lstrip(ThreadState& ts, Value* a, size_t n, TupleObj*) { return strip_impl(ts, a, n, 1, "lstrip"); }
Value b_rstrip(ThreadState& ts, Value* a, size_t n, TupleObj*) { return strip_impl(ts, a, n, 2, "rstrip"); }

Value b_replace(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    check_count(ts, "replace", nargs - 1, 2, 3);
    std::string_view s = self_bytes(ts, args[0], "replace");
    std::string old = byte_arg(ts, args[1]), rep = byte_arg(ts, args[2]);
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

Value affix(ThreadState& ts, Value* args, size_t nargs, bool suffix, const char* name) {
    check_count(ts, name, nargs - 1, 1, 3);
    std::string_view s = self_bytes(ts, args[0], name);
    int64_t start, end;
    clamp(ts, s.size(), args, nargs, 2, &start, &end);
    std::string_view region = start <= end ? s.substr(size_t(start), size_t(end - start)) : std::string_view();
    auto check = [&](Value p) {
        if (!is_byteslike(p))
            type_error(ts, "{} first arg must be bytes or a tuple of bytes, not {}", name, type_name(ts.interp, p));
        std::string_view pv = bytes_view(p);
        if (pv.size() > region.size()) return false;
        return suffix ? region.substr(region.size() - pv.size()) == pv : region.substr(0, pv.size()) == pv;
    };
    if (is_tuple(args[1])) {
        for (Value p : *as_tuple(args[1]))
            if (check(p)) return Value::true_();
        return Value::false_();
    }
    return Value::boolean(check(args[1]));
}
Value b_startswith(ThreadState& ts, Value* a, size_t n, TupleObj*) { return affix(ts, a, n, false, "startswith"); }
Value b_endswith(ThreadState& ts, Value* a, size_t n, TupleObj*) { return affix(ts, a, n, true, "endswith"); }

template <class F> Value map_bytes(ThreadState& ts, Value self, const char* name, F f) {
    std::string s(self_bytes(ts, self, name));
    for (char& c : s) c = f(c);
    return make_like(ts, self, s);
}
Value b_upper(ThreadState& ts, Value* a, size_t, TupleObj*) {
    return map_bytes(ts, a[0], "upper", [](char c) { return (c >= 'a' && c <= 'z') ? char(c - 32) : c; });
}
Value b_lower(ThreadState& ts, Value* a, size_t, TupleObj*) {
    return map_bytes(ts, a[0], "lower", [](char c) { return (c >= 'A' && c <= 'Z') ? char(c + 32) : c; });
}

template <class P> Value all_bytes(ThreadState& ts, Value self, const char* name, P pred) {
    std::string_view s = self_bytes(ts, self, name);
    if (s.empty()) return Value::false_();
    for (char c : s)
        if (!pred((unsigned char)c)) return Value::false_();
    return Value::true_();
}
Value b_isdigit(ThreadState& ts, Value* a, size_t, TupleObj*) { return all_bytes(ts, a[0], "isdigit", [](unsigned char c) { return c >= '0' && c <= '9'; }); }
Value b_isalpha(ThreadState& ts, Value* a, size_t, TupleObj*) { return all_bytes(ts, a[0], "isalpha", [](unsigned char c) { return std::isalpha(c) != 0; }); }
Value b_isalnum(ThreadState& ts, Value* a, size_t, TupleObj*) { return all_bytes(ts, a[0], "isalnum", [](unsigned char c) { return std::isalnum(c) != 0; }); }
Value b_isspace(ThreadState& ts, Value* a, size_t, TupleObj*) { return all_bytes(ts, a[0], "isspace", [](unsigned char c) { return c == ' ' || (c >= 9 && c <= 13); }); }

Value b_partition(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    check_count(ts, "partition", nargs - 1, 1, 1);
    std::string_view s = self_bytes(ts, args[0], "partition");
    std::string sep = byte_arg(ts, args[1]);
    if (sep.empty()) value_error(ts, "empty separator");
    size_t f = s.find(sep);
    Interp& I = ts.interp;
    if (f == std::string_view::npos)
        return Value::from_obj(new_tuple(I, {make_like(ts, args[0], s), make_like(ts, args[0], ""), make_like(ts, args[0], "")}));
    return Value::from_obj(new_tuple(I, {make_like(ts, args[0], s.substr(0, f)), make_like(ts, args[0], sep),
                                         make_like(ts, args[0], s.substr(f + sep.size()))}));
}

// ---- bytearray-only
ByteArrayObj* self_ba(ThreadState& ts, Value v, const char* name) {
    if (!is_bytearray(v)) type_error(ts, "descriptor '{}' requires a 'bytearray' object but received a '{}'", name, type_name(ts.interp, v));
    return v.as<ByteArrayObj>();
}
uint8_t byte_value(ThreadState& ts, Value v) {
    int64_t b = index_int64(ts, v);
    if (b < 0 || b > 255) value_error(ts, "byte must be in range(0, 256)");
    return uint8_t(b);
}
Value ba_append(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    check_count(ts, "append", nargs - 1, 1, 1);
    self_ba(ts, args[0], "append")->data.push_back(byte_value(ts, args[1]));
    return Value::none();
}
Value ba_extend(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    check_count(ts, "extend", nargs - 1, 1, 1);
    ByteArrayObj* b = self_ba(ts, args[0], "extend");
    std::string more = bytes_from_value(ts, args[1], "extend");
    b->data.insert(b->data.end(), more.begin(), more.end());
    return Value::none();
}
Value ba_pop(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    check_count(ts, "pop", nargs - 1, 0, 1);
    ByteArrayObj* b = self_ba(ts, args[0], "pop");
    if (b->data.empty()) raise_msg(ts, ts.interp.exc.IndexError, "pop from empty bytearray");
    int64_t n = int64_t(b->data.size());
    int64_t i = nargs > 1 ? index_int64(ts, args[1]) : n - 1;
    if (i < 0) i += n;
    if (i < 0 || i >= n) raise_msg(ts, ts.interp.exc.IndexError, "pop index out of range");
    uint8_t v = b->data[size_t(i)];
    b->data.erase(b->data.begin() + i);
    return Value::from_small(v);
}
Value ba_insert(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    check_count(ts, "insert", nargs - 1, 2, 2);
    ByteArrayObj* b = self_ba(ts, args[0], "insert");
    int64_t n = int64_t(b->data.size());
    int64_t i = index_int64(ts, args[1]);
    if (i < 0) i = std::max<int64_t>(0, i + n);
    if (i > n) i = n;
    b->data.insert(b->data.begin() + i, byte_value(ts, args[2]));
    return Value::none();
}
Value ba_remove(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    check_count(ts, "remove", nargs - 1, 1, 1);
    ByteArrayObj* b = self_ba(ts, args[0], "remove");
    uint8_t v = byte_value(ts, args[1]);
    auto it = std::find(b->data.begin(), b->data.end(), v);
    if (it == b->data.end()) value_error(ts, "value not found in bytearray");
    b->data.erase(it);
    return Value::none();
}
Value ba_clear(ThreadState& ts, Value* args, size_t, TupleObj*) {
    self_ba(ts, args[0], "clear")->data.clear();
    return Value::none();
}
Value ba_copy(ThreadState& ts, Value* args, size_t, TupleObj*) {
    return Value::from_obj(new_bytearray(ts.interp, self_ba(ts, args[0], "copy")->view()));
}
Value ba_reverse(ThreadState& ts, Value* args, size_t, TupleObj*) {
    ByteArrayObj* b = self_ba(ts, args[0], "reverse");
    std::reverse(b->data.begin(), b->data.end());
    return Value::none();
}

std::string construct_data(ThreadState& ts, const char* name, Value* args, size_t nargs, TupleObj* kwnames) {
    Args a(ts, name, args, nargs, kwnames, {"source", "encoding", "errors"}, 0);
    if (!a.has(0)) {
        if (a.has(1) || a.has(2)) type_error(ts, "encoding or errors without sequence argument");
        return {};
    }
    Value src = a[0];
    if (is_str(src)) {
        if (!a.has(1)) type_error(ts, "string argument without an encoding");
        Value enc_args[2] = {a[1], a.has(2) ? a[2] : Value::from_obj(new_str(ts.interp, "strict"))};
        Value encoded = call_method(ts, src, intern(ts.interp, "encode"), enc_args, 2);
        return std::string(bytes_view(encoded));
    }
    if (a.has(1)) type_error(ts, "encoding without a string argument");
    if (is_int(src)) {
        int64_t n = index_int64(ts, src);
        if (n < 0) value_error(ts, "negative count");
        return std::string(size_t(n), '\0');
    }
    return bytes_from_value(ts, src, name);
}

Value bytes_new(ThreadState& ts, TypeObj*, Value* args, size_t nargs, TupleObj* kwnames) {
    if (nargs == 1 && !kwnames && is_bytes(args[0])) return args[0];
    return Value::from_obj(new_bytes(ts.interp, construct_data(ts, "bytes", args, nargs, kwnames)));
}
Value bytearray_new(ThreadState& ts, TypeObj*, Value* args, size_t nargs, TupleObj* kwnames) {
    return Value::from_obj(new_bytearray(ts.interp, construct_data(ts, "bytearray", args, nargs, kwnames)));
}

#define COMMON_BYTES_METHODS                                                  \
    {"find", b_find, NativeFunctionObj::kMethod},                             \
        {"rfind", b_rfind, NativeFunctionObj::kMethod},                       \
        {"index", b_index, NativeFunctionObj::kMethod},                       \
        {"rindex", b_rindex, NativeFunctionObj::kMethod},                     \
        {"count", b_count, NativeFunctionObj::kMethod},                       \
        {"decode", b_decode, NativeFunctionObj::kMethod},                     \
        {"hex", b_hex, NativeFunctionObj::kMethod},                           \
        {"fromhex", b_fromhex, NativeFunctionObj::kClassMethod},              \
        {"join", b_join, NativeFunctionObj::kMethod},                         \
        {"split", b_split, NativeFunctionObj::kMethod},                       \
        {"strip", b_strip, NativeFunctionObj::kMethod},                       \
        {"lstrip", b_lstrip, NativeFunctionObj::kMethod},                     \
        {"rstrip", b_rstrip, NativeFunctionObj::kMethod},                     \
        {"replace", b_replace, NativeFunctionObj::kMethod},                   \
        {"startswith", b_startswith, NativeFunctionObj::kMethod},             \
        {"endswith", b_endswith, NativeFunctionObj::kMethod},                 \
        {"upper", b_upper, NativeFunctionObj::kMethod},                       \
        {"lower", b_lower, NativeFunctionObj::kMethod},                       \
        {"isdigit", b_isdigit, NativeFunctionObj::kMethod},                   \
        {"isalpha", b_isalpha, NativeFunctionObj::kMethod},                   \
        {"isalnum", b_isalnum, NativeFunctionObj::kMethod},                   \
        {"isspace", b_isspace, NativeFunctionObj::kMethod},                   \
        {"partition", b_partition, NativeFunctionObj::kMethod}

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

void init_bytes_types(Interp& I) {
    I.types.bytes = new_builtin_type(I, "bytes", ObjKind::Bytes, nullptr);
    I.types.bytes->new_fn = bytes_new;
    add_methods(I, I.types.bytes, kBytesMethods);
    I.types.bytearray = new_builtin_type(I, "bytearray", ObjKind::ByteArray, nullptr);
    I.types.bytearray->new_fn = bytearray_new;
    add_methods(I, I.types.bytearray, kByteArrayMethods);
}

} // namespace gilt
