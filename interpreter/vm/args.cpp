// Argument binding for native functions: positional/keyword parameters with CPython's messages.
#include "vm/args.hpp"

#include <cstring>

#include "objects/number.hpp"
#include "objects/str.hpp"
#include "objects/tuple.hpp"
#include "vm/errors.hpp"

namespace gilt {

Args::Args(ThreadState& ts, const char* fname, const Value* args, size_t nargs, TupleObj* kwnames,
           std::initializer_list<const char*> names, size_t required, size_t positional_only) {
    size_t n = names.size();
    const char* const* pnames = names.begin();
    if (nargs > n) {
        if (n == 0) type_error(ts, "{}() takes no arguments ({} given)", fname, nargs);
        type_error(ts, "{}() takes at most {} argument{} ({} given)", fname, n, n == 1 ? "" : "s", nargs);
    }
    for (size_t i = 0; i < nargs; ++i) values_[i] = args[i];
    if (kwnames) {
        for (size_t k = 0; k < kwnames->size; ++k) {
            StrObj* key = as_str(kwnames->items()[k]);
            size_t idx = n;
            for (size_t i = 0; i < n; ++i)
                if (key->view() == pnames[i]) idx = i;
            if (idx == n || idx < positional_only) {
                if (positional_only == n) type_error(ts, "{}() takes no keyword arguments", fname);
                // CPython's wording for built-in functions (script functions say "got an
                // unexpected keyword argument").
                type_error(ts, "'{}' is an invalid keyword argument for {}()", std::string(key->view()), fname);
            }
            if (!values_[idx].is_null())
                type_error(ts, "argument for {}() given by name ('{}') and position ({})", fname, pnames[idx], idx + 1);
            values_[idx] = args[nargs + k];
        }
    }
    for (size_t i = 0; i < required; ++i)
        if (values_[i].is_null())
            type_error(ts, "{}() missing required argument '{}' (pos {})", fname, pnames[i], i + 1);
}

void no_keywords(ThreadState& ts, const char* fname, TupleObj* kwnames) {
    if (kwnames && kwnames->size) type_error(ts, "{}() takes no keyword arguments", fname);
}

void check_count(ThreadState& ts, const char* fname, size_t nargs, size_t min, size_t max) {
    if (nargs >= min && nargs <= max) return;
    if (min == max) {
        if (min == 0) type_error(ts, "{}() takes no arguments ({} given)", fname, nargs);
        if (min == 1) type_error(ts, "{}() takes exactly one argument ({} given)", fname, nargs);
    }
    // "list.pop() takes no arguments" names the class, but the Argument Clinic
    // messages below use the bare method name ("pop expected at most 1 argument").
    if (const char* dot = std::strrchr(fname, '.')) fname = dot + 1;
    if (min == max) type_error(ts, "{} expected {} arguments, got {}", fname, min, nargs);
    if (nargs < min) type_error(ts, "{} expected at least {} argument{}, got {}", fname, min, min == 1 ? "" : "s", nargs);
    type_error(ts, "{} expected at most {} argument{}, got {}", fname, max, max == 1 ? "" : "s", nargs);
}

int64_t arg_int64(ThreadState& ts, Value v, const char* fname) {
    (void)fname;
    if (v.is_small()) return v.small();
    return index_int64(ts, v);
}

const char* arg_type_name(Interp& I, Value v) { return v.is_none() ? "None" : type_name(I, v); }

StrObj* arg_str(ThreadState& ts, Value v, const char* fname, const char* what) {
    if (!is_str(v)) type_error(ts, "{}() {} must be str, not {}", fname, what, arg_type_name(ts.interp, v));
    return as_str(v);
}

} // namespace gilt
