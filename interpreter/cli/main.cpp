// The gilt command: run a script, a -c string, stdin, or an interactive prompt.
#include <CLI/CLI.hpp>
#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fmt/format.h>
#include <string>
#include <sys/ioctl.h>
#include <unistd.h>
#include <vector>

#include "cli/repl.hpp"
#include "gilt/gilt.hpp"

#ifndef GILT_VERSION
#define GILT_VERSION "0.1.0"
#endif

namespace {

std::string absolute_path(const std::string& p) {
    if (!p.empty() && p[0] == '/') return p;
    char buf[PATH_MAX];
    if (!getcwd(buf, sizeof buf)) return p;
    std::string cwd = buf;
    std::string rel = p;
    while (rel.starts_with("./")) rel = rel.substr(2);
    return cwd + "/" + rel;
}

std::string dirname_of(const std::string& p) {
    size_t slash = p.rfind('/');
    if (slash == std::string::npos) return ".";
    if (slash == 0) return "/";
    return p.substr(0, slash);
}

std::string self_executable() {
    char buf[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0) return "gilt";
    buf[n] = '\0';
    return buf;
}

// The GIL views asked for on the command line, produced when the interpreter is done.
struct GilViews {
    bool stats = false;
    bool timeline = false;
    int timeline_width = 0; // 0: the width of the terminal on stderr
    std::string trace_file;
    std::string report_file;
    std::string title = "gilt";
    // The timeline, the trace and the report need events; the stats are always counted.
    bool need_recording() const { return timeline || !trace_file.empty() || !report_file.empty(); }
};
GilViews g_views;

// The width of the terminal on stderr (where the timeline goes), else $COLUMNS, else 100.
int terminal_width() {
    winsize ws{};
    if (ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
    if (const char* columns = std::getenv("COLUMNS")) {
        int n = std::atoi(columns);
        if (n > 0) return n;
    }
    return 100;
}

bool write_file(const std::string& path, const std::string& text, const char* what) {
    int err = 0;
    FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) {
        err = errno;
    } else {
        if (std::fwrite(text.data(), 1, text.size(), f) != text.size()) err = errno ? errno : EIO;
        if (std::fclose(f) != 0 && !err) err = errno;
    }
    if (err) std::fprintf(stderr, "gilt: cannot write %s to '%s': %s\n", what, path.c_str(), std::strerror(err));
    return err == 0;
}

// Produces the views after the interpreter finalized (its non-daemon threads have
// finished), also after a script error. A view that cannot be written turns a
// successful run into exit status 1; a failed run keeps its own status.
int show_views(int status) {
    if (g_views.need_recording()) gilt::gil::stop_recording();
    std::fflush(stdout);
    // The numbers first: rendering a long recording takes this thread's CPU time, which
    // the statistics would otherwise count.
    bool text_views = g_views.stats || g_views.timeline;
    std::string table = g_views.stats ? gilt::gil::stats_table() : "";
    std::string reading = text_views ? gilt::gil::reading() : "";
    std::string report = g_views.report_file.empty() ? "" : gilt::gil::html_report(g_views.title);
    if (g_views.timeline) {
        int width = g_views.timeline_width ? g_views.timeline_width : terminal_width();
        bool color = isatty(STDERR_FILENO) && !std::getenv("NO_COLOR");
        std::fputs(gilt::gil::timeline(width, color).c_str(), stderr);
    }
    if (g_views.stats) {
        if (g_views.timeline) std::fputc('\n', stderr);
        std::fputs(table.c_str(), stderr);
    }
    if (text_views) {
        std::fputc('\n', stderr);
        std::fputs(reading.c_str(), stderr);
    }
    std::fflush(stderr);
    bool ok = true;
    if (!g_views.trace_file.empty()) ok &= write_file(g_views.trace_file, gilt::gil::chrome_trace(), "trace");
    if (!g_views.report_file.empty()) ok &= write_file(g_views.report_file, report, "report");
    return ok || status != 0 ? status : 1;
}

// Set when the script died of an uncaught KeyboardInterrupt: after the interpreter has
// shut down, gilt dies of SIGINT so the parent shell sees an interrupted process
// (status 130), as CPython does.
bool g_died_of_interrupt = false;

// Finishes the interpreter (waiting for its threads) and returns the exit status.
int finish(gilt::Interpreter& vm, int status) {
    vm.finalize();
    status = show_views(status);
    if (g_died_of_interrupt) {
        std::signal(SIGINT, SIG_DFL);
        std::raise(SIGINT);
    }
    return status;
}

// Reports an uncaught script exception as CPython does and returns the exit status.
int report(gilt::Interpreter& vm, const gilt::Error& e) {
    vm.flush();
    if (e.is_system_exit()) {
        if (!e.message().empty()) {
            std::fputs(e.message().c_str(), stderr);
            std::fputc('\n', stderr);
        }
        return e.exit_code();
    }
    std::fputs(e.traceback().c_str(), stderr);
    std::fflush(stderr);
    if (e.type_name() == "KeyboardInterrupt") g_died_of_interrupt = true;
    return e.exit_code();
}

int run_source(gilt::Interpreter& vm, const std::string& source, const std::string& filename) {
    int status = 0;
    try {
        vm.exec(source, filename);
    } catch (const gilt::Error& e) {
        status = report(vm, e);
    }
    return finish(vm, status);
}

} // namespace

