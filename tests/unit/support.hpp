// Helpers shared by the white-box unit tests: a private interpreter that runs snippets.
#pragma once

#include <string>
#include <string_view>

#include <doctest/doctest.h>

#include "core/interp.hpp"
#include "core/thread_state.hpp"
#include "objects/dict.hpp"
#include "objects/exception.hpp"
#include "objects/str.hpp"
#include "objects/type.hpp"
#include "vm/errors.hpp"
#include "vm/eval.hpp"
#include "vm/ops.hpp"
#include "vm/source.hpp"

namespace gilt::test {

// One interpreter per test case: tests never share a heap, so counts of objects and
// bytes seen by one test are not disturbed by another.
//
// Results of eval()/run() are raw Values: they stay alive only until the next safe
// point (the next snippet run, or a collection). Keep them in a Rooted if a test
// runs more code or collects before looking at them.
class Vm {
public:
    Interp I;
    ThreadState& ts = *I.main_thread;

    // Runs statements in __main__; a script exception fails the test with its text.
    void exec(std::string_view source) {
        try {
            CodeObj* code = compile_or_raise(ts, source, "<test>", CompileMode::File, false);
            run_code(ts, code, I.main_module->dict);
        } catch (const ScriptError&) {
            FAIL_CHECK("unexpected exception: " << take_exception());
        }
    }

    // Evaluates one expression in __main__.
    Value eval(std::string_view expression) {
        try {
            CodeObj* code = compile_or_raise(ts, expression, "<test>", CompileMode::Eval, false);
            return run_code(ts, code, I.main_module->dict);
        } catch (const ScriptError&) {
            FAIL_CHECK("unexpected exception: " << take_exception());
            return Value::none();
        }
    }

    // repr() of an expression's value, as the script would see it.
    std::string eval_repr(std::string_view expression) {
        Rooted v(ts, eval(expression));
        return repr_of(v);
    }

    // "Type: message" of the exception that running `source` raises, or "" if none
    // (a syntax error counts: it is raised as SyntaxError).
    std::string error_of(std::string_view source) {
        try {
            CodeObj* code = compile_or_raise(ts, source, "<test>", CompileMode::File, false);
            run_code(ts, code, I.main_module->dict);
        } catch (const ScriptError&) {
            return take_exception();
        }
        return "";
    }

    // The SyntaxError (IndentationError, TabError) compiling `source` raises, with the
    // attributes CPython sets: "Type: msg (lineno:offset-end_lineno:end_offset)", or ""
    // if it compiles.
    std::string syntax_error_of(std::string_view source, CompileMode mode = CompileMode::File) {
        try {
            compile_or_raise(ts, source, "<test>", mode, false);
        } catch (const ScriptError&) {
            Rooted exc(ts, ts.raised);
            ts.raised = Value();
            auto attr = [&](const char* name) {
                Rooted v(ts, get_attr(ts, exc, intern(I, name)));
                return is_str(v) ? std::string(as_str(v)->view()) : repr_of(v);
            };
            return std::string(Value(exc).obj()->type->name->view()) + ": " + attr("msg") + " (" + attr("lineno") +
                   ":" + attr("offset") + "-" + attr("end_lineno") + ":" + attr("end_offset") + ")";
        }
        return "";
    }

    std::string repr_of(Value v) {
        try {
            return repr_string(ts, v);
        } catch (const ScriptError&) {
            return "<repr failed: " + take_exception() + ">";
        }
    }

    Value global(const char* name) { return builtin_or_global(name); }
    void set_global_value(const char* name, Value v) { dict_set_cstr(I, I.main_module->dict, name, v); }

private:
    Value builtin_or_global(const char* name) {
        Value v = dict_get_cstr(I, I.main_module->dict, name);
        return v.is_null() ? builtin(I, name) : v;
    }

    std::string take_exception() {
        Value exc = ts.raised;
        Rooted keep(ts, exc);
        ts.raised = Value();
        std::string type = is_exception(exc) ? std::string(exc.obj()->type->name->view()) : "?";
        std::string message;
        try {
            message = str_string(ts, exc);
        } catch (const ScriptError&) {
            ts.raised = Value();
            message = "<unprintable>";
        }
        return message.empty() ? type : type + ": " + message;
    }
};

} // namespace gilt::test
