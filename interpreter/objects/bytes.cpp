// bytes (immutable, inline storage) and bytearray (growable): construction, repr, indexing and mutation.
#include "objects/bytes.hpp"

#include <algorithm>
#include <cstring>
#include <fmt/format.h>

#include "core/thread_state.hpp"
#include "objects/codecs.hpp"
#include "objects/function.hpp"
#include "objects/number.hpp"
#include "objects/range.hpp"
#include "objects/str.hpp"
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
    if (!data.empty()) std::memcpy(b->data(), data.data(), data.size()); // data() may be null when empty
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

uint8_t byte_value(ThreadState& ts, Value v) {
    int64_t b = index_int64(ts, v);
    if (b < 0 || b > 255) value_error(ts, "byte must be in range(0, 256)");
    return uint8_t(b);
}

std::string bytes_from_value(ThreadState& ts, Value v, const char* what) {
    if (is_byteslike(v)) return std::string(bytes_view(v));
    if (is_str(v)) type_error(ts, "cannot convert 'str' object to {}", what);
    RootedVector items(ts);
    collect_iterable(ts, v, items.items);
    std::string out;
    out.reserve(items.items.size());
    for (Value x : items.items) {
        int64_t b = index_int64(ts, x);
        if (b < 0 || b > 255) value_error(ts, "bytes must be in range(0, 256)");
        out += char(b);
    }
    return out;
}

Value bytes_getitem(ThreadState& ts, Value obj, Value key) {
    Interp& I = ts.interp;
    std::string_view v = bytes_view(obj);
    if (is_slice(key)) {
        int64_t start, stop, step;
        int64_t n = slice_indices(ts, key.as<SliceObj>(), int64_t(v.size()), &start, &stop, &step);
        std::string out;
        if (n > 0) {
            if (step == 1) {
                out.assign(v.substr(size_t(start), size_t(n)));
            } else {
                out.reserve(size_t(n));
                for (int64_t i = 0, j = start; i < n; ++i, j += step) out += v[size_t(j)];
            }
        }
        if (is_bytearray(obj)) return Value::from_obj(new_bytearray(I, out));
        if (is_bytes(obj) && size_t(n) == v.size() && step == 1) return obj;
        return Value::from_obj(new_bytes(I, out));
    }
    if (!is_int(key) && !(key.is_obj() && (key.obj()->type->tflags & TypeObj::kHeapType)))
        type_error(ts, "byte indices must be integers or slices, not {}", type_name(I, key));
    int64_t n = int64_t(v.size());
    Value iv = index_value(ts, key);
    if (!iv.is_small()) raise_msg(ts, I.exc.IndexError, "cannot fit 'int' into an index-sized integer");
    int64_t i = iv.small();
    if (i < 0) i += n;
    if (i < 0 || i >= n) raise_msg(ts, I.exc.IndexError, is_bytearray(obj) ? "bytearray index out of range" : "index out of range");
    return Value::from_small((unsigned char)v[size_t(i)]);
}

