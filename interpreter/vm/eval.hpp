// Running bytecode: the interpreter loop and the calling convention.
#pragma once

#include <cstddef>

#include "core/thread_state.hpp"

namespace gilt {

struct CodeObj;
struct DictObj;
struct TupleObj;
struct FunctionObj;

// Calls any callable with positional args and optional keyword names (their values
// follow the positional ones in args). Re-enters the loop for script functions.
Value call(ThreadState& ts, Value callable, const Value* args, size_t nargs, TupleObj* kwnames = nullptr);
inline Value call0(ThreadState& ts, Value f) { return call(ts, f, nullptr, 0); }
inline Value call1(ThreadState& ts, Value f, Value a) { return call(ts, f, &a, 1); }
inline Value call2(ThreadState& ts, Value f, Value a, Value b) {
    Value args[2] = {a, b};
    return call(ts, f, args, 2);
}
// Calls a method by name (obj.name(args...)), raising AttributeError if absent.
Value call_method(ThreadState& ts, Value obj, StrObj* name, const Value* args, size_t nargs);

// Runs module-level (or exec'd) code with the given namespaces.
Value run_code(ThreadState& ts, CodeObj* code, DictObj* globals, DictObj* locals = nullptr);
// Runs a class body with `ns` as its namespace; returns the body's __class__ cell (or None).
Value run_class_body(ThreadState& ts, FunctionObj* body, DictObj* ns);
// Calls a script function (no C++ recursion inside the loop; this is the entry from C++).
Value call_function(ThreadState& ts, FunctionObj* f, const Value* args, size_t nargs, TupleObj* kwnames);
// Runs frames starting at `entry` (already pushed) until it returns. With `throwing`,
// starts by raising ts.raised at the frame's current instruction (generator.throw()).
Value run_frame(ThreadState& ts, Frame* entry, bool throwing = false);

// Handles the eval-breaker bits at a safe point (GC, signals, GIL drop, limits).
void handle_eval_breaker(ThreadState& ts);

} // namespace gilt
