// Descriptors: native getset properties, property, staticmethod, classmethod, super.
#include "objects/descr.hpp"

#include "core/thread_state.hpp"
#include "objects/dict.hpp"
#include "objects/function.hpp"
#include "objects/str.hpp"
#include "objects/tuple.hpp"
#include "objects/type.hpp"
#include "vm/args.hpp"
#include "vm/errors.hpp"
#include "vm/eval.hpp"
#include "vm/ops.hpp"

namespace gilt {

void init_function_attributes(Interp& I);

NativePropertyObj* add_getset(Interp& I, TypeObj* type, const char* name, NativeGetter get, NativeSetter set) {
    StrObj* n = intern(I, name);
    auto p = I.heap.make<NativePropertyObj>(I.types.getset_descriptor, n, type, get, set);
    dict_set_str(I, type->dict, n, Value::from_obj(p));
    type_modified(I, type); // lookups cached under the old version tag must miss
    return p;
}

namespace {

PropertyObj* self_property(ThreadState& ts, Value v) {
    if (!is_kind(v, ObjKind::Property)) type_error(ts, "descriptor requires a 'property' object");
    return v.as<PropertyObj>();
}

Value property_new(ThreadState& ts, TypeObj* cls, Value* args, size_t nargs, TupleObj* kwnames) {
    Args a(ts, "property", args, nargs, kwnames, {"fget", "fset", "fdel", "doc"}, 0);
    PropertyObj* p = ts.interp.heap.make<PropertyObj>(cls);
    p->fget = a.get(0, Value::none());
    p->fset = a.get(1, Value::none());
    p->fdel = a.get(2, Value::none());
    p->doc = a.get(3, Value::none());
    if (p->doc.is_none() && !p->fget.is_none()) {
        Rooted keep(ts, Value::from_obj(p));
        Value d = lookup_attr(ts, p->fget, ts.interp.names.__doc__);
        if (!d.is_null()) p->doc = d;
    }
    return Value::from_obj(p);
}

Value copy_with(ThreadState& ts, PropertyObj* src, int which, Value f) {
    PropertyObj* p = ts.interp.heap.make<PropertyObj>(src->type);
    p->fget = src->fget;
    p->fset = src->fset;
    p->fdel = src->fdel;
    p->doc = src->doc;
    p->name = src->name;
    if (which == 0) p->fget = f;
    if (which == 1) p->fset = f;
    if (which == 2) p->fdel = f;
    return Value::from_obj(p);
}
Value p_getter(ThreadState& ts, Value* a, size_t n, TupleObj*) {
    check_count(ts, "getter", n - 1, 1, 1);
    return copy_with(ts, self_property(ts, a[0]), 0, a[1]);
}
Value p_setter(ThreadState& ts, Value* a, size_t n, TupleObj*) {
    check_count(ts, "setter", n - 1, 1, 1);
    return copy_with(ts, self_property(ts, a[0]), 1, a[1]);
}
Value p_deleter(ThreadState& ts, Value* a, size_t n, TupleObj*) {
    check_count(ts, "deleter", n - 1, 1, 1);
    return copy_with(ts, self_property(ts, a[0]), 2, a[1]);
}
Value p_fget(ThreadState& ts, Value self) { return self_property(ts, self)->fget; }
Value p_fset(ThreadState& ts, Value self) { return self_property(ts, self)->fset; }
Value p_fdel(ThreadState& ts, Value self) { return self_property(ts, self)->fdel; }
Value p_doc(ThreadState& ts, Value self) { return self_property(ts, self)->doc; }
Value p_set_name(ThreadState& ts, Value* a, size_t n, TupleObj*) {
    check_count(ts, "__set_name__", n - 1, 2, 2);
    self_property(ts, a[0])->name = a[2];
    return Value::none();
}

const MethodDef kPropertyMethods[] = {
    {"getter", p_getter, NativeFunctionObj::kMethod},
    {"setter", p_setter, NativeFunctionObj::kMethod},
    {"deleter", p_deleter, NativeFunctionObj::kMethod},
    {"__set_name__", p_set_name, NativeFunctionObj::kMethod},
    {nullptr, nullptr},
};

Value wrapper_new(ThreadState& ts, TypeObj* cls, Value* args, size_t nargs, TupleObj* kwnames) {
    bool is_static = cls == ts.interp.types.staticmethod;
    const char* name = is_static ? "staticmethod" : "classmethod";
    no_keywords(ts, name, kwnames);
    if (nargs != 1) type_error(ts, "{} expected 1 argument, got {}", name, nargs);
    return Value::from_obj(ts.interp.heap.make<MethodWrapperObj>(cls, is_static ? ObjKind::StaticMethod : ObjKind::ClassMethod, args[0]));
}
Value w_func(ThreadState&, Value self) { return self.as<MethodWrapperObj>()->func; }
Value w_attr(ThreadState& ts, Value self, StrObj* name) { return get_attr(ts, self.as<MethodWrapperObj>()->func, name); }
Value w_name(ThreadState& ts, Value self) { return w_attr(ts, self, ts.interp.names.__name__); }
Value w_qualname(ThreadState& ts, Value self) { return w_attr(ts, self, ts.interp.names.__qualname__); }
Value w_doc(ThreadState& ts, Value self) { return w_attr(ts, self, ts.interp.names.__doc__); }
Value w_call(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    // staticmethod objects are callable since 3.10.
    return call(ts, args[0].as<MethodWrapperObj>()->func, args + 1, nargs - 1, kw);
}

Value getset_name(ThreadState&, Value self) { return Value::from_obj(self.as<NativePropertyObj>()->name); }

} // namespace

Value property_get(ThreadState& ts, PropertyObj* p, Value obj) {
    if (p->fget.is_none()) {
        if (is_str(p->name))
            raise_fmt(ts, ts.interp.exc.AttributeError, "property '{}' of '{}' object has no getter",
                      std::string(as_str(p->name)->view()), type_name(ts.interp, obj));
        raise_msg(ts, ts.interp.exc.AttributeError, "unreadable attribute");
    }
    return call1(ts, p->fget, obj);
}

void property_set(ThreadState& ts, PropertyObj* p, Value obj, Value value) {
    Value f = value.is_null() ? p->fdel : p->fset;
    if (f.is_none()) {
        const char* what = value.is_null() ? "deleter" : "setter";
        if (is_str(p->name))
            raise_fmt(ts, ts.interp.exc.AttributeError, "property '{}' of '{}' object has no {}",
                      std::string(as_str(p->name)->view()), type_name(ts.interp, obj), what);
        raise_msg(ts, ts.interp.exc.AttributeError, value.is_null() ? "can't delete attribute" : "can't set attribute");
    }
    if (value.is_null()) call1(ts, f, obj);
    else call2(ts, f, obj, value);
}

void init_descr_types(Interp& I) {
    I.types.getset_descriptor = new_builtin_type(I, "getset_descriptor", ObjKind::NativeProperty, nullptr, 0);
    I.types.property = new_builtin_type(I, "property", ObjKind::Property, nullptr);
    I.types.staticmethod = new_builtin_type(I, "staticmethod", ObjKind::StaticMethod, nullptr);
    I.types.classmethod = new_builtin_type(I, "classmethod", ObjKind::ClassMethod, nullptr);
    I.types.super = new_builtin_type(I, "super", ObjKind::Super, nullptr);
    I.types.property->new_fn = property_new;
    I.types.staticmethod->new_fn = wrapper_new;
    I.types.classmethod->new_fn = wrapper_new;
    add_methods(I, I.types.property, kPropertyMethods);
    add_getset(I, I.types.property, "fget", p_fget);
    add_getset(I, I.types.property, "fset", p_fset);
    add_getset(I, I.types.property, "fdel", p_fdel);
    add_getset(I, I.types.property, "__doc__", p_doc);
    for (TypeObj* t : {I.types.staticmethod, I.types.classmethod}) {
        add_getset(I, t, "__func__", w_func);
        add_getset(I, t, "__wrapped__", w_func);
        add_getset(I, t, "__name__", w_name);
        add_getset(I, t, "__qualname__", w_qualname);
        add_getset(I, t, "__doc__", w_doc);
    }
    static const MethodDef kStaticCall[] = {{"__call__", w_call, NativeFunctionObj::kMethod}, {nullptr, nullptr}};
    add_methods(I, I.types.staticmethod, kStaticCall);
    add_getset(I, I.types.getset_descriptor, "__name__", getset_name);
    init_function_attributes(I);
}

} // namespace gilt
