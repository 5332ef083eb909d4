// str: immutable Unicode text stored as UTF-8 with its code-point count and cached hash.
#pragma once

#include <string>
#include <string_view>

#include "core/object.hpp"
#include "core/utf8.hpp"

namespace gilt {

struct Interp;
struct ThreadState;

// Text is stored as UTF-8 (what files, terminals and C++ hosts speak) with the number of
// code points cached, so len() is O(1). Pure-ASCII strings (flag kAscii) index in O(1);
// others walk the bytes. The bytes follow the header and end with a NUL, so data() is a
// valid C string for host code.
struct StrObj : Obj {
    static constexpr uint16_t kAscii = 1;
    static constexpr uint16_t kInterned = 2;

    size_t nbytes;
    size_t nchars;
    int64_t hash = -1; // -1 until computed (a str hash is never -1)

    StrObj(TypeObj* t, size_t bytes, size_t chars) : Obj(t, ObjKind::Str), nbytes(bytes), nchars(chars) {}
    char* data() { return reinterpret_cast<char*>(this + 1); }
    const char* data() const { return reinterpret_cast<const char*>(this + 1); }
    std::string_view view() const { return {data(), nbytes}; }
    bool ascii() const { return small & kAscii; }
};

inline bool is_str(Value v) { return is_kind(v, ObjKind::Str); }
inline StrObj* as_str(Value v) { return v.as<StrObj>(); }

// ---- construction
StrObj* new_str(Interp& I, std::string_view utf8);
StrObj* new_str_ascii(Interp& I, std::string_view ascii); // caller knows it is ASCII
StrObj* str_from_codepoint(Interp& I, uint32_t cp);
// A str of nbytes UTF-8 bytes (nchars code points) whose data the caller fills in at
// once: builds results in place, without a temporary std::string. Its NUL is set.
StrObj* str_alloc(Interp& I, size_t nbytes, size_t nchars, bool ascii);
// The interned copy of `s`: one object per distinct identifier, so name lookups can
// compare pointers first.
StrObj* intern(Interp& I, std::string_view s);
StrObj* intern(Interp& I, StrObj* s);

// ---- queries
int64_t str_hash(StrObj* s);
bool str_equal(const StrObj* a, const StrObj* b);
int str_compare(const StrObj* a, const StrObj* b); // code-point order (== UTF-8 byte order)

// ---- UTF-8 helpers
size_t utf8_count(std::string_view s, bool* ascii = nullptr);
// Decodes one code point at s[i]; advances i. Assumes valid UTF-8.
uint32_t utf8_decode(std::string_view s, size_t& i);
// Byte offset of code point `index` (0 <= index <= nchars).
size_t str_byte_offset(const StrObj* s, size_t index);
// Is this a well-formed UTF-8 sequence (no surrogates, no overlong forms)?
bool utf8_valid(std::string_view s);

// Python's repr of a str: picks quotes as CPython does and escapes non-printables.
std::string str_repr(std::string_view s);
// What ascii() makes of a repr: every non-ASCII code point as \xhh, \uhhhh or \Uhhhhhhhh.
std::string ascii_escape(std::string_view utf8);

// The methods and the `str` type's slots.
void init_str_type(Interp& I);

// Shared pieces other modules use.
StrObj* str_getitem_index(Interp& I, StrObj* s, int64_t index); // index already normalised
StrObj* str_concat(Interp& I, StrObj* a, StrObj* b);
StrObj* str_repeat(ThreadState& ts, StrObj* s, int64_t n);
bool str_contains(StrObj* haystack, StrObj* needle);
Value str_slice(ThreadState& ts, StrObj* s, Value slice);
Value str_mod(ThreadState& ts, StrObj* fmt, Value args); // printf-style formatting
Value str_format_method(ThreadState& ts, StrObj* fmt, Value* args, size_t nargs, struct TupleObj* kwnames);
Value str_format_map_method(ThreadState& ts, StrObj* fmt, Value mapping);

} // namespace gilt
