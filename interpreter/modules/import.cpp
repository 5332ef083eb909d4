// Importing modules: built-in modules, .py files and packages on sys.path, sys.modules.
#include <fmt/format.h>
#include <sys/stat.h>

#include "modules/frozen.hpp"
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

// Raises ImportError or a subclass with its `name` and `path` attributes set, as
// CPython's import machinery does (path None for a module that was not found).
[[noreturn]] void raise_import_error(ThreadState& ts, TypeObj* type, const std::string& message, Value name, Value path) {
    Interp& I = ts.interp;
    Rooted keep_name(ts, name), keep_path(ts, path);
    Value msg = Value::from_obj(new_str(I, message));
    Rooted keep(ts, msg);
    Value exc = call(ts, Value::from_obj(type), &msg, 1);
    ExceptionObj* e = as_exception(exc);
    if (!e->dict) e->dict = new_dict(I);
    dict_set_cstr(I, e->dict, "name", name.is_null() ? Value::none() : name);
    dict_set_cstr(I, e->dict, "path", path.is_null() ? Value::none() : path);
    raise(ts, exc);
}

[[noreturn]] void module_not_found(ThreadState& ts, const std::string& name, const std::string& message) {
    raise_import_error(ts, ts.interp.exc.ModuleNotFoundError, message, Value::from_obj(new_str(ts.interp, name)), Value());
}

[[noreturn]] void module_not_found(ThreadState& ts, const std::string& name) {
    module_not_found(ts, name, fmt::format("No module named '{}'", name));
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

namespace {

// Runs a module's body in m, registered in sys.modules under `key` first so that a
// circular import sees the partially initialised module. On failure the entry is
// removed again (as CPython does), and the exception propagates with the module's
// frames in its traceback.
void run_module_body(ThreadState& ts, ModuleObj* m, Value key, const std::string& path, const std::string& source) {
    Interp& I = ts.interp;
    dict_set(ts, I.modules, key, Value::from_obj(m));
    m->initializing = true;
    try {
        CodeObj* code = compile_or_raise(ts, source, path, CompileMode::File, true, SourceOrigin::File);
        run_code(ts, code, m->dict);
    } catch (const ScriptError&) {
        m->initializing = false;
        dict_del(ts, I.modules, key);
        throw;
    }
    m->initializing = false;
}

// The attributes every module loaded from a file has before its body runs.
ModuleObj* new_file_module(ThreadState& ts, const std::string& name, const std::string& path, const std::string& package) {
    Interp& I = ts.interp;
    ModuleObj* m = new_module(I, name.c_str());
    Rooted keep(ts, Value::from_obj(m));
    dict_set_str(I, m->dict, I.names.__file__, Value::from_obj(new_str(I, path)));
    dict_set_str(I, m->dict, I.names.__builtins__, Value::from_obj(I.builtins_module));
    dict_set_str(I, m->dict, I.names.__spec__, Value::none());
    dict_set_str(I, m->dict, I.names.__loader__, Value::none());
    dict_set_str(I, m->dict, I.names.__package__, Value::from_obj(new_str(I, package)));
    return m;
}

// A namespace package: no code, __file__ None, __path__ listing its directories.
Value import_namespace_package(ThreadState& ts, const std::string& name, Value key, const std::vector<std::string>& portions) {
    Interp& I = ts.interp;
    ModuleObj* m = new_module(I, name.c_str());
    Rooted keep(ts, Value::from_obj(m));
    ListObj* p = new_list(I);
    dict_set_str(I, m->dict, I.names.__path__, Value::from_obj(p));
    for (const std::string& dir : portions) p->items.push_back(Value::from_obj(new_str(I, dir)));
    dict_set_str(I, m->dict, I.names.__file__, Value::none());
    dict_set_str(I, m->dict, I.names.__package__, key);
    dict_set_str(I, m->dict, I.names.__spec__, Value::none());
    dict_set_str(I, m->dict, I.names.__loader__, Value::none());
    dict_set(ts, I.modules, key, Value::from_obj(m));
    if (size_t dot = name.rfind('.'); dot != std::string::npos) {
        Value parent = dict_get_str(I.modules, new_str(I, name.substr(0, dot)));
        if (is_module(parent)) dict_set_str(I, parent.as<ModuleObj>()->dict, intern(I, name.substr(dot + 1)), Value::from_obj(m));
    }
    return Value::from_obj(m);
}

} // namespace

ModuleObj* exec_module_source(ThreadState& ts, const std::string& name, const std::string& path, const std::string& source,
                              const std::function<void(ModuleObj*)>& prepare) {
    Interp& I = ts.interp;
    size_t dot = name.rfind('.');
    ModuleObj* m = new_file_module(ts, name, path, dot == std::string::npos ? "" : name.substr(0, dot));
    Rooted keep(ts, Value::from_obj(m));
    if (prepare) prepare(m);
    Value key = Value::from_obj(new_str(I, name));
    Rooted keep_key(ts, key);
    run_module_body(ts, m, key, path, source);
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
        if (!is_module(parent) || dict_get_str(parent.get().as<ModuleObj>()->dict, I.names.__path__).is_null())
            module_not_found(ts, name, fmt::format("No module named '{}'; '{}' is not a package", name, name.substr(0, dot)));
    } else if (const BuiltinModule* b = find_builtin_module(name)) {
        ModuleObj* m = b->init(I);
        dict_set(ts, I.modules, key, Value::from_obj(m));
        return Value::from_obj(m);
    }
    if (Value frozen = import_frozen(ts, name); !frozen.is_null()) return frozen;
    std::string leaf = dot == std::string::npos ? name : name.substr(dot + 1);
    // Directories without __init__.py are portions of a namespace package (PEP 420),
    // used only if no regular package or module of that name is found on the path.
    std::vector<std::string> portions;
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
            if (is_dir_path(base)) portions.push_back(base);
            continue;
        }
        std::string source;
        int err = 0;
        if (!read_file(path, &source, &err)) raise_fmt(ts, I.exc.ImportError, "cannot read '{}': {}", path, std::strerror(err));
        if (package) {
            // A package's __path__ must exist while its __init__ runs (relative imports).
            ModuleObj* m = new_file_module(ts, name, path, name);
            Rooted keep(ts, Value::from_obj(m));
            ListObj* p = new_list(I);
            p->items.push_back(Value::from_obj(new_str(I, base)));
            dict_set_str(I, m->dict, I.names.__path__, Value::from_obj(p));
            run_module_body(ts, m, key, path, source);
        } else {
            exec_module_source(ts, name, path, source);
        }
        Value result = dict_get(ts, I.modules, key);
        if (dot != std::string::npos) {
            Value parent = dict_get_str(I.modules, new_str(I, name.substr(0, dot)));
            if (is_module(parent)) dict_set_str(I, parent.as<ModuleObj>()->dict, intern(I, leaf), result);
        }
        return result;
    }
    if (!portions.empty()) return import_namespace_package(ts, name, key, portions);
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