void bytearray_setitem(ThreadState& ts, ByteArrayObj* b, Value key, Value value) {
    Interp& I = ts.interp;
    auto& data = b->data;
    if (is_slice(key)) {
        int64_t start, stop, step;
        int64_t n = slice_indices(ts, key.as<SliceObj>(), int64_t(data.size()), &start, &stop, &step);
        if (value.is_null()) {
            // del b[a:b:c]
            if (n <= 0) return;
            if (step < 0) {
                start = start + (n - 1) * step;
                step = -step;
            }
            std::vector<uint8_t> kept;
            kept.reserve(data.size() - size_t(n));
            for (int64_t i = 0; i < int64_t(data.size()); ++i) {
                bool removed = i >= start && (i - start) % step == 0 && (i - start) / step < n;
                if (!removed) kept.push_back(data[size_t(i)]);
            }
            data.swap(kept);
            return;
        }
        // The new contents: any bytes-like object or iterable of ints (not an int or a str).
        if (is_int(value)) type_error(ts, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        if (is_str(value)) type_error(ts, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        std::string items = bytes_from_value(ts, value, "bytearray");
        if (step == 1) {
            if (stop < start) stop = start;
            data.erase(data.begin() + start, data.begin() + stop);
            data.insert(data.begin() + start, items.begin(), items.end());
            I.heap.note_external(ptrdiff_t(items.size()));
            return;
        }
        if (int64_t(items.size()) != n)
            value_error(ts, "attempt to assign bytes of size {} to extended slice of size {}", items.size(), n);
        for (int64_t i = 0, j = start; i < n; ++i, j += step) data[size_t(j)] = uint8_t(items[size_t(i)]);
        return;
    }
    if (!is_int(key) && !(key.is_obj() && (key.obj()->type->tflags & TypeObj::kHeapType)))
        type_error(ts, "bytearray indices must be integers or slices, not {}", type_name(I, key));
    int64_t i = normalize_index(ts, key, int64_t(data.size()), "bytearray");
    if (value.is_null()) {
        data.erase(data.begin() + i);
        return;
    }
    data[size_t(i)] = byte_value(ts, value);
}

namespace {

std::string construct_data(ThreadState& ts, const char* name, Value* args, size_t nargs, TupleObj* kwnames) {
    Args a(ts, name, args, nargs, kwnames, {"source", "encoding", "errors"}, 0);
    if (!a.has(0)) {
        if (a.has(1)) type_error(ts, "encoding without a string argument");
        if (a.has(2)) type_error(ts, "errors without a string argument");
        return {};
    }
    Value src = a[0];
    if (is_str(src)) {
        if (!a.has(1)) type_error(ts, "string argument without an encoding");
        Codec c = codec_lookup(ts, arg_str(ts, a[1], name, "argument 'encoding'")->view());
        std::string_view errors = a.has(2) ? arg_str(ts, a[2], name, "argument 'errors'")->view() : "strict";
        return codec_encode(ts, as_str(src)->view(), c, errors);
    }
    if (a.has(1)) type_error(ts, "encoding without a string argument");
    if (a.has(2)) type_error(ts, "errors without a string argument");
    if (is_int(src)) {
        int64_t n = index_int64(ts, src);
        if (n < 0) value_error(ts, "negative count");
        return std::string(size_t(n), '\0');
    }
    if (is_byteslike(src)) return std::string(bytes_view(src));
    Value to_bytes = type_lookup(type_of(ts.interp, src), intern(ts.interp, "__bytes__"));
    if (!to_bytes.is_null()) {
        Value r = call1(ts, to_bytes, src);
        if (!is_bytes(r)) type_error(ts, "__bytes__ returned non-bytes (type {})", type_name(ts.interp, r));
        return std::string(bytes_view(r));
    }
    // Anything else must be an iterable of ints.
    auto not_iterable = [&] { return fmt::format("cannot convert '{}' object to {}", type_name(ts.interp, src), name); };
    Rooted it(ts, get_iter_or_type_error(ts, src, not_iterable));
    return bytes_from_value(ts, it, name);
}

Value bytes_new(ThreadState& ts, TypeObj*, Value* args, size_t nargs, TupleObj* kwnames) {
    if (nargs == 1 && !kwnames && is_bytes(args[0])) return args[0];
    return Value::from_obj(new_bytes(ts.interp, construct_data(ts, "bytes", args, nargs, kwnames)));
}
Value bytearray_new(ThreadState& ts, TypeObj*, Value* args, size_t nargs, TupleObj* kwnames) {
    return Value::from_obj(new_bytearray(ts.interp, construct_data(ts, "bytearray", args, nargs, kwnames)));
}

} // namespace

void init_bytes_types(Interp& I) {
    I.types.bytes = new_builtin_type(I, "bytes", ObjKind::Bytes, nullptr);
    I.types.bytes->new_fn = bytes_new;
    I.types.bytearray = new_builtin_type(I, "bytearray", ObjKind::ByteArray, nullptr);
    I.types.bytearray->new_fn = bytearray_new;
    init_bytes_methods(I);
}

} // namespace gilt
