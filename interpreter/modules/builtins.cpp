// The builtins module: print, len, min/max, sorted, isinstance... and the built-in names.
#include <cmath>
#include <fmt/format.h>
#include <unistd.h>

#include "modules/modules.hpp"
#include "objects/bytes.hpp"
#include "objects/class.hpp"
#include "objects/descr.hpp"
#include "objects/dict.hpp"
#include "objects/exception.hpp"
#include "objects/file.hpp"
#include "objects/function.hpp"
#include "objects/generator.hpp"
#include "objects/iter.hpp"
#include "objects/list.hpp"
#include "objects/number.hpp"
#include "objects/range.hpp"
#include "objects/set.hpp"
#include "objects/str.hpp"
#include "objects/tuple.hpp"
#include "objects/type.hpp"
#include "vm/args.hpp"
#include "vm/blocking.hpp"
#include "vm/dunder.hpp"
#include "vm/errors.hpp"
#include "vm/eval.hpp"
#include "vm/ops.hpp"

namespace gilt {

namespace {

Value sys_attr(Interp& I, const char* name) {
    return I.sys_module ? dict_get_cstr(I, I.sys_module->dict, name) : Value();
}

Value b_print(ThreadState& ts, Value* args, size_t nargs, TupleObj* kwnames) {
    Interp& I = ts.interp;
    Value sep, end, file, flush;
    if (kwnames) {
        for (size_t i = 0; i < kwnames->size; ++i) {
            std::string_view k = as_str(kwnames->items()[i])->view();
            Value v = args[nargs + i];
            if (k == "sep") sep = v;
            else if (k == "end") end = v;
            else if (k == "file") file = v;
            else if (k == "flush") flush = v;
            else type_error(ts, "'{}' is an invalid keyword argument for print()", std::string(k));
        }
    }
    if (!sep.is_null() && !sep.is_none() && !is_str(sep)) type_error(ts, "sep must be None or a string, not {}", type_name(I, sep));
    if (!end.is_null() && !end.is_none() && !is_str(end)) type_error(ts, "end must be None or a string, not {}", type_name(I, end));
    if (file.is_null() || file.is_none()) {
        file = sys_attr(I, "stdout");
        if (file.is_null() || file.is_none()) return Value::none();
    }
    std::string_view sep_text = is_str(sep) ? as_str(sep)->view() : " ";
    std::string_view end_text = is_str(end) ? as_str(end)->view() : "\n";
    Rooted keep_file(ts, file);
    if (is_file(file)) {
        // Fast path: format everything, then one buffered write.
        std::string out;
        for (size_t i = 0; i < nargs; ++i) {
            if (i) out.append(sep_text);
            out.append(to_str(ts, args[i])->view());
        }
        out.append(end_text);
        file_write(ts, file, out);
    } else {
        for (size_t i = 0; i < nargs; ++i) {
            if (i) file_write(ts, file, sep_text);
            file_write(ts, file, to_str(ts, args[i])->view());
        }
        file_write(ts, file, end_text);
    }
    if (!flush.is_null() && truthy(ts, flush)) file_flush(ts, file);
    return Value::none();
}

Value b_len(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "len", kw);
    check_count(ts, "len", nargs, 1, 1);
    return Value::from_small(length(ts, args[0]));
}

Value b_repr(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "repr", kw);
    check_count(ts, "repr", nargs, 1, 1);
    return Value::from_obj(repr(ts, args[0]));
}

Value b_ascii(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "ascii", kw);
    check_count(ts, "ascii", nargs, 1, 1);
    return Value::from_obj(new_str(ts.interp, ascii_escape(repr_string(ts, args[0]))));
}

