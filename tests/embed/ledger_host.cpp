// The host half of an embedding test: tests/embed/ledger.py is the script half it runs.
//
// Usage: ledger_host SCRIPT. The host owns a ledger and lends it to the script as typed
// natives; then it calls the script's functions back, turns script exceptions into
// gilt::Error, and exits with the script's SystemExit status. It is run by
// tests/scripts/run_script_test.sh like a script test, so the script's inline
// "# expect:" lines state the output of both halves, in order.
#include <cstdio>
#include <map>
#include <stdexcept>
#include <string>

#include <gilt/gilt.hpp>

namespace {

// Host output goes through C stdio, script output through gilt's sys.stdout: each
// flushes the other first so that lines keep their order.
void say(gilt::Interpreter& vm, const std::string& line) {
    vm.flush();
    std::printf("host: %s\n", line.c_str());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s SCRIPT\n", argv[0]);
        return 2;
    }
    gilt::Options options;
    options.argv = {argv[1], "--from-host"};
    gilt::Interpreter vm(options);

    std::map<std::string, long> ledger;
    vm.def("deposit", [&](std::string who, long amount) {
        if (amount <= 0) throw std::invalid_argument("amount must be positive, got " + std::to_string(amount));
        return ledger[who] += amount;
    });
    vm.def("balance", [&](std::string_view who) {
        auto it = ledger.find(std::string(who));
        if (it == ledger.end()) throw std::out_of_range("no account '" + std::string(who) + "'");
        return it->second;
    });
    vm.def("rate", [](double base, int percent) { return base * percent / 100.0; });
    vm.def("audit", [&](gilt::Object entries) {
        // Calls back into the script from inside a native.
        long total = 0;
        gilt::Object len = vm.eval("len"), item = vm.eval("lambda s, i: s[i]");
        long n = len(entries).as<long>();
        for (long i = 0; i < n; ++i) total += item(entries, i).as<long>();
        return total;
    });
    vm.def("log", [&](std::string line) { say(vm, "log " + line); });

    try {
        vm.exec_file(argv[1]);

        gilt::Object summary = vm.global("summary");
        say(vm, "summary(2) = " + summary(2).as<std::string>());

        gilt::Object on_event = vm.global("on_event");
        for (int tick = 1; tick <= 3; ++tick) on_event("tick", tick);
        say(vm, "events seen by the script: " + vm.eval("len(events)").str());
        say(vm, "ledger has " + std::to_string(ledger.size()) + " accounts, alice " + std::to_string(ledger["alice"]));

        try {
            vm.global("overdraw")("bob");
        } catch (const gilt::Error& e) {
            say(vm, "caught " + e.type_name() + ": " + e.message());
        }
        vm.global("finish")();
        say(vm, "not reached");
    } catch (const gilt::Error& e) {
        vm.flush();
        if (!e.is_system_exit()) std::fputs(e.traceback().c_str(), stderr);
        std::printf("host: exit status %d\n", e.exit_code());
        return e.exit_code();
    }
    return 0;
}
