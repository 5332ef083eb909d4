// File objects: text and binary files over POSIX descriptors (open(), sys.std*, the io module).
#include "objects/file.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/thread_state.hpp"
#include "objects/bytes.hpp"
#include "objects/codecs.hpp"
#include "objects/descr.hpp"
#include "objects/dict.hpp"
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

namespace {

// The interpreter's list of open files: linked when open() creates one, unlinked when
// it is closed or collected.
void link_open(Interp& I, FileObj* f) {
    f->open_list = &I.open_files;
    f->next_open = I.open_files;
    if (I.open_files) I.open_files->prev_open = f;
    I.open_files = f;
}
void unlink_open(FileObj* f) {
    if (!f->open_list) return;
    if (f->prev_open) f->prev_open->next_open = f->next_open;
    else *f->open_list = f->next_open;
    if (f->next_open) f->next_open->prev_open = f->prev_open;
    f->open_list = nullptr;
    f->prev_open = f->next_open = nullptr;
}

} // namespace

FileObj::~FileObj() {
    unlink_open(this);
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

constexpr size_t kChunk = 65536;
// TextIOWrapper reads 8 KiB at a time and, when a write follows a read, writes where its
// read-ahead left the buffered layer rather than at the logical position: a program
// doing r+ reads and writes sees CPython's layout only if both are done the same way.
constexpr size_t kTextChunk = 8192;

Codec codec_of(const FileObj* f) { return Codec(f->codec); }
// UTF-8, ASCII and Latin-1 keep '\n' and '\r' as single bytes, so lines can be found in
// the raw bytes and every byte offset is a position tell() can report.
bool ascii_compatible(Codec c) { return c == Codec::Utf8 || c == Codec::Utf8Sig || c == Codec::Ascii || c == Codec::Latin1; }

enum class Kind { Text, Reader, Writer, Random };
Kind kind_of(Interp& I, const FileObj* f) {
    if (!f->binary) return Kind::Text;
    if (f->type == I.types.buffered_writer) return Kind::Writer;
    if (f->type == I.types.buffered_random) return Kind::Random;
    return Kind::Reader;
}

[[noreturn]] void unsupported(ThreadState& ts, std::string_view what) {
    raise_msg(ts, ts.interp.types.io_unsupported_operation, what);
}

// CPython's messages for a closed file differ by class and method; the text layer and
// most methods say "I/O operation on closed file." with a full stop.
void check_open(ThreadState& ts, FileObj* f, const char* message = "I/O operation on closed file.") {
    if (f->closed) value_error(ts, "{}", message);
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

// Before writing to a file that has read ahead: move the descriptor back to the
// logical position and drop what was read ahead.
void sync_for_write(ThreadState& ts, FileObj* f) {
    size_t unread = f->rbuf.size() - f->rpos;
    if (unread && f->binary && !f->appending && ::lseek(f->fd, -off_t(unread), SEEK_CUR) < 0) raise_os_error(ts, errno);
    f->rbuf.clear();
    f->rpos = 0;
    f->eof = false;
}

// Reads more bytes into the read buffer; false at end of file.
bool fill_buffer(ThreadState& ts, FileObj* f) {
    if (f->eof) return false;
    if (f->fd == 0) {
        // Interactive use: show pending prompts before blocking on stdin.
        Value out = ts.interp.std_out;
        if (is_file(out)) flush_buffer(ts, out.as<FileObj>());
    }
    flush_buffer(ts, f);
    std::string chunk(f->binary ? kChunk : kTextChunk, '\0');
    ssize_t n;
    int err = 0;
    int fd = f->fd;
    {
        BlockingRegion region(ts, BlockReason::Io);
        do {
            n = ::read(fd, chunk.data(), chunk.size());
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
    f->rbuf.append(chunk.data(), size_t(n));
    return true;
}

// Text files in UTF-16/32 are decoded (and their newlines translated) whole, once.
void decode_whole(ThreadState& ts, FileObj* f) {
    if (f->binary || f->whole_decoded || ascii_compatible(codec_of(f))) return;
    while (fill_buffer(ts, f)) {
    }
    std::string text = codec_decode(ts, std::string_view(f->rbuf).substr(f->rpos), codec_of(f), f->errors);
    if (f->newline == FileObj::Newline::Universal) {
        std::string out;
        for (size_t i = 0; i < text.size(); ++i) {
            if (text[i] == '\r') {
                out += '\n';
                if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
            } else {
                out += text[i];
            }
        }
        text.swap(out);
        f->newline = FileObj::Newline::LF;
    }
    f->rbuf = std::move(text);
    f->rpos = 0;
    f->whole_decoded = true;
}

// Decodes raw bytes of a text file (after newline translation) to a str.
Value make_text(ThreadState& ts, FileObj* f, std::string_view raw) {
    Interp& I = ts.interp;
    if (f->binary) return Value::from_obj(new_bytes(I, raw));
    std::string translated;
    if (f->newline == FileObj::Newline::Universal && raw.find('\r') != std::string_view::npos) {
        translated.reserve(raw.size());
        for (size_t i = 0; i < raw.size(); ++i) {
            if (raw[i] == '\r') {
                translated += '\n';
                if (i + 1 < raw.size() && raw[i + 1] == '\n') ++i;
            } else {
                translated += raw[i];
            }
        }
        raw = translated;
    }
    Codec c = f->whole_decoded ? Codec::Utf8 : codec_of(f);
    if ((c == Codec::Utf8 || c == Codec::Utf8Sig) && utf8_valid(raw)) return Value::from_obj(new_str(I, raw));
    return Value::from_obj(new_str(I, codec_decode(ts, raw, c == Codec::Utf8Sig ? Codec::Utf8 : c, f->errors)));
}

// Length of one character at rbuf[i] (text files), or of one byte (binary files).
size_t char_len(const FileObj* f, size_t i) {
    if (f->binary || !(codec_of(f) == Codec::Utf8 || codec_of(f) == Codec::Utf8Sig || f->whole_decoded)) return 1;
    unsigned char c = (unsigned char)f->rbuf[i];
    return c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

// Scans the buffered bytes from rpos for up to `max_chars` characters (-1: any number),
// stopping after a line end when `line` is set. Returns the number of bytes that make
// up the answer, or npos when more input is needed to decide.
constexpr size_t kNeedMore = size_t(-1);
size_t scan(const FileObj* f, int64_t max_chars, bool line) {
    const std::string& b = f->rbuf;
    size_t i = f->rpos, n = b.size();
    int64_t chars = 0;
    FileObj::Newline nl = f->binary ? FileObj::Newline::LF : f->newline;
    while (i < n) {
        if (max_chars >= 0 && chars >= max_chars) return i - f->rpos;
        char c = b[i];
        if (line && (c == '\n' || c == '\r')) {
            switch (nl) {
            case FileObj::Newline::Universal:
            case FileObj::Newline::Untranslated:
                if (c == '\n') return i + 1 - f->rpos;
                if (i + 1 >= n) return f->eof ? i + 1 - f->rpos : kNeedMore; // "\r" or "\r\n"?
                if (b[i + 1] != '\n') return i + 1 - f->rpos;
                // "\r\n": one character when translated, two otherwise.
                if (nl == FileObj::Newline::Universal || max_chars < 0 || chars + 2 <= max_chars) return i + 2 - f->rpos;
                return i + 1 - f->rpos;
            case FileObj::Newline::LF:
                if (c == '\n') return i + 1 - f->rpos;
                break;
            case FileObj::Newline::CR:
                if (c == '\r') return i + 1 - f->rpos;
                break;
            case FileObj::Newline::CRLF:
                if (c == '\r') {
                    if (i + 1 >= n) {
                        if (!f->eof) return kNeedMore;
                    } else if (b[i + 1] == '\n') {
                        if (max_chars < 0 || chars + 2 <= max_chars) return i + 2 - f->rpos;
                        return i + 1 - f->rpos;
                    }
                }
                break;
            }
        }
        if (c == '\r' && !f->binary && nl == FileObj::Newline::Universal) {
            // A translated "\r\n" is one character: look ahead to know.
            if (i + 1 >= n && !f->eof) return kNeedMore;
            i += (i + 1 < n && b[i + 1] == '\n') ? 2 : 1;
            ++chars;
            continue;
        }
        size_t len = char_len(f, i);
        if (i + len > n) {
            if (!f->eof) return kNeedMore;
            len = n - i;
        }
        i += len;
        ++chars;
    }
    if (max_chars >= 0 && chars >= max_chars) return i - f->rpos;
    return f->eof ? i - f->rpos : kNeedMore;
}

// Takes up to max_chars characters (or one line) from the file, reading as needed.
std::string_view take(ThreadState& ts, FileObj* f, int64_t max_chars, bool line, std::string& storage) {
    decode_whole(ts, f);
    for (;;) {
        size_t len = scan(f, max_chars, line);
        if (len != kNeedMore) {
            storage.assign(f->rbuf, f->rpos, len);
            f->rpos += len;
            return storage;
        }
        if (!fill_buffer(ts, f)) {
            // scan() sees eof now and answers on the next round.
        }
    }
}

FileObj* self_file(ThreadState& ts, Value v) {
    if (!is_file(v)) type_error(ts, "descriptor requires a file object");
    return v.as<FileObj>();
}

// The `size` argument of read(): an int or None ("argument should be integer or None").
int64_t size_arg(ThreadState& ts, Value v) {
    if (v.is_null() || v.is_none()) return -1;
    return index_int64(ts, index_value(ts, v, fmt::format("argument should be integer or None, not '{}'", type_name(ts.interp, v)).c_str()));
}

void require_readable(ThreadState& ts, FileObj* f) {
    if (f->binary) {
        if (!f->readable) unsupported(ts, "read");
    } else {
        check_open(ts, f);
        if (!f->readable) unsupported(ts, "not readable");
    }
}

void require_writable(ThreadState& ts, FileObj* f) {
    if (f->binary) {
        if (!f->writable) unsupported(ts, "write");
        check_open(ts, f, "write to closed file");
    } else {
        check_open(ts, f);
        if (!f->writable) unsupported(ts, "not writable");
    }
}

// Appends text (already a str) to a text file's write buffer, translating newlines
// and encoding as the file was opened.
void write_text(ThreadState& ts, FileObj* f, std::string_view text) {
    sync_for_write(ts, f);
    std::string translated;
    if ((f->newline == FileObj::Newline::CR || f->newline == FileObj::Newline::CRLF) &&
        text.find('\n') != std::string_view::npos) {
        const char* eol = f->newline == FileObj::Newline::CR ? "\r" : "\r\n";
        for (char c : text) {
            if (c == '\n') translated += eol;
            else translated += c;
        }
        text = translated;
    }
    Codec c = codec_of(f);
    bool utf8 = c == Codec::Utf8 && text.find('\xED') == std::string_view::npos;
    if (utf8) {
        f->wbuf.append(text);
    } else {
        // A byte-order mark only at the very start of the file.
        Codec effective = c;
        if (c == Codec::Utf8Sig || c == Codec::Utf16 || c == Codec::Utf32) {
            off_t pos = ::lseek(f->fd, 0, SEEK_CUR);
            bool at_start = (pos == 0 || pos < 0) && f->wbuf.empty();
            if (!at_start) effective = c == Codec::Utf8Sig ? Codec::Utf8 : c == Codec::Utf16 ? Codec::Utf16LE : Codec::Utf32LE;
        }
        f->wbuf.append(codec_encode(ts, text, effective, f->errors));
    }
    if (f->wbuf.size() > kChunk || (f->line_buffered && text.find('\n') != std::string_view::npos)) flush_buffer(ts, f);
}

// ---------------------------------------------------------------- methods

Value m_write(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "write", kw);
    check_count(ts, "write", nargs - 1, 1, 1);
    FileObj* f = self_file(ts, args[0]);
    if (f->binary) {
        if (!is_byteslike(args[1])) type_error(ts, "a bytes-like object is required, not '{}'", type_name(ts.interp, args[1]));
        require_writable(ts, f);
        sync_for_write(ts, f);
        std::string_view data = bytes_view(args[1]);
        f->wbuf.append(data);
        if (f->wbuf.size() > kChunk) flush_buffer(ts, f);
        return Value::from_small(int64_t(data.size()));
    }
    if (!is_str(args[1])) type_error(ts, "write() argument must be str, not {}", arg_type_name(ts.interp, args[1]));
    require_writable(ts, f);
    StrObj* s = as_str(args[1]);
    write_text(ts, f, s->view());
    return Value::from_small(int64_t(s->nchars));
}

Value m_writelines(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "writelines", kw);
    check_count(ts, "writelines", nargs - 1, 1, 1);
    FileObj* f = self_file(ts, args[0]);
    check_open(ts, f);
    if (!f->writable) unsupported(ts, f->binary ? "write" : "not writable");
    Rooted it(ts, get_iter(ts, args[1]));
    for (;;) {
        Value line = iter_next(ts, it);
        if (line.is_null()) break;
        Value a[2] = {args[0], line};
        Rooted keep(ts, line);
        m_write(ts, a, 2, nullptr);
    }
    return Value::none();
}

Value m_read(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "read", kw);
    check_count(ts, "read", nargs - 1, 0, 1);
    FileObj* f = self_file(ts, args[0]);
    int64_t size = size_arg(ts, nargs > 1 ? args[1] : Value());
    require_readable(ts, f);
    if (f->binary) check_open(ts, f, "read of closed file");
    if (f->binary && size < -1) value_error(ts, "read length must be non-negative or -1");
    std::string storage;
    if (size < 0) {
        decode_whole(ts, f);
        while (fill_buffer(ts, f)) {
        }
        storage.assign(f->rbuf, f->rpos, std::string::npos);
        f->rbuf.clear();
        f->rpos = 0;
        return make_text(ts, f, storage);
    }
    return make_text(ts, f, take(ts, f, size, false, storage));
}

Value m_readline(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "readline", kw);
    check_count(ts, "readline", nargs - 1, 0, 1);
    FileObj* f = self_file(ts, args[0]);
    int64_t limit = nargs > 1 && !args[1].is_none() ? index_int64(ts, args[1]) : -1;
    require_readable(ts, f);
    if (f->binary) check_open(ts, f, "readline of closed file");
    std::string storage;
    return make_text(ts, f, take(ts, f, limit, true, storage));
}

Value m_readlines(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "readlines", kw);
    check_count(ts, "readlines", nargs - 1, 0, 1);
    FileObj* f = self_file(ts, args[0]);
    int64_t hint = size_arg(ts, nargs > 1 ? args[1] : Value());
    check_open(ts, f);
    require_readable(ts, f);
    ListObj* out = new_list(ts.interp);
    Rooted keep(ts, Value::from_obj(out));
    int64_t total = 0;
    std::string storage;
    for (;;) {
        std::string_view line = take(ts, f, -1, true, storage);
        if (line.empty()) break;
        Value v = make_text(ts, f, line);
        list_append(ts.interp, out, v);
        total += f->binary ? int64_t(bytes_view(v).size()) : int64_t(as_str(v)->nchars);
        if (hint > 0 && total >= hint) break;
    }
    return Value::from_obj(out);
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
    // Closed even if the final flush fails, as CPython does.
    f->closed = true;
    unlink_open(f);
    bool close_fd = f->owns_fd && f->fd > 2;
    try {
        flush_buffer(ts, f);
    } catch (...) {
        if (close_fd) ::close(f->fd);
        throw;
    }
    if (close_fd) ::close(f->fd);
    return Value::none();
}

