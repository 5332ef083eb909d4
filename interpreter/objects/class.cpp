// User-defined classes: `class` statements, type(name, bases, ns), instances and super().
#include "objects/class.hpp"

#include <cstring>

#include <fmt/format.h>

#include "objects/bytes.hpp"
#include "objects/descr.hpp"
#include "objects/dict.hpp"
#include "objects/exception.hpp"
#include "objects/function.hpp"
#include "objects/list.hpp"
#include "objects/number.hpp"
#include "objects/set.hpp"
#include "objects/str.hpp"
#include "objects/tuple.hpp"
#include "objects/type.hpp"
#include "vm/args.hpp"
#include "vm/dunder.hpp"
#include "vm/errors.hpp"
#include "vm/eval.hpp"
#include "vm/ops.hpp"

namespace gilt {

namespace {

// The built-in type whose layout instances of `t` use (object for plain classes).
TypeObj* solid_base(Interp& I, TypeObj* t) {
    for (size_t i = 0; i < t->mro->size; ++i) {
        auto b = t->mro->items()[i].as<TypeObj>();
        if (b->is_builtin()) return b;
    }
    return I.types.object;
}

// f(first, *args, **kw) without a heap allocation for the usual argument counts. (The
// values are all rooted elsewhere: `first` by the caller, args on the caller's stack.)
Value call_with_first(ThreadState& ts, Value f, Value first, const Value* args, size_t nargs, TupleObj* kwnames) {
    size_t n = nargs + (kwnames ? kwnames->size : 0) + 1;
    Value small[8];
    std::vector<Value> big;
    Value* all = small;
    if (n > 8) {
        big.resize(n);
        all = big.data();
    }
    all[0] = first;
    for (size_t i = 1; i < n; ++i) all[i] = args[i - 1];
    return call(ts, f, all, nargs + 1, kwnames);
}

// Allocates T with `payload` trailing bytes plus the attribute-dict word that instances
// of immutable built-in subclasses end with (see trailing_dict_slot).
template <class T, class... Args> T* make_with_trailing_dict(Interp& I, size_t payload, Args&&... args) {
    static_assert(sizeof(T) % sizeof(void*) == 0);
    payload = (payload + sizeof(void*) - 1) / sizeof(void*) * sizeof(void*);
    if (sizeof(T) + payload + sizeof(void*) > 0xFFFFFFFFu) throw std::bad_alloc();
    T* o = I.heap.make_extra<T>(payload + sizeof(DictObj*), std::forward<Args>(args)...);
    *trailing_dict_slot(o) = nullptr;
    return o;
}

// An instance of cls (a subclass of an immutable built-in) holding the value v of the
// built-in base: a fresh object, since v may be shared (small ints, cached strings).
Value rebox_immutable(ThreadState& ts, TypeObj* cls, Value v) {
    Interp& I = ts.interp;
    switch (cls->instance_kind) {
    case ObjKind::Str: {
        StrObj* src = as_str(v);
        StrObj* o = make_with_trailing_dict<StrObj>(I, src->nbytes + 1, cls, src->nbytes, src->nchars);
        std::memcpy(o->data(), src->data(), src->nbytes + 1);
        o->small = src->small & StrObj::kAscii;
        return Value::from_obj(o);
    }
    case ObjKind::BigInt: return Value::from_obj(make_with_trailing_dict<BigIntObj>(I, 0, cls, to_bigint(v)));
    case ObjKind::Float: return Value::from_obj(make_with_trailing_dict<FloatObj>(I, 0, cls, float_value(v)));
    case ObjKind::Tuple: {
        TupleObj* src = as_tuple(v);
        TupleObj* o = make_with_trailing_dict<TupleObj>(I, src->size * sizeof(Value), cls, src->size);
        for (size_t i = 0; i < src->size; ++i) o->items()[i] = src->items()[i];
        return Value::from_obj(o);
    }
    case ObjKind::Bytes: {
        auto src = v.as<BytesObj>();
        BytesObj* o = make_with_trailing_dict<BytesObj>(I, src->size + 1, cls, src->size);
        std::memcpy(o->data(), src->data(), src->size + 1);
        return Value::from_obj(o);
    }
    default:
        type_error(ts, "subclasses of '{}' are not supported", std::string(solid_base(I, cls)->name->view()));
    }
}

// object.__new__(cls) and the built-ins' __new__ for a class-statement cls: an instance
// with the layout of cls's built-in base. Mutable containers start empty (their
// __init__ fills them); immutable values are built from the arguments here.
Value allocate_instance(ThreadState& ts, TypeObj* cls, const Value* args, size_t nargs, TupleObj* kwnames) {
    Interp& I = ts.interp;
    TypeObj* base = solid_base(I, cls);
    switch (cls->instance_kind) {
    case ObjKind::Str:
    case ObjKind::BigInt:
    case ObjKind::Float:
    case ObjKind::Tuple:
    case ObjKind::Bytes: {
        Rooted v(ts, base->new_fn(ts, base, const_cast<Value*>(args), nargs, kwnames));
        return rebox_immutable(ts, cls, v);
    }
    case ObjKind::Instance:
        return Value::from_obj(I.heap.make<InstanceObj>(cls));
    case ObjKind::Exception: {
        // BaseException.__new__ is told the real class: whether it has its own
        // __init__ decides who checks keyword arguments, and messages name it.
        Value v = base->new_fn(ts, cls, const_cast<Value*>(args), nargs, kwnames);
        v.obj()->type = cls;
        return v;
    }
    case ObjKind::List: return Value::from_obj(I.heap.make<ListObj>(cls));
    case ObjKind::Dict: {
        DictObj* d = I.heap.make<DictObj>(cls);
        d->version = I.next_dict_version++;
        return Value::from_obj(d);
    }
    case ObjKind::Set: return Value::from_obj(I.heap.make<SetObj>(cls, cls->instance_kind));
    case ObjKind::FrozenSet: {
        // Immutable: its items come with __new__ (frozenset has no __init__ to add them).
        no_keywords(ts, std::string(cls->name->view()).c_str(), kwnames);
        check_count(ts, std::string(cls->name->view()).c_str(), nargs, 0, 1);
        SetObj* fs = I.heap.make<SetObj>(cls, ObjKind::FrozenSet);
        Rooted keep(ts, Value::from_obj(fs));
        if (nargs == 1) set_update(ts, fs, args[0]);
        return Value::from_obj(fs);
    }
    default:
        type_error(ts, "subclasses of '{}' are not supported", std::string(base->name->view()));
    }
}

// `T.__new__(cls, ...)` for the built-in types with constructors (str.__new__(cls, s) in
// a str subclass's __new__, or super().__new__(cls, ...) reaching it): T itself (or a
// built-in subtype) builds its value as T(...) would; a class-statement subtype gets
// an instance with T's layout.
Value builtin_type_new(ThreadState& ts, NativeFunctionObj* self, Value* args, size_t nargs, TupleObj* kwnames) {
    TypeObj* owner = self->owner;
    std::string oname(owner->name->view());
    if (nargs < 1) type_error(ts, "{}.__new__(): not enough arguments", oname);
    if (!is_type(args[0])) type_error(ts, "{}.__new__(X): X is not a type object ({})", oname, type_name(ts.interp, args[0]));
    TypeObj* cls = as_type(args[0]);
    if (!is_subtype(cls, owner))
        type_error(ts, "{}.__new__({}): {} is not a subtype of {}", oname, std::string(cls->name->view()),
                   std::string(cls->name->view()), oname);
    if (!(cls->tflags & TypeObj::kHeapType)) {
        if (!cls->new_fn) type_error(ts, "cannot create '{}' instances", std::string(cls->name->view()));
        return cls->new_fn(ts, cls, args + 1, nargs - 1, kwnames);
    }
    return allocate_instance(ts, cls, args + 1, nargs - 1, kwnames);
}

// What str(x), int(x), tuple(x)... return when the built-in constructor handed back an
// instance of a subclass (they return their argument as it is when it is of their own
// layout): a value of exactly the built-in type, as CPython gives.
Value exact_builtin_copy(ThreadState& ts, TypeObj* cls, Value v) {
    Interp& I = ts.interp;
    switch (cls->instance_kind) {
    case ObjKind::Str: return Value::from_obj(new_str(I, as_str(v)->view()));
    case ObjKind::BigInt: return make_int(I, v.as<BigIntObj>()->value);
    case ObjKind::Float: return make_float(I, float_value(v));
    case ObjKind::Tuple: return Value::from_obj(new_tuple(I, as_tuple(v)->items(), as_tuple(v)->size));
    case ObjKind::Bytes: return Value::from_obj(new_bytes(I, v.as<BytesObj>()->view()));
    case ObjKind::FrozenSet: {
        Rooted src(ts, v);
        SetObj* copy = new_set(I, true);
        Rooted keep(ts, Value::from_obj(copy));
        set_update(ts, copy, src);
        return Value::from_obj(copy);
    }
    default: return v;
    }
}

Value object_new(ThreadState& ts, Value* args, size_t nargs, TupleObj* kwnames) {
    if (nargs < 1 || !is_type(args[0])) type_error(ts, "object.__new__(X): X is not a type object");
    TypeObj* cls = as_type(args[0]);
    size_t nkw = kwnames ? kwnames->size : 0;
    if (nargs - 1 + nkw > 0) {
        // CPython's object_new: extra arguments are for an overridden __init__ only.
        Interp& I = ts.interp;
        TypeObj* init_owner = nullptr;
        TypeObj* new_owner = nullptr;
        type_find(I, cls, I.names.__init__, &init_owner);
        type_find(I, cls, I.names.__new__, &new_owner);
        if (new_owner != I.types.object)
            type_error(ts, "object.__new__() takes exactly one argument (the type to instantiate)");
        if (init_owner == I.types.object) type_error(ts, "{}() takes no arguments", cls->name->view());
    }
    if (!(cls->tflags & TypeObj::kHeapType)) {
        if (cls == ts.interp.types.object) return Value::from_obj(ts.interp.heap.make<InstanceObj>(cls));
        type_error(ts, "object.__new__({}) is not safe, use {}.__new__()", std::string(cls->name->view()), std::string(cls->name->view()));
    }
    return allocate_instance(ts, cls, args + 1, nargs - 1, kwnames);
}

Value object_setattr(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    check_count(ts, "__setattr__", nargs - 1, 2, 2);
    generic_setattr(ts, args[0], arg_str(ts, args[1], "__setattr__", "attribute name"), args[2]);
    return Value::none();
}
Value object_delattr(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    check_count(ts, "__delattr__", nargs - 1, 1, 1);
    generic_setattr(ts, args[0], arg_str(ts, args[1], "__delattr__", "attribute name"), Value());
    return Value::none();
}
Value object_getattribute(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    check_count(ts, "__getattribute__", nargs - 1, 1, 1);
    return generic_getattr(ts, args[0], arg_str(ts, args[1], "__getattribute__", "attribute name"), true);
}

Value object_get_dict(ThreadState& ts, Value self) {
    // Instances of `object` itself have no namespace.
    if (is_kind(self, ObjKind::Instance) && (self.obj()->type->tflags & TypeObj::kHeapType)) {
        auto o = self.as<InstanceObj>();
        if (!o->dict) o->dict = new_dict(ts.interp);
        return Value::from_obj(o->dict);
    }
    DictObj* d = heap_instance_dict(self);
    if (!d) d = heap_instance_dict_create(ts, self);
    if (!d) raise_fmt(ts, ts.interp.exc.AttributeError, "'{}' object has no attribute '__dict__'", type_name(ts.interp, self));
    return Value::from_obj(d);
}

// `obj.__dict__ = d` swaps the namespace (any dict, subclasses included); `del` gives
// the instance a fresh empty one on next use. The inline caches check keys in whatever
// dict is installed, so a swap needs no invalidation.
void object_set_dict(ThreadState& ts, Value self, Value value) {
    Interp& I = ts.interp;
    if (!value.is_null() && !is_dict(value))
        type_error(ts, "__dict__ must be set to a dictionary, not a '{}'", type_name(I, value));
    DictObj* d = value.is_null() ? nullptr : as_dict(value);
    if (is_kind(self, ObjKind::Instance) && (self.obj()->type->tflags & TypeObj::kHeapType)) {
        self.as<InstanceObj>()->dict = d;
        return;
    }
    if (is_heap_instance(self) && is_trailing_dict_kind(self.obj()->kind)) {
        *trailing_dict_slot(self.obj()) = d;
        return;
    }
    if (is_heap_instance(self) && heap_instance_dict_create(ts, self)) {
        Obj* o = self.obj();
        DictObj** slot = o->kind == ObjKind::List   ? &static_cast<ListObj*>(o)->attrs
                         : o->kind == ObjKind::Dict ? &static_cast<DictObj*>(o)->attrs
                                                    : &static_cast<SetObj*>(o)->attrs;
        *slot = d;
        return;
    }
    raise_fmt(ts, I.exc.AttributeError, "'{}' object has no attribute '__dict__'", type_name(I, self));
}

// `obj.__class__ = Other`: allowed between classes defined by class statements whose
// instances have the same built-in layout, as CPython allows it for compatible layouts.
void object_set_class(ThreadState& ts, Value self, Value value) {
    Interp& I = ts.interp;
    if (value.is_null()) type_error(ts, "can't delete __class__ attribute");
    if (!is_type(value)) type_error(ts, "__class__ must be set to a class, not '{}' object", type_name(I, value));
    TypeObj* now = type_of(I, self);
    TypeObj* to = as_type(value);
    if (!(now->tflags & TypeObj::kHeapType) || !(to->tflags & TypeObj::kHeapType))
        type_error(ts, "__class__ assignment only supported for mutable types or ModuleType subclasses");
    if (now->instance_kind != to->instance_kind || solid_base(I, now) != solid_base(I, to) ||
        is_trailing_dict_kind(now->instance_kind))
        type_error(ts, "__class__ assignment: '{}' object layout differs from '{}'", std::string(to->name->view()),
                   std::string(now->name->view()));
    self.obj()->type = to; // attribute caches are keyed by the type, so they follow
}

// __init__ of the mutable containers, so `class Stack(list)` can pass initial items.
Value list_init(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "list", kw);
    check_count(ts, "list", nargs - 1, 0, 1);
    ListObj* l = as_list(args[0]);
    l->items.clear();
    if (nargs > 1) {
        RootedVector items(ts);
        collect_iterable(ts, args[1], items.items);
        l->items = items.items;
    }
    return Value::none();
}
Value dict_init(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    check_count(ts, "dict", nargs - 1, 0, 1);
    DictObj* d = as_dict(args[0]);
    if (nargs > 1) dict_update(ts, d, args[1]);
    if (kw)
        for (size_t i = 0; i < kw->size; ++i) dict_set(ts, d, kw->items()[i], args[nargs + i]);
    return Value::none();
}
Value set_init(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "set", kw);
    check_count(ts, "set", nargs - 1, 0, 1);
    if (nargs > 1) set_update(ts, as_set(args[0]), args[1]);
    return Value::none();
}

