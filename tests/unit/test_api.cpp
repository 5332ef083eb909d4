// Unit tests for the public embedding API (gilt/gilt.hpp), used the way a host uses it.
#include <doctest/doctest.h>

#include <chrono>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>

#include <gilt/gilt.hpp>

namespace {

// The error an exec raises, as "Type: message" ("" if none).
std::string error_of(gilt::Interpreter& vm, std::string_view source) {
    try {
        vm.exec(source);
    } catch (const gilt::Error& e) {
        return e.type_name() + ": " + e.message();
    }
    return "";
}

// What the script caught: runs `call` inside try/except and returns "Type: message".
std::string caught(gilt::Interpreter& vm, const std::string& call) {
    vm.exec("try:\n    " + call + "\n    _r = 'no error'\nexcept BaseException as _e:\n    _r = type(_e).__name__ + ': ' + str(_e)\n");
    return vm.global("_r").as<std::string>();
}

} // namespace

TEST_CASE("exec, eval, globals and conversions") {
    gilt::Interpreter vm;
    vm.exec("x = 6 * 7\ns = 'é' + 'x'\nf = 2.5\nb = x > 40\nnothing = None\n");
    CHECK(vm.global("x").as<long>() == 42);
    CHECK(vm.global("x").as<int>() == 42);
    CHECK(vm.global("s").as<std::string>() == "éx");
    CHECK(vm.global("f").as<double>() == 2.5);
    CHECK(vm.global("x").as<double>() == 42.0); // an int converts to double
    CHECK(vm.global("b").as<bool>());
    CHECK(vm.global("nothing").is_none());
    CHECK(vm.eval("x // 5").as<long>() == 8);
    CHECK(vm.eval("2 ** 64 - 1").as<uint64_t>() == UINT64_MAX);
    CHECK(vm.eval("[1] * 3").repr() == "[1, 1, 1]");
    CHECK(vm.eval("'a\\nb'").repr() == "'a\\nb'");
    CHECK(vm.eval("'a\\nb'").str() == "a\nb");
    CHECK(vm.eval("[]").as<bool>() == false);

    vm.set_global("n", int64_t(5));
    vm.set_global("d", 0.25);
    vm.set_global("t", std::string_view("text"));
    vm.set_global("same", vm.global("s"));
    CHECK(vm.eval("(n, d, t, same)").repr() == "(5, 0.25, 'text', 'éx')");

    // Conversions that do not fit are errors, not silent truncation.
    try {
        vm.eval("'str'").as<long>();
        FAIL("no error");
    } catch (const gilt::Error& e) {
        CHECK(e.type_name() == "TypeError");
        CHECK(e.message() == "expected int, got str");
    }
    CHECK_THROWS_AS(vm.eval("2 ** 40").as<int>(), gilt::Error);
    CHECK_THROWS_AS(vm.eval("-1").as<unsigned>(), gilt::Error);
    CHECK_THROWS_AS(vm.eval("2 ** 64").as<uint64_t>(), gilt::Error);
    CHECK_THROWS_AS(vm.eval("None").as<double>(), gilt::Error);
    CHECK(vm.eval("-2 ** 31").as<int>() == INT32_MIN);
    CHECK(vm.eval("2 ** 63 - 1").as<int64_t>() == INT64_MAX);

    try {
        vm.global("undefined_name");
        FAIL("no error");
    } catch (const gilt::Error& e) {
        CHECK(e.type_name() == "NameError");
        CHECK(e.message() == "name 'undefined_name' is not defined");
    }
}

TEST_CASE("Objects: calls, attributes, copies") {
    gilt::Interpreter vm;
    vm.exec("def f(a, b='x'):\n    return f'{a}:{b}'\n"
            "class P:\n    def __init__(self):\n        self.items = [3, 1, 2]\n    def total(self, k):\n"
            "        return sum(self.items) * k\n"
            "p = P()\n");
    gilt::Object f = vm.global("f");
    CHECK(f(1).as<std::string>() == "1:x");
    CHECK(f(2, "y").as<std::string>() == "2:y");
    CHECK(f(2.5, true).as<std::string>() == "2.5:True");
    CHECK(f(vm.global("p").attr("items"), vm.none()).as<std::string>() == "[3, 1, 2]:None");
    gilt::Object p = vm.global("p");
    CHECK(p.attr("total")(10).as<long>() == 60);
    CHECK(p.attr("items").attr("index")(2).as<long>() == 2);
    try {
        p.attr("missing");
        FAIL("no error");
    } catch (const gilt::Error& e) {
        CHECK(e.type_name() == "AttributeError");
        CHECK(e.message() == "'P' object has no attribute 'missing'");
    }
    try {
        f();
        FAIL("no error");
    } catch (const gilt::Error& e) {
        CHECK(e.type_name() == "TypeError");
        CHECK(e.message() == "f() missing 1 required positional argument: 'a'");
    }
    // Copies and moves are handles to the same value.
    gilt::Object copy = p;
    gilt::Object moved = std::move(copy);
    CHECK_FALSE(copy.valid());
    CHECK(moved.valid());
    vm.exec("p.items.append(4)\n");
    CHECK(moved.attr("items").repr() == "[3, 1, 2, 4]");
    gilt::Object assigned;
    assigned = moved;
    CHECK(assigned.attr("total")(1).as<long>() == 10);
}