Value m_enter(ThreadState& ts, Value* args, size_t, TupleObj*) {
    check_open(ts, self_file(ts, args[0]));
    return args[0];
}
Value m_exit(ThreadState& ts, Value* args, size_t, TupleObj*) {
    m_close(ts, args, 1, nullptr);
    return Value::none();
}
Value m_iter(ThreadState& ts, Value* args, size_t, TupleObj*) {
    file_check_iterable(ts, self_file(ts, args[0]));
    return args[0];
}
Value m_next(ThreadState& ts, Value* args, size_t, TupleObj*) {
    Value line = file_iter_next(ts, self_file(ts, args[0]));
    if (line.is_null()) stop_iteration(ts, Value());
    return line;
}
Value m_fileno(ThreadState& ts, Value* args, size_t, TupleObj*) {
    FileObj* f = self_file(ts, args[0]);
    check_open(ts, f, "I/O operation on closed file");
    return Value::from_small(f->fd);
}
Value m_isatty(ThreadState& ts, Value* args, size_t, TupleObj*) {
    FileObj* f = self_file(ts, args[0]);
    check_open(ts, f, "I/O operation on closed file");
    return Value::boolean(::isatty(f->fd));
}
Value m_readable(ThreadState& ts, Value* args, size_t, TupleObj*) {
    FileObj* f = self_file(ts, args[0]);
    check_open(ts, f, "I/O operation on closed file");
    return Value::boolean(f->readable);
}
Value m_writable(ThreadState& ts, Value* args, size_t, TupleObj*) {
    FileObj* f = self_file(ts, args[0]);
    if (f->writable) check_open(ts, f, "I/O operation on closed file");
    return Value::boolean(f->writable);
}
Value m_seekable(ThreadState& ts, Value* args, size_t, TupleObj*) {
    FileObj* f = self_file(ts, args[0]);
    check_open(ts, f, "I/O operation on closed file");
    return Value::boolean(::lseek(f->fd, 0, SEEK_CUR) >= 0);
}

