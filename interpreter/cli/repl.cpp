// The interactive prompt: line editing and history (libedit), continuation lines.
#include "cli/repl.hpp"

#include <cstdio>
#include <cstdlib>
#include <editline/readline.h>
#include <string>

#include "gilt/gilt.hpp"

#ifndef GILT_VERSION
#define GILT_VERSION "0.1.0"
#endif

namespace gilt_cli {

namespace {

std::string history_path() {
    const char* home = std::getenv("HOME");
    return home ? std::string(home) + "/.gilt_history" : std::string();
}

bool ends_block_header(const std::string& line) {
    size_t end = line.find_last_not_of(" \t");
    return end != std::string::npos && (line[end] == ':' || line[end] == '\\');
}

} // namespace

int run_repl(gilt::Interpreter& vm) {
    std::printf("gilt %s (a Python 3.11 subset with a visible GIL)\n", GILT_VERSION);
    std::printf("Type Ctrl-D to exit.\n");
    std::string hist = history_path();
    if (!hist.empty()) read_history(hist.c_str());
    for (;;) {
        std::string source;
        bool in_block = false;
        const char* prompt = ">>> ";
        for (;;) {
            char* raw = readline(prompt);
            if (!raw) {
                std::printf("\n");
                if (!hist.empty()) write_history(hist.c_str());
                vm.flush();
                return 0;
            }
            std::string line = raw;
            std::free(raw);
            if (!line.empty()) add_history(line.c_str());
            if (!source.empty()) source += "\n";
            source += line;
            // A compound statement continues until an empty line.
            if (source.find_first_not_of(" \t\n") == std::string::npos) break;
            if (ends_block_header(line) && !in_block) in_block = true;
            if (in_block) {
                if (line.empty()) break;
                prompt = "... ";
                continue;
            }
            if (vm.is_complete(source)) break;
            prompt = "... ";
        }
        if (source.find_first_not_of(" \t\n") == std::string::npos) continue;
        try {
            vm.exec_interactive(source + "\n");
        } catch (const gilt::Error& e) {
            vm.flush();
            if (e.is_system_exit()) {
                if (!hist.empty()) write_history(hist.c_str());
                if (!e.message().empty()) std::fprintf(stderr, "%s\n", e.message().c_str());
                return e.exit_code();
            }
            std::fputs(e.traceback().c_str(), stderr);
        }
        vm.flush();
    }
}

} // namespace gilt_cli
