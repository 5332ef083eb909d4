// Interp: everything one interpreter owns (heap, types, modules, threads); no global state.
#include "core/interp.hpp"

#include <atomic>
#include <algorithm>
#include <cstdint>
#include <cstdlib>

#include "core/thread_state.hpp"
#include "core/threads.hpp"
#include "modules/modules.hpp"
#include "objects/dict.hpp"
#include "objects/str.hpp"
#include "objects/type.hpp"

namespace gilt {

namespace {
std::atomic<uint64_t> g_next_interp_uid{1};

// GILT_GC_STRESS: "0" is off, a number N collects after every N-th allocation, and
// anything else ("1", "yes") after every allocation.
uint32_t stress_interval_from_env(const char* s) {
    char* end = nullptr;
    unsigned long n = std::strtoul(s, &end, 10);
    if (end == s || *end != '\0') return 1;
    return uint32_t(std::min<unsigned long>(n, UINT32_MAX));
}
} // namespace

Interp::Interp()
    : uid(g_next_interp_uid.fetch_add(1, std::memory_order_relaxed)),
      heap(
          breaker, [](void* owner, GcVisitor& v) { static_cast<Interp*>(owner)->mark_roots(v); },
          [](void* owner) {
              // Subclass lists and the type lookup cache are weak: forget what dies.
              type_caches_before_sweep(*static_cast<Interp*>(owner));
              // Interned strings are weak: drop the ones nothing else keeps alive.
              auto& set = static_cast<Interp*>(owner)->interned;
              for (auto it = set.begin(); it != set.end();) {
                  if (!it->second->marked) it = set.erase(it);
                  else ++it;
              }
          },
          this) {
    if (const char* s = std::getenv("GILT_GC_STRESS"); s && *s) heap.set_stress_interval(stress_interval_from_env(s));
    bootstrap_types(*this);
    init_builtin_modules(*this);
    type_lookup_cache_clear(*this); // the built-in types were filled in while being looked up
    // The thread that creates the interpreter is its main thread (the one that sees
    // Ctrl-C and waits for the others at exit).
    main_thread = std::make_unique<ThreadState>(*this, this_thread_record());
    bind_thread_state(*main_thread);
}

Interp::~Interp() {
    if (find_thread_state(*this) == main_thread.get()) unbind_thread_state(*main_thread);
    main_thread.reset();
    host_threads.clear();
    // The heap's destructor frees every object.
}

ThreadState* Interp::adopt_host_thread(std::unique_ptr<ThreadState> ts) {
    std::lock_guard<std::mutex> lock(threads_mutex);
    host_threads.push_back(std::move(ts));
    return host_threads.back().get();
}

uint32_t Interp::add_handle(Value v) {
    if (!free_handles.empty()) {
        uint32_t i = free_handles.back();
        free_handles.pop_back();
        handles[i] = v;
        return i;
    }
    handles.push_back(v);
    return uint32_t(handles.size() - 1);
}

void Interp::drop_handle(uint32_t index) {
    handles[index] = Value();
    free_handles.push_back(index);
}

void Interp::remember_source(const std::string& filename, const std::string& text) {
    for (auto& [name, src] : sources)
        if (name == filename) {
            src = text;
            return;
        }
    sources.emplace_back(filename, text);
}

const std::string* Interp::source_of(const std::string& filename) const {
    for (auto& [name, src] : sources)
        if (name == filename) return &src;
    return nullptr;
}

void Interp::mark_roots(GcVisitor& v) {
    // The type, exception and name tables are plain arrays of object pointers.
    auto mark_table = [&](const void* table, size_t bytes) {
        auto p = static_cast<Obj* const*>(table);
        for (size_t i = 0; i < bytes / sizeof(Obj*); ++i) v.mark(p[i]);
    };
    mark_table(&types, sizeof(types));
    mark_table(&exc, sizeof(exc));
    mark_table(&names, sizeof(names));
    v.mark(reinterpret_cast<Obj*>(builtins));
    v.mark(reinterpret_cast<Obj*>(builtins_module));
    v.mark(reinterpret_cast<Obj*>(modules));
    v.mark(reinterpret_cast<Obj*>(sys_module));
    v.mark(reinterpret_cast<Obj*>(main_module));
    v.mark(reinterpret_cast<Obj*>(empty_tuple));
    v.mark(reinterpret_cast<Obj*>(empty_str));
    for (StrObj* s : ascii_chars) v.mark(reinterpret_cast<Obj*>(s));
    v.mark(reinterpret_cast<Obj*>(float_neg_zero));
    v.mark(reinterpret_cast<Obj*>(float_inf));
    v.mark(reinterpret_cast<Obj*>(float_neg_inf));
    v.mark(reinterpret_cast<Obj*>(float_nan));
    v.mark(std_in);
    v.mark(std_out);
    v.mark(std_err);
    for (Value h : handles) v.mark(h);
    for (Value* r : extra_roots) v.mark(*r);
    std::lock_guard<std::mutex> lock(threads_mutex);
    for (ThreadState* t : threads) t->mark(v);
}

Value builtin(Interp& I, const char* name) { return dict_get_cstr(I, I.builtins, name); }

} // namespace gilt
