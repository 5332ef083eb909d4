// gilt's modules written in Python (interpreter/lib), compiled into the binary and imported like built-in ones.
#include "modules/frozen.hpp"

#include "modules/modules.hpp"
#include "objects/dict.hpp"
#include "objects/list.hpp"
#include "objects/str.hpp"
#include "objects/type.hpp"

namespace gilt {

const FrozenModule* find_frozen_module(const std::string& name) {
    for (const FrozenModule* m = kFrozenModules; m->name; ++m)
        if (name == m->name) return m;
    return nullptr;
}

Value import_frozen(ThreadState& ts, const std::string& name) {
    const FrozenModule* f = find_frozen_module(name);
    if (!f) return Value();
    Interp& I = ts.interp;
    std::string filename = "<frozen " + name + ">";
    ModuleObj* m = exec_module_source(ts, name, filename, f->source, [&](ModuleObj* mod) {
        size_t dot = name.rfind('.');
        if (f->is_package) {
            // Submodules of an embedded package are embedded too: the search path is empty.
            dict_set_str(I, mod->dict, I.names.__path__, Value::from_obj(new_list(I)));
            dict_set_str(I, mod->dict, I.names.__package__, Value::from_obj(new_str(I, name)));
        } else {
            dict_set_str(I, mod->dict, I.names.__package__,
                         Value::from_obj(new_str(I, dot == std::string::npos ? "" : name.substr(0, dot))));
        }
    });
    Value result = dict_get_str(I.modules, new_str(I, name));
    if (result.is_null()) result = Value::from_obj(m);
    // `import a.b` makes b an attribute of a, as for modules on disk.
    if (size_t dot = name.rfind('.'); dot != std::string::npos) {
        Value parent = dict_get_str(I.modules, new_str(I, name.substr(0, dot)));
        if (is_module(parent)) dict_set_str(I, parent.as<ModuleObj>()->dict, intern(I, name.substr(dot + 1)), result);
    }
    return result;
}

} // namespace gilt
