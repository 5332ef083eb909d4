// Argument binding for native functions: positional/keyword parameters with CPython's messages.
#pragma once

#include <array>
#include <cstddef>
#include <initializer_list>

#include "core/thread_state.hpp"

namespace gilt {

struct TupleObj;

// Binds a native's (args, nargs, kwnames) to named parameters. Parameters before
// `positional_only` cannot be passed by keyword; `required` leading ones must be given.
// Missing optional parameters read as null.
class Args {
public:
    static constexpr size_t kMax = 8;
    Args(ThreadState& ts, const char* fname, const Value* args, size_t nargs, TupleObj* kwnames,
         std::initializer_list<const char*> names, size_t required, size_t positional_only = 0);
    Value operator[](size_t i) const { return values_[i]; }
    bool has(size_t i) const { return !values_[i].is_null(); }
    Value get(size_t i, Value fallback) const { return values_[i].is_null() ? fallback : values_[i]; }

private:
    std::array<Value, kMax> values_{};
};

// `name() takes no keyword arguments`
void no_keywords(ThreadState& ts, const char* fname, TupleObj* kwnames);
// Checks a positional count with CPython's wording for methods/builtins:
// "name() takes exactly one argument (N given)", "name expected at most N arguments, got M"...
void check_count(ThreadState& ts, const char* fname, size_t nargs, size_t min, size_t max);

// The type name in "argument ... must be X, not Y" messages: CPython says "None" there.
const char* arg_type_name(Interp& I, Value v);

// Typed accessors that raise TypeError with the usual wording.
int64_t arg_int64(ThreadState& ts, Value v, const char* fname);
StrObj* arg_str(ThreadState& ts, Value v, const char* fname, const char* what = "argument");

} // namespace gilt
