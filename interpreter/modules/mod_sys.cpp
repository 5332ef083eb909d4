// The sys module: argv, path, modules, exit, recursion limit, switch interval, std streams.
#include <fmt/format.h>

#include "modules/modules.hpp"
#include "runtime/gil.hpp"
#include "objects/descr.hpp"
#include "objects/dict.hpp"
#include "objects/exception.hpp"
#include "objects/file.hpp"
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

#ifndef GILT_VERSION
#define GILT_VERSION "0.1.0"
#endif

namespace gilt {

namespace {

Value s_exit(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "exit", kw);
    check_count(ts, "exit", nargs, 0, 1);
    Value code = nargs ? args[0] : Value::none();
    raise(ts, call(ts, Value::from_obj(ts.interp.exc.SystemExit), &code, 1));
}

Value s_getrecursionlimit(ThreadState& ts, Value*, size_t, TupleObj*) {
    return Value::from_small(ts.interp.config.recursion_limit);
}

Value s_setrecursionlimit(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "setrecursionlimit", kw);
    check_count(ts, "setrecursionlimit", nargs, 1, 1);
    if (is_float(args[0])) type_error(ts, "'float' object cannot be interpreted as an integer");
    int64_t n = index_int64(ts, args[0]);
    if (n < 1) value_error(ts, "recursion limit must be greater or equal than 1");
    if (n <= ts.depth)
        raise_fmt(ts, ts.interp.exc.RecursionError,
                  "cannot set the recursion limit to {} at the recursion depth {}: the limit is too low", n, ts.depth);
    ts.interp.config.recursion_limit = int(std::min<int64_t>(n, 1 << 30));
    return Value::none();
}

// The switch interval belongs to the process's GIL and is stored, as CPython stores it,
// in whole microseconds: setswitchinterval(1e-7) reads back as 0.0.
Value s_getswitchinterval(ThreadState& ts, Value*, size_t, TupleObj*) {
    return make_float(ts.interp, 1e-6 * double(Gil::process().switch_interval_us()));
}

Value s_setswitchinterval(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "setswitchinterval", kw);
    check_count(ts, "setswitchinterval", nargs, 1, 1);
    double d;
    if (!to_double(ts, args[0], &d)) type_error(ts, "must be real number, not {}", type_name(ts.interp, args[0]));
    if (d <= 0) value_error(ts, "switch interval must be strictly positive");
    Gil::process().set_switch_interval_us(d * 1e6 >= 9.2e18 ? INT64_MAX : int64_t(d * 1e6));
    return Value::none();
}

Value s_exc_info(ThreadState& ts, Value*, size_t, TupleObj*) {
    Value e = handled_exception(ts);
    if (!is_exception(e)) return Value::from_obj(new_tuple(ts.interp, {Value::none(), Value::none(), Value::none()}));
    return Value::from_obj(new_tuple(ts.interp, {Value::from_obj(type_of(ts.interp, e)), e, as_exception(e)->traceback}));
}

Value s_exception(ThreadState& ts, Value*, size_t, TupleObj*) {
    return handled_exception(ts);
}

Value s_get_int_max_str_digits(ThreadState& ts, Value*, size_t, TupleObj*) {
    return Value::from_small(ts.interp.config.int_max_str_digits);
}

Value s_set_int_max_str_digits(ThreadState& ts, Value* args, size_t nargs, TupleObj* kwnames) {
    Args a(ts, "set_int_max_str_digits", args, nargs, kwnames, {"maxdigits"}, 1);
    int64_t n = index_int64(ts, a[0]);
    if (n != 0 && n < BigInt::kMaxStrDigitsThreshold) value_error(ts, "maxdigits must be 0 or larger than 640");
    ts.interp.config.int_max_str_digits = n;
    return Value::none();
}

Value s_intern(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    check_count(ts, "intern", nargs, 1, 1);
    if (!is_str(args[0])) type_error(ts, "intern() argument must be str, not {}", type_name(ts.interp, args[0]));
    return Value::from_obj(intern(ts.interp, as_str(args[0])));
}

Value s_getsizeof(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    check_count(ts, "getsizeof", nargs, 1, 2);
    Value v = args[0];
    if (!v.is_obj()) return Value::from_small(8);
    return Value::from_small(int64_t(v.obj()->alloc_size));
}