// type(x) / type(name, bases, dict)
Value type_new_fn(ThreadState& ts, TypeObj*, Value* args, size_t nargs, TupleObj* kwnames) {
    if (nargs == 1 && !kwnames) return Value::from_obj(type_of(ts.interp, args[0]));
    if (nargs != 3) type_error(ts, "type() takes 1 or 3 arguments");
    if (!is_str(args[0])) type_error(ts, "type.__new__() argument 1 must be str, not {}", type_name(ts.interp, args[0]));
    if (!is_tuple(args[1])) type_error(ts, "type.__new__() argument 2 must be tuple, not {}", type_name(ts.interp, args[1]));
    if (!is_dict(args[2])) type_error(ts, "type.__new__() argument 3 must be dict, not {}", type_name(ts.interp, args[2]));
    DictObj* ns = dict_copy(ts.interp, as_dict(args[2]));
    Rooted keep(ts, Value::from_obj(ns));
    if (dict_get_str(ns, ts.interp.names.__module__).is_null()) {
        Value mod = ts.frame && ts.frame->globals ? dict_get_str(ts.frame->globals, ts.interp.names.__name__) : Value();
        if (!mod.is_null()) dict_set_str(ts.interp, ns, ts.interp.names.__module__, mod);
    }
    return Value::from_obj(type_new(ts, as_str(args[0]), as_tuple(args[1]), ns, args + 3, kwnames));
}

