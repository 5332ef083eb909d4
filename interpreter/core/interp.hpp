// Interp: everything one interpreter owns (heap, types, modules, threads); no global state.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/heap.hpp"
#include "core/object.hpp"
#include "runtime/eval_breaker.hpp"

namespace gilt {

struct TypeObj;
struct StrObj;
struct DictObj;
struct TupleObj;
struct ModuleObj;
struct FloatObj;
struct ThreadState;

// The built-in classes. Each interpreter has its own copies (two interpreters in one
// process share nothing), so they are fields here rather than globals.
struct BuiltinTypes {
    TypeObj *object, *type, *none, *not_implemented, *ellipsis;
    TypeObj *int_, *bool_, *float_, *str, *bytes, *bytearray;
    TypeObj *tuple, *list, *dict, *set, *frozenset, *range, *slice;
    TypeObj *function, *builtin_function, *method_descriptor, *method, *code, *cell, *module;
    TypeObj* frame; // a generator's frame as gi_frame shows it (objects/generator.cpp)
    TypeObj *traceback, *getset_descriptor, *property, *staticmethod, *classmethod, *super;
    TypeObj *list_iterator, *list_reverseiterator, *tuple_iterator, *str_iterator,
        *str_ascii_iterator, *bytes_iterator, *bytearray_iterator, *range_iterator, *longrange_iterator,
        *dict_keyiterator, *dict_valueiterator, *dict_itemiterator,
        *dict_reversekeyiterator, *dict_reversevalueiterator, *dict_reverseitemiterator,
        *dict_keys, *dict_values, *dict_items, *set_iterator, *enumerate, *zip, *map,
        *filter, *reversed, *callable_iterator, *generator, *text_file, *binary_file;
    // Made when _thread is first imported (null before).
    TypeObj *thread_lock, *thread_rlock;
    TypeObj* socket; // made when socket is first imported
    // The other classes open() returns, and io.UnsupportedOperation (objects/file.cpp).
    TypeObj *buffered_writer, *buffered_random, *io_unsupported_operation;
};

// The built-in exception classes, in CPython's hierarchy.
struct ExceptionTypes {
    TypeObj *BaseException, *SystemExit, *KeyboardInterrupt, *GeneratorExit, *Exception,
        *StopIteration, *StopAsyncIteration, *ArithmeticError, *FloatingPointError,
        *OverflowError, *ZeroDivisionError, *AssertionError, *AttributeError, *BufferError,
        *EOFError, *ImportError, *ModuleNotFoundError, *LookupError, *IndexError, *KeyError,
        *MemoryError, *NameError, *UnboundLocalError, *OSError, *FileNotFoundError,
        *FileExistsError, *PermissionError, *IsADirectoryError, *NotADirectoryError,
        *TimeoutError, *InterruptedError, *BrokenPipeError, *ConnectionError,
        *ConnectionResetError, *ConnectionRefusedError, *ChildProcessError,
        *ProcessLookupError, *ReferenceError, *RuntimeError, *NotImplementedError,
        *RecursionError, *SyntaxError, *IndentationError, *TabError, *SystemError,
        *TypeError, *ValueError, *UnicodeError, *UnicodeDecodeError, *UnicodeEncodeError,
        *Warning, *UserWarning, *DeprecationWarning, *RuntimeWarning, *SyntaxWarning;
    TypeObj *BaseExceptionGroup, *ExceptionGroup; // objects/exception_group.cpp
};

// Interned names the VM looks up often (dunder methods and friends), created once.
struct CommonNames {
    StrObj *__init__, *__new__, *__name__, *__qualname__, *__module__, *__doc__, *__dict__,
        *__class__, *__main__, *__builtins__, *__file__, *__repr__, *__str__, *__hash__,
        *__eq__, *__ne__, *__lt__, *__le__, *__gt__, *__ge__, *__len__, *__bool__,
        *__iter__, *__next__, *__getitem__, *__setitem__, *__delitem__, *__contains__,
        *__call__, *__enter__, *__exit__, *__getattr__, *__getattribute__, *__setattr__,
        *__delattr__, *__get__, *__set__, *__delete__, *__index__, *__int__, *__float__,
        *__format__, *__neg__, *__pos__, *__abs__, *__invert__, *__round__, *__missing__,
        *__reversed__, *__mro_entries__, *__init_subclass__, *__set_name__, *__traceback__,
        *__cause__, *__context__, *__suppress_context__, *__all__, *__path__, *__package__,
        *__spec__, *__loader__, *__annotations__, *__slots__, *__await__, *__aiter__,
        *__anext__, *__aenter__, *__aexit__, *__class_getitem__, *__trunc__, *__floor__,
        *__ceil__, *__bytes__, *__fspath__, *__length_hint__, *__subclasshook__,
        *__instancecheck__, *__subclasscheck__, *__weakref__, *__mro__, *__bases__,
        *__base__, *__orig_bases__, *__sizeof__, *__reduce__, *__copy__, *__deepcopy__,
        *__defaults__, *__kwdefaults__, *__code__, *__closure__, *__globals__, *__self__,
        *dunder_func, *__wrapped__, *args, *send, *throw_, *close, *write, *flush, *read,
        *readline, *items, *keys, *values, *get, *lambda, *listcomp, *setcomp, *dictcomp,
        *genexpr, *module, *empty, *space, *newline, *__set_int_max_str_digits;
    // Binary operator dunders, indexed by BinaryOp (see vm/ops.hpp): forward, reflected, in-place.
    StrObj* binop[14][3];
};

struct Config {
    int recursion_limit = 1000;
    int64_t int_max_str_digits = 4300;
};

struct Interp {
    Interp();
    ~Interp();
    Interp(const Interp&) = delete;
    Interp& operator=(const Interp&) = delete;

