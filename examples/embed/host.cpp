// An example host: registers a typed native, runs a script, calls back into it.
#include <cstdio>
#include <string>

#include <gilt/gilt.hpp>

int main() {
    gilt::Interpreter vm;
    // A native with typed arguments: converted automatically, errors become TypeErrors.
    vm.def("crc_like", [](std::string_view s) {
        uint32_t h = 2166136261u;
        for (unsigned char c : s) h = (h ^ c) * 16777619u;
        return int64_t(h);
    });
    vm.def("greet", [](std::string name, long times) {
        std::string out;
        for (long i = 0; i < times; ++i) out += "hello " + name + "! ";
        return out;
    });
    try {
        vm.exec(R"(
def process(n, tag):
    return f"{tag}:{n * 2}:{crc_like(tag) % 1000}"

print(greet("gilt", 2))
print(process(21, "x"))
)");
        gilt::Object process = vm.global("process");
        std::string r = process(50, "job").as<std::string>();
        std::printf("from C++: %s\n", r.c_str());
        long n = vm.eval("sum(range(101))").as<long>();
        std::printf("sum(range(101)) = %ld\n", n);
        vm.exec("1 / 0");
    } catch (const gilt::Error& e) {
        std::printf("caught %s: %s\n", e.type_name().c_str(), e.message().c_str());
        std::fputs(e.traceback().c_str(), stdout);
    }
    return 0;
}
