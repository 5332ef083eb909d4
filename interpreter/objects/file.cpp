// File objects: text and binary files over POSIX descriptors (open(), sys.std*).
#include "objects/file.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/thread_state.hpp"
#include "objects/bytes.hpp"
#include "objects/descr.hpp"
#include "objects/exception.hpp"
#include "objects/function.hpp"
#include "objects/list.hpp"
#include "objects/number.hpp"
#include "objects/str.hpp"
#include "objects/tuple.hpp"
#include "objects/type.hpp"
#include "vm/args.hpp"
#include "vm/blocking.hpp"
#include "vm/errors.hpp"
#include "vm/eval.hpp"
#include "vm/ops.hpp"

namespace gilt {

FileObj::~FileObj() {
    if (!closed) {
        file_flush_quietly(this);
        if (owns_fd && fd > 2) ::close(fd);
    }
}

void file_flush_quietly(FileObj* f) {
    size_t off = 0;
    while (off < f->wbuf.size()) {
        ssize_t n = ::write(f->fd, f->wbuf.data() + off, f->wbuf.size() - off);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        off += size_t(n);
    }
    f->wbuf.clear();
}

namespace {

[[noreturn]] void raise_os_error(ThreadState& ts, int err, Value filename = Value()) {
    Interp& I = ts.interp;
    Value args[3] = {Value::from_small(err), Value::from_obj(new_str(I, std::strerror(err))), filename};
    Value exc = call(ts, Value::from_obj(I.exc.OSError), args, filename.is_null() ? 2 : 3);
    raise(ts, exc);
}

void check_open(ThreadState& ts, FileObj* f) {
    if (f->closed) value_error(ts, "I/O operation on closed file.");
}

// Writes the buffer out, releasing the GIL around the system calls.
void flush_buffer(ThreadState& ts, FileObj* f) {
    if (f->wbuf.empty()) return;
    std::string data;
    data.swap(f->wbuf);
    int err = 0;
    int fd = f->fd;
    {
        BlockingRegion region(ts, BlockReason::Io);
        size_t off = 0;
        while (off < data.size()) {
            ssize_t n = ::write(fd, data.data() + off, data.size() - off);
            if (n < 0) {
                if (errno == EINTR) continue;
                err = errno;
                break;
            }
            off += size_t(n);
        }
    }
    if (err) raise_os_error(ts, err);
}

// Reads more bytes into the read buffer; false at end of file.
bool fill_buffer(ThreadState& ts, FileObj* f) {
    if (f->eof) return false;
    if (f->fd == 0) {
        // Interactive use: show pending prompts before blocking on stdin.
        Value out = ts.interp.std_out;
        if (is_file(out)) flush_buffer(ts, out.as<FileObj>());
    }
    char buf[65536];
    ssize_t n;
    int err = 0;
    {
        BlockingRegion region(ts, BlockReason::Io);
        do {
            n = ::read(f->fd, buf, sizeof buf);
        } while (n < 0 && errno == EINTR);
        if (n < 0) err = errno;
    }
    if (err) raise_os_error(ts, err);
    if (n == 0) {
        f->eof = true;
        return false;
    }
    if (f->rpos > 0) {
        f->rbuf.erase(0, f->rpos);
        f->rpos = 0;
    }
    f->rbuf.append(buf, size_t(n));
    return true;
}

Value make_text(ThreadState& ts, FileObj* f, std::string&& data) {
    if (f->binary) return Value::from_obj(new_bytes(ts.interp, data));
    // Universal newlines on input.
    std::string out;
    out.reserve(data.size());
    for (size_t i = 0; i < data.size(); ++i) {
        if (data[i] == '\r') {
            out += '\n';
            if (i + 1 < data.size() && data[i + 1] == '\n') ++i;
        } else {
            out += data[i];
        }
    }
    if (!utf8_valid(out)) {
        size_t bad = 0;
        while (bad < out.size() && utf8_valid(std::string_view(out).substr(0, bad + 1))) ++bad;
        raise_msg(ts, ts.interp.exc.UnicodeDecodeError,
                  fmt::format("'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte",
                              (unsigned char)out[bad], bad));
    }
    return Value::from_obj(new_str(ts.interp, out));
}

// One line including its '\n' (text: also a lone '\r'); empty at EOF.
std::string read_line(ThreadState& ts, FileObj* f, int64_t limit) {
    for (;;) {
        std::string_view avail(f->rbuf.data() + f->rpos, f->rbuf.size() - f->rpos);
        size_t nl = avail.find('\n');
        if (!f->binary) {
            size_t cr = avail.find('\r');
            // A '\r' at the end of the buffer might be the start of "\r\n".
            if (cr != std::string_view::npos && cr + 1 < avail.size() && (nl == std::string_view::npos || cr < nl))
                nl = avail[cr + 1] == '\n' ? cr + 1 : cr;
        }
        if (limit >= 0 && (nl == std::string_view::npos || int64_t(nl) >= limit) && int64_t(avail.size()) >= limit) {
            std::string line(avail.substr(0, size_t(limit)));
            f->rpos += size_t(limit);
            return line;
        }
        if (nl != std::string_view::npos) {
            std::string line(avail.substr(0, nl + 1));
            f->rpos += nl + 1;
            return line;
        }
        if (!fill_buffer(ts, f)) {
            std::string line(avail);
            f->rpos = f->rbuf.size();
            return line;
        }
    }
}

FileObj* self_file(ThreadState& ts, Value v) {
    if (!is_file(v)) type_error(ts, "descriptor requires a file object");
    return v.as<FileObj>();
}

Value m_write(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    check_count(ts, "write", nargs - 1, 1, 1);
    FileObj* f = self_file(ts, args[0]);
    check_open(ts, f);
    if (!f->writable) raise_msg(ts, ts.interp.exc.OSError, "not writable");
    if (f->binary) {
        if (!is_byteslike(args[1])) type_error(ts, "a bytes-like object is required, not '{}'", type_name(ts.interp, args[1]));
        f->wbuf.append(bytes_view(args[1]));
        if (f->wbuf.size() > 65536) flush_buffer(ts, f);
        return Value::from_small(int64_t(bytes_view(args[1]).size()));
    }
    if (!is_str(args[1])) type_error(ts, "write() argument must be str, not {}", type_name(ts.interp, args[1]));
    StrObj* s = as_str(args[1]);
    f->wbuf.append(s->view());
    if (f->wbuf.size() > 65536 || (f->line_buffered && s->view().find('\n') != std::string_view::npos))
        flush_buffer(ts, f);
    return Value::from_small(int64_t(s->nchars));
}

Value m_read(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    check_count(ts, "read", nargs - 1, 0, 1);
    FileObj* f = self_file(ts, args[0]);
    check_open(ts, f);
    if (!f->readable) raise_msg(ts, ts.interp.exc.OSError, "not readable");
    int64_t size = nargs > 1 && !args[1].is_none() ? index_int64(ts, args[1]) : -1;
    if (size < 0) {
        while (fill_buffer(ts, f)) {
        }
        std::string data = f->rbuf.substr(f->rpos);
        f->rbuf.clear();
        f->rpos = 0;
        return make_text(ts, f, std::move(data));
    }
    // Text mode counts characters; reading whole UTF-8 sequences keeps it simple.
    std::string out;
    int64_t got = 0;
    while (got < size) {
        if (f->rpos >= f->rbuf.size() && !fill_buffer(ts, f)) break;
        unsigned char c = (unsigned char)f->rbuf[f->rpos];
        size_t len = f->binary || c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        while (f->rbuf.size() - f->rpos < len && fill_buffer(ts, f)) {
        }
        len = std::min(len, f->rbuf.size() - f->rpos);
        out.append(f->rbuf, f->rpos, len);
        f->rpos += len;
        ++got;
    }
    return make_text(ts, f, std::move(out));
}

Value m_readline(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    check_count(ts, "readline", nargs - 1, 0, 1);
    FileObj* f = self_file(ts, args[0]);
    check_open(ts, f);
    int64_t limit = nargs > 1 && !args[1].is_none() ? index_int64(ts, args[1]) : -1;
    return make_text(ts, f, read_line(ts, f, limit));
}

Value m_readlines(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    check_count(ts, "readlines", nargs - 1, 0, 1);
    FileObj* f = self_file(ts, args[0]);
    check_open(ts, f);
    ListObj* out = new_list(ts.interp);
    Rooted keep(ts, Value::from_obj(out));
    for (;;) {
        std::string line = read_line(ts, f, -1);
        if (line.empty()) break;
        list_append(ts.interp, out, make_text(ts, f, std::move(line)));
    }
    return Value::from_obj(out);
}

Value m_writelines(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    check_count(ts, "writelines", nargs - 1, 1, 1);
    RootedVector lines(ts);
    collect_iterable(ts, args[1], lines.items);
    for (Value l : lines.items) {
        Value a[2] = {args[0], l};
        m_write(ts, a, 2, nullptr);
    }
    return Value::none();
}

Value m_flush(ThreadState& ts, Value* args, size_t, TupleObj*) {
    FileObj* f = self_file(ts, args[0]);
    check_open(ts, f);
    flush_buffer(ts, f);
    return Value::none();
}

Value m_close(ThreadState& ts, Value* args, size_t, TupleObj*) {
    FileObj* f = self_file(ts, args[0]);
    if (f->closed) return Value::none();
    flush_buffer(ts, f);
    f->closed = true;
    if (f->owns_fd && f->fd > 2) ::close(f->fd);
    return Value::none();
}

Value m_enter(ThreadState& ts, Value* args, size_t, TupleObj*) {
    check_open(ts, self_file(ts, args[0]));
    return args[0];
}
Value m_exit(ThreadState& ts, Value* args, size_t, TupleObj*) {
    m_close(ts, args, 1, nullptr);
    return Value::false_();
}
Value m_iter(ThreadState& ts, Value* args, size_t, TupleObj*) {
    check_open(ts, self_file(ts, args[0]));
    return args[0];
}
Value m_next(ThreadState& ts, Value* args, size_t, TupleObj*) {
    FileObj* f = self_file(ts, args[0]);
    check_open(ts, f);
    std::string line = read_line(ts, f, -1);
    if (line.empty()) stop_iteration(ts, Value());
    return make_text(ts, f, std::move(line));
}
Value m_fileno(ThreadState& ts, Value* args, size_t, TupleObj*) { return Value::from_small(self_file(ts, args[0])->fd); }
Value m_isatty(ThreadState& ts, Value* args, size_t, TupleObj*) { return Value::boolean(::isatty(self_file(ts, args[0])->fd)); }
Value m_readable(ThreadState& ts, Value* args, size_t, TupleObj*) { return Value::boolean(self_file(ts, args[0])->readable); }
Value m_writable(ThreadState& ts, Value* args, size_t, TupleObj*) { return Value::boolean(self_file(ts, args[0])->writable); }
Value m_seek(ThreadState& ts, Value* args, size_t nargs, TupleObj*) {
    check_count(ts, "seek", nargs - 1, 1, 2);
    FileObj* f = self_file(ts, args[0]);
    check_open(ts, f);
    flush_buffer(ts, f);
    int64_t off = index_int64(ts, args[1]);
    int whence = nargs > 2 ? int(index_int64(ts, args[2])) : 0;
    off_t r = ::lseek(f->fd, off_t(off), whence);
    if (r < 0) raise_os_error(ts, errno);
    f->rbuf.clear();
    f->rpos = 0;
    f->eof = false;
    return Value::from_small(int64_t(r));
}
Value m_tell(ThreadState& ts, Value* args, size_t, TupleObj*) {
    FileObj* f = self_file(ts, args[0]);
    check_open(ts, f);
    flush_buffer(ts, f);
    off_t r = ::lseek(f->fd, 0, SEEK_CUR);
    if (r < 0) raise_os_error(ts, errno);
    return Value::from_small(int64_t(r) - int64_t(f->rbuf.size() - f->rpos));
}

Value get_closed(ThreadState& ts, Value self) { return Value::boolean(self_file(ts, self)->closed); }
Value get_name(ThreadState& ts, Value self) { return self_file(ts, self)->name; }
Value get_mode(ThreadState& ts, Value self) { return Value::from_obj(self_file(ts, self)->mode); }
Value get_encoding(ThreadState& ts, Value self) {
    if (self_file(ts, self)->binary) raise_msg(ts, ts.interp.exc.AttributeError, "'BufferedReader' object has no attribute 'encoding'");
    return Value::from_obj(new_str(ts.interp, "utf-8"));
}

const MethodDef kFileMethods[] = {
    {"write", m_write, NativeFunctionObj::kMethod},         {"read", m_read, NativeFunctionObj::kMethod},
    {"readline", m_readline, NativeFunctionObj::kMethod},   {"readlines", m_readlines, NativeFunctionObj::kMethod},
    {"writelines", m_writelines, NativeFunctionObj::kMethod}, {"flush", m_flush, NativeFunctionObj::kMethod},
    {"close", m_close, NativeFunctionObj::kMethod},         {"__enter__", m_enter, NativeFunctionObj::kMethod},
    {"__exit__", m_exit, NativeFunctionObj::kMethod},       {"__iter__", m_iter, NativeFunctionObj::kMethod},
    {"__next__", m_next, NativeFunctionObj::kMethod},       {"fileno", m_fileno, NativeFunctionObj::kMethod},
    {"isatty", m_isatty, NativeFunctionObj::kMethod},       {"readable", m_readable, NativeFunctionObj::kMethod},
    {"writable", m_writable, NativeFunctionObj::kMethod},   {"seek", m_seek, NativeFunctionObj::kMethod},
    {"tell", m_tell, NativeFunctionObj::kMethod},           {nullptr, nullptr},
};

} // namespace

FileObj* new_std_file(Interp& I, int fd, const char* name, bool write) {
    FileObj* f = I.heap.make<FileObj>(I.types.text_file);
    f->fd = fd;
    f->readable = !write;
    f->writable = write;
    f->owns_fd = false;
    // stdout is block-buffered unless it is a terminal; stderr is line-buffered (3.9+).
    f->line_buffered = fd == 2 || ::isatty(fd);
    f->name = Value::from_obj(new_str(I, name));
    f->mode = new_str(I, write ? "w" : "r");
    return f;
}

void file_write(ThreadState& ts, Value file, std::string_view text) {
    if (is_file(file)) {
        FileObj* f = file.as<FileObj>();
        check_open(ts, f);
        if (f->binary) type_error(ts, "a bytes-like object is required, not 'str'");
        f->wbuf.append(text);
        if (f->wbuf.size() > 65536 || (f->line_buffered && text.find('\n') != std::string_view::npos))
            flush_buffer(ts, f);
        return;
    }
    Value s = Value::from_obj(new_str(ts.interp, text));
    call_method(ts, file, ts.interp.names.write, &s, 1);
}

void file_flush(ThreadState& ts, Value file) {
    if (is_file(file)) {
        FileObj* f = file.as<FileObj>();
        if (!f->closed) flush_buffer(ts, f);
        return;
    }
    Value m = lookup_attr(ts, file, ts.interp.names.flush);
    if (!m.is_null()) call0(ts, m);
}

Value open_file(ThreadState& ts, Value* args, size_t nargs, TupleObj* kwnames) {
    Args a(ts, "open", args, nargs, kwnames, {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd"}, 1);
    Interp& I = ts.interp;
    Value file = a[0];
    std::string mode = a.has(1) ? std::string(arg_str(ts, a[1], "open", "argument 'mode'")->view()) : "r";
    if (a.has(3) && !a[3].is_none()) {
        std::string enc(arg_str(ts, a[3], "open", "argument 'encoding'")->view());
        for (char& c : enc) c = char(std::tolower((unsigned char)c));
        if (enc != "utf-8" && enc != "utf8" && enc != "ascii")
            raise_msg(ts, I.exc.LookupError, fmt::format("unknown encoding: {}", enc));
    }
    bool r = false, w = false, x = false, ap = false, plus = false, b = false, t = false;
    for (char c : mode) {
        switch (c) {
        case 'r': r = true; break;
        case 'w': w = true; break;
        case 'x': x = true; break;
        case 'a': ap = true; break;
        case '+': plus = true; break;
        case 'b': b = true; break;
        case 't': t = true; break;
        default: value_error(ts, "invalid mode: '{}'", mode);
        }
    }
    if (int(r) + int(w) + int(x) + int(ap) != 1) value_error(ts, "must have exactly one of create/read/write/append mode");
    if (b && t) value_error(ts, "can't have text and binary mode at once");
    int flags = O_CLOEXEC;
    if (r) flags |= plus ? O_RDWR : O_RDONLY;
    if (w) flags |= (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_TRUNC;
    if (x) flags |= (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_EXCL;
    if (ap) flags |= (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_APPEND;
    int fd;
    if (is_int(file)) {
        fd = int(index_int64(ts, file));
    } else {
        if (!is_str(file)) type_error(ts, "expected str, bytes or os.PathLike object, not {}", type_name(I, file));
        std::string path(as_str(file)->view());
        int err = 0;
        {
            BlockingRegion region(ts, BlockReason::Io);
            fd = ::open(path.c_str(), flags, 0666);
            if (fd < 0) err = errno;
            struct stat st;
            if (fd >= 0 && fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
                ::close(fd);
                fd = -1;
                err = EISDIR;
            }
        }
        if (fd < 0) raise_os_error(ts, err, file);
    }
    FileObj* f = I.heap.make<FileObj>(b ? I.types.binary_file : I.types.text_file);
    f->fd = fd;
    f->readable = r || plus;
    f->writable = w || x || ap || plus;
    f->binary = b;
    f->appending = ap;
    f->owns_fd = !is_int(file) || !a.has(6) || truthy(ts, a[6]);
    f->name = file;
    f->mode = new_str(I, mode);
    f->line_buffered = ::isatty(fd);
    return Value::from_obj(f);
}

void init_file_types(Interp& I) {
    I.types.text_file = new_builtin_type(I, "TextIOWrapper", ObjKind::File, nullptr, 0);
    I.types.binary_file = new_builtin_type(I, "BufferedReader", ObjKind::File, nullptr, 0);
    for (TypeObj* t : {I.types.text_file, I.types.binary_file}) {
        t->module = Value::from_obj(intern(I, "_io"));
        add_methods(I, t, kFileMethods);
        add_getset(I, t, "closed", get_closed);
        add_getset(I, t, "name", get_name);
        add_getset(I, t, "mode", get_mode);
        add_getset(I, t, "encoding", get_encoding);
    }
}

} // namespace gilt
