// File objects: text and binary files over POSIX descriptors (open(), sys.std*, the io module).
#pragma once

#include <string>

#include "core/object.hpp"

namespace gilt {

struct Interp;
struct ThreadState;
struct StrObj;

// One object plays the four classes open() can return, as CPython's io stack does:
// TextIOWrapper (text modes), BufferedReader ("rb"), BufferedWriter ("wb", "ab", "xb")
// and BufferedRandom (any "+" binary mode); the type says which.
//
// Reads go through `rbuf` (raw bytes from the descriptor, consumed from `rpos`); text
// mode decodes them on the way out. Only ASCII-compatible encodings (UTF-8, ASCII,
// Latin-1) are decoded incrementally, so a byte offset is always a valid position and
// tell() is exact; UTF-16/32 text files are decoded whole on the first read. Writes
// collect in `wbuf` (line-buffered for terminals and stderr) and are flushed on close,
// at exit, before blocking reads from stdin, and before any read or seek of the same
// file. Blocking system calls release the GIL.
struct FileObj : Obj {
    // What `newline=` asked for: None, "", "\n", "\r", "\r\n".
    enum class Newline : uint8_t { Universal, Untranslated, LF, CR, CRLF };

    int fd = -1;
    bool readable = false, writable = false, binary = false, appending = false;
    bool closed = false, owns_fd = true, line_buffered = false, eof = false;
    bool telling_disabled = false; // next() was used: tell() raises, as in CPython
    bool whole_decoded = false;    // UTF-16/32 text: rbuf already holds the decoded text
    Newline newline = Newline::Universal;
    uint8_t codec = 0;             // a Codec (objects/codecs.hpp)
    std::string encoding_name;     // the `encoding` attribute, as given ("UTF-8" by default)
    std::string errors = "strict";
    std::string rbuf;
    size_t rpos = 0;
    std::string wbuf;
    Value name = Value::none();
    StrObj* mode = nullptr;
    // Links of the interpreter's list of open files (Interp::open_files); not GC edges.
    FileObj** open_list = nullptr;
    FileObj* prev_open = nullptr;
    FileObj* next_open = nullptr;

    explicit FileObj(TypeObj* t) : Obj(t, ObjKind::File) {}
    ~FileObj();
};

inline bool is_file(Value v) { return is_kind(v, ObjKind::File); }

FileObj* new_std_file(Interp& I, int fd, const char* name, bool write);
// Writes text to a file-like value: a FileObj directly, anything else via .write().
void file_write(ThreadState& ts, Value file, std::string_view text);
void file_flush(ThreadState& ts, Value file);
// Flushes a FileObj's buffer without raising (used at exit).
void file_flush_quietly(FileObj* f);
Value open_file(ThreadState& ts, Value* args, size_t nargs, struct TupleObj* kwnames);

// The object protocol's view of a file: iter() checks it is open, next() reads a line
// (null at the end), repr() names the class, the file and its mode.
void file_check_iterable(ThreadState& ts, FileObj* f);
Value file_iter_next(ThreadState& ts, FileObj* f);
std::string file_repr(ThreadState& ts, FileObj* f);

void init_file_types(Interp& I);
struct ModuleObj;
ModuleObj* init_io_module(Interp& I);

} // namespace gilt