// The logical position: the descriptor's, less what was read ahead, plus what waits
// to be written.
int64_t position(ThreadState& ts, FileObj* f) {
    flush_buffer(ts, f);
    off_t r = ::lseek(f->fd, 0, SEEK_CUR);
    if (r < 0) raise_os_error(ts, errno);
    return int64_t(r) - int64_t(f->rbuf.size() - f->rpos);
}

Value m_seek(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "seek", kw);
    check_count(ts, "seek", nargs - 1, 1, 2);
    FileObj* f = self_file(ts, args[0]);
    int64_t off = index_int64(ts, args[1]);
    int64_t whence = nargs > 2 ? index_int64(ts, args[2]) : 0;
    if (f->binary) {
        check_open(ts, f, "seek of closed file");
        if (whence < 0 || whence > 2) value_error(ts, "whence value {} unsupported", whence);
    } else {
        check_open(ts, f);
        if (whence < 0 || whence > 2) value_error(ts, "invalid whence ({}, should be 0, 1 or 2)", whence);
        if (whence == 1 && off != 0) unsupported(ts, "can't do nonzero cur-relative seeks");
        if (whence == 2 && off != 0) unsupported(ts, "can't do nonzero end-relative seeks");
        if (whence == 0 && off < 0) value_error(ts, "negative seek position {}", off);
        if (f->whole_decoded) unsupported(ts, "seek of a UTF-16 or UTF-32 text file is not supported");
    }
    flush_buffer(ts, f);
    if (whence == 1) off -= int64_t(f->rbuf.size() - f->rpos);
    off_t r = ::lseek(f->fd, off_t(off), int(whence));
    if (r < 0) raise_os_error(ts, errno);
    f->rbuf.clear();
    f->rpos = 0;
    f->eof = false;
    f->telling_disabled = false;
    return Value::from_small(int64_t(r));
}

