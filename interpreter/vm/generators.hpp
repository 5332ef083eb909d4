// Resuming, throwing into and closing generators (implemented with the interpreter loop).
#pragma once

#include "core/thread_state.hpp"

namespace gilt {

struct GeneratorObj;
struct FunctionObj;

// Creates the generator for a call of a generator function; the arguments are already
// bound into `frame_values` (the callee's locals).
GeneratorObj* new_generator(ThreadState& ts, FunctionObj* f, const Value* frame_values);

// Resumes `g` with `sent` (None for next()). Returns the yielded value, or null when the
// generator returned; then *returned holds its return value. Exceptions propagate.
Value gen_resume(ThreadState& ts, GeneratorObj* g, Value sent, Value* returned);
// gen.throw(type[, value[, tb]]): raises inside the generator at its yield.
Value gen_throw(ThreadState& ts, GeneratorObj* g, Value type, Value value, Value tb, Value* returned);
// gen.close(): raises GeneratorExit inside; RuntimeError if it yields again.
void gen_close(ThreadState& ts, GeneratorObj* g);
// gi_yieldfrom: the iterator a suspended `yield from` delegates to, or null.
Value gen_yieldfrom(GeneratorObj* g);

} // namespace gilt