TEST_CASE("def(): typed natives, their results, and CPython's argument errors") {
    gilt::Interpreter vm;
    vm.def("add", [](long a, long b) { return a + b; });
    vm.def("scale", [](double x, int k) { return x * k; });
    vm.def("shout", [](std::string s, bool twice) { return twice ? s + s + "!" : s + "!"; });
    vm.def("length", [](std::string_view s) { return int64_t(s.size()); });
    vm.def("describe", [](gilt::Object o) { return o.repr(); });
    vm.def("nothing", [] {});
    vm.def("one", [](int x) { return x; });
    vm.def("big", [] { return uint64_t(UINT64_MAX); });
    vm.def("apply", [](gilt::Object f, long x) { return f(x).as<long>() + 1; });
    vm.def("unsigned_id", [](unsigned u) { return u; });
    CHECK(vm.eval("add(40, 2)").as<long>() == 42);
    CHECK(vm.eval("add(True, 2**40)").as<long>() == (1L << 40) + 1);
    CHECK(vm.eval("scale(1.5, 4)").repr() == "6.0");
    CHECK(vm.eval("scale(3, 2)").repr() == "6.0");
    CHECK(vm.eval("shout('hey', 1)").as<std::string>() == "heyhey!");
    CHECK(vm.eval("shout('hey', [])").as<std::string>() == "hey!");
    CHECK(vm.eval("length('héllo')").as<long>() == 6); // bytes of the UTF-8 text
    CHECK(vm.eval("describe({'a': (1, None)})").as<std::string>() == "{'a': (1, None)}");
    CHECK(vm.eval("nothing()").is_none());
    CHECK(vm.eval("big()").repr() == "18446744073709551615");
    CHECK(vm.eval("apply(lambda v: v * 3, 14)").as<long>() == 43);
    CHECK(vm.eval("add.__name__").as<std::string>() == "add");
    // Wrong counts and types, worded as CPython words them for builtins.
    CHECK(caught(vm, "add(1)") == "TypeError: add expected 2 arguments, got 1");
    CHECK(caught(vm, "add(1, 2, 3)") == "TypeError: add expected 2 arguments, got 3");
    CHECK(caught(vm, "one()") == "TypeError: one() takes exactly one argument (0 given)");
    CHECK(caught(vm, "nothing(1)") == "TypeError: nothing() takes no arguments (1 given)");
    CHECK(caught(vm, "add('1', 2)") == "TypeError: 'str' object cannot be interpreted as an integer");
    CHECK(caught(vm, "add(1.0, 2)") == "TypeError: 'float' object cannot be interpreted as an integer");
    CHECK(caught(vm, "scale('x', 1)") == "TypeError: must be real number, not str");
    CHECK(caught(vm, "length(b'x')") == "TypeError: length() argument 1 must be str, not bytes");
    CHECK(caught(vm, "add(a=1, b=2)") == "TypeError: add() takes no keyword arguments");
    CHECK(caught(vm, "add(2**63, 1)") == "OverflowError: Python int too large to convert to C long");
    CHECK(caught(vm, "one(2**31)") == "OverflowError: Python int too large to convert to C int");
    CHECK(caught(vm, "unsigned_id(-1)") == "OverflowError: can't convert negative value to unsigned int");
    CHECK(vm.eval("unsigned_id(4000000000)").as<uint64_t>() == 4000000000u);
}

