// The built-in modules and the import machinery.
#pragma once

#include <functional>
#include <string>

#include "core/interp.hpp"

namespace gilt {

struct ModuleObj;
struct StrObj;
struct ThreadState;

// Creates the built-in types, in dependency order (type, object, str, dict first).
void bootstrap_types(Interp& I);
// Creates the builtins and sys modules and registers the other native modules.
void init_builtin_modules(Interp& I);
void init_builtins_functions(Interp& I, DictObj* ns);

// Native modules are created on first import.
using ModuleInit = ModuleObj* (*)(Interp& I);
struct BuiltinModule {
    const char* name;
    ModuleInit init;
};
const BuiltinModule* find_builtin_module(const std::string& name);
ModuleObj* init_sys_module(Interp& I);
ModuleObj* init_math_module(Interp& I);
ModuleObj* init_time_module(Interp& I);
ModuleObj* init_thread_module(Interp& I);
ModuleObj* init_posix_module(Interp& I);
ModuleObj* init_gil_module(Interp& I);
ModuleObj* init_socket_module(Interp& I);
ModuleObj* init_gc_module(Interp& I);

// `import name` (level 0) or relative imports: returns the module (the top-level
// package when fromlist is empty, as IMPORT_NAME expects).
Value import_name(ThreadState& ts, StrObj* name, DictObj* globals, Value fromlist, int level);
// `from module import name` (IMPORT_FROM): the attribute, or the submodule of a package.
Value import_from(ThreadState& ts, Value module, StrObj* name);
// `from module import *` into `target` (the importer's globals or class namespace).
void import_star(ThreadState& ts, DictObj* target, Value module);
// The module object for a fully qualified name, importing it if needed.
Value import_module(ThreadState& ts, const std::string& name);
// Runs a module's code in a fresh module object registered under `name`; `prepare`, if
// given, sets up the module's namespace before its code runs (e.g. __path__).
ModuleObj* exec_module_source(ThreadState& ts, const std::string& name, const std::string& path,
                              const std::string& source, const std::function<void(ModuleObj*)>& prepare = {});

} // namespace gilt
