// The math module: constants, float functions with CPython's domain/range errors, integer math.
#include <cerrno>
#include <cfenv>
#include <cmath>
#include <fmt/format.h>
#include <vector>

#include "modules/modules.hpp"
#include "objects/dict.hpp"
#include "objects/function.hpp"
#include "objects/list.hpp"
#include "objects/number.hpp"
#include "objects/str.hpp"
#include "objects/tuple.hpp"
#include "objects/type.hpp"
#include "vm/args.hpp"
#include "vm/dunder.hpp"
#include "vm/errors.hpp"
#include "vm/eval.hpp"
#include "vm/ops.hpp"

namespace gilt {

namespace {

double num(ThreadState& ts, Value v) {
    double d;
    if (to_double(ts, v, &d)) return d;
    if (is_heap_instance(v)) {
        Value r = call_dunder(ts, v, ts.interp.names.__float__, nullptr, 0);
        if (!r.is_null() && is_float(r)) return float_value(r);
    }
    type_error(ts, "must be real number, not {}", type_name(ts.interp, v));
}

[[noreturn]] void domain_error(ThreadState& ts) { value_error(ts, "math domain error"); }
[[noreturn]] void range_error(ThreadState& ts) { raise_msg(ts, ts.interp.exc.OverflowError, "math range error"); }

// Applies a libm function with CPython's error conventions: NaN from a non-NaN input
// is a domain error, infinity from a finite input is a range error (unless the function
// legitimately reaches infinity only through overflow handling, e.g. exp).
Value unary(ThreadState& ts, Value* args, size_t nargs, const char* name, double (*fn)(double), bool can_overflow = true) {
    check_count(ts, name, nargs, 1, 1);
    double x = num(ts, args[0]);
    errno = 0;
    double r = fn(x);
    if (std::isnan(r) && !std::isnan(x)) domain_error(ts);
    if (std::isinf(r) && std::isfinite(x)) {
        if (can_overflow) range_error(ts);
        domain_error(ts);
    }
    return make_float(ts.interp, r);
}

#define UNARY(pyname, cfn, overflow)                                                 \
    Value m_##pyname(ThreadState& ts, Value* a, size_t n, TupleObj* k) {             \
        no_keywords(ts, #pyname, k);                                                 \
        return unary(ts, a, n, #pyname, [](double x) { return cfn(x); }, overflow); \
    }
UNARY(sin, std::sin, false)
UNARY(cos, std::cos, false)
UNARY(tan, std::tan, false)
UNARY(asin, std::asin, false)
UNARY(acos, std::acos, false)
UNARY(atan, std::atan, false)
UNARY(sinh, std::sinh, true)
UNARY(cosh, std::cosh, true)
UNARY(tanh, std::tanh, false)
UNARY(asinh, std::asinh, false)
UNARY(acosh, std::acosh, false)
UNARY(atanh, std::atanh, false)
UNARY(exp, std::exp, true)
UNARY(exp2, std::exp2, true)
UNARY(expm1, std::expm1, true)
UNARY(fabs, std::fabs, false)
UNARY(erf, std::erf, false)
UNARY(erfc, std::erfc, false)
UNARY(lgamma, std::lgamma, true)
UNARY(cbrt, std::cbrt, false)
#undef UNARY

Value m_sqrt(ThreadState& ts, Value* a, size_t n, TupleObj* k) {
    no_keywords(ts, "sqrt", k);
    check_count(ts, "sqrt", n, 1, 1);
    double x = num(ts, a[0]);
    if (x < 0) domain_error(ts);
    return make_float(ts.interp, std::sqrt(x));
}

Value m_gamma(ThreadState& ts, Value* a, size_t n, TupleObj* k) {
    no_keywords(ts, "gamma", k);
    check_count(ts, "gamma", n, 1, 1);
    double x = num(ts, a[0]);
    if ((x <= 0 && x == std::floor(x)) || x == -INFINITY) domain_error(ts);
    double r = std::tgamma(x);
    if (std::isinf(r) && std::isfinite(x)) range_error(ts);
    return make_float(ts.interp, r);
}

// log of an int of any size: log(m * 2**e) = log(m) + e*log(2).
double log_of(ThreadState& ts, Value v, double (*fn)(double), double ln_base_2) {
    if (is_bigint(v)) {
        const BigInt& b = v.as<BigIntObj>()->value;
        if (b.sign() <= 0) domain_error(ts);
        int64_t e;
        double m = b.frexp(&e);
        return fn(m) + double(e) * ln_base_2;
    }
    double x = num(ts, v);
    if (x <= 0) {
        if (x == 0 || std::isfinite(x) || x < 0) domain_error(ts);
    }
    if (std::isnan(x)) return x;
    return fn(x);
}

Value m_log(ThreadState& ts, Value* a, size_t n, TupleObj* k) {
    no_keywords(ts, "log", k);
    check_count(ts, "log", n, 1, 2);
    double num_log = log_of(ts, a[0], [](double x) { return std::log(x); }, std::log(2.0));
    if (n == 1) return make_float(ts.interp, num_log);
    double den = log_of(ts, a[1], [](double x) { return std::log(x); }, std::log(2.0));
    if (den == 0) raise_msg(ts, ts.interp.exc.ZeroDivisionError, "float division by zero");
    return make_float(ts.interp, num_log / den);
}
Value m_log2(ThreadState& ts, Value* a, size_t n, TupleObj* k) {
    no_keywords(ts, "log2", k);
    check_count(ts, "log2", n, 1, 1);
    return make_float(ts.interp, log_of(ts, a[0], [](double x) { return std::log2(x); }, 1.0));
}
Value m_log10(ThreadState& ts, Value* a, size_t n, TupleObj* k) {
    no_keywords(ts, "log10", k);
    check_count(ts, "log10", n, 1, 1);
    return make_float(ts.interp, log_of(ts, a[0], [](double x) { return std::log10(x); }, std::log10(2.0)));
}
Value m_log1p(ThreadState& ts, Value* a, size_t n, TupleObj* k) {
    no_keywords(ts, "log1p", k);
    check_count(ts, "log1p", n, 1, 1);
    double x = num(ts, a[0]);
    if (x <= -1) domain_error(ts);
    return make_float(ts.interp, std::log1p(x));
}

Value m_pow(ThreadState& ts, Value* a, size_t n, TupleObj* k) {
    no_keywords(ts, "pow", k);
    check_count(ts, "pow", n, 2, 2);
    double x = num(ts, a[0]), y = num(ts, a[1]);
    if (x == 0 && y < 0) domain_error(ts);
    if (x < 0 && std::isfinite(x) && std::isfinite(y) && y != std::floor(y)) domain_error(ts);
    double r = std::pow(x, y);
    if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) range_error(ts);
    return make_float(ts.interp, r);
}

Value m_atan2(ThreadState& ts, Value* a, size_t n, TupleObj* k) {
    no_keywords(ts, "atan2", k);
    check_count(ts, "atan2", n, 2, 2);
    return make_float(ts.interp, std::atan2(num(ts, a[0]), num(ts, a[1])));
}

Value m_fmod(ThreadState& ts, Value* a, size_t n, TupleObj* k) {
    no_keywords(ts, "fmod", k);
    check_count(ts, "fmod", n, 2, 2);
    double x = num(ts, a[0]), y = num(ts, a[1]);
    if (y == 0 && !std::isnan(x)) domain_error(ts);
    if (std::isinf(x) && !std::isnan(y)) domain_error(ts);
    return make_float(ts.interp, std::fmod(x, y));
}

Value m_remainder(ThreadState& ts, Value* a, size_t n, TupleObj* k) {
    no_keywords(ts, "remainder", k);
    check_count(ts, "remainder", n, 2, 2);
    double x = num(ts, a[0]), y = num(ts, a[1]);
    if ((y == 0 && !std::isnan(x)) || (std::isinf(x) && !std::isnan(y))) domain_error(ts);
    return make_float(ts.interp, std::remainder(x, y));
}

Value m_copysign(ThreadState& ts, Value* a, size_t n, TupleObj* k) {
    no_keywords(ts, "copysign", k);
    check_count(ts, "copysign", n, 2, 2);
    return make_float(ts.interp, std::copysign(num(ts, a[0]), num(ts, a[1])));
}

Value m_hypot(ThreadState& ts, Value* a, size_t n, TupleObj* k) {
    no_keywords(ts, "hypot", k);
    double r = 0;
    bool inf = false, nan = false;
    std::vector<double> xs;
    for (size_t i = 0; i < n; ++i) {
        double x = std::fabs(num(ts, a[i]));
        inf |= std::isinf(x);
        nan |= std::isnan(x);
        xs.push_back(x);
    }
    if (inf) return make_float(ts.interp, INFINITY);
    if (nan) return make_float(ts.interp, NAN);
    if (xs.size() == 2) return make_float(ts.interp, std::hypot(xs[0], xs[1]));
    double scale = 0;
    for (double x : xs) scale = std::max(scale, x);
    if (scale == 0) return make_float(ts.interp, 0.0);
    for (double x : xs) r += (x / scale) * (x / scale);
    return make_float(ts.interp, scale * std::sqrt(r));
}

Value m_dist(ThreadState& ts, Value* a, size_t n, TupleObj* k) {
    no_keywords(ts, "dist", k);
    check_count(ts, "dist", n, 2, 2);
    RootedVector p(ts), q(ts);
    collect_iterable(ts, a[0], p.items);
    collect_iterable(ts, a[1], q.items);
    if (p.items.size() != q.items.size()) value_error(ts, "both points must have the same number of dimensions");
    std::vector<Value> diffs;
    for (size_t i = 0; i < p.items.size(); ++i) diffs.push_back(make_float(ts.interp, num(ts, p.items[i]) - num(ts, q.items[i])));
    return m_hypot(ts, diffs.data(), diffs.size(), nullptr);
}

Value int_result_of_float(ThreadState& ts, double d) {
    if (std::isnan(d)) value_error(ts, "cannot convert float NaN to integer");
    if (std::isinf(d)) raise_msg(ts, ts.interp.exc.OverflowError, "cannot convert float infinity to integer");
    if (std::fabs(d) < 4e18) return make_int(ts.interp, int64_t(d));
    return make_int(ts.interp, BigInt::from_double(d));
}

Value rounding(ThreadState& ts, Value* a, size_t n, const char* name, StrObj* dunder, double (*fn)(double)) {
    check_count(ts, name, n, 1, 1);
    Value v = a[0];
    if (is_int(v)) return v.is_bool() ? Value::from_small(v.is_true()) : v;
    if (is_float(v)) return int_result_of_float(ts, fn(float_value(v)));
    if (is_heap_instance(v)) {
        Value r = call_dunder(ts, v, dunder, nullptr, 0);
        if (!r.is_null()) return r;
    }
    if (std::string_view(name) == "trunc") type_error(ts, "type {} doesn't define __trunc__ method", type_name(ts.interp, v));
    return int_result_of_float(ts, fn(num(ts, v)));
}
Value m_floor(ThreadState& ts, Value* a, size_t n, TupleObj*) { return rounding(ts, a, n, "floor", ts.interp.names.__floor__, [](double x) { return std::floor(x); }); }
Value m_ceil(ThreadState& ts, Value* a, size_t n, TupleObj*) { return rounding(ts, a, n, "ceil", ts.interp.names.__ceil__, [](double x) { return std::ceil(x); }); }
Value m_trunc(ThreadState& ts, Value* a, size_t n, TupleObj*) { return rounding(ts, a, n, "trunc", ts.interp.names.__trunc__, [](double x) { return std::trunc(x); }); }

Value m_isnan(ThreadState& ts, Value* a, size_t n, TupleObj*) {
    check_count(ts, "isnan", n, 1, 1);
    return Value::boolean(std::isnan(num(ts, a[0])));
}
Value m_isinf(ThreadState& ts, Value* a, size_t n, TupleObj*) {
    check_count(ts, "isinf", n, 1, 1);
    return Value::boolean(std::isinf(num(ts, a[0])));
}
Value m_isfinite(ThreadState& ts, Value* a, size_t n, TupleObj*) {
    check_count(ts, "isfinite", n, 1, 1);
    return Value::boolean(std::isfinite(num(ts, a[0])));
}

Value m_isclose(ThreadState& ts, Value* args, size_t nargs, TupleObj* kwnames) {
    Args a(ts, "isclose", args, nargs, kwnames, {"a", "b", "rel_tol", "abs_tol"}, 2, 2);
    double x = num(ts, a[0]), y = num(ts, a[1]);
    double rel = a.has(2) ? num(ts, a[2]) : 1e-9, abs_tol = a.has(3) ? num(ts, a[3]) : 0.0;
    if (rel < 0 || abs_tol < 0) value_error(ts, "tolerances must be non-negative");
    if (x == y) return Value::true_();
    if (std::isinf(x) || std::isinf(y)) return Value::false_();
    double diff = std::fabs(y - x);
    return Value::boolean((diff <= std::fabs(rel * y)) || (diff <= std::fabs(rel * x)) || (diff <= abs_tol));
}

BigInt int_arg(ThreadState& ts, Value v) {
    if (is_float(v)) type_error(ts, "'float' object cannot be interpreted as an integer");
    return to_bigint(index_value(ts, v));
}

Value numeric_call(ThreadState& ts, auto&& f) {
    try {
        return f();
    } catch (const NumericError& e) {
        TypeObj* t = e.kind == NumericError::Kind::Overflow ? ts.interp.exc.OverflowError : ts.interp.exc.ValueError;
        raise_msg(ts, t, e.what());
    }
}

Value m_factorial(ThreadState& ts, Value* a, size_t n, TupleObj*) {
    check_count(ts, "factorial", n, 1, 1);
    BigInt x = int_arg(ts, a[0]);
    return numeric_call(ts, [&] { return make_int(ts.interp, BigInt::factorial(x)); });
}
Value m_gcd(ThreadState& ts, Value* a, size_t n, TupleObj*) {
    BigInt r(int64_t(0));
    for (size_t i = 0; i < n; ++i) r = BigInt::gcd(r, int_arg(ts, a[i]));
    return make_int(ts.interp, r);
}
Value m_lcm(ThreadState& ts, Value* a, size_t n, TupleObj*) {
    BigInt r(int64_t(1));
    for (size_t i = 0; i < n; ++i) r = BigInt::lcm(r, int_arg(ts, a[i]));
    return make_int(ts.interp, r);
}
Value m_isqrt(ThreadState& ts, Value* a, size_t n, TupleObj*) {
    check_count(ts, "isqrt", n, 1, 1);
    BigInt x = int_arg(ts, a[0]);
    return numeric_call(ts, [&] { return make_int(ts.interp, x.isqrt()); });
}
Value m_comb(ThreadState& ts, Value* a, size_t n, TupleObj*) {
    check_count(ts, "comb", n, 2, 2);
    BigInt x = int_arg(ts, a[0]), y = int_arg(ts, a[1]);
    return numeric_call(ts, [&] { return make_int(ts.interp, BigInt::comb(x, y)); });
}
Value m_perm(ThreadState& ts, Value* a, size_t n, TupleObj*) {
    check_count(ts, "perm", n, 1, 2);
    BigInt x = int_arg(ts, a[0]);
    if (n == 1 || a[1].is_none()) return numeric_call(ts, [&] { return make_int(ts.interp, BigInt::factorial(x)); });
    BigInt y = int_arg(ts, a[1]);
    return numeric_call(ts, [&] { return make_int(ts.interp, BigInt::perm(x, y)); });
}

Value m_prod(ThreadState& ts, Value* args, size_t nargs, TupleObj* kwnames) {
    Args a(ts, "prod", args, nargs, kwnames, {"iterable", "start"}, 1, 1);
    Rooted acc(ts, a.get(1, Value::from_small(1)));
    Rooted it(ts, get_iter(ts, a[0]));
    for (;;) {
        Value v = iter_next(ts, it);
        if (v.is_null()) break;
        acc = binary_op(ts, BinaryOp::Mul, acc, v);
    }
    return acc;
}

// Exact summation (Shewchuk's partials): the correctly rounded sum of the exact values.
Value m_fsum(ThreadState& ts, Value* a, size_t n, TupleObj*) {
    check_count(ts, "fsum", n, 1, 1);
    std::vector<double> partials;
    double special_sum = 0, inf_sum = 0;
    Rooted it(ts, get_iter(ts, a[0]));
    for (;;) {
        Value v = iter_next(ts, it);
        if (v.is_null()) break;
        double x = num(ts, v);
        if (!std::isfinite(x)) {
            if (std::isinf(x)) inf_sum += x;
            special_sum += x;
            continue;
        }
        size_t i = 0;
        for (double y : partials) {
            if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0.0) partials[i++] = lo;
            x = hi;
        }
        if (!std::isfinite(x)) raise_msg(ts, ts.interp.exc.OverflowError, "intermediate overflow in fsum");
        partials.resize(i);
        partials.push_back(x);
    }
    if (special_sum != 0.0) {
        if (std::isnan(inf_sum)) value_error(ts, "-inf + inf in fsum");
        return make_float(ts.interp, special_sum);
    }
    double hi = 0.0;
    if (!partials.empty()) {
        size_t k = partials.size();
        hi = partials[--k];
        double lo = 0;
        while (k > 0) {
            double x = hi;
            double y = partials[--k];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        // Half-way cases: make the rounding correct using the next partial's sign.
        if (k > 0 && ((lo < 0.0 && partials[k - 1] < 0.0) || (lo > 0.0 && partials[k - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            double yr = x - hi;
            if (y == yr) hi = x;
        }
    }
    return make_float(ts.interp, hi);
}

Value m_degrees(ThreadState& ts, Value* a, size_t n, TupleObj*) {
    check_count(ts, "degrees", n, 1, 1);
    return make_float(ts.interp, num(ts, a[0]) * (180.0 / M_PI));
}
Value m_radians(ThreadState& ts, Value* a, size_t n, TupleObj*) {
    check_count(ts, "radians", n, 1, 1);
    return make_float(ts.interp, num(ts, a[0]) * (M_PI / 180.0));
}
Value m_frexp(ThreadState& ts, Value* a, size_t n, TupleObj*) {
    check_count(ts, "frexp", n, 1, 1);
    int e = 0;
    double x = num(ts, a[0]);
    double m = std::isfinite(x) ? std::frexp(x, &e) : x;
    return Value::from_obj(new_tuple(ts.interp, {make_float(ts.interp, m), Value::from_small(e)}));
}
Value m_ldexp(ThreadState& ts, Value* a, size_t n, TupleObj*) {
    check_count(ts, "ldexp", n, 2, 2);
    double x = num(ts, a[0]);
    int64_t e = index_int64(ts, a[1]);
    double r = std::ldexp(x, int(std::max<int64_t>(std::min<int64_t>(e, 100000), -100000)));
    if (std::isinf(r) && std::isfinite(x)) range_error(ts);
    return make_float(ts.interp, r);
}
Value m_modf(ThreadState& ts, Value* a, size_t n, TupleObj*) {
    check_count(ts, "modf", n, 1, 1);
    double ip;
    double x = num(ts, a[0]);
    double fp = std::isinf(x) ? std::copysign(0.0, x) : std::modf(x, &ip);
    if (std::isinf(x)) ip = x;
    return Value::from_obj(new_tuple(ts.interp, {make_float(ts.interp, fp), make_float(ts.interp, ip)}));
}
Value m_nextafter(ThreadState& ts, Value* a, size_t n, TupleObj*) {
    check_count(ts, "nextafter", n, 2, 2);
    return make_float(ts.interp, std::nextafter(num(ts, a[0]), num(ts, a[1])));
}
Value m_ulp(ThreadState& ts, Value* a, size_t n, TupleObj*) {
    check_count(ts, "ulp", n, 1, 1);
    double x = std::fabs(num(ts, a[0]));
    if (std::isnan(x) || std::isinf(x)) return make_float(ts.interp, x);
    double next = std::nextafter(x, INFINITY);
    if (std::isinf(next)) return make_float(ts.interp, x - std::nextafter(x, -INFINITY));
    return make_float(ts.interp, next - x);
}

const MethodDef kMath[] = {
    {"sqrt", m_sqrt},       {"sin", m_sin},         {"cos", m_cos},           {"tan", m_tan},
    {"asin", m_asin},       {"acos", m_acos},       {"atan", m_atan},         {"atan2", m_atan2},
    {"sinh", m_sinh},       {"cosh", m_cosh},       {"tanh", m_tanh},         {"asinh", m_asinh},
    {"acosh", m_acosh},     {"atanh", m_atanh},     {"exp", m_exp},           {"exp2", m_exp2},
    {"expm1", m_expm1},     {"fabs", m_fabs},       {"erf", m_erf},           {"erfc", m_erfc},
    {"gamma", m_gamma},     {"lgamma", m_lgamma},   {"cbrt", m_cbrt},         {"log", m_log},
    {"log2", m_log2},       {"log10", m_log10},     {"log1p", m_log1p},       {"pow", m_pow},
    {"fmod", m_fmod},       {"remainder", m_remainder}, {"copysign", m_copysign}, {"hypot", m_hypot},
    {"dist", m_dist},       {"floor", m_floor},     {"ceil", m_ceil},         {"trunc", m_trunc},
    {"isnan", m_isnan},     {"isinf", m_isinf},     {"isfinite", m_isfinite}, {"isclose", m_isclose},
    {"factorial", m_factorial}, {"gcd", m_gcd},     {"lcm", m_lcm},           {"isqrt", m_isqrt},
    {"comb", m_comb},       {"perm", m_perm},       {"prod", m_prod},         {"fsum", m_fsum},
    {"degrees", m_degrees}, {"radians", m_radians}, {"frexp", m_frexp},       {"ldexp", m_ldexp},
    {"modf", m_modf},       {"nextafter", m_nextafter}, {"ulp", m_ulp},
    {nullptr, nullptr},
};

} // namespace

ModuleObj* init_math_module(Interp& I) {
    ModuleObj* m = new_module(I, "math");
    add_functions(I, m->dict, kMath, Value::from_obj(intern(I, "math")));
    dict_set_cstr(I, m->dict, "pi", make_float(I, M_PI));
    dict_set_cstr(I, m->dict, "e", make_float(I, M_E));
    dict_set_cstr(I, m->dict, "tau", make_float(I, 2 * M_PI));
    dict_set_cstr(I, m->dict, "inf", make_float(I, INFINITY));
    dict_set_cstr(I, m->dict, "nan", make_float(I, NAN));
    return m;
}

} // namespace gilt
