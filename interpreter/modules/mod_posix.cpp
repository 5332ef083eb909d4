// The posix module: the process and file-system calls that os.py (interpreter/lib) exposes as `os`.
#include <dirent.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstring>
#include <fmt/format.h>

#include "modules/modules.hpp"
#include "objects/dict.hpp"
#include "objects/function.hpp"
#include "objects/list.hpp"
#include "objects/number.hpp"
#include "objects/str.hpp"
#include "objects/tuple.hpp"
#include "objects/type.hpp"
#include "vm/args.hpp"
#include "vm/errors.hpp"
#include "vm/eval.hpp"
#include "vm/ops.hpp"

extern char** environ;

namespace gilt {

namespace {

std::string path_arg(ThreadState& ts, Value v, const char* fname) {
    if (!is_str(v)) type_error(ts, "{}: path should be string, bytes or os.PathLike, not {}", fname, type_name(ts.interp, v));
    return std::string(as_str(v)->view());
}

Value p_getpid(ThreadState& ts, Value*, size_t, TupleObj*) { return make_int(ts.interp, int64_t(getpid())); }
Value p_getppid(ThreadState& ts, Value*, size_t, TupleObj*) { return make_int(ts.interp, int64_t(getppid())); }

Value p_cpu_count(ThreadState& ts, Value*, size_t, TupleObj*) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? make_int(ts.interp, int64_t(n)) : Value::none();
}

Value p_getcwd(ThreadState& ts, Value*, size_t, TupleObj*) {
    char buf[PATH_MAX];
    if (!getcwd(buf, sizeof buf)) raise_os_error(ts, errno);
    return Value::from_obj(new_str(ts.interp, buf));
}

Value p_chdir(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "chdir", kw);
    check_count(ts, "chdir", nargs, 1, 1);
    if (chdir(path_arg(ts, args[0], "chdir").c_str()) != 0) raise_os_error(ts, errno, args[0]);
    return Value::none();
}

Value p_listdir(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "listdir", kw);
    check_count(ts, "listdir", nargs, 0, 1);
    std::string path = nargs ? path_arg(ts, args[0], "listdir") : ".";
    DIR* d = opendir(path.c_str());
    if (!d) raise_os_error(ts, errno, nargs ? args[0] : Value::from_obj(new_str(ts.interp, ".")));
    ListObj* out = new_list(ts.interp);
    Rooted keep(ts, Value::from_obj(out));
    while (dirent* e = readdir(d)) {
        if (!std::strcmp(e->d_name, ".") || !std::strcmp(e->d_name, "..")) continue;
        out->items.push_back(Value::from_obj(new_str(ts.interp, e->d_name)));
    }
    closedir(d);
    return Value::from_obj(out);
}

// (kind, size, mtime) for os.path: kind 0 = missing, 1 = file, 2 = directory, 3 = other.
Value p_stat_kind(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "_stat_kind", kw);
    check_count(ts, "_stat_kind", nargs, 1, 1);
    struct stat st;
    Interp& I = ts.interp;
    if (!is_str(args[0]) || ::stat(std::string(as_str(args[0])->view()).c_str(), &st) != 0)
        return Value::from_obj(new_tuple(I, {Value::from_small(0), Value::from_small(0), make_float(I, 0.0)}));
    int kind = S_ISREG(st.st_mode) ? 1 : S_ISDIR(st.st_mode) ? 2 : 3;
    double mtime = double(st.st_mtim.tv_sec) + double(st.st_mtim.tv_nsec) / 1e9;
    return Value::from_obj(new_tuple(I, {Value::from_small(kind), make_int(I, int64_t(st.st_size)), make_float(I, mtime)}));
}

Value p_remove(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "remove", kw);
    check_count(ts, "remove", nargs, 1, 1);
    if (unlink(path_arg(ts, args[0], "remove").c_str()) != 0) raise_os_error(ts, errno, args[0]);
    return Value::none();
}

Value p_mkdir(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    Args a(ts, "mkdir", args, nargs, kw, {"path", "mode"}, 1);
    int mode = a.has(1) ? int(int_to_int64(ts, a[1])) : 0777;
    if (::mkdir(path_arg(ts, a[0], "mkdir").c_str(), mode_t(mode)) != 0) raise_os_error(ts, errno, a[0]);
    return Value::none();
}

Value p_rmdir(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "rmdir", kw);
    check_count(ts, "rmdir", nargs, 1, 1);
    if (::rmdir(path_arg(ts, args[0], "rmdir").c_str()) != 0) raise_os_error(ts, errno, args[0]);
    return Value::none();
}

Value p_rename(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "rename", kw);
    check_count(ts, "rename", nargs, 2, 2);
    if (::rename(path_arg(ts, args[0], "rename").c_str(), path_arg(ts, args[1], "rename").c_str()) != 0)
        raise_os_error(ts, errno, args[0]);
    return Value::none();
}

Value p_putenv(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "putenv", kw);
    check_count(ts, "putenv", nargs, 2, 2);
    std::string key = path_arg(ts, args[0], "putenv"), value = path_arg(ts, args[1], "putenv");
    if (key.empty() || key.find('=') != std::string::npos) value_error(ts, "illegal environment variable name");
    setenv(key.c_str(), value.c_str(), 1);
    return Value::none();
}

Value p_unsetenv(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "unsetenv", kw);
    check_count(ts, "unsetenv", nargs, 1, 1);
    unsetenv(path_arg(ts, args[0], "unsetenv").c_str());
    return Value::none();
}

Value p_strerror(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "strerror", kw);
    check_count(ts, "strerror", nargs, 1, 1);
    return Value::from_obj(new_str(ts.interp, std::strerror(int(int_to_int64(ts, args[0])))));
}

const MethodDef kPosixFunctions[] = {
    {"getpid", p_getpid},       {"getppid", p_getppid}, {"cpu_count", p_cpu_count},   {"getcwd", p_getcwd},
    {"chdir", p_chdir},         {"listdir", p_listdir}, {"_stat_kind", p_stat_kind}, {"remove", p_remove},
    {"unlink", p_remove},       {"mkdir", p_mkdir},     {"rmdir", p_rmdir},           {"rename", p_rename},
    {"putenv", p_putenv},       {"unsetenv", p_unsetenv}, {"strerror", p_strerror},   {nullptr, nullptr},
};

} // namespace

ModuleObj* init_posix_module(Interp& I) {
    ModuleObj* m = new_module(I, "posix");
    add_functions(I, m->dict, kPosixFunctions, Value::from_obj(intern(I, "posix")));
    // A snapshot of the environment at first import, as CPython's os.environ starts.
    DictObj* env = new_dict(I);
    dict_set_cstr(I, m->dict, "environ", Value::from_obj(env));
    for (char** e = environ; e && *e; ++e) {
        const char* eq = std::strchr(*e, '=');
        if (!eq) continue;
        dict_set_str(I, env, new_str(I, std::string_view(*e, size_t(eq - *e))), Value::from_obj(new_str(I, eq + 1)));
    }
    return m;
}

} // namespace gilt