Value b_abs(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "abs", kw);
    check_count(ts, "abs", nargs, 1, 1);
    Value v = args[0];
    if (is_heap_instance(v)) {
        Value r = call_dunder(ts, v, ts.interp.names.__abs__, nullptr, 0);
        if (!r.is_null()) return r;
        type_error(ts, "bad operand type for abs(): '{}'", type_name(ts.interp, v));
    }
    if (v.is_small()) return make_int(ts.interp, v.small() < 0 ? -v.small() : v.small());
    if (is_int(v)) return make_int(ts.interp, to_bigint(v).abs());
    if (is_float(v)) return make_float(ts.interp, std::fabs(float_value(v)));
    type_error(ts, "bad operand type for abs(): '{}'", type_name(ts.interp, v));
}

Value min_max(ThreadState& ts, Value* args, size_t nargs, TupleObj* kwnames, bool is_max) {
    const char* name = is_max ? "max" : "min";
    Value key, dflt;
    if (kwnames) {
        for (size_t i = 0; i < kwnames->size; ++i) {
            std::string_view k = as_str(kwnames->items()[i])->view();
            if (k == "key") key = args[nargs + i];
            else if (k == "default") dflt = args[nargs + i];
            else type_error(ts, "'{}' is an invalid keyword argument for {}()", std::string(k), name);
        }
    }
    if (nargs == 0) type_error(ts, "{} expected at least 1 argument, got 0", name);
    RootedVector items(ts);
    if (nargs == 1) {
        collect_iterable(ts, args[0], items.items);
    } else {
        if (!dflt.is_null()) type_error(ts, "Cannot specify a default for {}() with multiple positional arguments", name);
        items.items.assign(args, args + nargs);
    }
    if (items.items.empty()) {
        if (!dflt.is_null()) return dflt;
        value_error(ts, "{}() arg is an empty sequence", name);
    }
    bool use_key = !key.is_null() && !key.is_none();
    Rooted best(ts, items.items[0]);
    Rooted best_key(ts, use_key ? call1(ts, key, best) : best.get());
    CompareOp op = is_max ? CompareOp::Gt : CompareOp::Lt;
    for (size_t i = 1; i < items.items.size(); ++i) {
        Value v = items.items[i];
        Rooted k(ts, use_key ? call1(ts, key, v) : v);
        if (compare_bool(ts, op, k, best_key)) {
            best = v;
            best_key = k.get();
        }
    }
    return best;
}
Value b_min(ThreadState& ts, Value* a, size_t n, TupleObj* k) { return min_max(ts, a, n, k, false); }
Value b_max(ThreadState& ts, Value* a, size_t n, TupleObj* k) { return min_max(ts, a, n, k, true); }

Value b_sum(ThreadState& ts, Value* args, size_t nargs, TupleObj* kwnames) {
    Args a(ts, "sum", args, nargs, kwnames, {"iterable", "start"}, 1, 1);
    Interp& I = ts.interp;
    Rooted acc(ts, a.get(1, Value::from_small(0)));
    if (is_str(acc)) type_error(ts, "sum() can't sum strings [use ''.join(seq) instead]");
    if (is_bytes(acc)) type_error(ts, "sum() can't sum bytes [use b''.join(seq) instead]");
    if (is_bytearray(acc)) type_error(ts, "sum() can't sum bytearray [use b''.join(seq) instead]");
    Rooted it(ts, get_iter(ts, a[0]));
    // Fast path for machine ints, then floats, as CPython does.
    int64_t isum = 0;
    bool int_mode = acc.get().is_small();
    if (int_mode) isum = acc.get().small();
    for (;;) {
        Value v = iter_next(ts, it);
        if (v.is_null()) break;
        if (int_mode && v.is_small()) {
            int64_t r;
            if (!__builtin_add_overflow(isum, v.small(), &r) && Value::fits_small(r)) {
                isum = r;
                continue;
            }
        }
        if (int_mode) {
            acc = make_int(I, isum);
            int_mode = false;
        }
        Rooted kv(ts, v);
        if (acc.get().is_flonum() && v.is_flonum()) {
            acc = make_float(I, acc.get().flonum() + v.flonum());
            continue;
        }
        acc = binary_op(ts, BinaryOp::Add, acc, v);
        if (acc.get().is_small()) {
            int_mode = true;
            isum = acc.get().small();
        }
    }
    if (int_mode) return make_int(I, isum);
    return acc;
}

