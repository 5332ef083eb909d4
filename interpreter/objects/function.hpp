// Code objects, script functions, native functions, bound methods and closure cells.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/object.hpp"

namespace gilt {

struct Interp;
struct ThreadState;
struct StrObj;
struct TupleObj;
struct DictObj;
struct TypeObj;

// Where an instruction came from, for tracebacks: lines are 1-based, columns 0-based
// code-point offsets (CPython's tracebacks point carets at them).
struct SourcePos {
    uint32_t line = 0, end_line = 0;
    uint16_t col = 0, end_col = 0;
};

// Zero-cost exception handling: instead of pushing a block at run time, each range of
// instructions inside a `try` names its handler here; raising looks the range up.
struct ExceptionRange {
    uint32_t start, end; // [start, end) instruction indices
    uint32_t target;     // handler instruction
    uint32_t depth;      // operand-stack depth to unwind to before pushing the exception
};

// LOAD_GLOBAL remembers where it found its name last time: (dict version, entry). While
// the versions match, the entry still holds that name and the load is two compares.
struct GlobalCache {
    StrObj* name;
    uint64_t globals_version = 0;
    uint64_t builtins_version = 0;
    int32_t index = -1;
    bool in_builtins = false;
};

// LOAD_ATTR, STORE_ATTR and LOAD_METHOD remember, per instruction, what the receiver's
// class held under the name last time (see vm/attr_cache.hpp for the protocol).
struct AttrCache {
    StrObj* name;
    uint64_t type_version = 0; // the receiver type's version tag when filled; 0: empty
    Value descr;               // what the class holds under `name` (kind says what it is)
    uint64_t dict_version = 0; // an instance dict checked not to hold `name`
    uint32_t index = 0;        // where `name` was in the last instance dict (a hint)
    uint8_t kind = 0;          // AttrCacheKind
};

struct CodeObj : Obj {
    enum Flags : uint32_t {
        kVarArgs = 1,
        kVarKeywords = 2,
        kGenerator = 4,
        kCoroutine = 8,
        kAsyncGenerator = 16,
        kModule = 32, // module-level code: names live in the globals dict
        kClassBody = 64,
    };
    enum SlotKind : uint8_t { kLocal = 1, kCell = 2, kFree = 4, kArg = 8 };

    std::vector<uint32_t> code; // op | arg << 8
    std::vector<SourcePos> positions; // one per instruction
    std::vector<Value> consts;
    std::vector<StrObj*> names;      // attribute / global / import names
    std::vector<StrObj*> slot_names; // locals, then cells, then free variables
    std::vector<uint8_t> slot_kinds;
    std::vector<GlobalCache> global_caches;
    std::vector<AttrCache> attr_caches; // indexed by the operand of the attribute opcodes
    std::vector<ExceptionRange> exception_table;
    StrObj* name = nullptr;
    StrObj* qualname = nullptr;
    StrObj* filename = nullptr;
    uint32_t firstlineno = 1;
    uint32_t argcount = 0;        // positional parameters, positional-only included
    uint32_t posonlyargcount = 0;
    uint32_t kwonlyargcount = 0;
    uint32_t nlocalsplus = 0;     // slot_names.size()
    uint32_t nfrees = 0;          // the last nfrees slots are free variables
    uint32_t stacksize = 0;
    uint32_t flags = 0;
    Value doc = Value::none(); // the docstring, becomes the function's __doc__

    explicit CodeObj(TypeObj* t) : Obj(t, ObjKind::Code) {}
    uint32_t total_args() const {
        return argcount + kwonlyargcount + ((flags & kVarArgs) ? 1 : 0) +
               ((flags & kVarKeywords) ? 1 : 0);
    }
    uint32_t frame_size() const { return nlocalsplus + stacksize; }
    int line_of(size_t instr) const {
        return instr < positions.size() ? int(positions[instr].line) : int(firstlineno);
    }
};

struct FunctionObj : Obj {
    CodeObj* code;
    DictObj* globals;
    DictObj* builtins;
    TupleObj* defaults = nullptr;
    DictObj* kwdefaults = nullptr;
    TupleObj* closure = nullptr;
    StrObj* name;
    StrObj* qualname;
    DictObj* dict = nullptr;
    Value doc = Value::none();
    Value module = Value::none();
    // Annotations are parsed and ignored, so this is {} unless a script assigns one
    // (functools.update_wrapper copies it from the wrapped function).
    Value annotations = Value();
    // Positional-only-friendly fast path: no *args/**kwargs/keyword-only parameters and
    // no cells, so a call with exactly argcount positionals just pushes a frame.
    bool simple = false;

    FunctionObj(TypeObj* t, CodeObj* c, DictObj* g, DictObj* b, StrObj* n, StrObj* qn)
        : Obj(t, ObjKind::Function), code(c), globals(g), builtins(b), name(n), qualname(qn) {}
};

// Natives receive positional arguments in args[0..nargs) and keyword values after them,
// named by kwnames (null when there are none). Methods receive self as args[0].
using NativeFn = Value (*)(ThreadState& ts, Value* args, size_t nargs, TupleObj* kwnames);
struct NativeFunctionObj;
using NativeClosureFn = Value (*)(ThreadState& ts, NativeFunctionObj* self, Value* args,
                                  size_t nargs, TupleObj* kwnames);

struct NativeFunctionObj : Obj {
    enum Flags : uint32_t {
        kMethod = 1,       // a method of `owner`: args[0] must be an instance of it
        kReleasesGil = 2,  // runs without the GIL (host natives that asked for it)
        kClassMethod = 4,  // receives the class as args[0] (dict.fromkeys, int.from_bytes)
        kStaticMethod = 8, // str.maketrans
    };
    NativeFn fn = nullptr;
    NativeClosureFn closure_fn = nullptr;
    StrObj* name;
    TypeObj* owner = nullptr; // for methods
    Value module = Value::none();
    void* data = nullptr;     // payload for closure_fn (host callables)
    void (*free_data)(void*) = nullptr;
    uint32_t nflags = 0;
    const char* doc = nullptr;

    NativeFunctionObj(TypeObj* t, StrObj* n) : Obj(t, ObjKind::NativeFunction), name(n) {}
    ~NativeFunctionObj() {
        if (free_data) free_data(data);
    }
};

struct BoundMethodObj : Obj {
    Value func;
    Value self;
    BoundMethodObj(TypeObj* t, Value f, Value s) : Obj(t, ObjKind::BoundMethod), func(f), self(s) {}
};

struct CellObj : Obj {
    Value value = Value::unbound();
    explicit CellObj(TypeObj* t) : Obj(t, ObjKind::Cell) {}
};

inline bool is_function(Value v) { return is_kind(v, ObjKind::Function); }
inline bool is_native(Value v) { return is_kind(v, ObjKind::NativeFunction); }

CodeObj* new_code(Interp& I);
FunctionObj* new_function(Interp& I, CodeObj* code, DictObj* globals);
NativeFunctionObj* new_native(Interp& I, const char* name, NativeFn fn, TypeObj* owner = nullptr,
                              uint32_t flags = 0);
BoundMethodObj* new_bound_method(Interp& I, Value func, Value self);
CellObj* new_cell(Interp& I, Value v);

// Declarative tables used to populate types and modules with natives.
struct MethodDef {
    const char* name;
    NativeFn fn;
    uint32_t flags = 0;
};
void add_methods(Interp& I, TypeObj* type, const MethodDef* defs);
void add_functions(Interp& I, DictObj* ns, const MethodDef* defs, Value module_name);

void init_function_types(Interp& I);

} // namespace gilt
