// type objects (classes) and modules: attribute namespaces with an MRO.
#pragma once

#include "core/object.hpp"
#include "objects/function.hpp"

namespace gilt {

// Builds an instance of a built-in class from call arguments (`int("3")`, `list(x)`).
using NewFn = Value (*)(ThreadState& ts, TypeObj* cls, Value* args, size_t nargs, TupleObj* kwnames);

struct TypeObj : Obj {
    enum Flags : uint32_t {
        kBuiltin = 1,     // defined by the interpreter
        kBaseType = 2,    // may be subclassed
        kHeapType = 4,    // defined by a `class` statement
        kException = 8,   // BaseException or a subclass
        kAbstract = 16,   // cannot be instantiated from scripts (e.g. `function`)
    };
    StrObj* name;
    StrObj* qualname;
    Value module = Value::none();
    TypeObj* base = nullptr;
    TupleObj* bases = nullptr;
    TupleObj* mro = nullptr;
    DictObj* dict = nullptr;
    ObjKind instance_kind;
    uint32_t tflags = 0;
    NewFn new_fn = nullptr;
    // Changes whenever this class's dict or any base's changes, for method caches.
    uint64_t version = 0;

    TypeObj(TypeObj* meta, StrObj* n, ObjKind k) : Obj(meta, ObjKind::Type), name(n), qualname(n), instance_kind(k) {}
    bool is_builtin() const { return tflags & kBuiltin; }
};

struct ModuleObj : Obj {
    StrObj* name;
    DictObj* dict;
    // True while the module's body runs (CPython's __spec__._initializing): a circular
    // import then sees a partially initialised module, and errors say so.
    bool initializing = false;
    ModuleObj(TypeObj* t, StrObj* n, DictObj* d) : Obj(t, ObjKind::Module), name(n), dict(d) {}
};

inline bool is_type(Value v) { return is_kind(v, ObjKind::Type); }
inline TypeObj* as_type(Value v) { return v.as<TypeObj>(); }
inline bool is_module(Value v) { return is_kind(v, ObjKind::Module); }

// Creates a built-in type with a single base (object if null) and computes its MRO.
TypeObj* new_builtin_type(Interp& I, const char* name, ObjKind kind, TypeObj* base,
                          uint32_t flags = TypeObj::kBaseType);
ModuleObj* new_module(Interp& I, const char* name);

// The class of any value (ints, floats and singletons included).
TypeObj* type_of(Interp& I, Value v);
// Is `sub` the same as, or a subclass of, `super`?
bool is_subtype(const TypeObj* sub, const TypeObj* super);
inline bool isinstance(Interp& I, Value v, const TypeObj* t) { return is_subtype(type_of(I, v), t); }
// Finds `name` along the MRO (no descriptors applied), or null.
Value type_lookup(const TypeObj* t, StrObj* name);
// Recomputes the MRO with C3 linearisation; raises TypeError if there is none.
void compute_mro(ThreadState& ts, TypeObj* t);

void init_type_type(Interp& I);

} // namespace gilt
