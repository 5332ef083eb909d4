// Unit tests for the heap and the collector: what is freed, what survives, stress mode, requests.
#include <doctest/doctest.h>

#include <string>

#include "core/heap.hpp"
#include "objects/dict.hpp"
#include "objects/list.hpp"
#include "objects/str.hpp"
#include "support.hpp"

using namespace gilt;

namespace {

// Collects, then reports the number of live objects.
size_t live_after_collect(test::Vm& vm) {
    vm.I.heap.collect();
    return vm.I.heap.object_count();
}

// The program of the stress test: generators, closures, dicts, sorting with a key,
// comprehensions, exceptions, big ints, formatting. Its result is what CPython 3.11
// computes for it.
const char* kStressProgram = R"(
def words(text):
    for w in text.split():
        yield w.strip(".,;").lower()

def counter():
    counts = {}
    def add(w):
        counts[w] = counts.get(w, 0) + 1
        return counts[w]
    return add, counts

text = "The quick brown fox jumps over the lazy dog. The dog sleeps; the fox runs, quick quick."
add, counts = counter()
for w in words(text):
    add(w)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
squares = {n: n * n for n in range(30) if n % 3}
big = 1
for i in range(1, 40):
    big *= i
pairs = [(a, b) for a in range(6) for b in range(a) if (a + b) % 2]
errors = []
for x in [1, 0, "a", None]:
    try:
        errors.append(str(10 // x))
    except (ZeroDivisionError, TypeError) as e:
        errors.append(type(e).__name__)
nested = [[j * i for j in range(i)] for i in range(8)]
flat = [v for row in nested for v in row if v]
s = {frozenset(p) for p in pairs}
result = "|".join([
    repr(top), str(sum(squares.values())), str(big % 1000003), str(len(pairs)), ",".join(errors),
    str(sum(flat)), str(len(s)), f"{big:.3e}", "-".join(sorted(set(words(text))))[:40],
])
)";
const char* kStressResult = "[('the', 4), ('quick', 3), ('dog', 2), ('fox', 2)]|5990|946987|9|10,ZeroDivisionError,"
                            "TypeError,TypeError|322|9|2.040e+46|brown-dog-fox-jumps-lazy-over-quick-runs";

} // namespace

TEST_CASE("unreachable objects are freed: counts and bytes go down") {
    test::Vm vm;
    size_t base = live_after_collect(vm);
    size_t base_bytes = vm.I.heap.live_bytes();
    vm.exec("x = [f'item{i}' for i in range(1000)]\n");
    size_t with_list = live_after_collect(vm);
    // The 1000 strings and the list; the compiled code is already garbage.
    CHECK(with_list - base == 1001);
    CHECK(vm.I.heap.live_bytes() >= base_bytes + 1000 * sizeof(StrObj));
    vm.exec("del x\n");
    CHECK(live_after_collect(vm) == base);
    CHECK(vm.I.heap.live_bytes() == base_bytes);
}

TEST_CASE("reachable objects survive: globals, containers, closures, suspended frames") {
    test::Vm vm;
    vm.exec("import math\n"
            "def make():\n"
            "    big = [str(i) * 3 for i in range(200)]\n"
            "    return lambda: len(''.join(big))\n"
            "count = make()\n"
            "def gen():\n"
            "    data = {f'k{i}': [i] * 2 for i in range(100)}\n"
            "    yield 1\n"
            "    yield sum(v[1] for v in data.values())\n"
            "g = gen()\n"
            "first = next(g)\n"
            "nest = {'a': [(1, 'x' * 50), {'b': frozenset({'c' * 20})}]}\n");
    for (int i = 0; i < 3; ++i) vm.I.heap.collect();
    CHECK(vm.eval_repr("count()") == "1470");       // only the closure's cell keeps `big`
    CHECK(vm.eval_repr("next(g)") == "4950");       // only the generator frame keeps `data`
    CHECK(vm.eval_repr("nest['a'][1]['b']") == "frozenset({'cccccccccccccccccccc'})");
    CHECK(vm.eval_repr("math.sqrt(nest['a'][0][0] * 16)") == "4.0");
    size_t with_all = live_after_collect(vm);
    vm.exec("del count, g, nest\n");
    CHECK(live_after_collect(vm) + 200 + 100 * 2 < with_all); // the strings, keys and lists went
}

TEST_CASE("cycles between containers and instances are collected") {
    test::Vm vm;
    size_t base = live_after_collect(vm);
    vm.exec("a = []\na.append(a)\n"
            "d1 = {}\nd2 = {'d1': d1}\nd1['d2'] = d2\n"
            "class Node:\n    pass\n"
            "n = Node()\nm = Node()\nn.other = m\nm.other = n\nn.me = n\n");
    size_t with_cycles = live_after_collect(vm);
    CHECK(with_cycles > base);
    CHECK(vm.eval_repr("(a[0] is a, d1['d2']['d1'] is d1, n.other.other is n)") == "(True, True, True)");
    vm.exec("del a, d1, d2, n, m\n");
    size_t after = live_after_collect(vm);
    // All that stays is the class (and what it owns): every cycle went.
    vm.exec("del Node\n");
    size_t without_class = live_after_collect(vm);
    CHECK(without_class == base);
    CHECK(after > without_class);
}

TEST_CASE("handles and roots keep values alive; dropped, they are freed") {
    test::Vm vm;
    size_t base = live_after_collect(vm);
    uint32_t h = vm.I.add_handle(Value::from_obj(new_str(vm.I, std::string(100, 'h'))));
    {
        Rooted r(vm.ts, Value::from_obj(new_str(vm.I, "rooted")));
        RootedVector v(vm.ts);
        for (int i = 0; i < 10; ++i) v.items.push_back(Value::from_obj(new_list(vm.I)));
        CHECK(live_after_collect(vm) == base + 12);
        CHECK(as_str(r.get())->view() == "rooted");
        CHECK(as_str(vm.I.handles[h])->view() == std::string(100, 'h'));
    }
    CHECK(live_after_collect(vm) == base + 1);
    vm.I.drop_handle(h);
    CHECK(live_after_collect(vm) == base);
    // A freed slot is reused.
    uint32_t h2 = vm.I.add_handle(Value::none());
    CHECK(h2 == h);
    vm.I.drop_handle(h2);
}

TEST_CASE("the interned-string table drops strings nothing else keeps") {
    test::Vm vm;
    StrObj* dead = intern(vm.I, "zz_probe_name_nobody_keeps");
    Rooted kept(vm.ts, Value::from_obj(intern(vm.I, "zz_probe_name_kept")));
    CHECK(intern(vm.I, "zz_probe_name_nobody_keeps") == dead); // one object per name
    CHECK(vm.I.interned.count("zz_probe_name_nobody_keeps") == 1);
    vm.I.heap.collect();
    CHECK(vm.I.interned.count("zz_probe_name_nobody_keeps") == 0);
    CHECK(vm.I.interned.count("zz_probe_name_kept") == 1);
    CHECK(intern(vm.I, "zz_probe_name_kept") == as_str(kept));
    // Names in compiled code are interned and stay while the code lives.
    vm.exec("def zz_function_name(zz_parameter_name): return zz_parameter_name\n");
    vm.I.heap.collect();
    CHECK(vm.I.interned.count("zz_parameter_name") == 1);
    vm.exec("del zz_function_name\n");
    vm.I.heap.collect();
    CHECK(vm.I.interned.count("zz_parameter_name") == 0);
}

TEST_CASE("GC stress: a collection after every allocation leaves a program's result intact") {
    test::Vm vm;
    vm.I.heap.set_stress_interval(1);
    uint64_t before = vm.I.heap.collections();
    vm.exec(kStressProgram);
    uint64_t collections = vm.I.heap.collections() - before;
    CHECK(vm.eval_repr("result") == std::string("\"") + kStressResult + "\"");
    // Hundreds of safe points followed an allocation, each one collected.
    CHECK(collections > 200);
    // The same program without stress agrees.
    test::Vm plain;
    plain.exec(kStressProgram);
    CHECK(plain.eval_repr("result") == std::string("\"") + kStressResult + "\"");
    CHECK(plain.I.heap.collections() < 5);
}

TEST_CASE("GC stress at an interval: every N-th allocation requests a collection") {
    test::Vm vm;
    vm.I.breaker.clear(EvalBreaker::GcRequest);
    vm.I.heap.set_stress_interval(5);
    CHECK(vm.I.heap.stress());
    CHECK(vm.I.heap.stress_interval() == 5);
    RootedVector keep(vm.ts);
    for (int round = 0; round < 3; ++round) {
        for (int i = 0; i < 4; ++i) {
            keep.items.push_back(Value::from_obj(new_list(vm.I)));
            CHECK_FALSE(vm.I.breaker.test(EvalBreaker::GcRequest));
        }
        keep.items.push_back(Value::from_obj(new_list(vm.I)));
        CHECK(vm.I.breaker.test(EvalBreaker::GcRequest));
        vm.I.heap.collect(); // clears the request
        CHECK_FALSE(vm.I.breaker.test(EvalBreaker::GcRequest));
    }
    vm.I.heap.set_stress(false);
    CHECK_FALSE(vm.I.heap.stress());
    for (int i = 0; i < 20; ++i) keep.items.push_back(Value::from_obj(new_list(vm.I)));
    CHECK_FALSE(vm.I.breaker.test(EvalBreaker::GcRequest));
    // With the interval program, the stress test's program still computes the same.
    test::Vm sparse;
    sparse.I.heap.set_stress_interval(7);
    sparse.exec(kStressProgram);
    CHECK(sparse.eval_repr("result") == std::string("\"") + kStressResult + "\"");
}

TEST_CASE("crossing the collection threshold sets the GcRequest bit; collecting clears it") {
    test::Vm vm;
    vm.I.heap.collect();
    vm.I.breaker.clear(EvalBreaker::GcRequest);
    RootedVector keep(vm.ts);
    const size_t chunk = 1u << 20;
    // The first threshold is 8 MiB of live data (or twice what survived, if more).
    size_t start = vm.I.heap.live_bytes();
    REQUIRE(start < (8u << 20) - 2 * chunk);
    while (vm.I.heap.live_bytes() + chunk + 64 < (8u << 20)) {
        keep.items.push_back(Value::from_obj(new_str(vm.I, std::string(chunk, 'g'))));
        CHECK_FALSE(vm.I.breaker.test(EvalBreaker::GcRequest));
    }
    keep.items.push_back(Value::from_obj(new_str(vm.I, std::string(2 * chunk, 'g'))));
    CHECK(vm.I.breaker.test(EvalBreaker::GcRequest));
    // The bit makes the loop collect at its next safe point.
    uint64_t before = vm.I.heap.collections();
    vm.exec("pass\n");
    CHECK(vm.I.heap.collections() == before + 1);
    CHECK_FALSE(vm.I.breaker.test(EvalBreaker::GcRequest));
    // Everything survived (it is rooted), so the next threshold is twice the live heap.
    size_t live = vm.I.heap.live_bytes();
    CHECK(live > (8u << 20));
    keep.items.push_back(Value::from_obj(new_str(vm.I, std::string(chunk, 'h'))));
    CHECK_FALSE(vm.I.breaker.test(EvalBreaker::GcRequest));
    // Container storage counts too: a list that grows past it requests a collection.
    ListObj* l = new_list(vm.I);
    keep.items.push_back(Value::from_obj(l));
    vm.set_global_value("grow", Value::from_obj(l));
    vm.exec("grow.extend(range(2 * 1024 * 1024))\n");
    CHECK(vm.I.heap.collections() >= before + 2);
}

TEST_CASE("objects of two interpreters live on separate heaps") {
    test::Vm a, b;
    size_t b_base = live_after_collect(b);
    a.exec("data = [str(i) * 2 for i in range(500)]\n");
    CHECK(live_after_collect(b) == b_base);
    a.exec("del data\n");
    b.exec("data = [1]\n");
    CHECK(a.eval_repr("'data' in globals()") == "False");
    CHECK(b.eval_repr("data") == "[1]");
}