namespace {

// Imports `pkg.name` for `from pkg import name` when the package has no such
// attribute yet. A ModuleNotFoundError for that very submodule means "no such
// name" (null); any other failure, including a missing module that the submodule
// itself imports, propagates.
Value import_submodule_for_from(ThreadState& ts, ModuleObj* pkg, StrObj* name) {
    Interp& I = ts.interp;
    Value pkg_name = dict_get_str(pkg->dict, I.names.__name__);
    if (!is_str(pkg_name)) return Value();
    std::string full = std::string(as_str(pkg_name)->view()) + "." + std::string(name->view());
    Value sub = dict_get_str(I.modules, new_str(I, full));
    if (!sub.is_null()) return sub;
    if (dict_get_str(pkg->dict, I.names.__path__).is_null()) return Value();
    try {
        return import_module(ts, full);
    } catch (const ScriptError&) {
        if (!exception_matches(ts, ts.raised, Value::from_obj(I.exc.ModuleNotFoundError))) throw;
        ExceptionObj* e = as_exception(ts.raised);
        Value missing = e->dict ? dict_get_cstr(I, e->dict, "name") : Value();
        if (!is_str(missing) || as_str(missing)->view() != full) throw;
        ts.raised = Value();
        return Value();
    }
}

} // namespace

Value import_from(ThreadState& ts, Value module, StrObj* name) {
    Interp& I = ts.interp;
    Value v = lookup_attr(ts, module, name);
    if (!v.is_null()) return v;
    if (!is_module(module)) raise_import_error(ts, I.exc.ImportError, fmt::format("cannot import name '{}'", name->view()), Value(), Value());
    ModuleObj* m = module.as<ModuleObj>();
    Value sub = import_submodule_for_from(ts, m, name);
    if (!sub.is_null()) return sub;
    Value file = dict_get_str(m->dict, I.names.__file__);
    std::string mod_name(m->name->view());
    std::string msg;
    if (!is_str(file))
        msg = fmt::format("cannot import name '{}' from '{}' (unknown location)", name->view(), mod_name);
    else if (m->initializing)
        msg = fmt::format("cannot import name '{}' from partially initialized module '{}' (most likely due to a circular import) ({})",
                          name->view(), mod_name, as_str(file)->view());
    else
        msg = fmt::format("cannot import name '{}' from '{}' ({})", name->view(), mod_name, as_str(file)->view());
    raise_import_error(ts, I.exc.ImportError, msg, Value::from_obj(m->name), is_str(file) ? file : Value());
}

void import_star(ThreadState& ts, DictObj* target, Value module) {
    Interp& I = ts.interp;
    if (!is_module(module)) type_error(ts, "import * requires a module");
    ModuleObj* m = module.as<ModuleObj>();
    Value all = dict_get_str(m->dict, I.names.__all__);
    if (!all.is_null()) {
        // __all__ may name submodules of a package that are not imported yet.
        RootedVector names(ts);
        collect_iterable(ts, all, names.items);
        for (Value n : names.items) {
            if (!is_str(n)) type_error(ts, "Item in {}.__all__ must be str, not {}", m->name->view(), type_name(I, n));
            StrObj* key = intern(I, as_str(n));
            Value v = lookup_attr(ts, module, key);
            if (v.is_null()) {
                v = import_submodule_for_from(ts, m, key);
                if (v.is_null()) v = get_attr(ts, module, key); // raises the AttributeError
            }
            dict_set_str(I, target, key, v);
        }
        return;
    }
    uint32_t pos = 0;
    DictEntry* e;
    std::vector<std::pair<Value, Value>> items;
    while (dict_next(m->dict, &pos, &e))
        if (is_str(e->key) && !as_str(e->key)->view().starts_with("_")) items.push_back({e->key, e->value});
    for (auto& [k, v] : items) dict_set_str(I, target, as_str(k), v);
}

} // namespace gilt
