// Compiling source from C++ with syntax errors turned into SyntaxError exceptions.
#pragma once

#include <string>
#include <string_view>

#include "compiler/compiler.hpp"
#include "core/thread_state.hpp"

namespace gilt {

struct CodeObj;

// Where source text comes from decides how CPython positions its SyntaxErrors: offsets
// count characters in a compiled string but bytes in a file (a main script, an imported
// module), and an error at the very end of a main script has offset 0.
enum class SourceOrigin { String, File, MainScript };

// The SyntaxError (or IndentationError/TabError) object for a compile error, with
// CPython's attributes (msg, filename, lineno, offset, text, end_lineno, end_offset).
Value syntax_error_value(ThreadState& ts, const CompileError& e, std::string_view source,
                         SourceOrigin origin = SourceOrigin::String);
// Compiles, raising SyntaxError on failure. `remember` keeps the text for tracebacks.
CodeObj* compile_or_raise(ThreadState& ts, std::string_view source, const std::string& filename, CompileMode mode,
                          bool remember = true, SourceOrigin origin = SourceOrigin::String);
// Reads a whole file; false with errno in *err on failure.
bool read_file(const std::string& path, std::string* out, int* err);

} // namespace gilt
