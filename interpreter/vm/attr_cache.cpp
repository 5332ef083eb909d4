// The slow paths of the attribute inline caches: full lookups that refill the cache.
#include "vm/attr_cache.hpp"

#include "objects/str.hpp"
#include "vm/dunder.hpp"
#include "vm/ops.hpp"

namespace gilt {

namespace {

// A function or native method: binds the receiver as its first argument.
bool is_plain_method(Value descr) {
    if (!descr.is_obj()) return false;
    Obj* d = descr.obj();
    return d->kind == ObjKind::Function ||
           (d->kind == ObjKind::NativeFunction && (static_cast<NativeFunctionObj*>(d)->nflags & NativeFunctionObj::kMethod));
}

// A class attribute that instance access returns as it is (what bind() leaves alone).
bool is_plain_value(ThreadState& ts, Value descr) {
    if (!descr.is_obj()) return true;
    switch (descr.obj()->kind) {
    case ObjKind::Function:
    case ObjKind::NativeProperty:
    case ObjKind::Property:
    case ObjKind::StaticMethod:
    case ObjKind::ClassMethod:
        return false;
    case ObjKind::NativeFunction:
        return !is_plain_method(descr);
    default:
        if (is_heap_instance(descr))
            return type_find(ts.interp, descr.obj()->type, ts.interp.names.__get__).is_null() && !is_data_descriptor(ts, descr);
        return true;
    }
}

// Can instances with this object's layout carry their own attribute dict? (Only then can
// an instance attribute shadow a method.)
bool layout_has_dict(const Obj* o) {
    if (o->type->tflags & TypeObj::kHeapType) return true;
    switch (o->kind) {
    case ObjKind::Instance:
    case ObjKind::Function:
    case ObjKind::Exception:
    case ObjKind::StaticMethod:
    case ObjKind::ClassMethod:
    case ObjKind::Type:
    case ObjKind::Module:
    case ObjKind::Super:
        return true;
    default:
        return false;
    }
}

// Records what a plain instance's class holds under c.name, or leaves the cache empty
// when the lookup has hooks the cache cannot represent.
void fill_load(ThreadState& ts, Obj* o, AttrCache& c) {
    c.type_version = 0;
    TypeObj* t = o->type;
    if (t->version == 0 || o->kind != ObjKind::Instance || (t->hooks & TypeObj::kUserGetattribute)) return;
    Value descr = type_find(ts.interp, t, c.name);
    uint8_t kind;
    if (descr.is_null()) kind = kAttrInstance;
    else if (is_plain_method(descr)) kind = kAttrMethod;
    else if (is_plain_value(ts, descr)) kind = kAttrClassValue;
    else return; // properties, class/static methods, descriptors: the generic path
    c.kind = kind;
    c.descr = descr;
    c.dict_version = 0;
    c.type_version = t->version;
}

void fill_method(ThreadState& ts, Obj* o, AttrCache& c) {
    c.type_version = 0;
    TypeObj* t = o->type;
    if (t->version == 0 || (t->hooks & TypeObj::kUserGetattribute)) return;
    if (o->kind == ObjKind::Type || o->kind == ObjKind::Module || o->kind == ObjKind::Super) return;
    Value descr = type_find(ts.interp, t, c.name);
    if (!is_plain_method(descr)) return;
    if (!layout_has_dict(o)) c.kind = kAttrMethodNoDict;
    else if (o->kind == ObjKind::Instance) c.kind = kAttrMethod;
    else return;
    c.descr = descr;
    c.dict_version = 0;
    c.type_version = t->version;
    (void)ts;
}

} // namespace

Value load_attr_slow(ThreadState& ts, Value obj, AttrCache& c) {
    if (obj.is_obj()) {
        Obj* o = obj.obj();
        if (o->type->version != c.type_version) fill_load(ts, o, c);
        if (c.type_version && o->type->version == c.type_version) {
            // The class side is known; only the instance dict remains to look at.
            DictObj* d = static_cast<InstanceObj*>(o)->dict;
            if (d) {
                int64_t ix = dict_find_str(d, c.name);
                if (ix >= 0) {
                    c.index = uint32_t(ix);
                    return d->entries[ix].value;
                }
                c.dict_version = d->version;
            }
            if (c.kind == kAttrClassValue) return c.descr;
            if (c.kind == kAttrMethod) return Value::from_obj(new_bound_method(ts.interp, c.descr, obj));
            // kAttrInstance and absent: __getattr__ or AttributeError, below.
        }
    }
    return get_attr(ts, obj, c.name);
}

bool load_method_slow(ThreadState& ts, Value obj, AttrCache& c, Value* method) {
    if (obj.is_obj()) {
        Obj* o = obj.obj();
        if (o->type->version != c.type_version) fill_method(ts, o, c);
        if (c.type_version && o->type->version == c.type_version) {
            if (c.kind == kAttrMethodNoDict) {
                *method = c.descr;
                return true;
            }
            DictObj* d = static_cast<InstanceObj*>(o)->dict;
            if (!d || dict_find_str(d, c.name) < 0) {
                if (d) c.dict_version = d->version;
                *method = c.descr;
                return true;
            }
            // An instance attribute shadows the method: the generic path returns it.
        }
    }
    return get_method(ts, obj, c.name, method);
}

void store_attr_slow(ThreadState& ts, Value obj, AttrCache& c, Value value) {
    Interp& I = ts.interp;
    if (is_kind(obj, ObjKind::Instance)) {
        auto o = obj.as<InstanceObj>();
        TypeObj* t = o->type;
        if (t->version != c.type_version) {
            c.type_version = 0;
            // (Instances of `object` itself have no dict to store into.)
            if (t->version != 0 && (t->tflags & TypeObj::kHeapType) && !(t->hooks & TypeObj::kUserSetattr)) {
                Value descr = type_find(ts.interp, t, c.name);
                if (descr.is_null() || !is_data_descriptor(ts, descr)) {
                    c.kind = kAttrStoreInstance;
                    c.type_version = t->version;
                }
            }
        }
        if (c.type_version && t->version == c.type_version) {
            if (!o->dict) o->dict = new_dict(I);
            DictObj* d = o->dict;
            int64_t ix = dict_find_str(d, c.name);
            if (ix >= 0) {
                d->entries[ix].value = value;
            } else {
                dict_set_str(I, d, c.name, value); // appends the entry
                ix = int64_t(d->entries_used) - 1;
            }
            c.index = uint32_t(ix);
            return;
        }
    }
    set_attr(ts, obj, c.name, value);
}

} // namespace gilt