int main(int argc, char** argv) {
    CLI::App app{"gilt " GILT_VERSION " - a Python 3.11 subset on a bytecode VM with a visible GIL", "gilt"};
    app.set_version_flag("-V,--version", "gilt " GILT_VERSION " (Python 3.11 subset)");
    std::string code;
    std::string dis;
    std::vector<std::string> rest;
    bool gc_stress = false;
    std::string gil_policy;
    app.add_option("-c", code, "program passed in as a string (terminates the option list)");
    app.add_option("--dis", dis, "print the bytecode of FILE and exit")->type_name("FILE");
    app.add_flag("--gc-stress", gc_stress, "collect garbage at every safe point (slow; for testing)");
    app.add_option("--gil-policy", gil_policy,
                   "GIL scheduling: new (default, CPython 3.2+), legacy[:N] (Python 2, release every N bytecodes), "
                   "io-priority (threads back from I/O go first); also GILT_GIL_POLICY")
        ->type_name("POLICY");
    app.add_flag("--gil-stats", g_views.stats, "at exit, print the GIL statistics (a row per thread) on stderr");
    app.add_flag("--timeline", g_views.timeline, "at exit, draw the GIL timeline (a lane per thread) on stderr");
    app.add_option("--timeline-width", g_views.timeline_width,
                   "width of the timeline in columns (default: the terminal's, else $COLUMNS, else 100); implies --timeline")
        ->type_name("N")
        ->check(CLI::Range(1, 10000).description(""));
    app.add_option("--trace", g_views.trace_file, "at exit, write the GIL trace to FILE (Chrome trace JSON: Perfetto, chrome://tracing)")
        ->type_name("FILE");
    app.add_option("--report", g_views.report_file, "at exit, write an HTML report to FILE (SVG timeline, stats, reading)")
        ->type_name("FILE");
    app.add_option("file", rest, "script to run ('-' for stdin), followed by its arguments")->type_name("FILE [ARGS...]");
    app.prefix_command(); // everything after the script name belongs to the script
    app.footer("With no FILE and a terminal on stdin, gilt starts an interactive prompt.\n"
               "The GIL options record the whole run, threads included; the views are produced when the\n"
               "interpreter has finished (after its non-daemon threads), also when the script raised.\n");

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        std::fputs(app.help().c_str(), stdout);
        return 0;
    } catch (const CLI::CallForVersion& e) {
        std::puts("gilt " GILT_VERSION " (Python 3.11 subset)");
        return 0;
    } catch (const CLI::ParseError& e) {
        std::fprintf(stderr, "gilt: error: %s\nusage: gilt [option] ... [-c cmd | file | -] [arg] ...\nTry 'gilt --help' for more information.\n",
                     e.what());
        return 2;
    }
    if (!gil_policy.empty()) {
        try {
            gilt::set_gil_policy(gil_policy);
        } catch (const std::invalid_argument& e) {
            std::fprintf(stderr, "gilt: error: %s\nTry 'gilt --help' for more information.\n", e.what());
            return 2;
        }
    }
    std::vector<std::string> extras = app.remaining();
    rest.insert(rest.end(), extras.begin(), extras.end());
    if (g_views.timeline_width) g_views.timeline = true;
    if (!code.empty() || app.count("-c")) g_views.title = "gilt -c";
    else if (!rest.empty()) g_views.title = "gilt " + (rest[0] == "-" ? std::string("<stdin>") : rest[0]);

    gilt::Options options;
    options.executable = self_executable();
    // Before the interpreter exists, so that the main thread's whole life is recorded.
    if (g_views.need_recording() && dis.empty()) gilt::gil::start_recording();
    options.gc_stress = gc_stress;
    options.handle_sigint = true;

    if (!dis.empty()) {
        gilt::Interpreter vm(options);
        FILE* f = std::fopen(dis.c_str(), "rb");
        if (!f) {
            std::fprintf(stderr, "gilt: can't open file '%s': [Errno %d] %s\n", absolute_path(dis).c_str(), errno, std::strerror(errno));
            return 2;
        }
        std::string source;
        char buf[65536];
        size_t n;
        while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) source.append(buf, n);
        std::fclose(f);
        try {
            std::fputs(vm.disassemble(source, absolute_path(dis)).c_str(), stdout);
        } catch (const gilt::Error& e) {
            return report(vm, e);
        }
        return 0;
    }

    if (!code.empty() || app.count("-c")) {
        options.argv = {"-c"};
        options.argv.insert(options.argv.end(), rest.begin(), rest.end());
        options.path = {""};
        gilt::Interpreter vm(options);
        return run_source(vm, code, "<string>");
    }

    if (!rest.empty() && rest[0] != "-") {
        std::string script = rest[0];
        std::string abs = absolute_path(script);
        options.argv = rest;
        options.path = {dirname_of(abs)};
        gilt::Interpreter vm(options);
        int status = 0;
        try {
            vm.exec_file(abs);
        } catch (const gilt::Error& e) {
            if (e.type_name() == "OSError" && e.exit_code() == 2 && e.traceback().empty()) {
                std::fprintf(stderr, "%s: %s\n", argv[0], e.message().c_str());
                return 2;
            }
            status = report(vm, e);
        }
        return finish(vm, status);
    }

    options.argv = rest.empty() ? std::vector<std::string>{""} : rest;
    options.path = {""};
    gilt::Interpreter vm(options);
    if (rest.empty() && isatty(STDIN_FILENO)) return finish(vm, gilt_cli::run_repl(vm));
    std::string source;
    char buf[65536];
    ssize_t n;
    while ((n = read(STDIN_FILENO, buf, sizeof buf)) > 0) source.append(buf, size_t(n));
    return run_source(vm, source, "<stdin>");
}
