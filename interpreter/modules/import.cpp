// Importing modules: built-in modules, .py files and packages on sys.path, sys.modules.
#include <fmt/format.h>
#include <sys/stat.h>

#include "modules/modules.hpp"
#include "objects/dict.hpp"
#include "objects/exception.hpp"
#include "objects/list.hpp"
#include "objects/str.hpp"
#include "objects/tuple.hpp"
#include "objects/type.hpp"
#include "vm/errors.hpp"
#include "vm/eval.hpp"
#include "vm/ops.hpp"
#include "vm/source.hpp"

namespace gilt {

namespace {

bool is_file_path(const std::string& p) {
    struct stat st;
    return ::stat(p.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

bool is_dir_path(const std::string& p) {
    struct stat st;
    return ::stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

[[noreturn]] void module_not_found(ThreadState& ts, const std::string& name) {
    Interp& I = ts.interp;
    Value msg = Value::from_obj(new_str(I, fmt::format("No module named '{}'", name)));
    Rooted keep(ts, msg);
    Value exc = call(ts, Value::from_obj(I.exc.ModuleNotFoundError), &msg, 1);
    ExceptionObj* e = as_exception(exc);
    if (!e->dict) e->dict = new_dict(I);
    dict_set_cstr(I, e->dict, "name", Value::from_obj(new_str(I, name)));
    raise(ts, exc);
}

// The directories to search for `name`'s last component: sys.path for top-level
// modules, the parent package's __path__ for submodules.
std::vector<std::string> search_dirs(ThreadState& ts, const std::string& name) {
    Interp& I = ts.interp;
    std::vector<std::string> dirs;
    size_t dot = name.rfind('.');
    Value list;
    if (dot == std::string::npos) {
        list = dict_get_cstr(I, I.sys_module->dict, "path");
    } else {
        Value parent = dict_get_str(I.modules, new_str(I, name.substr(0, dot)));
        if (!is_module(parent)) return dirs;
        list = dict_get_str(parent.as<ModuleObj>()->dict, I.names.__path__);
    }
    if (is_list(list))
        for (Value v : as_list(list)->items)
            if (is_str(v)) dirs.push_back(std::string(as_str(v)->view()));
    return dirs;
}

} // namespace

ModuleObj* exec_module_source(ThreadState& ts, const std::string& name, const std::string& path, const std::string& source) {
    Interp& I = ts.interp;
    ModuleObj* m = new_module(I, name.c_str());
    Rooted keep(ts, Value::from_obj(m));
    dict_set_str(I, m->dict, I.names.__file__, Value::from_obj(new_str(I, path)));
    dict_set_str(I, m->dict, I.names.__builtins__, Value::from_obj(I.builtins_module));
    dict_set_str(I, m->dict, I.names.__spec__, Value::none());
    dict_set_str(I, m->dict, I.names.__loader__, Value::none());
    Value key = Value::from_obj(new_str(I, name));
    Rooted keep_key(ts, key);
    // Registered before running, so circular imports see the partial module.
    dict_set(ts, I.modules, key, Value::from_obj(m));
    try {
        CodeObj* code = compile_or_raise(ts, source, path, CompileMode::File, true, SourceOrigin::File);
        run_code(ts, code, m->dict);
    } catch (const ScriptError&) {
        dict_del(ts, I.modules, key);
        throw;
    }
    // The module may have replaced itself in sys.modules.
    Value final = dict_get(ts, I.modules, key);
    return is_module(final) ? final.as<ModuleObj>() : m;
}

Value import_module(ThreadState& ts, const std::string& name) {
    Interp& I = ts.interp;
    Value key = Value::from_obj(new_str(I, name));
    Rooted keep_key(ts, key);
    Value existing = dict_get(ts, I.modules, key);
    if (!existing.is_null()) {
        if (existing.is_none()) module_not_found(ts, name);
        return existing;
    }
    size_t dot = name.rfind('.');
    if (dot != std::string::npos) {
        // Parents first: importing a.b.c imports a and a.b.
        Rooted parent(ts, import_module(ts, name.substr(0, dot)));
        existing = dict_get(ts, I.modules, key);
        if (!existing.is_null()) return existing;
        if (!is_module(parent) || dict_get_str(parent.get().as<ModuleObj>()->dict, I.names.__path__).is_null()) {
            Value msg = Value::from_obj(new_str(I, fmt::format("No module named '{}'; '{}' is not a package", name, name.substr(0, dot))));
            Rooted km(ts, msg);
            raise(ts, call(ts, Value::from_obj(I.exc.ModuleNotFoundError), &msg, 1));
        }
    } else if (const BuiltinModule* b = find_builtin_module(name)) {
        ModuleObj* m = b->init(I);
        dict_set(ts, I.modules, key, Value::from_obj(m));
        return Value::from_obj(m);
    }
    std::string leaf = dot == std::string::npos ? name : name.substr(dot + 1);
    for (const std::string& dir : search_dirs(ts, name)) {
        std::string base = dir.empty() ? leaf : dir + "/" + leaf;
        std::string path;
        bool package = false;
        if (is_dir_path(base) && is_file_path(base + "/__init__.py")) {
            path = base + "/__init__.py";
            package = true;
        } else if (is_file_path(base + ".py")) {
            path = base + ".py";
        } else {
            continue;
        }
        std::string source;
        int err = 0;
        if (!read_file(path, &source, &err)) raise_fmt(ts, I.exc.ImportError, "cannot read '{}': {}", path, std::strerror(err));
        ModuleObj* m;
        if (package) {
            // A package's __path__ must exist while its __init__ runs (relative imports).
            m = new_module(I, name.c_str());
            Rooted keep(ts, Value::from_obj(m));
            ListObj* p = new_list(I);
            p->items.push_back(Value::from_obj(new_str(I, base)));
            dict_set_str(I, m->dict, I.names.__path__, Value::from_obj(p));
            dict_set_str(I, m->dict, I.names.__package__, key);
            dict_set_str(I, m->dict, I.names.__file__, Value::from_obj(new_str(I, path)));
            dict_set_str(I, m->dict, I.names.__builtins__, Value::from_obj(I.builtins_module));
            dict_set(ts, I.modules, key, Value::from_obj(m));
            try {
                CodeObj* code = compile_or_raise(ts, source, path, CompileMode::File, true, SourceOrigin::File);
                run_code(ts, code, m->dict);
            } catch (const ScriptError&) {
                dict_del(ts, I.modules, key);
                throw;
            }
        } else {
            m = exec_module_source(ts, name, path, source);
            dict_set_str(I, m->dict, I.names.__package__,
                         Value::from_obj(new_str(I, dot == std::string::npos ? "" : name.substr(0, dot))));
        }
        Value result = dict_get(ts, I.modules, key);
        if (dot != std::string::npos) {
            Value parent = dict_get_str(I.modules, new_str(I, name.substr(0, dot)));
            if (is_module(parent)) dict_set_str(I, parent.as<ModuleObj>()->dict, intern(I, leaf), result);
        }
        return result;
    }
    module_not_found(ts, name);
}

Value import_name(ThreadState& ts, StrObj* name_obj, DictObj* globals, Value fromlist, int level) {
    Interp& I = ts.interp;
    std::string name(name_obj->view());
    if (level > 0) {
        Value pkg = dict_get_str(globals, I.names.__package__);
        std::string package;
        if (is_str(pkg) && as_str(pkg)->nbytes) {
            package = std::string(as_str(pkg)->view());
        } else {
            Value mod_name = dict_get_str(globals, I.names.__name__);
            if (!dict_get_str(globals, I.names.__path__).is_null() && is_str(mod_name)) {
                package = std::string(as_str(mod_name)->view());
            } else if (is_str(mod_name)) {
                std::string_view n = as_str(mod_name)->view();
                size_t d = n.rfind('.');
                if (d != std::string_view::npos) package = std::string(n.substr(0, d));
            }
        }
        if (package.empty()) raise_msg(ts, I.exc.ImportError, "attempted relative import with no known parent package");
        for (int l = 1; l < level; ++l) {
            size_t d = package.rfind('.');
            if (d == std::string::npos) raise_msg(ts, I.exc.ImportError, "attempted relative import beyond top-level package");
            package = package.substr(0, d);
        }
        name = name.empty() ? package : package + "." + name;
    } else if (name.empty()) {
        value_error(ts, "Empty module name");
    }
    Rooted module(ts, import_module(ts, name));
    bool has_fromlist = !fromlist.is_null() && !fromlist.is_none() && !(is_tuple(fromlist) && as_tuple(fromlist)->size == 0);
    if (has_fromlist || level > 0) return module;
    size_t dot = name.find('.');
    if (dot == std::string::npos) return module;
    return dict_get(ts, I.modules, Value::from_obj(new_str(I, name.substr(0, dot))));
}

} // namespace gilt
