// Raising script exceptions from C++: the pending exception lives in the thread state.
#pragma once

#include <string>
#include <string_view>

#include <fmt/format.h>

#include "core/thread_state.hpp"

namespace gilt {

struct TypeObj;

// Native code raises a script exception by storing it in ts.raised and throwing this
// empty marker; the bytecode loop catches it at the instruction that called the native
// and unwinds script frames itself. Raising from script code (`raise`) never goes
// through C++ exceptions. The exception object stays rooted in the thread state while
// the C++ exception propagates.
struct ScriptError {};

// Sets ts.raised (chaining the exception being handled as __context__) and throws.
[[noreturn]] void raise(ThreadState& ts, Value exception);
[[noreturn]] void raise_msg(ThreadState& ts, TypeObj* type, std::string_view message);
// Instantiates `type` with no args, or calls it when it is a class with a custom __init__.
[[noreturn]] void raise_type(ThreadState& ts, TypeObj* type);

template <class... A>
[[noreturn]] void raise_fmt(ThreadState& ts, TypeObj* type, fmt::format_string<A...> f, A&&... args) {
    raise_msg(ts, type, fmt::format(f, std::forward<A>(args)...));
}

// Shorthands for the exceptions natives raise most.
template <class... A> [[noreturn]] void type_error(ThreadState& ts, fmt::format_string<A...> f, A&&... a) {
    raise_msg(ts, ts.interp.exc.TypeError, fmt::format(f, std::forward<A>(a)...));
}
template <class... A> [[noreturn]] void value_error(ThreadState& ts, fmt::format_string<A...> f, A&&... a) {
    raise_msg(ts, ts.interp.exc.ValueError, fmt::format(f, std::forward<A>(a)...));
}
[[noreturn]] void key_error(ThreadState& ts, Value key);
// A failed lookup carries name and obj (as CPython's AttributeError does) for the
// "Did you mean" of the printed traceback; a failed delete (for_lookup false) does not.
[[noreturn]] void attribute_error(ThreadState& ts, Value obj, StrObj* name, bool for_lookup = true);
[[noreturn]] void stop_iteration(ThreadState& ts, Value value);
// OSError(errno, strerror[, filename]) for a failed system call: the constructor picks the
// subclass (FileNotFoundError for ENOENT, ...) and the message, as CPython's does.
[[noreturn]] void raise_os_error(ThreadState& ts, int err, Value filename = Value());

// Turns a C++ exception other than ScriptError (NumericError, bad_alloc, a host
// exception) into a script exception stored in ts.raised. Call from a catch(...) block.
void convert_native_exception(ThreadState& ts);

// The exception being handled (sys.exc_info(), bare `raise`, implicit chaining): the
// innermost context's own, else, through running generators, what their resumers were
// handling, as CPython's chain of exception states. None when there is none.
Value handled_exception(ThreadState& ts);

// Does the pending exception match `type` (or a tuple of types)?
bool exception_matches(ThreadState& ts, Value exc, Value type_or_tuple);

// The name CPython uses for a value's type in messages ("int", "NoneType", ...).
const char* type_name(Interp& I, Value v);

} // namespace gilt
