// Code objects, script functions, native functions, bound methods and closure cells.
#include "objects/function.hpp"

#include <fmt/format.h>

#include "core/thread_state.hpp"
#include "objects/descr.hpp"
#include "objects/dict.hpp"
#include "objects/str.hpp"
#include "objects/tuple.hpp"
#include "objects/type.hpp"
#include "vm/args.hpp"
#include "vm/errors.hpp"
#include "vm/ops.hpp"

namespace gilt {

CodeObj* new_code(Interp& I) { return I.heap.make<CodeObj>(I.types.code); }

FunctionObj* new_function(Interp& I, CodeObj* code, DictObj* globals) {
    FunctionObj* f = I.heap.make<FunctionObj>(I.types.function, code, globals, I.builtins, code->name, code->qualname);
    f->doc = code->doc;
    Value mod = dict_get_str(globals, I.names.__name__);
    if (!mod.is_null()) f->module = mod;
    const uint32_t complex_flags = CodeObj::kVarArgs | CodeObj::kVarKeywords | CodeObj::kGenerator |
                                   CodeObj::kCoroutine | CodeObj::kAsyncGenerator;
    bool has_cells = false;
    for (uint8_t k : code->slot_kinds)
        if (k & CodeObj::kCell) has_cells = true;
    f->simple = !(code->flags & complex_flags) && code->kwonlyargcount == 0 && !has_cells;
    return f;
}

NativeFunctionObj* new_native(Interp& I, const char* name, NativeFn fn, TypeObj* owner, uint32_t flags) {
    TypeObj* t = (flags & NativeFunctionObj::kMethod) ? I.types.method_descriptor : I.types.builtin_function;
    NativeFunctionObj* f = I.heap.make<NativeFunctionObj>(t, intern(I, name));
    f->fn = fn;
    f->owner = owner;
    f->nflags = flags;
    return f;
}

BoundMethodObj* new_bound_method(Interp& I, Value func, Value self) {
    TypeObj* t = is_native(func) ? I.types.builtin_function : I.types.method;
    return I.heap.make<BoundMethodObj>(t, func, self);
}

CellObj* new_cell(Interp& I, Value v) {
    CellObj* c = I.heap.make<CellObj>(I.types.cell);
    c->value = v;
    return c;
}

void add_methods(Interp& I, TypeObj* type, const MethodDef* defs) {
    for (; defs->name; ++defs) {
        uint32_t flags = defs->flags;
        NativeFunctionObj* f = new_native(I, defs->name, defs->fn, type, flags);
        if (flags & (NativeFunctionObj::kClassMethod | NativeFunctionObj::kStaticMethod)) f->type = I.types.builtin_function;
        Value v = Value::from_obj(f);
        if (flags & NativeFunctionObj::kClassMethod)
            v = Value::from_obj(I.heap.make<MethodWrapperObj>(I.types.classmethod, ObjKind::ClassMethod, v));
        else if (flags & NativeFunctionObj::kStaticMethod)
            v = Value::from_obj(I.heap.make<MethodWrapperObj>(I.types.staticmethod, ObjKind::StaticMethod, v));
        dict_set_str(I, type->dict, f->name, v);
    }
    type_modified(I, type); // lookups cached under the old version tag must miss
}

void add_functions(Interp& I, DictObj* ns, const MethodDef* defs, Value module_name) {
    for (; defs->name; ++defs) {
        NativeFunctionObj* f = new_native(I, defs->name, defs->fn, nullptr, defs->flags);
        f->module = module_name;
        dict_set_str(I, ns, f->name, Value::from_obj(f));
    }
}

// ---------------------------------------------------------------- attributes

namespace {

FunctionObj* self_func(ThreadState& ts, Value v) {
    if (!is_function(v)) type_error(ts, "descriptor requires a 'function' object but received a '{}'", type_name(ts.interp, v));
    return v.as<FunctionObj>();
}

Value f_name(ThreadState& ts, Value self) { return Value::from_obj(self_func(ts, self)->name); }
void f_set_name(ThreadState& ts, Value self, Value v) {
    if (!is_str(v)) type_error(ts, "__name__ must be set to a string object");
    self_func(ts, self)->name = as_str(v);
}
Value f_qualname(ThreadState& ts, Value self) { return Value::from_obj(self_func(ts, self)->qualname); }
void f_set_qualname(ThreadState& ts, Value self, Value v) {
    if (!is_str(v)) type_error(ts, "__qualname__ must be set to a string object");
    self_func(ts, self)->qualname = as_str(v);
}
Value f_doc(ThreadState& ts, Value self) { return self_func(ts, self)->doc; }
void f_set_doc(ThreadState& ts, Value self, Value v) { self_func(ts, self)->doc = v.is_null() ? Value::none() : v; }
Value f_module(ThreadState& ts, Value self) { return self_func(ts, self)->module; }
void f_set_module(ThreadState& ts, Value self, Value v) { self_func(ts, self)->module = v.is_null() ? Value::none() : v; }
Value f_defaults(ThreadState& ts, Value self) {
    FunctionObj* f = self_func(ts, self);
    return f->defaults ? Value::from_obj(f->defaults) : Value::none();
}
void f_set_defaults(ThreadState& ts, Value self, Value v) {
    FunctionObj* f = self_func(ts, self);
    if (v.is_null() || v.is_none()) f->defaults = nullptr;
    else if (is_tuple(v)) f->defaults = as_tuple(v);
    else type_error(ts, "__defaults__ must be set to a tuple object");
}
Value f_kwdefaults(ThreadState& ts, Value self) {
    FunctionObj* f = self_func(ts, self);
    return f->kwdefaults ? Value::from_obj(f->kwdefaults) : Value::none();
}
Value f_code(ThreadState& ts, Value self) { return Value::from_obj(self_func(ts, self)->code); }
Value f_globals(ThreadState& ts, Value self) { return Value::from_obj(self_func(ts, self)->globals); }
Value f_closure(ThreadState& ts, Value self) {
    FunctionObj* f = self_func(ts, self);
    return f->closure ? Value::from_obj(f->closure) : Value::none();
}
Value f_dict(ThreadState& ts, Value self) {
    FunctionObj* f = self_func(ts, self);
    if (!f->dict) f->dict = new_dict(ts.interp);
    return Value::from_obj(f->dict);
}
Value f_annotations(ThreadState& ts, Value self) {
    FunctionObj* f = self_func(ts, self);
    if (f->annotations.is_null()) f->annotations = Value::from_obj(new_dict(ts.interp));
    return f->annotations;
}
void f_set_annotations(ThreadState& ts, Value self, Value v) {
    if (!v.is_null() && !is_dict(v)) type_error(ts, "__annotations__ must be set to a dict object");
    self_func(ts, self)->annotations = v;
}

CodeObj* self_code(ThreadState& ts, Value v) {
    if (!is_kind(v, ObjKind::Code)) type_error(ts, "descriptor requires a 'code' object");
    return v.as<CodeObj>();
}
Value c_name(ThreadState& ts, Value self) { return Value::from_obj(self_code(ts, self)->name); }
Value c_qualname(ThreadState& ts, Value self) { return Value::from_obj(self_code(ts, self)->qualname); }
Value c_filename(ThreadState& ts, Value self) { return Value::from_obj(self_code(ts, self)->filename); }
Value c_firstlineno(ThreadState& ts, Value self) { return Value::from_small(self_code(ts, self)->firstlineno); }
Value c_argcount(ThreadState& ts, Value self) { return Value::from_small(self_code(ts, self)->argcount); }
Value c_kwonlyargcount(ThreadState& ts, Value self) { return Value::from_small(self_code(ts, self)->kwonlyargcount); }
Value c_posonlyargcount(ThreadState& ts, Value self) { return Value::from_small(self_code(ts, self)->posonlyargcount); }
Value c_flags(ThreadState& ts, Value self) {
    CodeObj* c = self_code(ts, self);
    // CPython's flag values: OPTIMIZED|NEWLOCALS, VARARGS 4, VARKEYWORDS 8, GENERATOR 0x20...
    int64_t f = (c->flags & CodeObj::kModule) ? 0 : 3;
    if (c->flags & CodeObj::kVarArgs) f |= 4;
    if (c->flags & CodeObj::kVarKeywords) f |= 8;
    if (c->flags & CodeObj::kGenerator) f |= 0x20;
    if (c->flags & CodeObj::kCoroutine) f |= 0x80;
    if (c->flags & CodeObj::kAsyncGenerator) f |= 0x200;
    return Value::from_small(f);
}
Value c_varnames(ThreadState& ts, Value self) {
    CodeObj* c = self_code(ts, self);
    std::vector<Value> names;
    for (size_t i = 0; i < c->slot_names.size(); ++i)
        if (c->slot_kinds[i] & CodeObj::kLocal) names.push_back(Value::from_obj(c->slot_names[i]));
    return Value::from_obj(new_tuple(ts.interp, names.data(), names.size()));
}
Value c_nlocals(ThreadState& ts, Value self) {
    CodeObj* c = self_code(ts, self);
    int64_t n = 0;
    for (uint8_t k : c->slot_kinds)
        if (k & CodeObj::kLocal) ++n;
    return Value::from_small(n);
}

BoundMethodObj* self_method(ThreadState& ts, Value v) {
    if (!is_kind(v, ObjKind::BoundMethod)) type_error(ts, "descriptor requires a 'method' object");
    return v.as<BoundMethodObj>();
}
Value m_self(ThreadState& ts, Value self) { return self_method(ts, self)->self; }
Value m_func(ThreadState& ts, Value self) { return self_method(ts, self)->func; }
Value m_name(ThreadState& ts, Value self) { return get_attr(ts, self_method(ts, self)->func, ts.interp.names.__name__); }
Value m_qualname(ThreadState& ts, Value self) { return get_attr(ts, self_method(ts, self)->func, ts.interp.names.__qualname__); }
Value m_doc(ThreadState& ts, Value self) { return get_attr(ts, self_method(ts, self)->func, ts.interp.names.__doc__); }
Value m_module(ThreadState& ts, Value self) { return get_attr(ts, self_method(ts, self)->func, ts.interp.names.__module__); }

NativeFunctionObj* self_native(ThreadState& ts, Value v) {
    // A native bound to an instance (`lock.release`) is a builtin_function_or_method too.
    if (is_kind(v, ObjKind::BoundMethod) && is_native(v.as<BoundMethodObj>()->func))
        return v.as<BoundMethodObj>()->func.as<NativeFunctionObj>();
    if (!is_native(v)) type_error(ts, "descriptor requires a builtin function");
    return v.as<NativeFunctionObj>();
}
Value n_name(ThreadState& ts, Value self) { return Value::from_obj(self_native(ts, self)->name); }
Value n_qualname(ThreadState& ts, Value self) {
    NativeFunctionObj* f = self_native(ts, self);
    if (f->owner) return Value::from_obj(new_str(ts.interp, fmt::format("{}.{}", f->owner->name->view(), f->name->view())));
    return Value::from_obj(f->name);
}
Value n_doc(ThreadState& ts, Value self) {
    NativeFunctionObj* f = self_native(ts, self);
    return f->doc ? Value::from_obj(new_str(ts.interp, f->doc)) : Value::none();
}
Value n_module(ThreadState& ts, Value self) { return self_native(ts, self)->module; }
Value n_self(ThreadState& ts, Value self) {
    if (is_kind(self, ObjKind::BoundMethod)) return self.as<BoundMethodObj>()->self;
    // A module-level builtin's __self__ is its module (None if it is not loaded).
    NativeFunctionObj* f = self_native(ts, self);
    if (!is_str(f->module) || !ts.interp.modules) return Value::none();
    Value m = dict_get_str(ts.interp.modules, as_str(f->module));
    return m.is_null() ? Value::none() : m;
}

Value cell_contents(ThreadState& ts, Value self) {
    Value v = self.as<CellObj>()->value;
    if (v.is_unbound()) value_error(ts, "Cell is empty");
    return v;
}

} // namespace

void init_function_types(Interp& I) {
    I.types.function = new_builtin_type(I, "function", ObjKind::Function, nullptr, 0);
    I.types.builtin_function = new_builtin_type(I, "builtin_function_or_method", ObjKind::NativeFunction, nullptr, 0);
    I.types.method_descriptor = new_builtin_type(I, "method_descriptor", ObjKind::NativeFunction, nullptr, 0);
    I.types.method = new_builtin_type(I, "method", ObjKind::BoundMethod, nullptr, 0);
    I.types.code = new_builtin_type(I, "code", ObjKind::Code, nullptr, 0);
    I.types.cell = new_builtin_type(I, "cell", ObjKind::Cell, nullptr, 0);
}

// Called once the descriptor types exist (getsets are objects themselves).
void init_function_attributes(Interp& I) {
    TypeObj* f = I.types.function;
    add_getset(I, f, "__name__", f_name, f_set_name);
    add_getset(I, f, "__qualname__", f_qualname, f_set_qualname);
    add_getset(I, f, "__doc__", f_doc, f_set_doc);
    add_getset(I, f, "__module__", f_module, f_set_module);
    add_getset(I, f, "__defaults__", f_defaults, f_set_defaults);
    add_getset(I, f, "__kwdefaults__", f_kwdefaults);
    add_getset(I, f, "__code__", f_code);
    add_getset(I, f, "__globals__", f_globals);
    add_getset(I, f, "__closure__", f_closure);
    add_getset(I, f, "__dict__", f_dict);
    add_getset(I, f, "__annotations__", f_annotations, f_set_annotations);
    TypeObj* c = I.types.code;
    add_getset(I, c, "co_name", c_name);
    add_getset(I, c, "co_qualname", c_qualname);
    add_getset(I, c, "co_filename", c_filename);
    add_getset(I, c, "co_firstlineno", c_firstlineno);
    add_getset(I, c, "co_argcount", c_argcount);
    add_getset(I, c, "co_kwonlyargcount", c_kwonlyargcount);
    add_getset(I, c, "co_posonlyargcount", c_posonlyargcount);
    add_getset(I, c, "co_flags", c_flags);
    add_getset(I, c, "co_varnames", c_varnames);
    add_getset(I, c, "co_nlocals", c_nlocals);
    TypeObj* m = I.types.method;
    add_getset(I, m, "__self__", m_self);
    add_getset(I, m, "__func__", m_func);
    add_getset(I, m, "__name__", m_name);
    add_getset(I, m, "__qualname__", m_qualname);
    add_getset(I, m, "__doc__", m_doc);
    add_getset(I, m, "__module__", m_module);
    for (TypeObj* t : {I.types.builtin_function, I.types.method_descriptor}) {
        add_getset(I, t, "__name__", n_name);
        add_getset(I, t, "__qualname__", n_qualname);
        add_getset(I, t, "__doc__", n_doc);
        add_getset(I, t, "__module__", n_module);
    }
    add_getset(I, I.types.builtin_function, "__self__", n_self);
    add_getset(I, I.types.cell, "cell_contents", cell_contents);
}

} // namespace gilt
