// type objects (classes) and modules: attribute namespaces with an MRO.
#pragma once

#include <vector>

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
    // The version tag attribute caches are keyed by: unique in the interpreter and never
    // 0, it is replaced (for the class and every subclass) whenever the class's dict or a
    // base's changes. See type_modified() and vm/attr_cache.hpp.
    uint64_t version = 0;
    // Facts about the MRO that the attribute paths test often, recomputed with `version`.
    enum HookFlags : uint32_t {
        kUserGetattribute = 1, // a class statement defines __getattribute__
        kUserGetattr = 2,      // ... __getattr__
        kUserSetattr = 4,      // ... __setattr__
        kUserDelattr = 8,      // ... __delattr__
    };
    uint32_t hooks = 0;
    // Subclasses defined by class statements (weak references: types that die are
    // dropped before each sweep, see prune_dead_heap_types).
    std::vector<TypeObj*> subclasses;

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
// The same through the interpreter's lookup cache (keyed by version tag and name, as
// CPython's method cache); *owner (if given) receives the class that holds the name.
Value type_find(Interp& I, const TypeObj* t, StrObj* name, TypeObj** owner = nullptr);
void type_lookup_cache_clear(Interp& I);
// Recomputes the MRO with C3 linearisation; raises TypeError if there is none.
void compute_mro(ThreadState& ts, TypeObj* t);

// Gives t a fresh version tag and recomputes its hook flags; then the same for every
// subclass. Call after any change to t's dict (attribute caches keyed by the old tag
// then miss).
void type_modified(Interp& I, TypeObj* t);
// Records a class-statement type so that prune_dead_heap_types can find it, and links it
// into its heap-type bases' subclass lists.
void register_heap_type(Interp& I, TypeObj* t);
// Before a sweep: unlinks heap types that are about to be freed from their bases, and
// drops lookup-cache entries whose names are about to be freed.
void type_caches_before_sweep(Interp& I);

void init_type_type(Interp& I);

} // namespace gilt
