// String formatting: str.format()/format_map() and the printf-style `%` operator.
#include <cmath>
#include <fmt/format.h>

#include "core/thread_state.hpp"
#include "objects/bytes.hpp"
#include "objects/dict.hpp"
#include "objects/number.hpp"
#include "objects/numfmt.hpp"
#include "objects/str.hpp"
#include "objects/tuple.hpp"
#include "objects/type.hpp"
#include "vm/errors.hpp"
#include "vm/eval.hpp"
#include "vm/ops.hpp"

namespace gilt {

// ---------------------------------------------------------------- str.format

namespace {

// The parser follows CPython's Objects/stringlib/unicode_format.h step by step (literal
// text, then one field at a time, each field looked up and formatted before the next is
// parsed), so that when a format string has several problems the same error wins.
struct FormatArgs {
    const Value* positional = nullptr;
    size_t npositional = 0;
    bool has_positional = true; // false for format_map ("Format string contains positional fields")
    TupleObj* kwnames = nullptr; // keyword names (values follow the positionals) ...
    Value mapping;               // ... or a mapping (format_map)
    enum { Init, Auto, Manual } numbering = Init;
    size_t next_auto = 0;
};

// CPython's get_integer: all digits -> the number, otherwise -1.
int64_t field_integer(ThreadState& ts, std::string_view s) {
    if (s.empty()) return -1;
    int64_t v = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return -1;
        if (v > (INT64_MAX - 9) / 10) value_error(ts, "Too many decimal digits in format string");
        v = v * 10 + (c - '0');
    }
    return v;
}

Value lookup_field(ThreadState& ts, FormatArgs& fa, std::string_view field) {
    Interp& I = ts.interp;
    size_t end = 0;
    while (end < field.size() && field[end] != '.' && field[end] != '[') ++end;
    std::string_view first = field.substr(0, end);
    int64_t index = field_integer(ts, first);
    bool empty = first.empty();
    if (empty || index != -1) {
        if (fa.numbering == FormatArgs::Init) fa.numbering = empty ? FormatArgs::Auto : FormatArgs::Manual;
        if (fa.numbering == FormatArgs::Manual && empty)
            value_error(ts, "cannot switch from manual field specification to automatic field numbering");
        if (fa.numbering == FormatArgs::Auto && !empty)
            value_error(ts, "cannot switch from automatic field numbering to manual field specification");
        if (empty) index = int64_t(fa.next_auto++);
    }
    Rooted obj(ts);
    if (index == -1) {
        StrObj* key = new_str(I, first);
        if (!fa.mapping.is_null()) {
            obj = get_item(ts, fa.mapping, Value::from_obj(key));
        } else {
            bool found = false;
            if (fa.kwnames)
                for (size_t i = 0; i < fa.kwnames->size && !found; ++i)
                    if (as_str(fa.kwnames->items()[i])->view() == first) {
                        obj = fa.positional[fa.npositional + i];
                        found = true;
                    }
            if (!found) key_error(ts, Value::from_obj(key));
        }
    } else {
        if (!fa.has_positional) value_error(ts, "Format string contains positional fields");
        if (size_t(index) >= fa.npositional)
            raise_fmt(ts, I.exc.IndexError, "Replacement index {} out of range for positional args tuple", index);
        obj = fa.positional[index];
    }
    // The rest: ".name" and "[key]" accessors, applied as they are parsed.
    size_t i = end;
    while (i < field.size()) {
        char c = field[i++];
        if (c == '.') {
            size_t j = i;
            while (j < field.size() && field[j] != '.' && field[j] != '[') ++j;
            if (j == i) value_error(ts, "Empty attribute in format string");
            obj = get_attr(ts, obj, intern(I, field.substr(i, j - i)));
            i = j;
        } else if (c == '[') {
            size_t j = field.find(']', i);
            if (j == std::string_view::npos) value_error(ts, "Missing ']' in format string");
            std::string_view key = field.substr(i, j - i);
            if (key.empty()) value_error(ts, "Empty attribute in format string");
            int64_t k = field_integer(ts, key);
            obj = get_item(ts, obj, k == -1 ? Value::from_obj(new_str(I, key)) : Value::from_small(k));
            i = j + 1;
        } else {
            value_error(ts, "Only '.' or '[' may follow ']' in format field specifier");
        }
    }
    return obj;
}

void render(ThreadState& ts, std::string_view fmt, FormatArgs& fa, int depth, std::string& out);

// One replacement field: `name` and `spec` as parse_field split them.
void render_field(ThreadState& ts, std::string_view name, char32_t conversion, std::string_view spec,
                  bool spec_needs_expanding, FormatArgs& fa, int depth, std::string& out) {
    Interp& I = ts.interp;
    Rooted value(ts, lookup_field(ts, fa, name));
    switch (conversion) {
    case 0: break;
    case 's': value = Value::from_obj(to_str(ts, value)); break;
    case 'r': value = Value::from_obj(repr(ts, value)); break;
    case 'a': value = Value::from_obj(new_str(I, ascii_escape(repr_string(ts, value)))); break;
    default:
        if (conversion > 32 && conversion < 127) value_error(ts, "Unknown conversion specifier {}", char(conversion));
        value_error(ts, "Unknown conversion specifier \\x{:x}", uint32_t(conversion));
    }
    StrObj* spec_str;
    if (spec_needs_expanding) {
        std::string expanded;
        render(ts, spec, fa, depth - 1, expanded);
        spec_str = new_str(I, expanded);
    } else {
        spec_str = spec.empty() ? I.empty_str : new_str(I, spec);
    }
    if (spec_str->nbytes == 0 && is_str(value)) {
        out.append(as_str(value)->view());
        return;
    }
    out.append(format_value(ts, value, spec_str)->view());
}

void render(ThreadState& ts, std::string_view f, FormatArgs& fa, int depth, std::string& out) {
    if (depth <= 0) value_error(ts, "Max string recursion exceeded");
    size_t i = 0, n = f.size();
    while (i < n) {
        // Literal text up to the next brace.
        size_t start = i;
        while (i < n && f[i] != '{' && f[i] != '}') ++i;
        out.append(f.substr(start, i - start));
        if (i >= n) break;
        char c = f[i++];
        bool at_end = i >= n;
        if (c == '}' && (at_end || f[i] != '}')) value_error(ts, "Single '}}' encountered in format string");
        if (at_end && c == '{') value_error(ts, "Single '{{' encountered in format string");
        if (f[i] == c) { // "{{" or "}}"
            out += c;
            ++i;
            continue;
        }
        // parse_field: the name ends at '}', ':' or '!' (brackets may hide them).
        size_t name_start = i;
        char stop = 0;
        while (i < n) {
            char d = f[i++];
            if (d == '{') value_error(ts, "unexpected '{{' in field name");
            if (d == '[') {
                while (i < n && f[i] != ']') ++i;
                continue;
            }
            if (d == '}' || d == ':' || d == '!') {
                stop = d;
                break;
            }
        }
        std::string_view name = f.substr(name_start, (stop ? i - 1 : i) - name_start);
        char32_t conversion = 0;
        std::string_view spec;
        bool spec_needs_expanding = false;
        if (stop == '!' || stop == ':') {
            if (stop == '!') {
                if (i >= n) value_error(ts, "end of string while looking for conversion specifier");
                size_t k = i;
                conversion = utf8_decode(f, k);
                i = k;
                if (i < n) {
                    char d = f[i++];
                    if (d == '}') {
                        render_field(ts, name, conversion, spec, false, fa, depth, out);
                        continue;
                    }
                    if (d != ':') value_error(ts, "expected ':' after conversion specifier");
                }
            }
            size_t spec_start = i;
            int count = 1;
            bool closed = false;
            while (i < n) {
                char d = f[i++];
                if (d == '{') {
                    spec_needs_expanding = true;
                    ++count;
                } else if (d == '}' && --count == 0) {
                    closed = true;
                    break;
                }
            }
            if (!closed) value_error(ts, "unmatched '{{' in format spec");
            spec = f.substr(spec_start, i - 1 - spec_start);
        } else if (stop != '}') {
            value_error(ts, "expected '}}' before end of string");
        }
        render_field(ts, name, conversion, spec, spec_needs_expanding, fa, depth, out);
    }
}

} // namespace