Value b_sorted(ThreadState& ts, Value* args, size_t nargs, TupleObj* kwnames) {
    if (nargs != 1) type_error(ts, "sorted expected 1 argument, got {}", nargs);
    Args a(ts, "sort", args + 1, 0, kwnames, {"key", "reverse"}, 0);
    ListObj* l = new_list(ts.interp);
    Rooted keep(ts, Value::from_obj(l));
    collect_iterable(ts, args[0], l->items);
    list_sort(ts, l, a[0], a.has(1) && truthy(ts, a[1]));
    return Value::from_obj(l);
}

Value b_any(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "any", kw);
    check_count(ts, "any", nargs, 1, 1);
    Rooted it(ts, get_iter(ts, args[0]));
    for (;;) {
        Value v = iter_next(ts, it);
        if (v.is_null()) return Value::false_();
        if (truthy(ts, v)) return Value::true_();
    }
}

Value b_all(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "all", kw);
    check_count(ts, "all", nargs, 1, 1);
    Rooted it(ts, get_iter(ts, args[0]));
    for (;;) {
        Value v = iter_next(ts, it);
        if (v.is_null()) return Value::true_();
        if (!truthy(ts, v)) return Value::false_();
    }
}

Value b_round(ThreadState& ts, Value* args, size_t nargs, TupleObj* kwnames) {
    Args a(ts, "round", args, nargs, kwnames, {"number", "ndigits"}, 1);
    Value v = a[0];
    Value m = lookup_attr(ts, Value::from_obj(type_of(ts.interp, v)), ts.interp.names.__round__);
    if (m.is_null()) type_error(ts, "type {} doesn't define __round__ method", type_name(ts.interp, v));
    if (!a.has(1) || a[1].is_none()) return call1(ts, m, v);
    return call2(ts, m, v, a[1]);
}

Value b_divmod(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "divmod", kw);
    check_count(ts, "divmod", nargs, 2, 2);
    return binary_op(ts, BinaryOp::DivMod, args[0], args[1]);
}

Value b_pow(ThreadState& ts, Value* args, size_t nargs, TupleObj* kwnames) {
    Args a(ts, "pow", args, nargs, kwnames, {"base", "exp", "mod"}, 2);
    if (!a.has(2) || a[2].is_none()) return binary_op(ts, BinaryOp::Pow, a[0], a[1]);
    if (is_heap_instance(a[0])) {
        // Three-argument pow goes to the base's __pow__(exp, mod) only (never __rpow__).
        Value rest[2] = {a[1], a[2]};
        Value r = call_dunder(ts, a[0], ts.interp.names.binop[size_t(BinaryOp::Pow)][0], rest, 2);
        if (!r.is_null() && r != Value::not_implemented()) return r;
        if (!is_int(a[0]))
            type_error(ts, "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'", type_name(ts.interp, a[0]),
                       type_name(ts.interp, a[1]), type_name(ts.interp, a[2]));
    }
    if (!is_int(a[0]) || !is_int(a[1]) || !is_int(a[2]))
        type_error(ts, "pow() 3rd argument not allowed unless all arguments are integers");
    try {
        return make_int(ts.interp, BigInt::pow_mod(to_bigint(a[0]), to_bigint(a[1]), to_bigint(a[2])));
    } catch (const NumericError& e) {
        raise_msg(ts, e.kind == NumericError::Kind::ZeroDivision ? ts.interp.exc.ZeroDivisionError : ts.interp.exc.ValueError, e.what());
    }
}

Value b_hash(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "hash", kw);
    check_count(ts, "hash", nargs, 1, 1);
    return make_int(ts.interp, hash_value(ts, args[0]));
}

Value b_id(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "id", kw);
    check_count(ts, "id", nargs, 1, 1);
    return make_int(ts.interp, BigInt(args[0].bits()));
}