TEST_CASE("C++ exceptions thrown by natives become script exceptions") {
    gilt::Interpreter vm;
    vm.def("bad_value", [](std::string s) -> long { throw std::invalid_argument("no number in '" + s + "'"); });
    vm.def("bad_index", []() -> long { throw std::out_of_range("index 9 out of range"); });
    vm.def("bad_other", []() -> long { throw std::runtime_error("disk on fire"); });
    vm.def("call_it", [](gilt::Object f) { f(); });
    vm.exec("def raiser():\n    raise KeyError('k')\n");
    CHECK(caught(vm, "bad_value('x')") == "ValueError: no number in 'x'");
    CHECK(caught(vm, "bad_index()") == "IndexError: index 9 out of range");
    CHECK(caught(vm, "bad_other()") == "RuntimeError: disk on fire");
    // A script exception that passes through a native is raised again as itself: its
    // type (a user class too), its arguments, its traceback.
    CHECK(caught(vm, "call_it(raiser)") == "KeyError: 'k'");
    CHECK(caught(vm, "call_it(lambda: 1 / 0)") == "ZeroDivisionError: division by zero");
    vm.exec("class AppError(Exception):\n    pass\n"
            "def fail():\n    raise AppError('code', 7)\n"
            "try:\n    call_it(fail)\nexcept AppError as e:\n    got = (type(e).__name__, e.args)\n");
    CHECK(vm.global("got").repr() == "('AppError', ('code', 7))");
    try {
        vm.exec("call_it(fail)\n", "host.py");
        FAIL("no error");
    } catch (const gilt::Error& e) {
        CHECK(e.type_name() == "AppError");
        CHECK(e.traceback() == "Traceback (most recent call last):\n"
                               "  File \"host.py\", line 1, in <module>\n"
                               "    call_it(fail)\n"
                               "  File \"<string>\", line 4, in fail\n"
                               "AppError: ('code', 7)\n");
    }
}

TEST_CASE("gilt::Error carries the type, the message and the traceback CPython prints") {
    gilt::Interpreter vm;
    try {
        vm.exec("def inner(d):\n    return d['missing']\n\ndef outer():\n    return inner({})\n\nouter()\n", "job.py");
        FAIL("no error");
    } catch (const gilt::Error& e) {
        CHECK(e.type_name() == "KeyError");
        CHECK(e.message() == "'missing'");
        CHECK_FALSE(e.is_system_exit());
        CHECK(e.exit_code() == 1);
        CHECK(e.traceback() == "Traceback (most recent call last):\n"
                               "  File \"job.py\", line 7, in <module>\n"
                               "    outer()\n"
                               "  File \"job.py\", line 5, in outer\n"
                               "    return inner({})\n"
                               "           ^^^^^^^^^\n"
                               "  File \"job.py\", line 2, in inner\n"
                               "    return d['missing']\n"
                               "           ~^^^^^^^^^^^\n"
                               "KeyError: 'missing'\n");
        CHECK(std::string(e.what()) == e.traceback());
    }
    // Code from a "<string>" has no source lines to show.
    try {
        vm.exec("x = 1\nx.nope\n");
        FAIL("no error");
    } catch (const gilt::Error& e) {
        CHECK(e.traceback() == "Traceback (most recent call last):\n"
                               "  File \"<string>\", line 2, in <module>\n"
                               "AttributeError: 'int' object has no attribute 'nope'\n");
    }
    // A syntax error is a gilt::Error too, with CPython's report.
    try {
        vm.exec("if x\n    pass\n", "bad.py");
        FAIL("no error");
    } catch (const gilt::Error& e) {
        CHECK(e.type_name() == "SyntaxError");
        CHECK(e.message() == "expected ':' (bad.py, line 1)");
        CHECK(e.traceback() == "  File \"bad.py\", line 1\n    if x\n        ^\nSyntaxError: expected ':'\n");
    }
    // Chained exceptions are reported as CPython reports them.
    try {
        vm.exec("try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    raise ValueError('bad') from e\n", "chain.py");
        FAIL("no error");
    } catch (const gilt::Error& e) {
        CHECK(e.type_name() == "ValueError");
        CHECK(e.traceback() == "Traceback (most recent call last):\n"
                               "  File \"chain.py\", line 2, in <module>\n"
                               "    1 / 0\n"
                               "    ~~^~~\n"
                               "ZeroDivisionError: division by zero\n"
                               "\n"
                               "The above exception was the direct cause of the following exception:\n"
                               "\n"
                               "Traceback (most recent call last):\n"
                               "  File \"chain.py\", line 4, in <module>\n"
                               "    raise ValueError('bad') from e\n"
                               "ValueError: bad\n");
    }
}

