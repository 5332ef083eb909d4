// The table of native modules and the creation of builtins, sys and __main__.
#include <cstring>

#include "modules/modules.hpp"
#include "objects/class.hpp"
#include "objects/dict.hpp"
#include "objects/file.hpp"
#include "objects/str.hpp"
#include "objects/type.hpp"

namespace gilt {

namespace {
// `sys` and `builtins` exist from the start; these are created on first import.
const BuiltinModule kModules[] = {
    {"gc", init_gc_module},
    {"io", init_io_module},
    {"math", init_math_module},
    {"time", init_time_module},
    {"_thread", init_thread_module},
    {"posix", init_posix_module},
    {"gil", init_gil_module},
    {"socket", init_socket_module},
};
} // namespace

const BuiltinModule* find_builtin_module(const std::string& name) {
    for (const BuiltinModule& m : kModules)
        if (name == m.name) return &m;
    return nullptr;
}

void init_builtin_modules(Interp& I) {
    init_class_support(I);
    I.builtins_module = new_module(I, "builtins");
    I.builtins = I.builtins_module->dict;
    init_builtins_functions(I, I.builtins);
    I.modules = new_dict(I);
    I.std_in = Value::from_obj(new_std_file(I, 0, "<stdin>", false));
    I.std_out = Value::from_obj(new_std_file(I, 1, "<stdout>", true));
    I.std_err = Value::from_obj(new_std_file(I, 2, "<stderr>", true));
    I.sys_module = init_sys_module(I);
    dict_set_cstr(I, I.modules, "builtins", Value::from_obj(I.builtins_module));
    dict_set_cstr(I, I.modules, "sys", Value::from_obj(I.sys_module));
    I.main_module = new_module(I, "__main__");
    dict_set_str(I, I.main_module->dict, I.names.__builtins__, Value::from_obj(I.builtins_module));
    dict_set_str(I, I.main_module->dict, I.names.__spec__, Value::none());
    dict_set_str(I, I.main_module->dict, I.names.__loader__, Value::none());
    dict_set_str(I, I.main_module->dict, I.names.__package__, Value::none());
    dict_set_cstr(I, I.modules, "__main__", Value::from_obj(I.main_module));
}

} // namespace gilt