Value super_new(ThreadState& ts, TypeObj* cls, Value* args, size_t nargs, TupleObj* kwnames) {
    Interp& I = ts.interp;
    no_keywords(ts, "super", kwnames);
    TypeObj* start;
    Value obj;
    if (nargs == 0) {
        // Zero-argument form: the calling method's first argument and its __class__ cell.
        Frame* f = ts.frame;
        if (!f || !f->code || f->code->argcount == 0) raise_msg(ts, I.exc.RuntimeError, "super(): no arguments");
        obj = f->locals[0];
        if (is_kind(obj, ObjKind::Cell)) obj = obj.as<CellObj>()->value;
        if (obj.is_unbound()) raise_msg(ts, I.exc.RuntimeError, "super(): arg[0] deleted");
        Value cell;
        for (size_t i = 0; i < f->code->slot_names.size(); ++i)
            if (f->code->slot_names[i] == I.names.__class__ && (f->code->slot_kinds[i] & (CodeObj::kFree | CodeObj::kCell)))
                cell = f->locals[i];
        if (cell.is_null()) raise_msg(ts, I.exc.RuntimeError, "super(): __class__ cell not found");
        Value c = cell.as<CellObj>()->value;
        if (!is_type(c)) raise_msg(ts, I.exc.RuntimeError, "super(): empty __class__ cell");
        start = as_type(c);
    } else {
        if (!is_type(args[0])) type_error(ts, "super() argument 1 must be a type, not {}", type_name(I, args[0]));
        start = as_type(args[0]);
        obj = nargs > 1 ? args[1] : Value::none();
    }
    TypeObj* obj_type;
    if (is_type(obj) && is_subtype(as_type(obj), start)) obj_type = as_type(obj);
    else if (!obj.is_none() && isinstance(I, obj, start)) obj_type = type_of(I, obj);
    else if (nargs == 1) obj_type = nullptr;
    else type_error(ts, "super(type, obj): obj must be an instance or subtype of type");
    return Value::from_obj(I.heap.make<SuperObj>(cls, start, obj, obj_type));
}