Value s_getdefaultencoding(ThreadState& ts, Value*, size_t, TupleObj*) { return Value::from_obj(new_str(ts.interp, "utf-8")); }

const MethodDef kSys[] = {
    {"exit", s_exit},
    {"getrecursionlimit", s_getrecursionlimit},
    {"setrecursionlimit", s_setrecursionlimit},
    {"getswitchinterval", s_getswitchinterval},
    {"setswitchinterval", s_setswitchinterval},
    {"exc_info", s_exc_info},
    {"exception", s_exception},
    {"get_int_max_str_digits", s_get_int_max_str_digits},
    {"set_int_max_str_digits", s_set_int_max_str_digits},
    {"intern", s_intern},
    {"getsizeof", s_getsizeof},
    {"getdefaultencoding", s_getdefaultencoding},
    {nullptr, nullptr},
};

// sys.version_info: a tuple whose items also have names.
Value vi_item(ThreadState&, Value self, size_t i) { return as_tuple(self)->items()[i]; }
Value vi_major(ThreadState& ts, Value self) { return vi_item(ts, self, 0); }
Value vi_minor(ThreadState& ts, Value self) { return vi_item(ts, self, 1); }
Value vi_micro(ThreadState& ts, Value self) { return vi_item(ts, self, 2); }
Value vi_releaselevel(ThreadState& ts, Value self) { return vi_item(ts, self, 3); }
Value vi_serial(ThreadState& ts, Value self) { return vi_item(ts, self, 4); }

TypeObj* version_info_type(Interp& I) {
    TypeObj* t = new_builtin_type(I, "version_info", ObjKind::Tuple, I.types.tuple, 0);
    t->module = Value::from_obj(intern(I, "sys"));
    add_getset(I, t, "major", vi_major);
    add_getset(I, t, "minor", vi_minor);
    add_getset(I, t, "micro", vi_micro);
    add_getset(I, t, "releaselevel", vi_releaselevel);
    add_getset(I, t, "serial", vi_serial);
    return t;
}

} // namespace

ModuleObj* init_sys_module(Interp& I) {
    ModuleObj* m = new_module(I, "sys");
    DictObj* d = m->dict;
    Value name = Value::from_obj(intern(I, "sys"));
    add_functions(I, d, kSys, name);
    auto set = [&](const char* key, Value v) { dict_set_cstr(I, d, key, v); };
    ListObj* argv = new_list(I);
    for (const std::string& a : I.argv) argv->items.push_back(Value::from_obj(new_str(I, a)));
    set("argv", Value::from_obj(argv));
    ListObj* path = new_list(I);
    for (const std::string& p : I.path) path->items.push_back(Value::from_obj(new_str(I, p)));
    set("path", Value::from_obj(path));
    set("modules", Value::from_obj(I.modules));
    set("platform", Value::from_obj(new_str(I, "linux")));
    set("byteorder", Value::from_obj(new_str(I, "little")));
    set("executable", Value::from_obj(new_str(I, I.executable)));
    set("version", Value::from_obj(new_str(I, "3.11.7 (gilt " GILT_VERSION ")")));
    set("maxsize", make_int(I, BigInt(int64_t(INT64_MAX))));
    set("maxunicode", Value::from_small(0x10FFFF));
    set("stdin", I.std_in);
    set("stdout", I.std_out);
    set("stderr", I.std_err);
    set("__stdin__", I.std_in);
    set("__stdout__", I.std_out);
    set("__stderr__", I.std_err);
    set("dont_write_bytecode", Value::true_());
    Value vi[5] = {Value::from_small(3), Value::from_small(11), Value::from_small(7), Value::from_obj(new_str(I, "final")),
                   Value::from_small(0)};
    TupleObj* version_info = new_tuple(I, vi, 5);
    version_info->type = version_info_type(I);
    set("version_info", Value::from_obj(version_info));
    DictObj* impl = new_dict(I);
    dict_set_cstr(I, impl, "name", Value::from_obj(new_str(I, "gilt")));
    set("implementation_info", Value::from_obj(impl));
    return m;
}

} // namespace gilt