Value str_format_method(ThreadState& ts, StrObj* fmt_str, Value* args, size_t nargs, TupleObj* kwnames) {
    FormatArgs fa;
    fa.positional = args;
    fa.npositional = nargs;
    fa.kwnames = kwnames;
    std::string out;
    render(ts, fmt_str->view(), fa, 2, out);
    return Value::from_obj(new_str(ts.interp, out));
}

Value str_format_map_method(ThreadState& ts, StrObj* fmt_str, Value mapping) {
    FormatArgs fa;
    fa.has_positional = false;
    fa.mapping = mapping;
    Rooted keep(ts, mapping);
    std::string out;
    render(ts, fmt_str->view(), fa, 2, out);
    return Value::from_obj(new_str(ts.interp, out));
}

// ---------------------------------------------------------------- printf-style

namespace {

struct PercentState {
    const Value* items;
    size_t nitems;
    size_t next = 0;
    Value mapping;
    bool is_bytes;
};

Value next_arg(ThreadState& ts, PercentState& st) {
    if (st.next >= st.nitems) type_error(ts, "not enough arguments for format string");
    return st.items[st.next++];
}

std::string percent_one(ThreadState& ts, numfmt::PercentSpec& spec, Value v, bool bytes_mode) {
    Interp& I = ts.interp;
    char conv = spec.conversion;
    try {
        switch (conv) {
        case 's':
        case 'r':
        case 'a':
        case 'b': {
            std::string body;
            if (bytes_mode) {
                // bytes % args: %r and %a are both ascii(); %s and %b want bytes.
                if (conv == 'r' || conv == 'a') {
                    body = ascii_escape(repr_string(ts, v));
                } else if (is_byteslike(v)) {
                    body = std::string(bytes_view(v));
                } else {
                    Value m = type_lookup(type_of(I, v), intern(I, "__bytes__"));
                    if (m.is_null())
                        type_error(ts, "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                                   type_name(I, v));
                    Value b = call1(ts, m, v);
                    if (!is_bytes(b)) type_error(ts, "__bytes__ returned non-bytes (type {})", type_name(I, b));
                    body = std::string(bytes_view(b));
                }
            } else {
                body = conv == 's' ? str_string(ts, v) : conv == 'r' ? repr_string(ts, v) : ascii_escape(repr_string(ts, v));
            }
            return numfmt::percent_pad(body, spec);
        }
        case 'c': {
            std::string body;
            if (bytes_mode) {
                if (is_byteslike(v) && bytes_view(v).size() == 1) {
                    body = std::string(bytes_view(v));
                } else if (is_int(v)) {
                    Value iv = index_value(ts, v);
                    if (!iv.is_small() || iv.small() < 0 || iv.small() > 255)
                        raise_msg(ts, I.exc.OverflowError, "%c arg not in range(256)");
                    body = std::string(1, char(iv.small()));
                } else {
                    type_error(ts, "%c requires an integer in range(256) or a single byte");
                }
            } else if (is_str(v)) {
                if (as_str(v)->nchars != 1) type_error(ts, "%c requires int or char");
                body = std::string(as_str(v)->view());
            } else if (is_int(v)) {
                Value iv = index_value(ts, v);
                if (!iv.is_small() || iv.small() < 0 || iv.small() > 0x10FFFF)
                    raise_msg(ts, I.exc.OverflowError, "%c arg not in range(0x110000)");
                utf8_append(body, uint32_t(iv.small()));
            } else {
                type_error(ts, "%c requires int or char");
            }
            return numfmt::percent_pad(body, spec);
        }
        case 'd':
        case 'i':
        case 'u':
        case 'o':
        case 'x':
        case 'X': {
            Value iv;
            if (is_int(v)) iv = v.is_bool() ? Value::from_small(v.is_true()) : v;
            else if (is_float(v)) {
                if (conv == 'o' || conv == 'x' || conv == 'X')
                    type_error(ts, "%{} format: an integer is required, not float", conv);
                double d = float_value(v);
                if (std::isnan(d)) value_error(ts, "cannot convert float NaN to integer");
                if (std::isinf(d)) raise_msg(ts, I.exc.OverflowError, "cannot convert float infinity to integer");
                iv = make_int(I, BigInt::from_double(std::trunc(d)));
            } else {
                if (conv == 'd' || conv == 'i' || conv == 'u')
                    type_error(ts, "%{} format: a real number is required, not {}", conv, type_name(I, v));
                type_error(ts, "%{} format: an integer is required, not {}", conv, type_name(I, v));
            }
            if (iv.is_small()) return numfmt::percent_format_int64(iv.small(), spec);
            int base = numfmt::percent_int_base(conv);
            BigInt b = to_bigint(iv);
            return numfmt::percent_format_int_digits(b.is_negative(), b.abs().to_string(base, base == 10 ? I.config.int_max_str_digits : 0), spec);
        }
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G': {
            double d;
            if (!to_double(ts, v, &d)) type_error(ts, "must be real number, not {}", type_name(I, v));
            return numfmt::percent_format_float(d, spec);
        }
        default:
            break;
        }
    } catch (const NumericError& e) {
        raise_msg(ts, e.kind == NumericError::Kind::Overflow ? I.exc.OverflowError : I.exc.ValueError, e.what());
    }
    return {};
}

std::string percent_format(ThreadState& ts, std::string_view f, Value args, bool bytes_mode) {
    Interp& I = ts.interp;
    PercentState st{nullptr, 0, 0, Value(), bytes_mode};
    Value single = args;
    bool is_mapping = !is_tuple(args) && !is_str(args) && !is_byteslike(args) &&
                      (is_dict(args) || !type_lookup(type_of(I, args), I.names.__getitem__).is_null());
    if (is_tuple(args)) {
        st.items = as_tuple(args)->items();
        st.nitems = as_tuple(args)->size;
    } else {
        st.items = &single;
        st.nitems = 1;
        if (is_mapping) st.mapping = args;
    }
    std::string out;
    bool used_mapping = false;
    for (size_t i = 0; i < f.size();) {
        char c = f[i];
        if (c != '%') {
            out += c;
            ++i;
            continue;
        }
        size_t start = i++;
        if (i >= f.size()) value_error(ts, "incomplete format");
        Value value;
        bool have_value = false;
        if (f[i] == '(') {
            if (st.mapping.is_null()) type_error(ts, "format requires a mapping");
            int level = 1;
            size_t j = i + 1;
            while (j < f.size() && level) {
                if (f[j] == '(') ++level;
                else if (f[j] == ')') --level;
                if (level) ++j;
            }
            if (j >= f.size()) value_error(ts, "incomplete format key");
            Value key = bytes_mode ? Value::from_obj(new_bytes(I, f.substr(i + 1, j - i - 1)))
                                   : Value::from_obj(new_str(I, f.substr(i + 1, j - i - 1)));
            value = get_item(ts, st.mapping, key);
            have_value = true;
            used_mapping = true;
            i = j + 1;
        }
        numfmt::PercentSpec spec;
        for (; i < f.size(); ++i) {
            char fl = f[i];
            if (fl == '-') spec.left_adjust = true;
            else if (fl == '+') spec.plus_sign = true;
            else if (fl == ' ') spec.space_sign = true;
            else if (fl == '#') spec.alternate = true;
            else if (fl == '0') spec.zero_pad = true;
            else break;
        }
        if (i < f.size() && f[i] == '*') {
            Value w = next_arg(ts, st);
            if (!is_int(w)) type_error(ts, "* wants int");
            spec.width = index_int64(ts, w);
            if (spec.width < 0) {
                spec.left_adjust = true;
                spec.width = -spec.width;
            }
            ++i;
        } else {
            int64_t w = -1;
            while (i < f.size() && f[i] >= '0' && f[i] <= '9') w = (w < 0 ? 0 : w * 10) + (f[i++] - '0');
            spec.width = w;
        }
        if (i < f.size() && f[i] == '.') {
            ++i;
            if (i < f.size() && f[i] == '*') {
                Value p = next_arg(ts, st);
                if (!is_int(p)) type_error(ts, "* wants int");
                spec.precision = std::max<int64_t>(0, index_int64(ts, p));
                ++i;
            } else {
                int64_t p = 0;
                while (i < f.size() && f[i] >= '0' && f[i] <= '9') p = p * 10 + (f[i++] - '0');
                spec.precision = p;
            }
        }
        while (i < f.size() && (f[i] == 'h' || f[i] == 'l' || f[i] == 'L')) ++i;
        if (i >= f.size()) value_error(ts, "incomplete format");
        char conv = f[i++];
        if (conv == '%') {
            out += '%';
            continue;
        }
        static const std::string_view kConvs = "diouxXeEfFgGcrsab";
        if (kConvs.find(conv) == std::string_view::npos || (!bytes_mode && conv == 'b')) {
            std::string shown;
            utf8_append(shown, (unsigned char)conv);
            if ((unsigned char)conv >= 0x80) {
                size_t k = i - 1;
                shown.clear();
                uint32_t cp = utf8_decode(f, k);
                utf8_append(shown, cp);
                value_error(ts, "unsupported format character '{}' (0x{:x}) at index {}", shown, cp, i - 1);
            }
            value_error(ts, "unsupported format character '{}' (0x{:x}) at index {}", shown, (unsigned char)conv, i - 1);
        }
        spec.conversion = conv == 'i' || conv == 'u' ? 'd' : conv;
        if (!have_value) value = next_arg(ts, st);
        (void)start;
        Rooted keep(ts, value);
        out += percent_one(ts, spec, value, bytes_mode);
    }
    if (!used_mapping && st.mapping.is_null() && st.next < st.nitems)
        type_error(ts, "not all arguments converted during {} formatting", bytes_mode ? "bytes" : "string");
    return out;
}

} // namespace

Value str_mod(ThreadState& ts, StrObj* fmt_str, Value args) {
    return Value::from_obj(new_str(ts.interp, percent_format(ts, fmt_str->view(), args, false)));
}

Value bytes_mod(ThreadState& ts, Value fmt_bytes, Value args) {
    std::string out = percent_format(ts, bytes_view(fmt_bytes), args, true);
    if (is_bytearray(fmt_bytes)) return Value::from_obj(new_bytearray(ts.interp, out));
    return Value::from_obj(new_bytes(ts.interp, out));
}

} // namespace gilt
