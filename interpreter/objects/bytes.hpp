// bytes (immutable, inline storage) and bytearray (growable).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/object.hpp"

namespace gilt {

struct Interp;
struct ThreadState;

struct BytesObj : Obj {
    size_t size;
    int64_t hash = -1;
    BytesObj(TypeObj* t, size_t n) : Obj(t, ObjKind::Bytes), size(n) {}
    uint8_t* data() { return reinterpret_cast<uint8_t*>(this + 1); }
    const uint8_t* data() const { return reinterpret_cast<const uint8_t*>(this + 1); }
    std::string_view view() const { return {reinterpret_cast<const char*>(data()), size}; }
};

struct ByteArrayObj : Obj {
    std::vector<uint8_t> data;
    explicit ByteArrayObj(TypeObj* t) : Obj(t, ObjKind::ByteArray) {}
    std::string_view view() const { return {reinterpret_cast<const char*>(data.data()), data.size()}; }
};

inline bool is_bytes(Value v) { return is_kind(v, ObjKind::Bytes); }
inline bool is_bytearray(Value v) { return is_kind(v, ObjKind::ByteArray); }
inline bool is_byteslike(Value v) { return is_bytes(v) || is_bytearray(v); }
// The contents of a bytes or bytearray.
std::string_view bytes_view(Value v);

BytesObj* new_bytes(Interp& I, std::string_view data);
ByteArrayObj* new_bytearray(Interp& I, std::string_view data);
// b'...' repr as CPython writes it.
std::string bytes_repr(std::string_view data, bool bytearray = false);
// Collects bytes from an int iterable / buffer (bytes(x), bytearray(x), b.join etc.);
// `what` names the target in "cannot convert 'str' object to bytes".
std::string bytes_from_value(ThreadState& ts, Value v, const char* what);
// An int in range(256), else ValueError "byte must be in range(0, 256)".
uint8_t byte_value(ThreadState& ts, Value v);

// b[key] for bytes and bytearray (an int or a slice), and b[key] = value / del b[key]
// (value null) for bytearray, with CPython's messages.
Value bytes_getitem(ThreadState& ts, Value obj, Value key);
void bytearray_setitem(ThreadState& ts, ByteArrayObj* b, Value key, Value value);

// bytes % args (printf-style formatting, like str's).
Value bytes_mod(ThreadState& ts, Value fmt, Value args);

void init_bytes_types(Interp& I);
// The methods of both types (bytes_methods.cpp).
void init_bytes_methods(Interp& I);

} // namespace gilt