Value super_get_thisclass(ThreadState&, Value self) { return Value::from_obj(self.as<SuperObj>()->start); }
Value super_get_self(ThreadState&, Value self) { return self.as<SuperObj>()->obj; }

const MethodDef kObjectExtra[] = {
    {"__new__", object_new, NativeFunctionObj::kStaticMethod},
    {"__setattr__", object_setattr, NativeFunctionObj::kMethod},
    {"__delattr__", object_delattr, NativeFunctionObj::kMethod},
    {"__getattribute__", object_getattribute, NativeFunctionObj::kMethod},
    {nullptr, nullptr},
};
const MethodDef kListInit[] = {{"__init__", list_init, NativeFunctionObj::kMethod}, {nullptr, nullptr}};
const MethodDef kDictInit[] = {{"__init__", dict_init, NativeFunctionObj::kMethod}, {nullptr, nullptr}};
const MethodDef kSetInit[] = {{"__init__", set_init, NativeFunctionObj::kMethod}, {nullptr, nullptr}};

} // namespace

Value super_getattr(ThreadState& ts, SuperObj* s, StrObj* name) {
    Interp& I = ts.interp;
    if (name == I.names.__class__) return Value::from_obj(I.types.super);
    if (s->obj_type) {
        TupleObj* mro = s->obj_type->mro;
        size_t i = 0;
        while (i < mro->size && mro->items()[i].as<TypeObj>() != s->start) ++i;
        for (++i; i < mro->size; ++i) {
            auto b = mro->items()[i].as<TypeObj>();
            if (!b->dict) continue;
            Value v = dict_get_str(b->dict, name);
            if (v.is_null()) continue;
            bool obj_is_class = is_type(s->obj) && s->obj == Value::from_obj(s->obj_type);
            if (v.is_obj()) {
                switch (v.obj()->kind) {
                case ObjKind::Function:
                    if (obj_is_class) return v;
                    return Value::from_obj(new_bound_method(I, v, s->obj));
                case ObjKind::NativeFunction:
                    if (obj_is_class || !(v.as<NativeFunctionObj>()->nflags & NativeFunctionObj::kMethod)) return v;
                    return Value::from_obj(new_bound_method(I, v, s->obj));
                case ObjKind::ClassMethod:
                    return Value::from_obj(new_bound_method(I, v.as<MethodWrapperObj>()->func, Value::from_obj(s->obj_type)));
                case ObjKind::StaticMethod: return v.as<MethodWrapperObj>()->func;
                case ObjKind::Property: return obj_is_class ? v : property_get(ts, v.as<PropertyObj>(), s->obj);
                case ObjKind::NativeProperty: return obj_is_class ? v : v.as<NativePropertyObj>()->get(ts, s->obj);
                default:
                    if (is_heap_instance(v)) return dunder_get(ts, v, obj_is_class ? Value::none() : s->obj, Value::from_obj(s->obj_type));
                    return v;
                }
            }
            return v;
        }
    }
    // Attributes of the super object itself.
    Value own = type_lookup(I.types.super, name);
    if (!own.is_null() && is_kind(own, ObjKind::NativeProperty)) return own.as<NativePropertyObj>()->get(ts, Value::from_obj(s));
    return Value();
}