Value b_iter(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "iter", kw);
    check_count(ts, "iter", nargs, 1, 2);
    if (nargs == 1) return get_iter(ts, args[0]);
    if (!callable(ts, args[0])) type_error(ts, "iter(v, w): v must be callable");
    return Value::from_obj(ts.interp.heap.make<CallIterObj>(ts.interp.types.callable_iterator, args[0], args[1]));
}

Value b_next(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "next", kw);
    check_count(ts, "next", nargs, 1, 2);
    Value it = args[0];
    TypeObj* t = type_of(ts.interp, it);
    bool is_iterator = (it.is_obj() && it.obj()->kind >= ObjKind::SeqIter && it.obj()->kind <= ObjKind::Generator) ||
                       is_file(it) || !type_lookup(t, ts.interp.names.__next__).is_null();
    if (!is_iterator) type_error(ts, "'{}' object is not an iterator", type_name(ts.interp, it));
    if (is_generator(it) || is_heap_instance(it)) {
        // Preserve the StopIteration value/type semantics of user iterators.
        if (nargs == 1) return call_method(ts, it, ts.interp.names.__next__, nullptr, 0);
    }
    Value v = iter_next(ts, it);
    if (!v.is_null()) return v;
    if (nargs == 2) return args[1];
    stop_iteration(ts, Value());
}

bool isinstance_check(ThreadState& ts, Value obj, Value cls, const char* fname) {
    if (is_tuple(cls)) {
        for (Value c : *as_tuple(cls))
            if (isinstance_check(ts, obj, c, fname)) return true;
        return false;
    }
    if (!is_type(cls)) {
        if (std::string_view(fname) == "isinstance")
            type_error(ts, "isinstance() arg 2 must be a type, a tuple of types, or a union");
        type_error(ts, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }
    if (std::string_view(fname) == "isinstance") return isinstance(ts.interp, obj, as_type(cls));
    return is_subtype(as_type(obj), as_type(cls));
}

Value b_isinstance(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "isinstance", kw);
    check_count(ts, "isinstance", nargs, 2, 2);
    return Value::boolean(isinstance_check(ts, args[0], args[1], "isinstance"));
}

Value b_issubclass(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "issubclass", kw);
    check_count(ts, "issubclass", nargs, 2, 2);
    if (!is_type(args[0])) type_error(ts, "issubclass() arg 1 must be a class");
    return Value::boolean(isinstance_check(ts, args[0], args[1], "issubclass"));
}

StrObj* attr_name(ThreadState& ts, Value v, const char* fname) {
    if (!is_str(v)) {
        if (std::string_view(fname) == "getattr" || std::string_view(fname) == "hasattr")
            type_error(ts, "attribute name must be string, not '{}'", type_name(ts.interp, v));
        type_error(ts, "attribute name must be string, not '{}'", type_name(ts.interp, v));
    }
    return intern(ts.interp, as_str(v));
}

Value b_getattr(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "getattr", kw);
    check_count(ts, "getattr", nargs, 2, 3);
    StrObj* name = attr_name(ts, args[1], "getattr");
    if (nargs == 2) return get_attr(ts, args[0], name);
    Value v = lookup_attr(ts, args[0], name);
    return v.is_null() ? args[2] : v;
}

Value b_setattr(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "setattr", kw);
    check_count(ts, "setattr", nargs, 3, 3);
    set_attr(ts, args[0], attr_name(ts, args[1], "setattr"), args[2]);
    return Value::none();
}

Value b_delattr(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "delattr", kw);
    check_count(ts, "delattr", nargs, 2, 2);
    del_attr(ts, args[0], attr_name(ts, args[1], "delattr"));
    return Value::none();
}

Value b_hasattr(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "hasattr", kw);
    check_count(ts, "hasattr", nargs, 2, 2);
    return Value::boolean(!lookup_attr(ts, args[0], attr_name(ts, args[1], "hasattr")).is_null());
}