TEST_CASE("SystemExit gives the exit status CPython would exit with") {
    gilt::Interpreter vm;
    auto exit_of = [&](const std::string& source) {
        try {
            vm.exec(source);
        } catch (const gilt::Error& e) {
            CHECK(e.is_system_exit());
            CHECK(e.type_name() == "SystemExit");
            return std::to_string(e.exit_code()) + " '" + e.message() + "'";
        }
        return std::string("no exit");
    };
    CHECK(exit_of("import sys\nsys.exit()") == "0 ''");
    CHECK(exit_of("import sys\nsys.exit(3)") == "3 ''");
    CHECK(exit_of("import sys\nsys.exit(None)") == "0 ''");
    CHECK(exit_of("import sys\nsys.exit('bye')") == "1 'bye'");
    CHECK(exit_of("raise SystemExit(True)") == "1 ''");
    CHECK(exit_of("raise SystemExit(-1)") == "255 ''");
    CHECK(exit_of("raise SystemExit(256 + 7)") == "7 ''");
    CHECK(exit_of("raise SystemExit") == "0 ''");
    // The interpreter stays usable afterwards.
    CHECK(vm.eval("1 + 1").as<long>() == 2);
}

TEST_CASE("two interpreters in one process share nothing") {
    gilt::Interpreter a, b;
    a.exec("x = 'a'\nimport sys\nsys.flag = 1\ndef f(): return x\n");
    b.exec("x = 'b'\n");
    a.def("who", [] { return std::string("host-a"); });
    CHECK(a.eval("f()").as<std::string>() == "a");
    CHECK(b.eval("x").as<std::string>() == "b");
    CHECK(error_of(b, "f()") == "NameError: name 'f' is not defined");
    CHECK(error_of(b, "who()") == "NameError: name 'who' is not defined");
    CHECK(b.eval("hasattr(__import__('sys'), 'flag')").as<bool>() == false);
    CHECK(a.eval("__import__('sys').flag").as<long>() == 1);
    // Objects of one are usable while the other works.
    gilt::Object fa = a.global("f");
    b.exec("y = [i * i for i in range(1000)]\n");
    CHECK(fa().as<std::string>() == "a");
    // An error in one leaves the other alone.
    CHECK(error_of(a, "1 / 0") == "ZeroDivisionError: division by zero");
    CHECK(b.eval("sum(y)").as<long>() == 332833500);
}

TEST_CASE("handles keep values alive across collections") {
    gilt::Options options;
    options.gc_stress = true; // a collection at every safe point after an allocation
    gilt::Interpreter vm(options);
    vm.exec("def make():\n    return [str(i) * 2 for i in range(300)]\n");
    gilt::Object list = vm.global("make")();
    gilt::Object text = vm.string("kept by the host");
    vm.exec("garbage = [[i] for i in range(2000)]\ndel garbage\n");
    CHECK(vm.eval("len")(list).as<long>() == 300);
    CHECK(list.str().substr(0, 16) == "['00', '11', '22");
    CHECK(text.as<std::string>() == "kept by the host");
    gilt::Object sum = vm.eval("sum(int(s) for s in " + std::string("[str(i) for i in range(100)]") + ")");
    CHECK(sum.as<long>() == 4950);
}

TEST_CASE("interrupt() raises KeyboardInterrupt in the running script") {
    gilt::Interpreter vm;
    vm.def("poke", [&vm] { vm.interrupt(); });
    CHECK(caught(vm, "poke()") == "KeyboardInterrupt: interrupted by the host");
    // From another thread, while a loop runs.
    std::thread stopper([&vm] {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        vm.interrupt();
    });
    std::string err = error_of(vm, "n = 0\nwhile True:\n    n += 1\n");
    stopper.join();
    CHECK(err == "KeyboardInterrupt: interrupted by the host");
    CHECK(vm.global("n").as<long>() > 0);
    // Handled or not, the request is used up.
    CHECK(vm.eval("2 + 2").as<long>() == 4);
}

TEST_CASE("options: argv and path reach sys") {
    gilt::Options options;
    options.argv = {"prog.py", "--flag", "é"};
    options.path = {"/nonexistent/dir"};
    gilt::Interpreter vm(options);
    CHECK(vm.eval("__import__('sys').argv").repr() == "['prog.py', '--flag', 'é']");
    CHECK(vm.eval("__import__('sys').path[-1]").as<std::string>() == "/nonexistent/dir");
    vm.set_argv({"other"});
    CHECK(vm.eval("__import__('sys').argv").repr() == "['other']");
}

TEST_CASE("is_complete() tells the REPL when a statement needs more lines") {
    gilt::Interpreter vm;
    CHECK(vm.is_complete("x = 1"));
    CHECK_FALSE(vm.is_complete("if x:"));
    CHECK_FALSE(vm.is_complete("f(1,"));
    CHECK_FALSE(vm.is_complete("s = '''abc"));
    CHECK(vm.is_complete("x = = 1")); // complete, and wrong: the error shows now
}