TypeObj* type_new(ThreadState& ts, StrObj* name, TupleObj* bases, DictObj* ns, const Value* kwargs, TupleObj* kwnames) {
    Interp& I = ts.interp;
    if (!bases || bases->size == 0) bases = new_tuple(I, {Value::from_obj(I.types.object)});
    Rooted keep_bases(ts, Value::from_obj(bases));
    TypeObj* layout = I.types.object;
    for (size_t i = 0; i < bases->size; ++i) {
        Value b = bases->items()[i];
        if (!is_type(b)) type_error(ts, "bases must be types");
        TypeObj* bt = as_type(b);
        // A subclass of type is a metaclass: outside the subset.
        if (is_subtype(bt, I.types.type)) raise_msg(ts, I.exc.TypeError, "metaclasses are not supported");
        if (!(bt->tflags & TypeObj::kBaseType))
            type_error(ts, "type '{}' is not an acceptable base type", std::string(bt->name->view()));
        TypeObj* sb = solid_base(I, bt);
        if (sb == I.types.object) continue;
        if (layout == I.types.object || is_subtype(sb, layout)) layout = sb;
        else if (!is_subtype(layout, sb)) type_error(ts, "multiple bases have instance lay-out conflict");
    }
    ObjKind kind = layout == I.types.object ? ObjKind::Instance : layout->instance_kind;
    TypeObj* t = I.heap.make<TypeObj>(I.types.type, name, kind);
    Rooted keep(ts, Value::from_obj(t));
    t->tflags = TypeObj::kHeapType | TypeObj::kBaseType;
    if (is_subtype(layout, I.exc.BaseException)) t->tflags |= TypeObj::kException;
    t->bases = bases;
    t->base = as_type(bases->items()[0]);
    for (size_t i = 0; i < bases->size; ++i)
        if (solid_base(I, as_type(bases->items()[i])) == layout) {
            t->base = as_type(bases->items()[i]);
            break;
        }
    t->dict = ns;
    t->new_fn = nullptr;
    compute_mro(ts, t);
    Value qn = dict_get_str(ns, I.names.__qualname__);
    if (is_str(qn)) {
        t->qualname = as_str(qn);
        dict_del_str(I, ns, I.names.__qualname__);
    }
    Value mod = dict_get_str(ns, I.names.__module__);
    if (!mod.is_null()) t->module = mod;
    if (dict_get_str(ns, I.names.__doc__).is_null()) dict_set_str(I, ns, I.names.__doc__, Value::none());
    // A class that defines __eq__ but not __hash__ is unhashable, as in CPython.
    if (!dict_get_str(ns, I.names.__eq__).is_null() && dict_get_str(ns, I.names.__hash__).is_null())
        dict_set_str(I, ns, I.names.__hash__, Value::none());
    // __init_subclass__ and __class_getitem__ are implicit classmethods.
    for (StrObj* n : {I.names.__init_subclass__, I.names.__class_getitem__}) {
        Value f = dict_get_str(ns, n);
        if (is_function(f))
            dict_set_str(I, ns, n, Value::from_obj(I.heap.make<MethodWrapperObj>(I.types.classmethod, ObjKind::ClassMethod, f)));
    }
    Value nf = dict_get_str(ns, I.names.__new__);
    if (is_function(nf))
        dict_set_str(I, ns, I.names.__new__, Value::from_obj(I.heap.make<MethodWrapperObj>(I.types.staticmethod, ObjKind::StaticMethod, nf)));
    if (!dict_get_str(ns, I.names.__slots__).is_null())
        raise_msg(ts, I.exc.TypeError, "__slots__ is not supported");
    // From here on the namespace is the class's dict: give the class its version tag and
    // hook flags, and link it into its bases' subclass lists.
    type_modified(I, t);
    register_heap_type(I, t);

    // __set_name__ on the class attributes (property, descriptors).
    RootedVector items(ts);
    uint32_t pos = 0;
    DictEntry* e;
    while (dict_next(ns, &pos, &e)) {
        items.items.push_back(e->key);
        items.items.push_back(e->value);
    }
    for (size_t i = 0; i < items.items.size(); i += 2) {
        Value v = items.items[i + 1];
        if (!v.is_obj()) continue;
        Value setname = type_lookup(type_of(I, v), I.names.__set_name__);
        if (setname.is_null()) continue;
        Value args[3] = {v, Value::from_obj(t), items.items[i]};
        call(ts, setname, args, 3);
    }
    // The parent's __init_subclass__ with the class statement's keywords.
    SuperObj* sup = I.heap.make<SuperObj>(I.types.super, t, Value::from_obj(t), t);
    Rooted keep_sup(ts, Value::from_obj(sup));
    Value init_sub = super_getattr(ts, sup, I.names.__init_subclass__);
    if (!init_sub.is_null()) call(ts, init_sub, kwargs, 0, kwnames);
    return t;
}