Value b_callable(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "callable", kw);
    check_count(ts, "callable", nargs, 1, 1);
    return Value::boolean(callable(ts, args[0]));
}

Value b_ord(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "ord", kw);
    check_count(ts, "ord", nargs, 1, 1);
    Value v = args[0];
    if (is_str(v)) {
        StrObj* s = as_str(v);
        if (s->nchars != 1) type_error(ts, "ord() expected a character, but string of length {} found", s->nchars);
        size_t i = 0;
        return Value::from_small(utf8_decode(s->view(), i));
    }
    if (is_byteslike(v)) {
        std::string_view b = bytes_view(v);
        if (b.size() != 1) type_error(ts, "ord() expected a character, but string of length {} found", b.size());
        return Value::from_small((unsigned char)b[0]);
    }
    type_error(ts, "ord() expected string of length 1, but {} found", type_name(ts.interp, v));
}

Value b_chr(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "chr", kw);
    check_count(ts, "chr", nargs, 1, 1);
    if (is_float(args[0])) type_error(ts, "'float' object cannot be interpreted as an integer");
    Value i = index_value(ts, args[0]);
    if (!i.is_small() || i.small() < 0 || i.small() > 0x10FFFF) value_error(ts, "chr() arg not in range(0x110000)");
    return Value::from_obj(str_from_codepoint(ts.interp, uint32_t(i.small())));
}

Value base_repr(ThreadState& ts, Value v, int base, const char* prefix, const char* fname) {
    (void)fname;
    Value i = index_value(ts, v);
    BigInt b = to_bigint(i);
    std::string digits = b.abs().to_string(base);
    return Value::from_obj(new_str(ts.interp, std::string(b.is_negative() ? "-" : "") + prefix + digits));
}
Value b_hex(ThreadState& ts, Value* a, size_t n, TupleObj* k) {
    no_keywords(ts, "hex", k);
    check_count(ts, "hex", n, 1, 1);
    return base_repr(ts, a[0], 16, "0x", "hex");
}
Value b_oct(ThreadState& ts, Value* a, size_t n, TupleObj* k) {
    no_keywords(ts, "oct", k);
    check_count(ts, "oct", n, 1, 1);
    return base_repr(ts, a[0], 8, "0o", "oct");
}
Value b_bin(ThreadState& ts, Value* a, size_t n, TupleObj* k) {
    no_keywords(ts, "bin", k);
    check_count(ts, "bin", n, 1, 1);
    return base_repr(ts, a[0], 2, "0b", "bin");
}

Value b_format(ThreadState& ts, Value* args, size_t nargs, TupleObj* kwnames) {
    Args a(ts, "format", args, nargs, kwnames, {"value", "format_spec"}, 1, 2);
    StrObj* spec = ts.interp.empty_str;
    if (a.has(1)) {
        if (!is_str(a[1])) type_error(ts, "format() argument 2 must be str, not {}", type_name(ts.interp, a[1]));
        spec = as_str(a[1]);
    }
    return Value::from_obj(format_value(ts, a[0], spec));
}

Value b_input(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "input", kw);
    check_count(ts, "input", nargs, 0, 1);
    Interp& I = ts.interp;
    Rooted out(ts, sys_attr(I, "stdout"));
    Rooted in(ts, sys_attr(I, "stdin"));
    if (nargs == 1) {
        file_write(ts, out, to_str(ts, args[0])->view());
    }
    file_flush(ts, out);
    Value line = call_method(ts, in, I.names.readline, nullptr, 0);
    if (!is_str(line)) type_error(ts, "object.readline() returned non-string");
    std::string_view v = as_str(line)->view();
    if (v.empty()) raise_msg(ts, I.exc.EOFError, "EOF when reading a line");
    if (v.back() == '\n') v.remove_suffix(1);
    return Value::from_obj(new_str(I, v));
}

