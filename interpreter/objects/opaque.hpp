// Opaque objects: native payloads (locks, threads, host data) with their own GC hooks.
#pragma once

#include <string>

#include "core/heap.hpp"
#include "core/object.hpp"

namespace gilt {

struct OpaqueObj;

// How the collector treats a payload it cannot see into: `trace` marks the Values the
// payload keeps alive, `finalize` releases native resources when the object dies.
// `repr`, if set, gives the object's repr() (e.g. "<unlocked _thread.lock object at 0x...>").
struct OpaqueHooks {
    const char* name;
    void (*trace)(OpaqueObj* self, GcVisitor& v);
    void (*finalize)(OpaqueObj* self);
    std::string (*repr)(OpaqueObj* self) = nullptr;
};

struct OpaqueObj : Obj {
    const OpaqueHooks* hooks;
    void* payload;
    OpaqueObj(TypeObj* t, const OpaqueHooks* h, void* p) : Obj(t, ObjKind::Opaque), hooks(h), payload(p) {}
};

inline bool is_opaque(Value v, const OpaqueHooks* hooks) {
    return is_kind(v, ObjKind::Opaque) && v.as<OpaqueObj>()->hooks == hooks;
}

} // namespace gilt
