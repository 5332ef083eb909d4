// The gc module: collect() runs the mark-and-sweep collector now; enable/disable/isenabled.
#include "core/interp.hpp"
#include "modules/modules.hpp"
#include "objects/dict.hpp"
#include "objects/function.hpp"
#include "objects/number.hpp"
#include "objects/str.hpp"
#include "objects/type.hpp"
#include "runtime/gil.hpp"
#include "vm/args.hpp"
#include "vm/errors.hpp"

namespace gilt {

namespace {

// gc.collect(generation=2): gilt's collector has one generation and traces the whole
// heap, so every generation means "everything". Returns the number of objects freed.
// Safe inside a native: the caller's arguments stay on its operand stack, and natives
// that call back into script code root what they hold (a collection can happen at any
// instruction boundary of that code anyway).
Value gc_collect(ThreadState& ts, Value* args, size_t nargs, TupleObj* kwnames) {
    Interp& I = ts.interp;
    Args a(ts, "collect", args, nargs, kwnames, {"generation"}, 0);
    if (a.has(0)) {
        int64_t generation = arg_int64(ts, a[0], "collect");
        if (generation < 0 || generation > 2) value_error(ts, "invalid generation");
    }
    size_t before = I.heap.object_count();
    Gil& gil = Gil::process();
    gil.record_gc(*ts.record, true); // shows as a GC pause in the trace views
    I.heap.collect();
    gil.record_gc(*ts.record, false);
    size_t after = I.heap.object_count();
    return make_int(I, int64_t(before > after ? before - after : 0));
}

Value gc_enable(ThreadState& ts, Value*, size_t nargs, TupleObj* kwnames) {
    no_keywords(ts, "gc.enable", kwnames);
    check_count(ts, "gc.enable", nargs, 0, 0);
    ts.interp.gc_enabled = true;
    return Value::none();
}

Value gc_disable(ThreadState& ts, Value*, size_t nargs, TupleObj* kwnames) {
    no_keywords(ts, "gc.disable", kwnames);
    check_count(ts, "gc.disable", nargs, 0, 0);
    ts.interp.gc_enabled = false;
    return Value::none();
}

Value gc_isenabled(ThreadState& ts, Value*, size_t nargs, TupleObj* kwnames) {
    no_keywords(ts, "gc.isenabled", kwnames);
    check_count(ts, "gc.isenabled", nargs, 0, 0);
    return Value::boolean(ts.interp.gc_enabled);
}

const MethodDef kGc[] = {
    {"collect", gc_collect},
    {"enable", gc_enable},
    {"disable", gc_disable},
    {"isenabled", gc_isenabled},
    {nullptr, nullptr},
};

} // namespace

ModuleObj* init_gc_module(Interp& I) {
    ModuleObj* m = new_module(I, "gc");
    add_functions(I, m->dict, kGc, Value::from_obj(intern(I, "gc")));
    return m;
}

} // namespace gilt
