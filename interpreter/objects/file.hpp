// File objects: text and binary files over POSIX descriptors (open(), sys.std*).
#pragma once

#include <string>

#include "core/object.hpp"

namespace gilt {

struct Interp;
struct ThreadState;
struct StrObj;

// Buffered I/O on a file descriptor. Text mode decodes/encodes UTF-8 and translates
// newlines on input. Writes are buffered (line-buffered for terminals and stderr) and
// flushed on close, at exit, and before blocking reads from stdin, as CPython does.
// Blocking reads and writes release the GIL.
struct FileObj : Obj {
    int fd = -1;
    bool readable = false, writable = false, binary = false, appending = false;
    bool closed = false, owns_fd = true, line_buffered = false, eof = false;
    std::string rbuf;
    size_t rpos = 0;
    std::string wbuf;
    Value name = Value::none();
    StrObj* mode = nullptr;

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

void init_file_types(Interp& I);

} // namespace gilt
