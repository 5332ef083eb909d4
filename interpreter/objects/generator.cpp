// Generator objects: a suspended frame that lives on the heap between resumptions.
#include "objects/generator.hpp"

#include "objects/descr.hpp"
#include "objects/dict.hpp"
#include "objects/function.hpp"
#include "objects/opaque.hpp"
#include "objects/str.hpp"
#include "objects/type.hpp"
#include "vm/args.hpp"
#include "vm/errors.hpp"
#include "vm/eval.hpp"
#include "vm/generators.hpp"

namespace gilt {

namespace {

GeneratorObj* self_gen(ThreadState& ts, Value v) {
    if (!is_generator(v)) type_error(ts, "descriptor requires a 'generator' object but received a '{}'", type_name(ts.interp, v));
    return v.as<GeneratorObj>();
}

// The generator returned: StopIteration(value), or a bare StopIteration (args == ())
// for None, as CPython raises it.
[[noreturn]] void generator_done(ThreadState& ts, Value returned) {
    stop_iteration(ts, returned.is_none() ? Value() : returned);
}

Value g_iter(ThreadState&, Value* args, size_t, TupleObj*) { return args[0]; }

Value g_next(ThreadState& ts, Value* args, size_t, TupleObj*) {
    Value returned;
    Value v = gen_resume(ts, self_gen(ts, args[0]), Value::none(), &returned);
    if (v.is_null()) generator_done(ts, returned);
    return v;
}

Value g_send(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    check_count(ts, "send", nargs - 1, 1, 1);
    Value returned;
    Value v = gen_resume(ts, self_gen(ts, args[0]), args[1], &returned);
    if (v.is_null()) generator_done(ts, returned);
    return v;
}

Value g_throw(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    check_count(ts, "throw", nargs - 1, 1, 3);
    Value returned;
    Value v = gen_throw(ts, self_gen(ts, args[0]), args[1], nargs > 2 ? args[2] : Value(), nargs > 3 ? args[3] : Value(),
                        &returned);
    if (v.is_null()) generator_done(ts, returned);
    return v;
}

Value g_close(ThreadState& ts, Value* args, size_t, TupleObj*) {
    gen_close(ts, self_gen(ts, args[0]));
    return Value::none();
}

Value g_name(ThreadState& ts, Value self) { return Value::from_obj(self_gen(ts, self)->name); }
Value g_qualname(ThreadState& ts, Value self) { return Value::from_obj(self_gen(ts, self)->qualname); }
Value g_running(ThreadState& ts, Value self) {
    return Value::boolean(self_gen(ts, self)->state == GeneratorObj::State::Running);
}
Value g_suspended(ThreadState& ts, Value self) {
    return Value::boolean(self_gen(ts, self)->state == GeneratorObj::State::Suspended);
}
Value g_code(ThreadState& ts, Value self) { return Value::from_obj(self_gen(ts, self)->frame.code); }
Value g_yieldfrom(ThreadState& ts, Value self) {
    Value sub = gen_yieldfrom(self_gen(ts, self));
    return sub.is_null() ? Value::none() : sub;
}

// ---- gi_frame: a view of a live generator's frame. Frames of ordinary calls are not
// objects in gilt (they are records in a pool); a generator's frame lives in the
// generator, so a view of it can answer f_code, f_lineno, f_locals and f_globals.

void trace_frame_view(OpaqueObj* self, GcVisitor& v) { v.mark(static_cast<Obj*>(self->payload)); }
const OpaqueHooks kFrameViewHooks = {"frame", trace_frame_view, nullptr};

GeneratorObj* viewed_generator(ThreadState& ts, Value self) {
    if (!is_opaque(self, &kFrameViewHooks)) type_error(ts, "descriptor requires a 'frame' object but received a '{}'", type_name(ts.interp, self));
    return static_cast<GeneratorObj*>(self.as<OpaqueObj>()->payload);
}

Value f_code(ThreadState& ts, Value self) { return Value::from_obj(viewed_generator(ts, self)->frame.code); }
Value f_globals(ThreadState& ts, Value self) { return Value::from_obj(viewed_generator(ts, self)->frame.globals); }
Value f_lineno(ThreadState& ts, Value self) {
    GeneratorObj* g = viewed_generator(ts, self);
    // Not started yet: CPython's frame sits on the `def` line.
    if (g->state == GeneratorObj::State::Created) return Value::from_small(g->frame.code->firstlineno);
    return Value::from_small(g->frame.line());
}
// The bound local variables, cells and free variables by name, as a new dict.
Value f_locals(ThreadState& ts, Value self) {
    Interp& I = ts.interp;
    GeneratorObj* g = viewed_generator(ts, self);
    DictObj* d = new_dict(I);
    if (g->state == GeneratorObj::State::Finished) return Value::from_obj(d);
    CodeObj* co = g->frame.code;
    for (uint32_t i = 0; i < co->nlocalsplus; ++i) {
        Value v = g->frame.locals[i];
        // Cells hold their value; before MAKE_CELL has run, the slot holds it directly.
        if ((co->slot_kinds[i] & (CodeObj::kCell | CodeObj::kFree)) && is_kind(v, ObjKind::Cell)) v = v.as<CellObj>()->value;
        if (v.is_null() || v.is_unbound()) continue;
        dict_set_str(I, d, co->slot_names[i], v);
    }
    return Value::from_obj(d);
}

Value g_frame(ThreadState& ts, Value self) {
    Interp& I = ts.interp;
    GeneratorObj* g = self_gen(ts, self);
    if (g->state == GeneratorObj::State::Finished) return Value::none(); // CPython drops the frame too
    if (g->frame_view.is_null())
        g->frame_view = Value::from_obj(I.heap.make<OpaqueObj>(I.types.frame, &kFrameViewHooks, static_cast<void*>(g)));
    return g->frame_view;
}

const MethodDef kGenMethods[] = {
    {"__iter__", g_iter, NativeFunctionObj::kMethod}, {"__next__", g_next, NativeFunctionObj::kMethod},
    {"send", g_send, NativeFunctionObj::kMethod},     {"throw", g_throw, NativeFunctionObj::kMethod},
    {"close", g_close, NativeFunctionObj::kMethod},   {nullptr, nullptr},
};

} // namespace

void init_generator_type(Interp& I) {
    I.types.generator = new_builtin_type(I, "generator", ObjKind::Generator, nullptr, 0);
    add_methods(I, I.types.generator, kGenMethods);
    add_getset(I, I.types.generator, "__name__", g_name);
    add_getset(I, I.types.generator, "__qualname__", g_qualname);
    add_getset(I, I.types.generator, "gi_running", g_running);
    add_getset(I, I.types.generator, "gi_code", g_code);
    add_getset(I, I.types.generator, "gi_suspended", g_suspended);
    add_getset(I, I.types.generator, "gi_yieldfrom", g_yieldfrom);
    add_getset(I, I.types.generator, "gi_frame", g_frame);

    I.types.frame = new_builtin_type(I, "frame", ObjKind::Opaque, nullptr, 0);
    add_getset(I, I.types.frame, "f_code", f_code);
    add_getset(I, I.types.frame, "f_globals", f_globals);
    add_getset(I, I.types.frame, "f_lineno", f_lineno);
    add_getset(I, I.types.frame, "f_locals", f_locals);
}

} // namespace gilt