Value type_call(ThreadState& ts, TypeObj* cls, const Value* args, size_t nargs, TupleObj* kwnames) {
    Interp& I = ts.interp;
    if (!(cls->tflags & TypeObj::kHeapType)) {
        if (cls->new_fn) {
            Value v = cls->new_fn(ts, cls, const_cast<Value*>(args), nargs, kwnames);
            if (v.is_obj() && v.obj()->type != cls && (v.obj()->type->tflags & TypeObj::kHeapType) &&
                v.obj()->kind == cls->instance_kind)
                return exact_builtin_copy(ts, cls, v);
            return v;
        }
        if (cls == I.types.object) {
            size_t nkw = kwnames ? kwnames->size : 0;
            if (nargs + nkw) type_error(ts, "object() takes no arguments");
            return Value::from_obj(I.heap.make<InstanceObj>(cls));
        }
        type_error(ts, "cannot create '{}' instances", std::string(module_qualified_type_name(ts, cls)));
    }
    size_t nkw = kwnames ? kwnames->size : 0;
    Value new_attr = type_find(I, cls, I.names.__new__);
    bool custom_new = is_kind(new_attr, ObjKind::StaticMethod) && is_function(new_attr.as<MethodWrapperObj>()->func);
    TypeObj* init_owner = nullptr;
    Value init = type_find(I, cls, I.names.__init__, &init_owner);
    Rooted obj(ts);
    if (custom_new) {
        obj = call_with_first(ts, new_attr.as<MethodWrapperObj>()->func, Value::from_obj(cls), args, nargs, kwnames);
    } else {
        if (init_owner == I.types.object && (nargs + nkw) && cls->instance_kind == ObjKind::Instance)
            type_error(ts, "{}() takes no arguments", std::string(cls->name->view()));
        obj = allocate_instance(ts, cls, args, nargs, kwnames);
    }
    if (!isinstance(I, obj, cls)) return obj;
    if (!init.is_null() && init_owner != I.types.object) {
        // Exceptions already took their args in __new__; BaseException.__init__ would only repeat it.
        bool exc_default = is_native(init) && init.as<NativeFunctionObj>()->owner == I.exc.BaseException;
        if (!exc_default) {
            Value r = call_with_first(ts, init, obj, args, nargs, kwnames);
            if (!r.is_none()) type_error(ts, "__init__() should return None, not '{}'", type_name(I, r));
        }
    }
    return obj;
}

