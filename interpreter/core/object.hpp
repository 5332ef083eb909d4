// The heap-object header shared by every garbage-collected object, and the list of layouts.
#pragma once

#include <cstddef>
#include <cstdint>

#include "core/value.hpp"

namespace gilt {

// The native layout of an object. A script-level class (TypeObj) says which layout its
// instances have; a user subclass of `list` has layout List but its own type. Fast paths
// in the VM switch on the layout; Python-level behaviour goes through the type.
enum class ObjKind : uint8_t {
    Type,
    Module,
    BigInt,
    Float,
    Str,
    Bytes,
    ByteArray,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Code,
    Function,
    NativeFunction,
    BoundMethod,
    Cell,
    Exception,
    Traceback,
    Instance,
    NativeProperty,
    Property,
    StaticMethod,
    ClassMethod,
    Super,
    SeqIter,
    RangeIter,
    LongRangeIter,
    DictIter,
    DictView,
    SetIter,
    Enumerate,
    Zip,
    Map,
    Filter,
    Reversed,
    CallIter,
    Generator,
    File,
    Opaque, // a host- or module-defined native payload with its own trace/free hooks
    Count
};

struct TypeObj;

// Every heap object starts with this header. `type` is the script-visible class;
// `kind` duplicates the layout so hot paths need no pointer chase; `gc_next` threads
// all objects of one heap for the sweep; `marked` is the mark bit of the current
// collection; `alloc_size` lets the collector count live bytes. `small` is free for the
// layout's own use (e.g. str flags).
struct Obj {
    TypeObj* type;
    Obj* gc_next = nullptr;
    ObjKind kind;
    uint8_t marked = 0;
    uint16_t small = 0;
    uint32_t alloc_size = 0;

    Obj(TypeObj* t, ObjKind k) : type(t), kind(k) {}
};

static_assert(sizeof(Obj) == 24);

inline bool is_kind(Value v, ObjKind k) { return v.is_obj() && v.obj()->kind == k; }

} // namespace gilt