Value b_open(ThreadState& ts, Value* args, size_t nargs, TupleObj* kwnames) { return open_file(ts, args, nargs, kwnames); }

Value b_vars(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "vars", kw);
    check_count(ts, "vars", nargs, 0, 1);
    if (nargs == 0) {
        Frame* f = ts.frame;
        if (!f) return Value::from_obj(ts.interp.main_module->dict);
        return Value::from_obj(f->locals_dict ? f->locals_dict : f->globals);
    }
    Value d = lookup_attr(ts, args[0], ts.interp.names.__dict__);
    if (d.is_null()) type_error(ts, "vars() argument must have __dict__ attribute");
    return d;
}

Value b_dir(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "dir", kw);
    check_count(ts, "dir", nargs, 0, 1);
    if (nargs == 0) {
        Frame* f = ts.frame;
        DictObj* d = f ? (f->locals_dict ? f->locals_dict : f->globals) : ts.interp.main_module->dict;
        ListObj* l = new_list(ts.interp);
        Rooted keep(ts, Value::from_obj(l));
        uint32_t pos = 0;
        DictEntry* e;
        while (dict_next(d, &pos, &e)) l->items.push_back(e->key);
        list_sort(ts, l, Value(), false);
        return Value::from_obj(l);
    }
    Value r = call_method(ts, args[0], intern(ts.interp, "__dir__"), nullptr, 0);
    ListObj* l = new_list(ts.interp);
    Rooted keep(ts, Value::from_obj(l));
    Rooted keep_r(ts, r);
    collect_iterable(ts, r, l->items);
    list_sort(ts, l, Value(), false);
    return Value::from_obj(l);
}

Value b_globals(ThreadState& ts, Value*, size_t nargs, TupleObj*) {
    check_count(ts, "globals", nargs, 0, 0);
    Frame* f = ts.frame;
    return Value::from_obj(f ? f->globals : ts.interp.main_module->dict);
}

Value b_locals(ThreadState& ts, Value*, size_t nargs, TupleObj*) {
    check_count(ts, "locals", nargs, 0, 0);
    Frame* f = ts.frame;
    if (!f) return Value::from_obj(ts.interp.main_module->dict);
    if (f->locals_dict) return Value::from_obj(f->locals_dict);
    if (f->code->flags & CodeObj::kModule) return Value::from_obj(f->globals);
    // A snapshot of the function's locals, as CPython's locals() gives.
    DictObj* d = new_dict(ts.interp);
    for (uint32_t i = 0; i < f->code->nlocalsplus; ++i) {
        Value v = f->locals[i];
        if (is_kind(v, ObjKind::Cell) && (f->code->slot_kinds[i] & (CodeObj::kCell | CodeObj::kFree))) v = v.as<CellObj>()->value;
        if (!v.is_unbound() && !v.is_null()) dict_set_str(ts.interp, d, f->code->slot_names[i], v);
    }
    return Value::from_obj(d);
}

Value b_import(ThreadState& ts, Value* args, size_t nargs, TupleObj* kwnames) {
    Args a(ts, "__import__", args, nargs, kwnames, {"name", "globals", "locals", "fromlist", "level"}, 1);
    StrObj* name = arg_str(ts, a[0], "__import__", "argument 1");
    DictObj* globals = a.has(1) && is_dict(a[1]) ? as_dict(a[1]) : (ts.frame ? ts.frame->globals : ts.interp.main_module->dict);
    int level = a.has(4) ? int(index_int64(ts, a[4])) : 0;
    return import_name(ts, intern(ts.interp, name), globals, a.get(3, Value::none()), level);
}

Value b_build_class(ThreadState& ts, Value* args, size_t nargs, TupleObj* kwnames) { return build_class(ts, args, nargs, kwnames); }

Value b_exit(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    Value code = nargs ? args[0] : Value::none();
    raise(ts, call(ts, Value::from_obj(ts.interp.exc.SystemExit), &code, 1));
}

