// Compiling source from C++ with syntax errors turned into SyntaxError exceptions.
#include "vm/source.hpp"

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

#include "objects/exception.hpp"
#include "objects/number.hpp"
#include "objects/str.hpp"
#include "objects/tuple.hpp"
#include "objects/type.hpp"
#include "vm/errors.hpp"
#include "vm/eval.hpp"

namespace gilt {

namespace {

std::string_view line_of(std::string_view source, int line) {
    size_t start = 0;
    for (int l = 1; l < line; ++l) {
        size_t nl = source.find('\n', start);
        if (nl == std::string_view::npos) return {};
        start = nl + 1;
    }
    size_t end = source.find('\n', start);
    if (end == std::string_view::npos) end = source.size();
    std::string_view l = source.substr(start, end - start);
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    return l;
}

// 1-based byte offset -> 1-based character offset within a line.
int64_t char_offset(std::string_view line, int byte_col) {
    if (byte_col <= 0) return byte_col;
    size_t b = std::min<size_t>(size_t(byte_col - 1), line.size());
    return int64_t(utf8_count(line.substr(0, b))) + 1 + (byte_col - 1 > int(line.size()) ? byte_col - 1 - int(line.size()) : 0);
}

} // namespace

Value syntax_error_value(ThreadState& ts, const CompileError& e, std::string_view source, SourceOrigin origin) {
    Interp& I = ts.interp;
    TypeObj* type = e.kind == CompileError::Kind::Tab           ? I.exc.TabError
                    : e.kind == CompileError::Kind::Indentation ? I.exc.IndentationError
                                                                : I.exc.SyntaxError;
    if (e.cause == CompileError::Cause::NullByte && origin != SourceOrigin::MainScript) {
        // CPython: a compiled string or an imported module gets no position at all.
        Value message = Value::from_obj(new_str(I, e.message));
        Rooted keep(ts, message);
        return call(ts, Value::from_obj(type), &message, 1);
    }
    if (e.cause == CompileError::Cause::NullByte) {
        // A main script: its own wording, the line up to the null byte, offsets 0.
        CompileError main = e;
        main.cause = CompileError::Cause::Other;
        main.message = "source code cannot contain null bytes";
        main.col = main.end_col = 0;
        Value v = syntax_error_value(ts, main, source, SourceOrigin::File);
        return v;
    }
    std::string_view line = !e.text.empty() ? std::string_view(e.text) : e.line > 0 ? line_of(source, e.line) : std::string_view();
    std::string_view end_line = e.end_line > 0 && e.text.empty() ? line_of(source, e.end_line) : line;
    // An f-string expression's own text (CompileError::text) is positioned in bytes.
    bool in_bytes = origin != SourceOrigin::String || !e.text.empty();
    int64_t offset = in_bytes ? e.col : char_offset(line, e.col);
    int64_t end_offset = e.end_col <= 0 || in_bytes ? e.end_col : char_offset(end_line, e.end_col);
    if (origin == SourceOrigin::MainScript && e.at_eof) offset = 0;
    RootedVector parts(ts);
    parts.items.push_back(Value::from_obj(new_str(I, e.filename)));
    parts.items.push_back(e.line > 0 ? Value::from_small(e.line) : Value::none());
    parts.items.push_back(e.line > 0 ? Value::from_small(offset) : Value::none());
    std::string text = !e.text.empty() ? e.text : std::string(line) + "\n";
    parts.items.push_back(e.line > 0 ? Value::from_obj(new_str(I, text)) : Value::none());
    parts.items.push_back(e.line > 0 ? Value::from_small(e.end_line) : Value::none());
    parts.items.push_back(e.line > 0 ? Value::from_small(end_offset) : Value::none());
    TupleObj* details = new_tuple(I, parts.items.data(), parts.items.size());
    Value args[2] = {Value::from_obj(new_str(I, e.message)), Value::from_obj(details)};
    Rooted keep(ts, args[0]);
    Rooted keep2(ts, args[1]);
    return call(ts, Value::from_obj(type), args, 2);
}

CodeObj* compile_or_raise(ThreadState& ts, std::string_view source, const std::string& filename, CompileMode mode,
                          bool remember, SourceOrigin origin) {
    if (remember) ts.interp.remember_source(filename, std::string(source));
    try {
        return compile_source(ts.interp, source, filename, mode);
    } catch (const CompileError& e) {
        raise(ts, syntax_error_value(ts, e, source, origin));
    }
}

bool read_file(const std::string& path, std::string* out, int* err) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        *err = errno;
        return false;
    }
    out->clear();
    char buf[65536];
    for (;;) {
        ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0) {
            if (errno == EINTR) continue;
            *err = errno;
            ::close(fd);
            return false;
        }
        if (n == 0) break;
        out->append(buf, size_t(n));
    }
    ::close(fd);
    return true;
}

} // namespace gilt
