// Generator objects: a suspended frame that lives on the heap between resumptions.
#include "objects/generator.hpp"

#include "objects/descr.hpp"
#include "objects/function.hpp"
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
}

} // namespace gilt