Value m_tell(ThreadState& ts, Value* args, size_t, TupleObj*) {
    FileObj* f = self_file(ts, args[0]);
    check_open(ts, f, f->binary ? "I/O operation on closed file" : "I/O operation on closed file.");
    if (!f->binary && f->telling_disabled) raise_msg(ts, ts.interp.exc.OSError, "telling position disabled by next() call");
    if (f->whole_decoded) unsupported(ts, "tell of a UTF-16 or UTF-32 text file is not supported");
    return Value::from_small(position(ts, f));
}

Value m_truncate(ThreadState& ts, Value* args, size_t nargs, TupleObj* kw) {
    no_keywords(ts, "truncate", kw);
    check_count(ts, "truncate", nargs - 1, 0, 1);
    FileObj* f = self_file(ts, args[0]);
    check_open(ts, f);
    if (!f->writable) unsupported(ts, "truncate");
    int64_t size = nargs > 1 && !args[1].is_none() ? index_int64(ts, args[1]) : position(ts, f);
    flush_buffer(ts, f);
    if (::ftruncate(f->fd, off_t(size)) < 0) raise_os_error(ts, errno);
    return Value::from_small(size);
}

Value get_closed(ThreadState& ts, Value self) { return Value::boolean(self_file(ts, self)->closed); }
Value get_name(ThreadState& ts, Value self) { return self_file(ts, self)->name; }
Value get_mode(ThreadState& ts, Value self) { return Value::from_obj(self_file(ts, self)->mode); }
Value get_encoding(ThreadState& ts, Value self) { return Value::from_obj(new_str(ts.interp, self_file(ts, self)->encoding_name)); }
Value get_errors(ThreadState& ts, Value self) { return Value::from_obj(new_str(ts.interp, self_file(ts, self)->errors)); }

