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

struct FormatArgs {
    Value* positional;
    size_t npositional;
    TupleObj* kwnames;   // keyword names (values follow the positionals) ...
    Value mapping;       // ... or a mapping (format_map)
    int auto_index = 0;  // next automatic field number, -1 once manual numbering is used
    bool manual = false;
};

Value lookup_field(ThreadState& ts, FormatArgs& fa, std::string_view field) {
    Interp& I = ts.interp;
    size_t end = 0;
    while (end < field.size() && field[end] != '.' && field[end] != '[') ++end;
    std::string_view first = field.substr(0, end);
    Rooted obj(ts);
    bool numeric = !first.empty() && first.find_first_not_of("0123456789") == std::string_view::npos;
    if (first.empty()) {
        if (fa.manual) value_error(ts, "cannot switch from manual field specification to automatic field numbering");
        size_t idx = size_t(fa.auto_index++);
        if (!fa.mapping.is_null() || idx >= fa.npositional)
            raise_fmt(ts, I.exc.IndexError, "Replacement index {} out of range for positional args tuple", idx);
        obj = fa.positional[idx];
    } else if (numeric) {
        if (fa.auto_index > 0) value_error(ts, "cannot switch from automatic field numbering to manual field specification");
        fa.manual = true;
        size_t idx = std::stoul(std::string(first));
        if (!fa.mapping.is_null() || idx >= fa.npositional)
            raise_fmt(ts, I.exc.IndexError, "Replacement index {} out of range for positional args tuple", idx);
        obj = fa.positional[idx];
    } else {
        StrObj* key = new_str(I, first);
        if (!fa.mapping.is_null()) {
            obj = get_item(ts, fa.mapping, Value::from_obj(key));
        } else {
            bool found = false;
            if (fa.kwnames)
                for (size_t i = 0; i < fa.kwnames->size; ++i)
                    if (as_str(fa.kwnames->items()[i])->view() == first) {
                        obj = fa.positional[fa.npositional + i];
                        found = true;
                    }
            if (!found) key_error(ts, Value::from_obj(key));
        }
    }
    // Attribute and index accessors.
    size_t i = end;
    while (i < field.size()) {
        if (field[i] == '.') {
            size_t j = i + 1;
            while (j < field.size() && field[j] != '.' && field[j] != '[') ++j;
            if (j == i + 1) value_error(ts, "Empty attribute in format string");
            obj = get_attr(ts, obj, intern(I, field.substr(i + 1, j - i - 1)));
            i = j;
        } else if (field[i] == '[') {
            size_t j = field.find(']', i);
            if (j == std::string_view::npos) value_error(ts, "Missing ']' in format string");
            std::string_view key = field.substr(i + 1, j - i - 1);
            if (key.empty()) value_error(ts, "Empty attribute in format string");
            Value k;
            if (key.find_first_not_of("0123456789") == std::string_view::npos) k = Value::from_small(std::stoll(std::string(key)));
            else k = Value::from_obj(new_str(I, key));
            obj = get_item(ts, obj, k);
            i = j + 1;
        } else {
            value_error(ts, "Only '.' or '[' may follow ']' in format field specifier");
        }
    }
    return obj;
}

std::string render(ThreadState& ts, std::string_view fmt, FormatArgs& fa, int depth);

