// Formatting exceptions the way CPython prints them: chained tracebacks, carets, SyntaxErrors.
#pragma once

#include <string>

#include "core/thread_state.hpp"

namespace gilt {

// The full report CPython prints for an uncaught exception (with __cause__/__context__).
std::string format_exception(ThreadState& ts, Value exc);
// Only the last line: "TypeError: message".
std::string format_exception_only(ThreadState& ts, Value exc);

} // namespace gilt
