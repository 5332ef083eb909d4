// Formatting exceptions the way CPython prints them: chained tracebacks, carets, SyntaxErrors.
#include "vm/traceback.hpp"

#include <algorithm>
#include <cstdint>
#include <fmt/format.h>

#include "compiler/parser.hpp"
#include "objects/dict.hpp"
#include "objects/exception.hpp"
#include "objects/function.hpp"
#include "objects/list.hpp"
#include "objects/str.hpp"
#include "objects/tuple.hpp"
#include "objects/type.hpp"
#include "vm/errors.hpp"
#include "vm/eval.hpp"
#include "vm/ops.hpp"
#include "vm/source.hpp"

namespace gilt {

namespace {

std::string_view source_line(const std::string* source, int line) {
    if (!source || line < 1) return {};
    size_t start = 0;
    for (int l = 1; l < line; ++l) {
        size_t nl = source->find('\n', start);
        if (nl == std::string::npos) return {};
        start = nl + 1;
    }
    size_t end = source->find('\n', start);
    if (end == std::string::npos) end = source->size();
    return std::string_view(*source).substr(start, end - start);
}

size_t byte_to_char(std::string_view s, size_t byte) { return utf8_count(s.substr(0, std::min(byte, s.size()))); }

// For `a + b` and `a[b]`: where the operator part of the segment starts and ends (in
// characters), so the operands get '~' and the operator '^' as CPython draws them.
bool caret_anchors(std::string_view segment, size_t* left, size_t* right) {
    try {
        std::string text(segment);
        Lexer lex(text, "<segment>");
        AstArena arena;
        Parser p(lex, arena);
        Module m = p.parse_module();
        if (m.body.size() != 1 || m.body[0]->kind != SK::Expr) return false;
        const Expr* e = static_cast<const ExprStmt*>(m.body[0])->value;
        if (e->kind == EK::BinOp) {
            auto b = static_cast<const BinOpExpr*>(e);
            size_t op_start = size_t(b->left->pos.end_col), op_end = size_t(b->right->pos.col);
            std::string_view op_str = segment.substr(op_start, op_end - op_start);
            size_t lead = 0;
            while (lead < op_str.size() && (op_str[lead] == ' ' || op_str[lead] == '\t' || op_str[lead] == ')' || op_str[lead] == '\\' || op_str[lead] == '\n'))
                ++lead;
            size_t l = op_start + lead;
            size_t r = l + 1;
            if (lead + 1 < op_str.size() && op_str[lead + 1] != ' ' && op_str[lead + 1] != '\t') ++r;
            *left = byte_to_char(segment, l);
            *right = byte_to_char(segment, r);
            return true;
        }
        if (e->kind == EK::Subscript) {
            auto s = static_cast<const SubscriptExpr*>(e);
            size_t l = size_t(s->value->pos.end_col);
            while (l < segment.size() && segment[l] != '[') ++l;
            *left = byte_to_char(segment, l);
            *right = byte_to_char(segment, size_t(s->slice->pos.end_col) + 1);
            return true;
        }
    } catch (...) {
    }
    return false;
}

void format_entry(Interp& I, std::string& out, const TracebackObj* tb) {
    const CodeObj* code = tb->code;
    std::string filename(code->filename->view());
    out += fmt::format("  File \"{}\", line {}, in {}\n", filename, tb->lineno, code->name->view());
    const std::string* source = I.source_of(filename);
    std::string_view line = source_line(source, tb->lineno);
    if (line.empty()) return;
    size_t stripped = 0;
    while (stripped < line.size() && (line[stripped] == ' ' || line[stripped] == '\t' || line[stripped] == '\f')) ++stripped;
    std::string_view shown = line.substr(stripped);
    while (!shown.empty() && (shown.back() == ' ' || shown.back() == '\r')) shown.remove_suffix(1);
    if (shown.empty()) return;
    out += "    ";
    out += shown;
    out += "\n";
    if (tb->instr >= code->positions.size()) return;
    const SourcePos& p = code->positions[tb->instr];
    if (p.line != uint32_t(tb->lineno) || p.end_col == 0) return;
    size_t start = byte_to_char(line, p.col);
    size_t end;
    size_t line_chars = byte_to_char(line, line.size());
    size_t left = 0, right = 0;
    bool anchors = false;
    if (p.end_line == p.line) {
        end = byte_to_char(line, p.end_col);
        if (p.end_col > p.col) anchors = caret_anchors(line.substr(p.col, size_t(p.end_col - p.col)), &left, &right);
    } else {
        end = line_chars;
    }
    size_t stripped_chars = byte_to_char(line, stripped);
    size_t shown_chars = utf8_count(shown);
    if (end <= start) return;
    bool whole_line = end - start >= shown_chars && start <= stripped_chars;
    if (whole_line && !(anchors && right > left)) return;
    out += "    ";
    out.append(start > stripped_chars ? start - stripped_chars : 0, ' ');
    if (anchors) {
        out.append(left, '~');
        out.append(right - left, '^');
        if (end - start > right) out.append(end - start - right, '~');
    } else {
        out.append(end - start, '^');
    }
    out += "\n";
}

Value attr(ExceptionObj* e, Interp& I, const char* name) {
    if (!e->dict) return Value();
    return dict_get_cstr(I, e->dict, name);
}

void format_syntax_error(ThreadState& ts, std::string& out, ExceptionObj* e) {
    Interp& I = ts.interp;
    Value filename = attr(e, I, "filename"), lineno = attr(e, I, "lineno"), text = attr(e, I, "text");
    Value offset = attr(e, I, "offset"), end_offset = attr(e, I, "end_offset"), end_lineno = attr(e, I, "end_lineno");
    if (!lineno.is_small()) return;
    out += fmt::format("  File \"{}\", line {}\n", is_str(filename) ? std::string(as_str(filename)->view()) : "<string>",
                       lineno.small());
    if (!is_str(text)) return;
    std::string_view t = as_str(text)->view();
    while (!t.empty() && (t.back() == '\n' || t.back() == '\r')) t.remove_suffix(1);
    int64_t off = offset.is_small() ? offset.small() : -1;
    int64_t end_off = end_offset.is_small() ? end_offset.small() : -1;
    // IndentationError and TabError have no end position in the printed form.
    if (type_of(I, Value::from_obj(e)) != I.exc.SyntaxError) end_off = -1;
    if (end_lineno.is_small() && lineno.is_small() && end_lineno.small() > lineno.small()) end_off = int64_t(utf8_count(t)) + 1;
    size_t lead = 0;
    while (lead < t.size() && (t[lead] == ' ' || t[lead] == '\t' || t[lead] == '\f')) ++lead;
    std::string_view shown = t.substr(lead);
    out += "    ";
    out += shown;
    out += "\n";
    if (off < 0) return;
    int64_t caret = off - 1 - int64_t(utf8_count(t.substr(0, lead)));
    // CPython clips the caret to the line's length in bytes, not characters.
    int64_t len = int64_t(shown.size());
    if (caret < 0) return;
    if (caret > len) caret = len;
    int64_t reps = (end_off > 0 && end_off > off) ? end_off - off : 1;
    if (end_off > len + 1 + int64_t(utf8_count(t.substr(0, lead)))) reps = std::max<int64_t>(1, len + 1 - caret);
    out += "    ";
    for (int64_t i = 0; i < caret; ++i) {
        // Tabs in the shown text keep their width.
        out += ' ';
    }
    out.append(size_t(reps), '^');
    out += "\n";
}

// ---- "Did you mean": CPython 3.11's Python/suggestions.c, on the same UTF-8 bytes.

constexpr size_t kMaxCandidateItems = 750;
constexpr size_t kMaxStringSize = 40;
constexpr size_t kMoveCost = 2;
constexpr size_t kCaseCost = 1;

size_t substitution_cost(char a, char b) {
    if ((a & 31) != (b & 31)) return kMoveCost;
    if (a == b) return 0;
    if ('A' <= a && a <= 'Z') a = char(a + ('a' - 'A'));
    if ('A' <= b && b <= 'Z') b = char(b + ('a' - 'A'));
    return a == b ? kCaseCost : kMoveCost;
}

// The Levenshtein distance of a and b (case changes cost half), or max_cost + 1 as soon
// as it is known to exceed max_cost.
size_t levenshtein_distance(std::string_view a, std::string_view b, size_t max_cost) {
    while (!a.empty() && !b.empty() && a.front() == b.front()) {
        a.remove_prefix(1);
        b.remove_prefix(1);
    }
    while (!a.empty() && !b.empty() && a.back() == b.back()) {
        a.remove_suffix(1);
        b.remove_suffix(1);
    }
    if (a.empty() || b.empty()) return (a.size() + b.size()) * kMoveCost;
    if (a.size() > kMaxStringSize || b.size() > kMaxStringSize) return max_cost + 1;
    if (b.size() < a.size()) std::swap(a, b);
    if ((b.size() - a.size()) * kMoveCost > max_cost) return max_cost + 1;
    size_t buffer[kMaxStringSize];
    size_t tmp = kMoveCost;
    for (size_t i = 0; i < a.size(); ++i) {
        buffer[i] = tmp;
        tmp += kMoveCost;
    }
    size_t result = 0;
    for (size_t b_index = 0; b_index < b.size(); ++b_index) {
        char code = b[b_index];
        size_t distance = result = b_index * kMoveCost;
        size_t minimum = SIZE_MAX;
        for (size_t index = 0; index < a.size(); ++index) {
            size_t substitute = distance + substitution_cost(code, a[index]);
            distance = buffer[index];
            size_t insert_delete = std::min(result, distance) + kMoveCost;
            result = std::min(insert_delete, substitute);
            buffer[index] = result;
            minimum = std::min(minimum, result);
        }
        if (minimum > max_cost) return max_cost + 1;
    }
    return result;
}

// The candidate closest to name (the first of equally close ones), or null.
StrObj* closest_name(const std::vector<Value>& candidates, StrObj* name) {
    if (candidates.size() >= kMaxCandidateItems) return nullptr;
    size_t best_distance = SIZE_MAX;
    StrObj* best = nullptr;
    for (Value c : candidates) {
        if (!is_str(c)) continue;
        std::string_view item = as_str(c)->view();
        if (item == name->view()) continue;
        // No more than 1/3 of the involved characters should need changing.
        size_t max_distance = (name->view().size() + item.size() + 3) * kMoveCost / 6;
        max_distance = std::min(max_distance, best_distance - 1);
        size_t d = levenshtein_distance(name->view(), item, max_distance);
        if (d > max_distance) continue;
        if (!best || d < best_distance) {
            best = as_str(c);
            best_distance = d;
        }
    }
    return best;
}

// CPython 3.11's builtins namespace in its order: the last place a NameError looks, so
// the suggestion (and the choice between equally close names) is the one CPython makes.
const char* const kCPythonBuiltins[] = {
    "__name__", "__doc__", "__package__", "__loader__", "__spec__", "__build_class__", "__import__",
    "abs", "all", "any", "ascii", "bin", "breakpoint", "callable", "chr", "compile", "delattr",
    "dir", "divmod", "eval", "exec", "format", "getattr", "globals", "hasattr", "hash", "hex", "id",
    "input", "isinstance", "issubclass", "iter", "aiter", "len", "locals", "max", "min", "next",
    "anext", "oct", "ord", "pow", "print", "repr", "round", "setattr", "sorted", "sum", "vars",
    "None", "Ellipsis", "NotImplemented", "False", "True", "bool", "memoryview", "bytearray",
    "bytes", "classmethod", "complex", "dict", "enumerate", "filter", "float", "frozenset",
    "property", "int", "list", "map", "object", "range", "reversed", "set", "slice", "staticmethod",
    "str", "super", "tuple", "type", "zip", "__debug__", "BaseException", "BaseExceptionGroup",
    "Exception", "GeneratorExit", "KeyboardInterrupt", "SystemExit", "ArithmeticError",
    "AssertionError", "AttributeError", "BufferError", "EOFError", "ImportError", "LookupError",
    "MemoryError", "NameError", "OSError", "ReferenceError", "RuntimeError", "StopAsyncIteration",
    "StopIteration", "SyntaxError", "SystemError", "TypeError", "ValueError", "Warning",
    "FloatingPointError", "OverflowError", "ZeroDivisionError", "BytesWarning",
    "DeprecationWarning", "EncodingWarning", "FutureWarning", "ImportWarning",
    "PendingDeprecationWarning", "ResourceWarning", "RuntimeWarning", "SyntaxWarning",
    "UnicodeWarning", "UserWarning", "BlockingIOError", "ChildProcessError", "ConnectionError",
    "FileExistsError", "FileNotFoundError", "InterruptedError", "IsADirectoryError",
    "NotADirectoryError", "PermissionError", "ProcessLookupError", "TimeoutError",
    "IndentationError", "IndexError", "KeyError", "ModuleNotFoundError", "NotImplementedError",
    "RecursionError", "UnboundLocalError", "UnicodeError", "BrokenPipeError",
    "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError", "TabError",
    "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError", "ExceptionGroup",
    "EnvironmentError", "IOError", "open", "quit", "exit", "copyright", "credits", "license",
    "help",
};

void dict_keys_into(DictObj* d, std::vector<Value>& out) {
    uint32_t pos = 0;
    DictEntry* e;
    while (dict_next(d, &pos, &e)) out.push_back(e->key);
}

// What CPython appends to an uncaught AttributeError or NameError raised by a lookup:
// the closest name in dir(obj), or in the failing frame's locals, globals and builtins.
StrObj* suggestion_for(ThreadState& ts, ExceptionObj* e) {
    Interp& I = ts.interp;
    TypeObj* t = e->type;
    Value name = attr(e, I, "name");
    if (!is_str(name)) return nullptr;
    RootedVector candidates(ts);
    if (is_subtype(t, I.exc.AttributeError)) {
        Value obj = attr(e, I, "obj");
        Value dir_fn = dict_get_cstr(I, I.builtins_module->dict, "dir");
        if (obj.is_null() || dir_fn.is_null()) return nullptr;
        try {
            Value listing = call(ts, dir_fn, &obj, 1);
            if (!is_list(listing)) return nullptr;
            candidates.items = as_list(listing)->items;
        } catch (const ScriptError&) {
            ts.raised = Value();
            return nullptr;
        }
        return closest_name(candidates.items, as_str(name));
    }
    if (!is_subtype(t, I.exc.NameError) || !is_kind(e->traceback, ObjKind::Traceback)) return nullptr;
    const TracebackObj* tb = e->traceback.as<TracebackObj>();
    while (tb->next) tb = tb->next;
    const CodeObj* co = tb->code;
    for (size_t i = 0; i < co->slot_names.size(); ++i)
        if (co->slot_kinds[i] & (CodeObj::kLocal | CodeObj::kArg)) candidates.items.push_back(Value::from_obj(co->slot_names[i]));
    if (StrObj* s = closest_name(candidates.items, as_str(name))) return s;
    // The frame's globals: those of the module the code was loaded from.
    candidates.items.clear();
    uint32_t pos = 0;
    DictEntry* me;
    while (I.modules && dict_next(I.modules, &pos, &me)) {
        if (!is_module(me->value)) continue;
        DictObj* md = me->value.as<ModuleObj>()->dict;
        Value file = dict_get_str(md, I.names.__file__);
        if (is_str(file) && as_str(file)->view() == co->filename->view()) {
            dict_keys_into(md, candidates.items);
            break;
        }
    }
    if (StrObj* s = closest_name(candidates.items, as_str(name))) return s;
    candidates.items.clear();
    for (const char* b : kCPythonBuiltins) candidates.items.push_back(Value::from_obj(new_str(I, b)));
    return closest_name(candidates.items, as_str(name));
}

std::string exception_line(ThreadState& ts, Value exc) {
    Interp& I = ts.interp;
    TypeObj* t = type_of(I, exc);
    std::string name(t->qualname->view());
    Value mod = t->dict ? dict_get_str(t->dict, I.names.__module__) : Value();
    if (mod.is_null()) mod = t->module;
    if (is_str(mod) && as_str(mod)->view() != "builtins" && as_str(mod)->view() != "__main__")
        name = std::string(as_str(mod)->view()) + "." + name;
    std::string msg;
    ExceptionObj* e = is_exception(exc) ? as_exception(exc) : nullptr;
    if (e && is_subtype(t, I.exc.SyntaxError)) {
        Value m = attr(e, I, "msg");
        msg = is_str(m) ? std::string(as_str(m)->view()) : str_string(ts, exc);
    } else {
        try {
            msg = str_string(ts, exc);
        } catch (const ScriptError&) {
            ts.raised = Value();
            msg = "<exception str() failed>";
        }
    }
    if (e && !is_subtype(t, I.exc.SyntaxError))
        if (StrObj* suggestion = suggestion_for(ts, e)) msg += fmt::format(". Did you mean: '{}'?", suggestion->view());
    std::string out = msg.empty() ? name + "\n" : name + ": " + msg + "\n";
    if (e) {
        Value notes = attr(e, I, "__notes__");
        if (notes.is_obj()) {
            RootedVector items(ts);
            try {
                collect_iterable(ts, notes, items.items);
            } catch (const ScriptError&) {
                ts.raised = Value();
            }
            for (Value n : items.items) out += (is_str(n) ? std::string(as_str(n)->view()) : repr_string(ts, n)) + "\n";
        }
    }
    return out;
}

// The "File ..." lines of a traceback. Long runs of the same line (deep recursion) are
// folded as CPython folds them.
std::string format_stack(Interp& I, const TracebackObj* first) {
    std::string out;
    const TracebackObj* prev = nullptr;
    int repeats = 0;
    auto flush_repeats = [&]() {
        if (repeats > 3)
            out += fmt::format("  [Previous line repeated {} more time{}]\n", repeats - 3, repeats - 3 == 1 ? "" : "s");
    };
    for (const TracebackObj* tb = first; tb; tb = tb->next) {
        bool same = prev && prev->code->filename == tb->code->filename && prev->lineno == tb->lineno &&
                    prev->code->name == tb->code->name;
        if (same) {
            ++repeats;
            if (repeats > 3) continue;
        } else {
            flush_repeats();
            repeats = 1;
        }
        format_entry(I, out, tb);
        prev = tb;
    }
    flush_repeats();
    return out;
}

// Printing state for exception groups, as CPython's traceback._ExceptionPrintContext:
// inside a group every line gets an indent of two spaces per level and a margin.
struct PrintContext {
    int group_depth = 0;
    bool need_close = false;
    std::string indent() const { return std::string(size_t(2 * group_depth), ' '); }
};

constexpr int kMaxGroupWidth = 15;
constexpr int kMaxGroupDepth = 10;

// Appends text with every line (blank ones too) prefixed by the context's margin.
void emit(std::string& out, const PrintContext& ctx, std::string_view text, char margin = '|') {
    std::string prefix = ctx.indent();
    if (ctx.group_depth) {
        prefix += margin;
        prefix += ' ';
    }
    size_t start = 0;
    while (start < text.size()) {
        size_t nl = text.find('\n', start);
        size_t end = nl == std::string_view::npos ? text.size() : nl + 1;
        out += prefix;
        out.append(text.substr(start, end - start));
        start = end;
    }
}

std::string exception_only(ThreadState& ts, Value exc) {
    std::string out;
    if (is_exception(exc) && is_subtype(type_of(ts.interp, exc), ts.interp.exc.SyntaxError))
        format_syntax_error(ts, out, as_exception(exc));
    out += exception_line(ts, exc);
    return out;
}

// One exception with the chain of causes and contexts that led to it, oldest first;
// exception groups print their members in numbered boxes (CPython's
// TracebackException.format).
void format_chain(ThreadState& ts, std::string& out, Value exc, PrintContext& ctx) {
    Interp& I = ts.interp;
    std::vector<std::pair<const char*, Value>> chain;
    RootedVector keep(ts);
    for (Value e = exc; chain.size() <= 50;) {
        keep.items.push_back(e);
        if (!is_exception(e)) {
            chain.push_back({nullptr, e});
            break;
        }
        ExceptionObj* x = as_exception(e);
        if (is_exception(x->cause)) {
            chain.push_back({"\nThe above exception was the direct cause of the following exception:\n\n", e});
            e = x->cause;
        } else if (is_exception(x->context) && !x->suppress_context) {
            chain.push_back({"\nDuring handling of the above exception, another exception occurred:\n\n", e});
            e = x->context;
        } else {
            chain.push_back({nullptr, e});
            break;
        }
    }
    // Oldest first; each entry's message (if any) comes right before it.
    for (size_t i = chain.size(); i-- > 0;) {
        if (chain[i].first) emit(out, ctx, chain[i].first);
        Value e = chain[i].second;
        bool has_tb = is_exception(e) && is_kind(as_exception(e)->traceback, ObjKind::Traceback);
        std::string stack = has_tb ? format_stack(I, as_exception(e)->traceback.as<TracebackObj>()) : std::string();
        if (!is_exception_group(I, e)) {
            if (has_tb) {
                emit(out, ctx, "Traceback (most recent call last):\n");
                emit(out, ctx, stack);
            }
            emit(out, ctx, exception_only(ts, e));
        } else if (ctx.group_depth > kMaxGroupDepth) {
            emit(out, ctx, fmt::format("... (max_group_depth is {})\n", kMaxGroupDepth));
        } else {
            bool toplevel = ctx.group_depth == 0;
            if (toplevel) ++ctx.group_depth;
            if (has_tb) {
                emit(out, ctx, "Exception Group Traceback (most recent call last):\n", toplevel ? '+' : '|');
                emit(out, ctx, stack);
            }
            emit(out, ctx, exception_only(ts, e));
            Rooted members(ts, Value::from_obj(exception_group_members(I, as_exception(e))));
            int count = int(as_tuple(members)->size);
            int shown = count <= kMaxGroupWidth ? count : kMaxGroupWidth + 1;
            ctx.need_close = false;
            for (int k = 0; k < shown; ++k) {
                bool last = k == shown - 1;
                if (last) ctx.need_close = true; // a nested group may close the box itself
                bool truncated = k >= kMaxGroupWidth;
                std::string title = truncated ? "..." : std::to_string(k + 1);
                out += ctx.indent() + (k == 0 ? "+-" : "  ") + "+---------------- " + title + " ----------------\n";
                ++ctx.group_depth;
                if (!truncated) {
                    format_chain(ts, out, as_tuple(members)->items()[k], ctx);
                } else {
                    int remaining = count - kMaxGroupWidth;
                    emit(out, ctx, fmt::format("and {} more exception{}\n", remaining, remaining > 1 ? "s" : ""));
                }
                if (last && ctx.need_close) {
                    out += ctx.indent() + "+------------------------------------\n";
                    ctx.need_close = false;
                }
                --ctx.group_depth;
            }
            if (toplevel) ctx.group_depth = 0;
        }
    }
}

} // namespace

std::string format_exception(ThreadState& ts, Value exc) {
    std::string out;
    Rooted keep(ts, exc);
    PrintContext ctx;
    format_chain(ts, out, exc, ctx);
    return out;
}

std::string format_exception_only(ThreadState& ts, Value exc) { return exception_line(ts, exc); }

} // namespace gilt