    // Tells interpreters apart for the lifetime of the process (thread bindings use it;
    // an address could be reused by a later interpreter).
    const uint64_t uid;
    EvalBreaker breaker;
    Heap heap;
    Config config;
    // gc.disable()/gc.enable(): reported by gc.isenabled() only. Without reference
    // counting the collector is the one way memory comes back, so it keeps running.
    bool gc_enabled = true;

    BuiltinTypes types{};
    ExceptionTypes exc{};
    CommonNames names{};

    DictObj* builtins = nullptr;   // the `builtins` module's namespace
    ModuleObj* builtins_module = nullptr;
    DictObj* modules = nullptr;    // sys.modules
    ModuleObj* sys_module = nullptr;
    ModuleObj* main_module = nullptr;
    TupleObj* empty_tuple = nullptr;
    StrObj* empty_str = nullptr;
    StrObj* ascii_chars[128] = {}; // one-character ASCII strings, preallocated
    FloatObj *float_neg_zero = nullptr, *float_inf = nullptr, *float_neg_inf = nullptr,
             *float_nan = nullptr;

    // Interned strings, keyed by a view of their own bytes. Not a GC root: before each
    // sweep, entries whose string is unreachable are dropped.
    std::unordered_map<std::string_view, StrObj*> interned;

    // Dict layouts change version whenever keys are added or removed; versions are
    // unique per interpreter so global-variable caches can validate with one compare.
    uint64_t next_dict_version = 1;
    // Type version tags (see TypeObj::version), and every type made by a class
    // statement (not a GC root: dead ones are dropped before each sweep).
    uint64_t next_type_version = 1;
    std::vector<TypeObj*> heap_types;
    // type_find's cache: (version tag, interned name) -> what the MRO holds under the name
    // (objects/type.cpp). Names are weak: entries for dying names are cleared before sweeps.
    struct TypeLookupEntry {
        uint64_t version = 0;
        StrObj* name = nullptr;
        Value value;
        TypeObj* owner = nullptr;
    };
    std::vector<TypeLookupEntry> type_lookup_cache;
    std::vector<uint32_t> type_lookup_used; // indices of the filled entries (for pruning)

    // Threads executing in this interpreter (their stacks are GC roots).
    std::mutex threads_mutex;
    std::vector<ThreadState*> threads;
    // ThreadStates of host threads that entered through the API (core/threads.hpp); they
    // live as long as the interpreter.
    std::vector<std::unique_ptr<ThreadState>> host_threads;
    // Threads started by _thread.start_new_thread that have not finished (changed under the GIL).
    int script_threads = 0;
    ThreadState* adopt_host_thread(std::unique_ptr<ThreadState> ts);

    // Host-held rooted handles (public API). Index-addressed with a free list.
    std::vector<Value> handles;
    std::vector<uint32_t> free_handles;
    uint32_t add_handle(Value v);
    void drop_handle(uint32_t index);

    // Per-module native state other subsystems register to be marked.
    std::vector<Value*> extra_roots;

    // Source text of files and `-c`/exec'd strings, for tracebacks and SyntaxErrors.
    std::vector<std::pair<std::string, std::string>> sources; // (filename, text)
    void remember_source(const std::string& filename, const std::string& text);
    const std::string* source_of(const std::string& filename) const;

    // Script arguments (sys.argv) and search path, set by the host before running.
    std::vector<std::string> argv;
    std::vector<std::string> path;
    std::string executable;

    // Output streams for print() defaults: sys.stdout / sys.stderr objects.
    Value std_in, std_out, std_err;

    // Files opened by open() and not yet closed (a weak list threaded through the file
    // objects, see objects/file.cpp): open() flushes their pending writes, because
    // without reference counting `open(p, "w").write(s)` is not closed at once.
    struct FileObj* open_files = nullptr;

    // Host-facing thread state for the thread that created the interpreter.
    std::unique_ptr<ThreadState> main_thread;

    void mark_roots(GcVisitor& v);
};

// Looks up `name` in the builtins namespace, or null.
Value builtin(Interp& I, const char* name);

} // namespace gilt