// Formats one replacement field `{...}` whose inside is `body`.
std::string render_field(ThreadState& ts, std::string_view body, FormatArgs& fa, int depth) {
    Interp& I = ts.interp;
    // Split into name, conversion and spec; brackets may contain ':' or '!'.
    size_t i = 0;
    while (i < body.size() && body[i] != '!' && body[i] != ':') {
        if (body[i] == '[') {
            while (i < body.size() && body[i] != ']') ++i;
        }
        if (i < body.size()) ++i;
    }
    std::string_view name = body.substr(0, std::min(i, body.size()));
    char conversion = 0;
    std::string_view spec;
    if (i < body.size() && body[i] == '!') {
        if (i + 1 >= body.size()) value_error(ts, "end of string while looking for conversion specifier");
        conversion = body[i + 1];
        i += 2;
        if (i < body.size() && body[i] != ':') value_error(ts, "expected ':' after conversion specifier");
    }
    if (i < body.size() && body[i] == ':') spec = body.substr(i + 1);
    Rooted value(ts, lookup_field(ts, fa, name));
    switch (conversion) {
    case 0: break;
    case 's': value = Value::from_obj(to_str(ts, value)); break;
    case 'r': value = Value::from_obj(repr(ts, value)); break;
    case 'a': {
        std::string r = repr_string(ts, value), out;
        for (size_t k = 0; k < r.size();) {
            size_t start = k;
            uint32_t cp = utf8_decode(r, k);
            if (cp < 128) out.append(r, start, k - start);
            else if (cp < 0x100) out += fmt::format("\\x{:02x}", cp);
            else if (cp < 0x10000) out += fmt::format("\\u{:04x}", cp);
            else out += fmt::format("\\U{:08x}", cp);
        }
        value = Value::from_obj(new_str(I, out));
        break;
    }
    default: value_error(ts, "Unknown conversion specifier {}", conversion);
    }
    std::string spec_text = spec.find('{') != std::string_view::npos ? render(ts, spec, fa, depth + 1) : std::string(spec);
    return std::string(format_value(ts, value, new_str(I, spec_text))->view());
}

std::string render(ThreadState& ts, std::string_view fmt, FormatArgs& fa, int depth) {
    if (depth > 2) value_error(ts, "Max string recursion exceeded");
    std::string out;
    for (size_t i = 0; i < fmt.size();) {
        char c = fmt[i];
        if (c == '{') {
            if (i + 1 < fmt.size() && fmt[i + 1] == '{') {
                out += '{';
                i += 2;
                continue;
            }
            // Find the matching '}', allowing one level of nested fields in the spec.
            int level = 1;
            size_t j = i + 1;
            while (j < fmt.size() && level > 0) {
                if (fmt[j] == '{') ++level;
                else if (fmt[j] == '}') --level;
                if (level > 0) ++j;
            }
            if (j >= fmt.size()) value_error(ts, "expected '}}' before end of string");
            out += render_field(ts, fmt.substr(i + 1, j - i - 1), fa, depth);
            i = j + 1;
        } else if (c == '}') {
            if (i + 1 < fmt.size() && fmt[i + 1] == '}') {
                out += '}';
                i += 2;
                continue;
            }
            value_error(ts, "Single '}}' encountered in format string");
        } else {
            out += c;
            ++i;
        }
    }
    return out;
}

} // namespace

Value str_format_method(ThreadState& ts, StrObj* fmt_str, Value* args, size_t nargs, TupleObj* kwnames) {
    FormatArgs fa{args, nargs, nullptr, Value()};
    // format_map passes its mapping with a sentinel kwnames of 1.
    if (reinterpret_cast<uintptr_t>(kwnames) == 1) {
        fa.mapping = args[0];
        fa.npositional = 0;
    } else {
        fa.kwnames = kwnames;
    }
    std::string_view f = fmt_str->view();
    for (size_t i = 0; i < f.size(); ++i)
        if (f[i] == '{' && (i + 1 >= f.size() || f[i + 1] != '{') && f.find('}', i) == std::string_view::npos)
            value_error(ts, "Single '{{' encountered in format string");
    return Value::from_obj(new_str(ts.interp, render(ts, f, fa, 0)));
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
                if (conv == 'r' || conv == 'a') {
                    std::string r = repr_string(ts, v);
                    for (char ch : r) body += ch;
                } else if (is_byteslike(v)) {
                    body = std::string(bytes_view(v));
                } else {
                    type_error(ts, "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'", type_name(I, v));
                }
            } else {
                body = conv == 's' ? str_string(ts, v) : repr_string(ts, v);
            }
            return numfmt::percent_pad(body, spec);
        }
        case 'c': {
            std::string body;
            if (is_str(v)) {
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