Value build_class(ThreadState& ts, Value* args, size_t nargs, TupleObj* kwnames) {
    Interp& I = ts.interp;
    if (nargs < 2) type_error(ts, "__build_class__: not enough arguments");
    if (!is_function(args[0])) type_error(ts, "__build_class__: func must be a function");
    if (!is_str(args[1])) type_error(ts, "__build_class__: name is not a string");
    size_t nkw = kwnames ? kwnames->size : 0;
    std::vector<Value> kw_values;
    std::vector<Value> kw_names;
    for (size_t i = 0; i < nkw; ++i) {
        StrObj* k = as_str(kwnames->items()[i]);
        if (k->view() == "metaclass") {
            if (args[nargs + i] != Value::from_obj(I.types.type))
                raise_msg(ts, I.exc.TypeError, "metaclasses are not supported");
            continue;
        }
        kw_names.push_back(kwnames->items()[i]);
        kw_values.push_back(args[nargs + i]);
    }
    // A base that is not a class may stand for others through __mro_entries__
    // (typing.Generic[T] -> Generic), as in CPython's update_bases.
    TupleObj* orig_bases = new_tuple(I, args + 2, nargs - 2);
    Rooted keep_orig(ts, Value::from_obj(orig_bases));
    TupleObj* bases = orig_bases;
    Rooted keep_bases(ts, Value::from_obj(bases));
    {
        RootedVector resolved(ts);
        bool changed = false;
        for (size_t i = 0; i < orig_bases->size; ++i) {
            Value b = orig_bases->items()[i];
            Value entries = is_type(b) ? Value() : lookup_attr(ts, b, I.names.__mro_entries__);
            if (entries.is_null()) {
                resolved.items.push_back(b);
                continue;
            }
            Value r = call1(ts, entries, Value::from_obj(orig_bases));
            if (!is_tuple(r)) type_error(ts, "__mro_entries__ must return a tuple");
            resolved.items.insert(resolved.items.end(), as_tuple(r)->begin(), as_tuple(r)->end());
            changed = true;
        }
        if (changed) {
            bases = new_tuple(I, resolved.items.data(), resolved.items.size());
            keep_bases = Value::from_obj(bases);
        }
    }
    DictObj* ns = new_dict(I);
    Rooted keep_ns(ts, Value::from_obj(ns));
    Value cell = run_class_body(ts, args[0].as<FunctionObj>(), ns);
    if (bases != orig_bases) dict_set_cstr(I, ns, "__orig_bases__", Value::from_obj(orig_bases));
    Rooted keep_cell(ts, cell);
    TupleObj* kwn = kw_names.empty() ? nullptr : new_tuple(I, kw_names.data(), kw_names.size());
    Rooted keep_kwn(ts, kwn ? Value::from_obj(kwn) : Value());
    TypeObj* cls = type_new(ts, as_str(args[1]), bases, ns, kw_values.data(), kwn);
    if (is_kind(cell, ObjKind::Cell)) cell.as<CellObj>()->value = Value::from_obj(cls);
    return Value::from_obj(cls);
}

