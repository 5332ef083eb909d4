// An example host: script threads call a C++ native that releases the GIL, and run in parallel; one that holds it does not.
//
//   build/examples/parallel_natives [ROUNDS]
//
// The same CPU-bound C++ function is registered twice: `crunch` with gilt::release_gil
// (like a NumPy call, it lets go of the lock while it computes) and `crunch_locked`
// holding the GIL. Two script threads calling `crunch` overlap on two cores; calling
// `crunch_locked` they take turns. A host thread then enters the interpreter with
// gilt::HoldGil while the script's threads are running.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>

#include <gilt/gilt.hpp>

namespace {

// The work: a chain of multiply-xorshift rounds, impossible to optimise away.
int64_t crunch(int64_t rounds) {
    uint64_t h = 0x243F6A8885A308D3ull;
    for (int64_t i = 0; i < rounds; ++i) {
        h ^= uint64_t(i);
        h *= 0x9E3779B97F4A7C15ull;
        h ^= h >> 29;
    }
    return int64_t(h >> 2);
}

const char* kScript = R"(
import threading, time

def timed(label, fn, n):
    # Sequential: two calls one after the other; threaded: the same two calls at once.
    start = time.perf_counter()
    a = fn(n)
    b = fn(n)
    sequential = time.perf_counter() - start
    results = [None, None]
    def run(i):
        results[i] = fn(n)
    threads = [threading.Thread(target=run, args=(i,)) for i in range(2)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    threaded = time.perf_counter() - start
    assert results == [a, b]
    print(f"{label:<28} sequential {sequential:6.3f} s   2 threads {threaded:6.3f} s   ratio {threaded / sequential:4.2f}")
)";

} // namespace

int main(int argc, char** argv) {
    int64_t rounds = argc > 1 ? std::atoll(argv[1]) : 200'000'000;
    gilt::Interpreter vm;
    vm.def("crunch", [](int64_t n) { return crunch(n); }, gilt::release_gil);
    vm.def("crunch_locked", [](int64_t n) { return crunch(n); }, gilt::hold_gil);
    try {
        vm.exec(kScript, "parallel_natives.py");
        vm.set_global("ROUNDS", rounds);
        vm.exec("print(f'Two script threads, each calling a C++ native ({ROUNDS:,} rounds of work):')");
        vm.exec("timed('native releasing the GIL', crunch, ROUNDS)");
        vm.exec("timed('native holding the GIL', crunch_locked, ROUNDS)");

        // A host thread entering while a script thread runs: both take turns on the GIL.
        vm.exec("worker = threading.Thread(target=crunch_locked, args=(ROUNDS // 4,)); worker.start()");
        std::thread host([&] {
            gilt::HoldGil hold(vm); // this thread enters the interpreter and takes the GIL
            vm.exec("host_sum = sum(range(1000))");
            vm.exec("print('a host thread entered with gilt::HoldGil and computed', host_sum)");
        });
        host.join();
        vm.exec("worker.join()");
    } catch (const gilt::Error& e) {
        std::fputs(e.traceback().c_str(), stderr);
        return 1;
    }
    return 0;
}
