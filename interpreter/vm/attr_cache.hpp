// Inline caches for LOAD_ATTR, STORE_ATTR and LOAD_METHOD: the hit tests the loop inlines.
#pragma once

#include "objects/descr.hpp"
#include "objects/dict.hpp"
#include "objects/function.hpp"
#include "objects/str.hpp"
#include "objects/type.hpp"

namespace gilt {

// How the caches stay correct
// ---------------------------
// Each attribute instruction owns an AttrCache (CodeObj::attr_caches). A miss does the
// full lookup and records what the receiver's class holds under the name, keyed by the
// class's version tag. Tags are unique in the interpreter and are replaced, for a class
// and all its subclasses, whenever a class dict changes (type_modified), so a matching
// tag proves that the MRO walk would find the same thing again: a hit skips it.
//
// The class-side answer still leaves the instance's own dict to check. A hit on an
// instance attribute compares the key at the entry where the name was last found (the
// instances of one class usually store their attributes in the same order); a method or
// class-attribute hit instead needs the name to be absent from the instance dict, which
// the cache remembers as the dict's version (dict versions change with the key set and
// are unique too, so an equal version means the same dict with the same keys).
//
// Only lookups without hooks are cached: no __getattribute__ (or __setattr__ for stores)
// defined by a class statement, and no data descriptor under the name.
enum AttrCacheKind : uint8_t {
    kAttrEmpty = 0,
    kAttrInstance,       // the class holds nothing: an instance-dict attribute
    kAttrClassValue,     // a plain class attribute (no __get__): the instance dict first
    kAttrMethod,         // a function or native method; receivers are plain instances
    kAttrMethodNoDict,   // a method of a class whose instances have no dict (list.append)
    kAttrStoreInstance,  // STORE_ATTR: the value goes into the instance dict
};

// LOAD_ATTR's fast path: a plain instance whose dict holds the name where it did last
// time, or (for a class attribute) a dict known not to hold it.
inline bool attr_cache_load_hit(const AttrCache& c, Value obj, Value* out) {
    if (!obj.is_obj()) return false;
    Obj* o = obj.obj();
    if (o->type->version != c.type_version || o->kind != ObjKind::Instance) return false;
    DictObj* d = static_cast<InstanceObj*>(o)->dict;
    if (d) {
        if (c.index < d->entries_used && d->entries[c.index].key == Value::from_obj(c.name)) {
            *out = d->entries[c.index].value;
            return true;
        }
        if (c.kind == kAttrClassValue && d->version == c.dict_version) {
            *out = c.descr;
            return true;
        }
    } else if (c.kind == kAttrClassValue) {
        *out = c.descr;
        return true;
    }
    return false;
}

// LOAD_METHOD's fast path: the unbound method to call with obj as its first argument.
inline bool attr_cache_method_hit(const AttrCache& c, Value obj) {
    if (!obj.is_obj()) return false;
    Obj* o = obj.obj();
    if (o->type->version != c.type_version) return false;
    if (c.kind == kAttrMethodNoDict) return true;
    DictObj* d = static_cast<InstanceObj*>(o)->dict; // kAttrMethod: a plain instance
    return !d || d->version == c.dict_version;
}

// STORE_ATTR's fast path: overwrites the instance-dict entry where the name was last time.
inline bool attr_cache_store_hit(const AttrCache& c, Value obj, Value value) {
    if (!obj.is_obj()) return false;
    Obj* o = obj.obj();
    if (o->type->version != c.type_version || o->kind != ObjKind::Instance) return false;
    DictObj* d = static_cast<InstanceObj*>(o)->dict;
    if (!d || c.index >= d->entries_used || d->entries[c.index].key != Value::from_obj(c.name)) return false;
    d->entries[c.index].value = value;
    return true;
}

// The slow paths: the full lookup (as get_attr, get_method and set_attr), refilling the
// cache. The receiver (and stored value) must be reachable by the collector.
Value load_attr_slow(ThreadState& ts, Value obj, AttrCache& c);
bool load_method_slow(ThreadState& ts, Value obj, AttrCache& c, Value* method); // as get_method
void store_attr_slow(ThreadState& ts, Value obj, AttrCache& c, Value value);

} // namespace gilt