std::string module_qualified_type_name(ThreadState& ts, TypeObj* t) {
    Value m = t->dict ? dict_get_str(t->dict, ts.interp.names.__module__) : Value();
    if (m.is_null()) m = t->module;
    std::string name(t->qualname->view());
    if (is_str(m) && as_str(m)->view() != "builtins") return std::string(as_str(m)->view()) + "." + name;
    return name;
}

namespace {
NativePropertyObj* as_kind_getset(TypeObj* t, StrObj* name) { return dict_get_str(t->dict, name).as<NativePropertyObj>(); }
} // namespace

void init_class_support(Interp& I) {
    add_methods(I, I.types.object, kObjectExtra);
    add_getset(I, I.types.object, "__dict__", object_get_dict, object_set_dict);
    as_kind_getset(I.types.object, I.names.__class__)->set = object_set_class;
    I.types.type->new_fn = type_new_fn;
    I.types.super->new_fn = super_new;
    add_getset(I, I.types.super, "__thisclass__", super_get_thisclass);
    add_getset(I, I.types.super, "__self__", super_get_self);
    add_methods(I, I.types.list, kListInit);
    add_methods(I, I.types.dict, kDictInit);
    add_methods(I, I.types.set, kSetInit);
    // The mutable containers are unhashable (their subclasses inherit that).
    for (TypeObj* t : {I.types.list, I.types.dict, I.types.set, I.types.bytearray})
        dict_set_str(I, t->dict, I.names.__hash__, Value::none());
    init_slot_wrappers(I);
    // __new__ of the built-in types that subclasses build on.
    for (TypeObj* t : {I.types.int_, I.types.float_, I.types.str, I.types.tuple, I.types.bytes, I.types.frozenset,
                       I.types.list, I.types.dict, I.types.set}) {
        NativeFunctionObj* f = new_native(I, "__new__", nullptr, t, 0);
        f->closure_fn = builtin_type_new;
        dict_set_str(I, t->dict, I.names.__new__,
                     Value::from_obj(I.heap.make<MethodWrapperObj>(I.types.staticmethod, ObjKind::StaticMethod, Value::from_obj(f))));
    }
}

} // namespace gilt
