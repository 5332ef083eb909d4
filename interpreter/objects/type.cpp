// type objects (classes) and modules: creation, MRO, lookup, and the `type`/`object` types.
#include "objects/type.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "core/thread_state.hpp"
#include "modules/modules.hpp"
#include "objects/bytes.hpp"
#include "objects/descr.hpp"
#include "objects/dict.hpp"
#include "objects/exception.hpp"
#include "objects/file.hpp"
#include "objects/generator.hpp"
#include "objects/iter.hpp"
#include "objects/list.hpp"
#include "objects/number.hpp"
#include "objects/range.hpp"
#include "objects/set.hpp"
#include "objects/str.hpp"
#include "objects/tuple.hpp"
#include "vm/errors.hpp"
#include "vm/eval.hpp"
#include "vm/ops.hpp"

namespace gilt {

TypeObj* type_of(Interp& I, Value v) {
    if (v.is_small()) return I.types.int_;
    if (v.is_flonum()) return I.types.float_;
    if (v.is_obj()) return v.obj()->type;
    if (v.is_bool()) return I.types.bool_;
    if (v.is_none()) return I.types.none;
    if (v == Value::ellipsis()) return I.types.ellipsis;
    if (v == Value::not_implemented()) return I.types.not_implemented;
    return I.types.object;
}

bool is_subtype(const TypeObj* sub, const TypeObj* super) {
    if (sub == super) return true;
    if (!sub->mro) {
        for (const TypeObj* t = sub; t; t = t->base)
            if (t == super) return true;
        return false;
    }
    const TupleObj* mro = sub->mro;
    for (size_t i = 0; i < mro->size; ++i)
        if (mro->items()[i].obj() == super) return true;
    return false;
}

Value type_lookup(const TypeObj* t, StrObj* name) {
    const TupleObj* mro = t->mro;
    if (!mro) return t->dict ? dict_get_str(t->dict, name) : Value();
    for (size_t i = 0; i < mro->size; ++i) {
        auto base = mro->items()[i].as<TypeObj>();
        if (!base->dict) continue;
        Value v = dict_get_str(base->dict, name);
        if (!v.is_null()) return v;
    }
    return Value();
}

namespace {
constexpr size_t kTypeLookupCacheSize = 4096; // a power of two
}

void type_lookup_cache_clear(Interp& I) {
    I.type_lookup_cache.assign(kTypeLookupCacheSize, Interp::TypeLookupEntry{});
    I.type_lookup_used.clear();
}

// A hit needs the same version tag (so the same class, unchanged along its MRO) and the
// same interned name object. The cached value is not kept alive by the cache: while the
// tag matches, the class (alive, being looked up) still holds it.
Value type_find(Interp& I, const TypeObj* t, StrObj* name, TypeObj** owner) {
    bool cacheable = t->version != 0 && (name->small & StrObj::kInterned) && !I.type_lookup_cache.empty();
    Interp::TypeLookupEntry* e = nullptr;
    if (cacheable) {
        size_t h = size_t((t->version * 0x9E3779B97F4A7C15ull) ^ (reinterpret_cast<uintptr_t>(name) >> 3));
        e = &I.type_lookup_cache[(h ^ (h >> 29)) & (kTypeLookupCacheSize - 1)];
        if (e->version == t->version && e->name == name) {
            if (owner) *owner = e->owner;
            return e->value;
        }
    }
    Value found;
    TypeObj* where = nullptr;
    const TupleObj* mro = t->mro;
    if (!mro) {
        found = t->dict ? dict_get_str(t->dict, name) : Value();
        if (!found.is_null()) where = const_cast<TypeObj*>(t);
    } else {
        for (size_t i = 0; i < mro->size; ++i) {
            auto base = mro->items()[i].as<TypeObj>();
            if (!base->dict) continue;
            found = dict_get_str(base->dict, name);
            if (!found.is_null()) {
                where = base;
                break;
            }
        }
    }
    if (e) {
        if (!e->name) I.type_lookup_used.push_back(uint32_t(e - I.type_lookup_cache.data()));
        *e = {t->version, name, found, where};
    }
    if (owner) *owner = where;
    return found;
}

// C3 linearisation: merge the bases' MROs, keeping local precedence order.
void compute_mro(ThreadState& ts, TypeObj* t) {
    Interp& I = ts.interp;
    std::vector<std::vector<TypeObj*>> seqs;
    size_t nbases = t->bases ? t->bases->size : 0;
    for (size_t i = 0; i < nbases; ++i) {
        auto b = t->bases->items()[i].as<TypeObj>();
        std::vector<TypeObj*> s;
        for (size_t k = 0; k < b->mro->size; ++k) s.push_back(b->mro->items()[k].as<TypeObj>());
        seqs.push_back(std::move(s));
    }
    std::vector<TypeObj*> bases;
    for (size_t i = 0; i < nbases; ++i) {
        auto b = t->bases->items()[i].as<TypeObj>();
        for (TypeObj* earlier : bases)
            if (earlier == b) type_error(ts, "duplicate base class {}", std::string(b->name->view()));
        bases.push_back(b);
    }
    seqs.push_back(bases);
    std::vector<TypeObj*> result{t};
    for (;;) {
        bool any = false;
        for (auto& s : seqs)
            if (!s.empty()) any = true;
        if (!any) break;
        TypeObj* candidate = nullptr;
        for (auto& s : seqs) {
            if (s.empty()) continue;
            TypeObj* head = s.front();
            bool in_tail = false;
            for (auto& other : seqs)
                for (size_t k = 1; k < other.size(); ++k)
                    if (other[k] == head) in_tail = true;
            if (!in_tail) {
                candidate = head;
                break;
            }
        }
        if (!candidate) {
            // CPython names the heads of the lists still to merge, each once (and, yes,
            // its message has a line break in it).
            std::vector<TypeObj*> heads;
            for (auto& s : seqs)
                if (!s.empty() && std::find(heads.begin(), heads.end(), s.front()) == heads.end()) heads.push_back(s.front());
            std::string names;
            for (size_t i = 0; i < heads.size(); ++i) {
                names += i ? ", " : " ";
                names += heads[i]->name->view();
            }
            type_error(ts, "Cannot create a consistent method resolution\norder (MRO) for bases{}", names);
        }
        result.push_back(candidate);
        for (auto& s : seqs)
            if (!s.empty() && s.front() == candidate) s.erase(s.begin());
    }
    std::vector<Value> vals;
    for (TypeObj* r : result) vals.push_back(Value::from_obj(r));
    t->mro = new_tuple(I, vals.data(), vals.size());
}

TypeObj* new_builtin_type(Interp& I, const char* name, ObjKind kind, TypeObj* base, uint32_t flags) {
    TypeObj* t = I.heap.make<TypeObj>(I.types.type, intern(I, name), kind);
    t->tflags = TypeObj::kBuiltin | flags;
    t->version = I.next_type_version++;
    t->module = Value::from_obj(intern(I, "builtins"));
    t->dict = new_dict(I);
    if (!base && t != I.types.object) base = I.types.object;
    t->base = base;
    if (base) {
        t->bases = new_tuple(I, {Value::from_obj(base)});
        std::vector<Value> mro{Value::from_obj(t)};
        for (size_t i = 0; i < base->mro->size; ++i) mro.push_back(base->mro->items()[i]);
        t->mro = new_tuple(I, mro.data(), mro.size());
    } else {
        t->bases = I.empty_tuple;
        t->mro = new_tuple(I, {Value::from_obj(t)});
    }
    return t;
}

// module.__dict__: the module's namespace itself (vars(m) and m.__dict__ share it).
static Value module_dict_getter(ThreadState& ts, Value self) {
    if (!is_module(self)) type_error(ts, "descriptor '__dict__' for 'module' objects doesn't apply to a '{}' object", type_name(ts.interp, self));
    return Value::from_obj(self.as<ModuleObj>()->dict);
}

namespace {

// Which attribute hooks the MRO's first definition of each name comes from a class
// statement (a built-in default such as object.__setattr__ does not count).
uint32_t compute_hooks(Interp& I, const TypeObj* t) {
    if (!(t->tflags & TypeObj::kHeapType) || !t->mro) return 0;
    struct Hook {
        StrObj* name;
        uint32_t flag;
    };
    const Hook hooks[] = {{I.names.__getattribute__, TypeObj::kUserGetattribute},
                          {I.names.__getattr__, TypeObj::kUserGetattr},
                          {I.names.__setattr__, TypeObj::kUserSetattr},
                          {I.names.__delattr__, TypeObj::kUserDelattr}};
    uint32_t flags = 0;
    for (const Hook& h : hooks) {
        for (size_t i = 0; i < t->mro->size; ++i) {
            auto b = t->mro->items()[i].as<TypeObj>();
            if (b->dict && !dict_get_str(b->dict, h.name).is_null()) {
                if (b->tflags & TypeObj::kHeapType) flags |= h.flag;
                break;
            }
        }
    }
    return flags;
}

} // namespace

void type_modified(Interp& I, TypeObj* t) {
    t->version = I.next_type_version++;
    t->hooks = compute_hooks(I, t);
    for (TypeObj* sub : t->subclasses) type_modified(I, sub);
}

void register_heap_type(Interp& I, TypeObj* t) {
    I.heap_types.push_back(t);
    for (size_t i = 0; i < t->bases->size; ++i) {
        auto b = t->bases->items()[i].as<TypeObj>();
        // Built-in types never change, so they need not know their subclasses.
        if (b->tflags & TypeObj::kHeapType) b->subclasses.push_back(t);
    }
}

void type_caches_before_sweep(Interp& I) {
    // Runs between mark and sweep: unmarked objects are doomed but still intact.
    // Only the filled entries are visited: collections are frequent (every allocation
    // under GC stress), the cache is large and mostly empty.
    size_t used = 0;
    for (uint32_t i : I.type_lookup_used) {
        Interp::TypeLookupEntry& e = I.type_lookup_cache[i];
        if (!e.name->marked) e = {};
        else I.type_lookup_used[used++] = i;
    }
    I.type_lookup_used.resize(used);
    size_t kept = 0;
    for (TypeObj* t : I.heap_types) {
        if (t->marked) {
            I.heap_types[kept++] = t;
            continue;
        }
        for (size_t i = 0; i < t->bases->size; ++i) {
            auto& subs = t->bases->items()[i].as<TypeObj>()->subclasses;
            subs.erase(std::remove(subs.begin(), subs.end(), t), subs.end());
        }
    }
    I.heap_types.resize(kept);
}

ModuleObj* new_module(Interp& I, const char* name) {
    DictObj* d = new_dict(I);
    StrObj* n = new_str(I, name);
    auto m = I.heap.make<ModuleObj>(I.types.module, n, d);
    dict_set_str(I, d, I.names.__name__, Value::from_obj(n));
    dict_set_str(I, d, I.names.__doc__, Value::none());
    return m;
}

// ---------------------------------------------------------------- type's own attributes

namespace {

TypeObj* self_type(ThreadState& ts, Value self) {
    if (!is_type(self)) type_error(ts, "descriptor requires a 'type' object");
    return as_type(self);
}

Value type_get_name(ThreadState& ts, Value self) { return Value::from_obj(self_type(ts, self)->name); }
Value type_get_qualname(ThreadState& ts, Value self) { return Value::from_obj(self_type(ts, self)->qualname); }
Value type_get_module(ThreadState& ts, Value self) {
    TypeObj* t = self_type(ts, self);
    if (t->dict) {
        Value m = dict_get_str(t->dict, ts.interp.names.__module__);
        if (!m.is_null()) return m;
    }
    return t->module;
}
Value type_get_bases(ThreadState& ts, Value self) { return Value::from_obj(self_type(ts, self)->bases); }
Value type_get_base(ThreadState& ts, Value self) {
    TypeObj* b = self_type(ts, self)->base;
    return b ? Value::from_obj(b) : Value::none();
}
Value type_get_mro(ThreadState& ts, Value self) { return Value::from_obj(self_type(ts, self)->mro); }
Value type_get_dict(ThreadState& ts, Value self) {
    // A copy: CPython hands out a read-only mappingproxy.
    return Value::from_obj(dict_copy(ts.interp, self_type(ts, self)->dict));
}
Value type_get_doc(ThreadState& ts, Value self) {
    TypeObj* t = self_type(ts, self);
    Value d = dict_get_str(t->dict, ts.interp.names.__doc__);
    return d.is_null() ? Value::none() : d;
}
void type_set_name(ThreadState& ts, Value self, Value v) {
    if (!is_str(v)) type_error(ts, "can only assign string to {}.__name__, not '{}'", std::string(self_type(ts, self)->name->view()), type_name(ts.interp, v));
    self_type(ts, self)->name = as_str(v);
}
void type_set_qualname(ThreadState& ts, Value self, Value v) {
    if (!is_str(v)) type_error(ts, "can only assign string to {}.__qualname__, not '{}'", std::string(self_type(ts, self)->name->view()), type_name(ts.interp, v));
    self_type(ts, self)->qualname = as_str(v);
}

// A class's __module__ lives in its namespace, so assigning it changes the repr and
// pickling name; built-in types cannot be changed.
void type_set_module(ThreadState& ts, Value self, Value v) {
    TypeObj* t = self_type(ts, self);
    if (v.is_null()) type_error(ts, "cannot delete '__module__' attribute of immutable type '{}'", std::string(t->name->view()));
    if (!(t->tflags & TypeObj::kHeapType) || !t->dict)
        type_error(ts, "cannot set '__module__' attribute of immutable type '{}'", std::string(t->name->view()));
    dict_set_str(ts.interp, t->dict, ts.interp.names.__module__, v);
    type_modified(ts.interp, t);
}

Value type_mro_method(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    if (nargs != 1) type_error(ts, "mro() takes no arguments ({} given)", nargs - 1);
    TupleObj* mro = self_type(ts, args[0])->mro;
    return Value::from_obj(new_list(ts.interp, mro->items(), mro->size));
}

// The subclasses defined by class statements that are still alive (built-in types do
// not track theirs: they only ever list class-statement subclasses here).
Value type_subclasses(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    if (nargs != 1) type_error(ts, "__subclasses__() takes no arguments ({} given)", nargs - 1);
    ListObj* out = new_list(ts.interp);
    for (TypeObj* sub : self_type(ts, args[0])->subclasses) out->items.push_back(Value::from_obj(sub));
    return Value::from_obj(out);
}

// object.__init__ accepts no extra arguments unless __new__ is overridden, and vice versa
// (CPython's object_init): `super().__init__(x)` reaching object is an error.
Value object_init(ThreadState& ts, Value* args, size_t nargs, TupleObj* kwnames) {
    size_t nkw = kwnames ? kwnames->size : 0;
    if (nargs + nkw <= 1) return Value::none();
    Interp& I = ts.interp;
    TypeObj* t = type_of(I, args[0]);
    TypeObj* init_owner = nullptr;
    TypeObj* new_owner = nullptr;
    type_find(I, t, I.names.__init__, &init_owner);
    type_find(I, t, I.names.__new__, &new_owner);
    if (init_owner != I.types.object)
        type_error(ts, "object.__init__() takes exactly one argument (the instance to initialize)");
    if (new_owner == I.types.object && !t->new_fn)
        type_error(ts, "{}.__init__() takes exactly one argument (the instance to initialize)", t->name->view());
    return Value::none();
}

Value object_repr(ThreadState& ts, Value* args, size_t, TupleObj*) {
    TypeObj* t = type_of(ts.interp, args[0]);
    std::string mod;
    Value m = t->dict ? dict_get_str(t->dict, ts.interp.names.__module__) : Value();
    if (m.is_null()) m = t->module;
    if (is_str(m) && as_str(m)->view() != "builtins") mod = std::string(as_str(m)->view()) + ".";
    return Value::from_obj(new_str(ts.interp, fmt::format("<{}{} object at {:#x}>", mod, t->qualname->view(), args[0].bits())));
}

Value object_str(ThreadState& ts, Value* args, size_t, TupleObj*) { return Value::from_obj(repr(ts, args[0])); }
Value object_eq(ThreadState&, Value* args, size_t, TupleObj*) {
    return args[0] == args[1] ? Value::true_() : Value::not_implemented();
}
Value object_ne(ThreadState& ts, Value* args, size_t, TupleObj*) {
    Value r = compare(ts, CompareOp::Eq, args[0], args[1]);
    if (r == Value::not_implemented()) return r;
    return Value::boolean(!truthy(ts, r));
}
Value object_hash(ThreadState&, Value* args, size_t, TupleObj*) {
    // Identity hash: the address, rotated so the always-zero alignment bits vary.
    uint64_t b = args[0].bits();
    return Value::from_small(int64_t((b >> 4) | (b << 60)) >> 2);
}
Value object_format(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    if (nargs != 2 || !is_str(args[1])) type_error(ts, "format() argument 2 must be str");
    if (as_str(args[1])->nbytes != 0)
        type_error(ts, "unsupported format string passed to {}.__format__", type_name(ts.interp, args[0]));
    return Value::from_obj(to_str(ts, args[0]));
}
Value object_get_class(ThreadState& ts, Value self) { return Value::from_obj(type_of(ts.interp, self)); }
// The end of every __init_subclass__ chain: class keywords nobody consumed are an error.
Value object_init_subclass(ThreadState& ts, Value* args, size_t nargs, TupleObj* kwnames) {
    std::string who = nargs && is_type(args[0]) ? std::string(as_type(args[0])->qualname->view()) : "object";
    if (kwnames && kwnames->size) type_error(ts, "{}.__init_subclass__() takes no keyword arguments", who);
    if (nargs > 1) type_error(ts, "{}.__init_subclass__() takes no arguments ({} given)", who, nargs - 1);
    return Value::none();
}
Value object_dir(ThreadState& ts, Value* args, size_t, TupleObj*);

const MethodDef kObjectMethods[] = {
    {"__init__", object_init, NativeFunctionObj::kMethod},
    {"__repr__", object_repr, NativeFunctionObj::kMethod},
    {"__str__", object_str, NativeFunctionObj::kMethod},
    {"__eq__", object_eq, NativeFunctionObj::kMethod},
    {"__ne__", object_ne, NativeFunctionObj::kMethod},
    {"__hash__", object_hash, NativeFunctionObj::kMethod},
    {"__format__", object_format, NativeFunctionObj::kMethod},
    {"__init_subclass__", object_init_subclass, NativeFunctionObj::kClassMethod},
    {"__dir__", object_dir, NativeFunctionObj::kMethod},
    {nullptr, nullptr},
};

const MethodDef kTypeMethods[] = {
    {"mro", type_mro_method, NativeFunctionObj::kMethod},
    {"__subclasses__", type_subclasses, NativeFunctionObj::kMethod},
    {nullptr, nullptr},
};

Value object_dir(ThreadState& ts, Value* args, size_t, TupleObj*) {
    Interp& I = ts.interp;
    SetObj* names = new_set(I);
    Rooted keep(ts, Value::from_obj(names));
    auto add_dict = [&](DictObj* d) {
        if (!d) return;
        uint32_t pos = 0;
        DictEntry* e;
        while (dict_next(d, &pos, &e)) set_add(ts, names, e->key);
    };
    Value self = args[0];
    if (self.is_obj()) {
        Obj* o = self.obj();
        if (o->kind == ObjKind::Instance) add_dict(static_cast<InstanceObj*>(o)->dict);
        if (o->kind == ObjKind::Module) add_dict(static_cast<ModuleObj*>(o)->dict);
        if (o->kind == ObjKind::Function) add_dict(static_cast<FunctionObj*>(o)->dict);
        if (o->kind == ObjKind::Exception) add_dict(static_cast<ExceptionObj*>(o)->dict);
    }
    TypeObj* t = is_type(self) ? as_type(self) : type_of(I, self);
    if (!is_module(self)) {
        TupleObj* mro = t->mro;
        for (size_t i = 0; i < mro->size; ++i) add_dict(mro->items()[i].as<TypeObj>()->dict);
    }
    ListObj* out = new_list(I);
    size_t pos = 0;
    Value k;
    while (set_next(names, &pos, &k)) out->items.push_back(k);
    list_sort(ts, out, Value(), false);
    return Value::from_obj(out);
}

} // namespace

void init_type_type(Interp& I) {
    add_methods(I, I.types.object, kObjectMethods);
    add_getset(I, I.types.object, "__class__", object_get_class);
    add_methods(I, I.types.type, kTypeMethods);
    add_getset(I, I.types.type, "__name__", type_get_name, type_set_name);
    add_getset(I, I.types.type, "__qualname__", type_get_qualname, type_set_qualname);
    add_getset(I, I.types.type, "__module__", type_get_module, type_set_module);
    add_getset(I, I.types.type, "__bases__", type_get_bases);
    add_getset(I, I.types.type, "__base__", type_get_base);
    add_getset(I, I.types.type, "__mro__", type_get_mro);
    add_getset(I, I.types.type, "__dict__", type_get_dict);
    add_getset(I, I.types.type, "__doc__", type_get_doc);
}

// The first few types refer to each other (a type's name is a str, its namespace a
// dict, its MRO a tuple), so they are created raw and completed once all exist.
void bootstrap_types(Interp& I) {
    auto raw = [&](ObjKind kind) { return I.heap.make<TypeObj>(nullptr, nullptr, kind); };
    I.types.type = raw(ObjKind::Type);
    I.types.object = raw(ObjKind::Instance);
    I.types.str = raw(ObjKind::Str);
    I.types.dict = raw(ObjKind::Dict);
    I.types.tuple = raw(ObjKind::Tuple);
    for (TypeObj* t : {I.types.type, I.types.object, I.types.str, I.types.dict, I.types.tuple}) {
        t->type = I.types.type;
        t->version = I.next_type_version++;
    }

    I.empty_tuple = I.heap.make<TupleObj>(I.types.tuple, 0);
    I.empty_str = new_str(I, "");
    struct Early {
        TypeObj* t;
        const char* name;
        uint32_t flags;
    };
    for (Early e : {Early{I.types.type, "type", TypeObj::kBaseType}, Early{I.types.object, "object", TypeObj::kBaseType},
                    Early{I.types.str, "str", TypeObj::kBaseType}, Early{I.types.dict, "dict", TypeObj::kBaseType},
                    Early{I.types.tuple, "tuple", TypeObj::kBaseType}}) {
        e.t->name = e.t->qualname = intern(I, e.name);
        e.t->tflags = TypeObj::kBuiltin | e.flags;
        e.t->module = Value::from_obj(intern(I, "builtins"));
        e.t->dict = new_dict(I);
    }
    I.types.object->bases = I.empty_tuple;
    I.types.object->mro = new_tuple(I, {Value::from_obj(I.types.object)});
    for (TypeObj* t : {I.types.type, I.types.str, I.types.dict, I.types.tuple}) {
        t->base = I.types.object;
        t->bases = new_tuple(I, {Value::from_obj(I.types.object)});
        t->mro = new_tuple(I, {Value::from_obj(t), Value::from_obj(I.types.object)});
    }

    // Names the VM looks up all the time, interned once.
#define NAME(field, text) I.names.field = intern(I, text)
    NAME(__init__, "__init__"); NAME(__new__, "__new__"); NAME(__name__, "__name__");
    NAME(__qualname__, "__qualname__"); NAME(__module__, "__module__"); NAME(__doc__, "__doc__");
    NAME(__dict__, "__dict__"); NAME(__class__, "__class__"); NAME(__main__, "__main__");
    NAME(__builtins__, "__builtins__"); NAME(__file__, "__file__"); NAME(__repr__, "__repr__");
    NAME(__str__, "__str__"); NAME(__hash__, "__hash__"); NAME(__eq__, "__eq__"); NAME(__ne__, "__ne__");
    NAME(__lt__, "__lt__"); NAME(__le__, "__le__"); NAME(__gt__, "__gt__"); NAME(__ge__, "__ge__");
    NAME(__len__, "__len__"); NAME(__bool__, "__bool__"); NAME(__iter__, "__iter__"); NAME(__next__, "__next__");
    NAME(__getitem__, "__getitem__"); NAME(__setitem__, "__setitem__"); NAME(__delitem__, "__delitem__");
    NAME(__contains__, "__contains__"); NAME(__call__, "__call__"); NAME(__enter__, "__enter__");
    NAME(__exit__, "__exit__"); NAME(__getattr__, "__getattr__"); NAME(__getattribute__, "__getattribute__");
    NAME(__setattr__, "__setattr__"); NAME(__delattr__, "__delattr__"); NAME(__get__, "__get__");
    NAME(__set__, "__set__"); NAME(__delete__, "__delete__"); NAME(__index__, "__index__");
    NAME(__int__, "__int__"); NAME(__float__, "__float__"); NAME(__format__, "__format__");
    NAME(__neg__, "__neg__"); NAME(__pos__, "__pos__"); NAME(__abs__, "__abs__"); NAME(__invert__, "__invert__");
    NAME(__round__, "__round__"); NAME(__missing__, "__missing__"); NAME(__reversed__, "__reversed__");
    NAME(__mro_entries__, "__mro_entries__"); NAME(__init_subclass__, "__init_subclass__");
    NAME(__set_name__, "__set_name__"); NAME(__traceback__, "__traceback__"); NAME(__cause__, "__cause__");
    NAME(__context__, "__context__"); NAME(__suppress_context__, "__suppress_context__"); NAME(__all__, "__all__");
    NAME(__path__, "__path__"); NAME(__package__, "__package__"); NAME(__spec__, "__spec__");
    NAME(__loader__, "__loader__"); NAME(__annotations__, "__annotations__"); NAME(__slots__, "__slots__");
    NAME(__await__, "__await__"); NAME(__aiter__, "__aiter__"); NAME(__anext__, "__anext__");
    NAME(__aenter__, "__aenter__"); NAME(__aexit__, "__aexit__"); NAME(__class_getitem__, "__class_getitem__");
    NAME(__trunc__, "__trunc__"); NAME(__floor__, "__floor__"); NAME(__ceil__, "__ceil__"); NAME(__bytes__, "__bytes__");
    NAME(__fspath__, "__fspath__"); NAME(__length_hint__, "__length_hint__"); NAME(__subclasshook__, "__subclasshook__");
    NAME(__instancecheck__, "__instancecheck__"); NAME(__subclasscheck__, "__subclasscheck__");
    NAME(__weakref__, "__weakref__"); NAME(__mro__, "__mro__"); NAME(__bases__, "__bases__"); NAME(__base__, "__base__");
    NAME(__orig_bases__, "__orig_bases__"); NAME(__sizeof__, "__sizeof__"); NAME(__reduce__, "__reduce__");
    NAME(__copy__, "__copy__"); NAME(__deepcopy__, "__deepcopy__"); NAME(__defaults__, "__defaults__");
    NAME(__kwdefaults__, "__kwdefaults__"); NAME(__code__, "__code__"); NAME(__closure__, "__closure__");
    NAME(__globals__, "__globals__"); NAME(__self__, "__self__"); NAME(dunder_func, "__func__"); NAME(__wrapped__, "__wrapped__");
    NAME(args, "args"); NAME(send, "send"); NAME(throw_, "throw"); NAME(close, "close"); NAME(write, "write");
    NAME(flush, "flush"); NAME(read, "read"); NAME(readline, "readline"); NAME(items, "items"); NAME(keys, "keys");
    NAME(values, "values"); NAME(get, "get"); NAME(lambda, "<lambda>"); NAME(listcomp, "<listcomp>");
    NAME(setcomp, "<setcomp>"); NAME(dictcomp, "<dictcomp>"); NAME(genexpr, "<genexpr>"); NAME(module, "<module>");
    NAME(empty, ""); NAME(space, " "); NAME(newline, "\n"); NAME(__set_int_max_str_digits, "set_int_max_str_digits");
#undef NAME
    static const char* const kBinop[][3] = {
        {"__add__", "__radd__", "__iadd__"},          {"__sub__", "__rsub__", "__isub__"},
        {"__mul__", "__rmul__", "__imul__"},          {"__truediv__", "__rtruediv__", "__itruediv__"},
        {"__floordiv__", "__rfloordiv__", "__ifloordiv__"}, {"__mod__", "__rmod__", "__imod__"},
        {"__pow__", "__rpow__", "__ipow__"},          {"__lshift__", "__rlshift__", "__ilshift__"},
        {"__rshift__", "__rrshift__", "__irshift__"}, {"__and__", "__rand__", "__iand__"},
        {"__or__", "__ror__", "__ior__"},             {"__xor__", "__rxor__", "__ixor__"},
        {"__matmul__", "__rmatmul__", "__imatmul__"}, {"__divmod__", "__rdivmod__", "__idivmod__"},
    };
    for (size_t i = 0; i < 14; ++i)
        for (size_t k = 0; k < 3; ++k) I.names.binop[i][k] = intern(I, kBinop[i][k]);

    for (int c = 0; c < 128; ++c) {
        char ch = char(c);
        I.ascii_chars[c] = intern(I, std::string_view(&ch, 1));
    }

    init_function_types(I); // natives are needed to populate every other type
    init_descr_types(I);    // getset descriptors, classmethod/staticmethod wrappers
    init_type_type(I);
    init_str_type(I);
    init_dict_type(I);
    init_tuple_type(I);
    I.types.module = new_builtin_type(I, "module", ObjKind::Module, nullptr);
    add_getset(I, I.types.module, "__dict__", module_dict_getter);
    init_number_types(I);
    init_list_type(I);
    init_set_type(I);
    init_range_slice_types(I);
    init_bytes_types(I);
    init_iter_types(I);
    init_exception_types(I);
    init_generator_type(I);
    init_file_types(I);
}

} // namespace gilt