const MethodDef kFileMethods[] = {
    {"write", m_write, NativeFunctionObj::kMethod},         {"read", m_read, NativeFunctionObj::kMethod},
    {"readline", m_readline, NativeFunctionObj::kMethod},   {"readlines", m_readlines, NativeFunctionObj::kMethod},
    {"writelines", m_writelines, NativeFunctionObj::kMethod}, {"flush", m_flush, NativeFunctionObj::kMethod},
    {"close", m_close, NativeFunctionObj::kMethod},         {"__enter__", m_enter, NativeFunctionObj::kMethod},
    {"__exit__", m_exit, NativeFunctionObj::kMethod},       {"__iter__", m_iter, NativeFunctionObj::kMethod},
    {"__next__", m_next, NativeFunctionObj::kMethod},       {"fileno", m_fileno, NativeFunctionObj::kMethod},
    {"isatty", m_isatty, NativeFunctionObj::kMethod},       {"readable", m_readable, NativeFunctionObj::kMethod},
    {"writable", m_writable, NativeFunctionObj::kMethod},   {"seekable", m_seekable, NativeFunctionObj::kMethod},
    {"seek", m_seek, NativeFunctionObj::kMethod},           {"tell", m_tell, NativeFunctionObj::kMethod},
    {"truncate", m_truncate, NativeFunctionObj::kMethod},   {nullptr, nullptr},
};

