// Entering script functions and calling natives: the pieces the loop and call() share.
#pragma once

#include "core/thread_state.hpp"

namespace gilt {

struct FunctionObj;
struct NativeFunctionObj;
struct TupleObj;

// Binds the arguments found at `base` (positionals then keyword values) to f's
// parameters in place. Raises TypeError with CPython's messages on a mismatch.
void bind_arguments(ThreadState& ts, FunctionObj* f, Value* base, size_t nargs, TupleObj* kwnames);

// Sets up a frame for f whose window starts at `base` (where the arguments are) and
// makes it the current frame. Returns false when the call completed without a frame
// (a generator function: *result holds the new generator).
bool enter_function(ThreadState& ts, FunctionObj* f, Value* base, size_t nargs, TupleObj* kwnames, Frame** frame,
                    Value* result);

Value call_native(ThreadState& ts, NativeFunctionObj* f, const Value* args, size_t nargs, TupleObj* kwnames);

} // namespace gilt
