// Descriptors and instances: native getset properties, property, staticmethod,
// classmethod, super, and plain instances of user classes.
#pragma once

#include "core/object.hpp"

namespace gilt {

struct ThreadState;
struct StrObj;
struct DictObj;
struct TypeObj;

// A computed attribute of a built-in type (`e.args`, `f.__name__`, `r.start`).
using NativeGetter = Value (*)(ThreadState& ts, Value self);
using NativeSetter = void (*)(ThreadState& ts, Value self, Value value); // value null: delete
struct NativePropertyObj : Obj {
    StrObj* name;
    TypeObj* owner;
    NativeGetter get;
    NativeSetter set;
    NativePropertyObj(TypeObj* t, StrObj* n, TypeObj* o, NativeGetter g, NativeSetter s)
        : Obj(t, ObjKind::NativeProperty), name(n), owner(o), get(g), set(s) {}
};

struct PropertyObj : Obj {
    Value fget = Value::none(), fset = Value::none(), fdel = Value::none(), doc = Value::none();
    Value name = Value::none();
    explicit PropertyObj(TypeObj* t) : Obj(t, ObjKind::Property) {}
};

// staticmethod and classmethod wrappers (kind tells which).
struct MethodWrapperObj : Obj {
    Value func;
    DictObj* dict = nullptr;
    MethodWrapperObj(TypeObj* t, ObjKind k, Value f) : Obj(t, k), func(f) {}
};

struct SuperObj : Obj {
    TypeObj* start;    // look up after this class in the MRO
    Value obj;         // the instance (or class) being bound
    TypeObj* obj_type; // whose MRO is used
    SuperObj(TypeObj* t, TypeObj* s, Value o, TypeObj* ot) : Obj(t, ObjKind::Super), start(s), obj(o), obj_type(ot) {}
};

// An instance of a user-defined class with no built-in base layout.
struct InstanceObj : Obj {
    DictObj* dict = nullptr;
    explicit InstanceObj(TypeObj* t) : Obj(t, ObjKind::Instance) {}
};

// Instances of class-statement subclasses of the immutable built-ins (str, int, float,
// tuple, bytes) keep their attribute dict in one extra word at the very end of their
// allocation, so the built-in layouts themselves stay as they are. `o` must be such an
// instance (see allocate_instance in class.cpp, the only place that makes them).
inline DictObj** trailing_dict_slot(Obj* o) {
    return reinterpret_cast<DictObj**>(reinterpret_cast<char*>(o) + o->alloc_size - sizeof(DictObj*));
}
// Is kind one of the layouts above? (The object must also have a heap type.)
inline bool is_trailing_dict_kind(ObjKind k) {
    return k == ObjKind::Str || k == ObjKind::BigInt || k == ObjKind::Float || k == ObjKind::Tuple || k == ObjKind::Bytes;
}

// The property protocol (fget/fset/fdel), used by attribute access.
Value property_get(ThreadState& ts, PropertyObj* p, Value obj);
void property_set(ThreadState& ts, PropertyObj* p, Value obj, Value value); // value null: delete

NativePropertyObj* add_getset(struct Interp& I, TypeObj* type, const char* name, NativeGetter get,
                              NativeSetter set = nullptr);
void init_descr_types(struct Interp& I);

} // namespace gilt