// Parses newline= (None, "", "\n", "\r", "\r\n").
FileObj::Newline parse_newline(ThreadState& ts, Value v) {
    if (v.is_null() || v.is_none()) return FileObj::Newline::Universal;
    if (!is_str(v)) type_error(ts, "open() argument 'newline' must be str or None, not {}", type_name(ts.interp, v));
    std::string_view s = as_str(v)->view();
    if (s.empty()) return FileObj::Newline::Untranslated;
    if (s == "\n") return FileObj::Newline::LF;
    if (s == "\r") return FileObj::Newline::CR;
    if (s == "\r\n") return FileObj::Newline::CRLF;
    value_error(ts, "illegal newline value: {}", s);
}

StrObj* optional_str(ThreadState& ts, Value v, const char* what) {
    if (v.is_null() || v.is_none()) return nullptr;
    if (!is_str(v)) type_error(ts, "open() argument '{}' must be str or None, not {}", what, type_name(ts.interp, v));
    return as_str(v);
}

} // namespace

void file_check_iterable(ThreadState& ts, FileObj* f) { check_open(ts, f); }

Value file_iter_next(ThreadState& ts, FileObj* f) {
    require_readable(ts, f);
    if (f->binary) check_open(ts, f, "readline of closed file");
    std::string storage;
    std::string_view line = take(ts, f, -1, true, storage);
    if (line.empty()) {
        f->telling_disabled = false;
        return Value();
    }
    if (!f->binary) f->telling_disabled = true;
    return make_text(ts, f, line);
}

std::string file_repr(ThreadState& ts, FileObj* f) {
    Interp& I = ts.interp;
    std::string name = repr_string(ts, f->name);
    switch (kind_of(I, f)) {
    case Kind::Text:
        return fmt::format("<_io.TextIOWrapper name={} mode={} encoding={}>", name, str_repr(f->mode ? f->mode->view() : "r"),
                           str_repr(f->encoding_name));
    case Kind::Reader: return fmt::format("<_io.BufferedReader name={}>", name);
    case Kind::Writer: return fmt::format("<_io.BufferedWriter name={}>", name);
    case Kind::Random: return fmt::format("<_io.BufferedRandom name={}>", name);
    }
    return "<_io.TextIOWrapper>";
}

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
    f->codec = uint8_t(Codec::Utf8);
    f->encoding_name = "utf-8";
    if (fd == 2) f->errors = "backslashreplace";
    return f;
}