// exec/eval/compile of source strings are outside the language subset (the host API
// has them); say so clearly instead of misbehaving.
Value b_unsupported_eval(ThreadState& ts, Value*, size_t, TupleObj*) {
    raise_msg(ts, ts.interp.exc.NotImplementedError, "exec(), eval() and compile() of source strings are not supported in gilt scripts");
}

const MethodDef kBuiltins[] = {
    {"print", b_print},       {"len", b_len},           {"repr", b_repr},         {"ascii", b_ascii},
    {"abs", b_abs},           {"min", b_min},           {"max", b_max},           {"sum", b_sum},
    {"sorted", b_sorted},     {"any", b_any},           {"all", b_all},           {"round", b_round},
    {"divmod", b_divmod},     {"pow", b_pow},           {"hash", b_hash},         {"id", b_id},
    {"iter", b_iter},         {"next", b_next},         {"isinstance", b_isinstance}, {"issubclass", b_issubclass},
    {"getattr", b_getattr},   {"setattr", b_setattr},   {"delattr", b_delattr},   {"hasattr", b_hasattr},
    {"callable", b_callable}, {"ord", b_ord},           {"chr", b_chr},           {"hex", b_hex},
    {"oct", b_oct},           {"bin", b_bin},           {"format", b_format},     {"input", b_input},
    {"open", b_open},         {"vars", b_vars},         {"dir", b_dir},           {"globals", b_globals},
    {"locals", b_locals},     {"__import__", b_import}, {"__build_class__", b_build_class},
    {"exit", b_exit},         {"quit", b_exit},         {"exec", b_unsupported_eval}, {"eval", b_unsupported_eval},
    {"compile", b_unsupported_eval},
    {nullptr, nullptr},
};

} // namespace

void init_builtins_functions(Interp& I, DictObj* ns) {
    add_functions(I, ns, kBuiltins, Value::from_obj(intern(I, "builtins")));
    BuiltinTypes& t = I.types;
    struct Named {
        const char* name;
        TypeObj* type;
    };
    for (Named n : {Named{"object", t.object}, Named{"type", t.type}, Named{"int", t.int_}, Named{"bool", t.bool_},
                    Named{"float", t.float_}, Named{"str", t.str}, Named{"bytes", t.bytes}, Named{"bytearray", t.bytearray},
                    Named{"list", t.list}, Named{"tuple", t.tuple}, Named{"dict", t.dict}, Named{"set", t.set},
                    Named{"frozenset", t.frozenset}, Named{"range", t.range}, Named{"slice", t.slice},
                    Named{"enumerate", t.enumerate}, Named{"zip", t.zip}, Named{"map", t.map}, Named{"filter", t.filter},
                    Named{"reversed", t.reversed}, Named{"property", t.property}, Named{"staticmethod", t.staticmethod},
                    Named{"classmethod", t.classmethod}, Named{"super", t.super}})
        dict_set_cstr(I, ns, n.name, Value::from_obj(n.type));
    // Every built-in exception class, by its own name.
    const TypeObj* const* excs = reinterpret_cast<const TypeObj* const*>(&I.exc);
    for (size_t i = 0; i < sizeof(I.exc) / sizeof(TypeObj*); ++i) {
        TypeObj* e = const_cast<TypeObj*>(excs[i]);
        if (e) dict_set_str(I, ns, e->name, Value::from_obj(e));
    }
    dict_set_cstr(I, ns, "EnvironmentError", Value::from_obj(I.exc.OSError));
    dict_set_cstr(I, ns, "IOError", Value::from_obj(I.exc.OSError));
    dict_set_cstr(I, ns, "Ellipsis", Value::ellipsis());
    dict_set_cstr(I, ns, "NotImplemented", Value::not_implemented());
    dict_set_cstr(I, ns, "__debug__", Value::true_());
    dict_set_cstr(I, ns, "__name__", Value::from_obj(intern(I, "builtins")));
    dict_set_cstr(I, ns, "__doc__", Value::none());
}

} // namespace gilt