void file_write(ThreadState& ts, Value file, std::string_view text) {
    if (is_file(file)) {
        FileObj* f = file.as<FileObj>();
        if (f->binary) type_error(ts, "a bytes-like object is required, not 'str'");
        require_writable(ts, f);
        write_text(ts, f, text);
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
    Args a(ts, "open", args, nargs, kwnames, {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, 1);
    Interp& I = ts.interp;
    Value file = a[0];
    std::string mode = a.has(1) ? std::string(arg_str(ts, a[1], "open", "argument 'mode'")->view()) : "r";
    int64_t buffering = a.has(2) ? index_int64(ts, a[2]) : -1;
    StrObj* encoding = optional_str(ts, a.get(3, Value()), "encoding");
    StrObj* errors = optional_str(ts, a.get(4, Value()), "errors");
    // The mode, checked as _io.open checks it.
    bool r = false, w = false, x = false, ap = false, plus = false, b = false, t = false;
    for (char c : mode) {
        bool* flag = c == 'r' ? &r : c == 'w' ? &w : c == 'x' ? &x : c == 'a' ? &ap : c == '+' ? &plus : c == 'b' ? &b : c == 't' ? &t : nullptr;
        if (!flag || *flag) value_error(ts, "invalid mode: '{}'", mode);
        *flag = true;
    }
    if (mode.empty()) value_error(ts, "Must have exactly one of create/read/write/append mode and at most one plus");
    if (b && t) value_error(ts, "can't have text and binary mode at once");
    if (int(r) + int(w) + int(x) + int(ap) != 1) value_error(ts, "must have exactly one of create/read/write/append mode");
    if (b && encoding) value_error(ts, "binary mode doesn't take an encoding argument");
    if (b && errors) value_error(ts, "binary mode doesn't take an errors argument");
    if (b && a.has(5) && !a[5].is_none()) value_error(ts, "binary mode doesn't take a newline argument");
    if (!b && buffering == 0) value_error(ts, "can't have unbuffered text I/O");
    FileObj::Newline newline = b ? FileObj::Newline::Universal : parse_newline(ts, a.get(5, Value()));
    bool closefd = !a.has(6) || truthy(ts, a[6]);
    // CPython closes a file as soon as its last reference goes, so after
    // `open(p, "w").write(s)` the data is on disk and `open(p).read()` sees it, while a
    // file still referenced keeps its writes buffered. When some open file has pending
    // writes, a collection here finalizes the unreachable ones (flushing and closing
    // them) and leaves the rest alone: the same observable result. The arguments live
    // on the caller's stack, so collecting inside this native is safe.
    bool pending = false;
    for (FileObj* other = I.open_files; other && !pending; other = other->next_open)
        pending = !other->wbuf.empty();
    if (pending) I.heap.collect();
    int flags = O_CLOEXEC;
    if (r) flags |= plus ? O_RDWR : O_RDONLY;
    if (w) flags |= (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_TRUNC;
    if (x) flags |= (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_EXCL;
    if (ap) flags |= (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_APPEND;
    int fd;
    if (is_int(file)) {
        fd = int(index_int64(ts, file));
    } else {
        std::string path;
        if (is_str(file)) path = std::string(as_str(file)->view());
        else if (is_bytes(file)) path = std::string(bytes_view(file));
        else type_error(ts, "expected str, bytes or os.PathLike object, not {}", type_name(I, file));
        if (!closefd) value_error(ts, "Cannot use closefd=False with file name");
        if (path.find('\0') != std::string::npos) value_error(ts, "embedded null byte");
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
    // The text layer's codec is looked up after the file is open, as in CPython (a
    // missing file wins over a bad encoding).
    Codec codec = Codec::Utf8;
    if (!b && encoding) {
        try {
            codec = codec_lookup(ts, encoding->view());
        } catch (const ScriptError&) {
            if (closefd) ::close(fd);
            throw;
        }
    }
    TypeObj* type = !b ? I.types.text_file : plus ? I.types.buffered_random : r ? I.types.binary_file : I.types.buffered_writer;
    FileObj* f = I.heap.make<FileObj>(type);
    f->fd = fd;
    f->readable = r || plus;
    f->writable = w || x || ap || plus;
    f->binary = b;
    f->appending = ap;
    f->owns_fd = closefd;
    f->name = file;
    f->newline = newline;
    f->codec = uint8_t(codec);
    f->encoding_name = encoding ? std::string(encoding->view()) : "UTF-8";
    if (errors) f->errors = std::string(errors->view());
    if (b) {
        // The raw FileIO mode: 'rb', 'wb', 'xb', 'ab', with '+' written as "rb+" for r+ and w+.
        std::string raw = x ? "xb" : ap ? "ab" : (r && !plus) ? "rb" : (w && !plus) ? "wb" : "rb";
        if (plus) raw += "+";
        f->mode = new_str(I, raw);
    } else {
        f->mode = new_str(I, mode);
    }
    f->line_buffered = buffering == 1 || ::isatty(fd);
    if (ap && ::lseek(fd, 0, SEEK_END) < 0 && errno != ESPIPE) raise_os_error(ts, errno);
    link_open(I, f);
    return Value::from_obj(f);
}

void init_file_types(Interp& I) {
    I.types.text_file = new_builtin_type(I, "TextIOWrapper", ObjKind::File, nullptr, 0);
    I.types.binary_file = new_builtin_type(I, "BufferedReader", ObjKind::File, nullptr, 0);
    I.types.buffered_writer = new_builtin_type(I, "BufferedWriter", ObjKind::File, nullptr, 0);
    I.types.buffered_random = new_builtin_type(I, "BufferedRandom", ObjKind::File, nullptr, 0);
    for (TypeObj* t : {I.types.text_file, I.types.binary_file, I.types.buffered_writer, I.types.buffered_random}) {
        t->module = Value::from_obj(intern(I, "_io"));
        add_methods(I, t, kFileMethods);
        add_getset(I, t, "closed", get_closed);
        add_getset(I, t, "name", get_name);
        add_getset(I, t, "mode", get_mode);
    }
    add_getset(I, I.types.text_file, "encoding", get_encoding);
    add_getset(I, I.types.text_file, "errors", get_errors);
    // io.UnsupportedOperation is both an OSError and a ValueError.
    TypeObj* uo = new_builtin_type(I, "UnsupportedOperation", ObjKind::Exception, I.exc.OSError,
                                   TypeObj::kBaseType | TypeObj::kException);
    uo->new_fn = I.exc.OSError->new_fn;
    uo->module = Value::from_obj(intern(I, "io"));
    uo->bases = new_tuple(I, {Value::from_obj(I.exc.OSError), Value::from_obj(I.exc.ValueError)});
    uo->mro = new_tuple(I, {Value::from_obj(uo), Value::from_obj(I.exc.OSError), Value::from_obj(I.exc.ValueError),
                            Value::from_obj(I.exc.Exception), Value::from_obj(I.exc.BaseException),
                            Value::from_obj(I.types.object)});
    I.types.io_unsupported_operation = uo;
}

ModuleObj* init_io_module(Interp& I) {
    ModuleObj* m = new_module(I, "io");
    DictObj* d = m->dict;
    dict_set_cstr(I, d, "UnsupportedOperation", Value::from_obj(I.types.io_unsupported_operation));
    dict_set_cstr(I, d, "open", dict_get_cstr(I, I.builtins, "open"));
    dict_set_cstr(I, d, "TextIOWrapper", Value::from_obj(I.types.text_file));
    dict_set_cstr(I, d, "BufferedReader", Value::from_obj(I.types.binary_file));
    dict_set_cstr(I, d, "BufferedWriter", Value::from_obj(I.types.buffered_writer));
    dict_set_cstr(I, d, "BufferedRandom", Value::from_obj(I.types.buffered_random));
    dict_set_cstr(I, d, "SEEK_SET", Value::from_small(0));
    dict_set_cstr(I, d, "SEEK_CUR", Value::from_small(1));
    dict_set_cstr(I, d, "SEEK_END", Value::from_small(2));
    dict_set_cstr(I, d, "DEFAULT_BUFFER_SIZE", Value::from_small(8192));
    return m;
}

} // namespace gilt
