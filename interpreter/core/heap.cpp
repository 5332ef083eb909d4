// The per-interpreter heap: allocation, and a precise stop-the-world mark-and-sweep collector.
#include "core/heap.hpp"

#include <algorithm>

#include "core/interp.hpp"
#include "objects/bytes.hpp"
#include "objects/descr.hpp"
#include "objects/dict.hpp"
#include "objects/exception.hpp"
#include "objects/file.hpp"
#include "objects/function.hpp"
#include "objects/generator.hpp"
#include "objects/iter.hpp"
#include "objects/list.hpp"
#include "objects/number.hpp"
#include "objects/opaque.hpp"
#include "objects/range.hpp"
#include "objects/set.hpp"
#include "objects/str.hpp"
#include "objects/tuple.hpp"
#include "objects/type.hpp"
#include "runtime/clock.hpp"

namespace gilt {

Heap::Heap(EvalBreaker& breaker, RootMarker roots, BeforeSweep before_sweep, void* owner)
    : breaker_(breaker), roots_(roots), before_sweep_(before_sweep), owner_(owner) {}

Heap::~Heap() {
    for (size_t c = 1; c < kClasses; ++c) {
        size_t cell = c * kGranule;
        for (const Chunk& chunk : chunks_[c]) {
            for (size_t k = 0; k < chunk.count; ++k) {
                auto* o = reinterpret_cast<Obj*>(chunk.cells + k * cell);
                if (o->kind != kFreeCell) finalize(o);
            }
            std::free(chunk.cells);
        }
    }
    Obj* o = all_;
    while (o) {
        Obj* next = o->gc_next;
        finalize(o);
        std::free(o);
        o = next;
    }
}

void* Heap::refill(size_t c) {
    size_t cell = c * kGranule;
    size_t bytes = chunks_[c].empty() ? kFirstChunkBytes : std::min(kMaxChunkBytes, 2 * chunks_[c].back().count * cell);
    size_t cells = std::max<size_t>(bytes / cell, 1);
    char* chunk = static_cast<char*>(std::malloc(cells * cell));
    if (!chunk) throw std::bad_alloc();
    chunks_[c].push_back({chunk, cells});
    // Thread the cells so allocation walks the chunk in address order; the first one
    // is handed out now.
    Obj* head = free_[c];
    for (size_t k = cells; k-- > 0;) {
        auto* o = reinterpret_cast<Obj*>(chunk + k * cell);
        o->kind = kFreeCell;
        o->gc_next = head;
        head = o;
    }
    free_[c] = head->gc_next;
    return head;
}

// Pushes the children of `o` onto the visitor's worklist.
void Heap::trace(GcVisitor& v, Obj* o) {
    v.mark(reinterpret_cast<Obj*>(o->type));
    switch (o->kind) {
    case ObjKind::Type: {
        auto t = static_cast<TypeObj*>(o);
        v.mark(t->name);
        v.mark(t->qualname);
        v.mark(t->module);
        v.mark(t->base);
        v.mark(t->bases);
        v.mark(t->mro);
        v.mark(t->dict);
        break;
    }
    case ObjKind::Module: {
        auto m = static_cast<ModuleObj*>(o);
        v.mark(m->name);
        v.mark(m->dict);
        break;
    }
    case ObjKind::BigInt:
    case ObjKind::Float:
    case ObjKind::Str:
    case ObjKind::Bytes:
        // Subclass instances made by class statements carry an attribute dict.
        if (o->type->tflags & TypeObj::kHeapType) v.mark(*trailing_dict_slot(o));
        break;
    case ObjKind::ByteArray:
    case ObjKind::RangeIter:
        break;
    case ObjKind::Range: {
        auto r = static_cast<RangeObj*>(o);
        v.mark(r->big_start);
        v.mark(r->big_stop);
        v.mark(r->big_step);
        v.mark(r->big_length);
        break;
    }
    case ObjKind::LongRangeIter: {
        auto it = static_cast<LongRangeIterObj*>(o);
        v.mark(it->next);
        v.mark(it->step);
        v.mark(it->remaining);
        break;
    }
    case ObjKind::Tuple: {
        auto t = static_cast<TupleObj*>(o);
        v.mark_range(t->items(), t->items() + t->size);
        if (o->type->tflags & TypeObj::kHeapType) v.mark(*trailing_dict_slot(o));
        break;
    }
    case ObjKind::List: {
        auto l = static_cast<ListObj*>(o);
        v.mark_range(l->items.data(), l->items.data() + l->items.size());
        v.mark(l->attrs);
        break;
    }
    case ObjKind::Dict: {
        auto d = static_cast<DictObj*>(o);
        constexpr uint32_t ahead = GcVisitor::kPrefetchAhead / 2;
        for (uint32_t i = 0; i < d->entries_used; ++i) {
            if (i + ahead < d->entries_used) {
                GcVisitor::prefetch(d->entries[i + ahead].key);
                GcVisitor::prefetch(d->entries[i + ahead].value);
            }
            v.mark(d->entries[i].key);
            v.mark(d->entries[i].value);
        }
        v.mark(d->attrs);
        break;
    }
    case ObjKind::Set:
    case ObjKind::FrozenSet: {
        auto s = static_cast<SetObj*>(o);
        if (s->table)
            for (size_t i = 0; i <= s->mask; ++i) v.mark(s->table[i].key);
        v.mark(s->attrs);
        break;
    }
    case ObjKind::Slice: {
        auto s = static_cast<SliceObj*>(o);
        v.mark(s->start);
        v.mark(s->stop);
        v.mark(s->step);
        break;
    }
    case ObjKind::Code: {
        auto c = static_cast<CodeObj*>(o);
        v.mark_range(c->consts.data(), c->consts.data() + c->consts.size());
        for (StrObj* s : c->names) v.mark(s);
        for (StrObj* s : c->slot_names) v.mark(s);
        for (const GlobalCache& g : c->global_caches) v.mark(g.name);
        // An attribute cache's descr is not marked: it is only used while the receiver's
        // class still has the version tag it was found under, and then that class (alive,
        // as the receiver's type) still holds it.
        for (const AttrCache& a : c->attr_caches) v.mark(a.name);
        v.mark(c->name);
        v.mark(c->qualname);
        v.mark(c->filename);
        v.mark(c->doc);
        break;
    }
    case ObjKind::Function: {
        auto f = static_cast<FunctionObj*>(o);
        v.mark(f->code);
        v.mark(f->globals);
        v.mark(f->builtins);
        v.mark(f->defaults);
        v.mark(f->kwdefaults);
        v.mark(f->closure);
        v.mark(f->name);
        v.mark(f->qualname);
        v.mark(f->dict);
        v.mark(f->doc);
        v.mark(f->module);
        v.mark(f->annotations);
        break;
    }
    case ObjKind::NativeFunction: {
        auto f = static_cast<NativeFunctionObj*>(o);
        v.mark(f->name);
        v.mark(f->owner);
        v.mark(f->module);
        break;
    }
    case ObjKind::BoundMethod: {
        auto m = static_cast<BoundMethodObj*>(o);
        v.mark(m->func);
        v.mark(m->self);
        break;
    }
    case ObjKind::Cell:
        v.mark(static_cast<CellObj*>(o)->value);
        break;
    case ObjKind::Exception: {
        auto e = static_cast<ExceptionObj*>(o);
        v.mark(e->args);
        v.mark(e->traceback);
        v.mark(e->cause);
        v.mark(e->context);
        v.mark(e->dict);
        break;
    }
    case ObjKind::Traceback: {
        auto t = static_cast<TracebackObj*>(o);
        v.mark(t->next);
        v.mark(t->code);
        break;
    }
    case ObjKind::Instance:
        v.mark(static_cast<InstanceObj*>(o)->dict);
        break;
    case ObjKind::NativeProperty: {
        auto p = static_cast<NativePropertyObj*>(o);
        v.mark(p->name);
        v.mark(p->owner);
        break;
    }
    case ObjKind::Property: {
        auto p = static_cast<PropertyObj*>(o);
        v.mark(p->fget);
        v.mark(p->fset);
        v.mark(p->fdel);
        v.mark(p->doc);
        v.mark(p->name);
        break;
    }
    case ObjKind::StaticMethod:
    case ObjKind::ClassMethod: {
        auto m = static_cast<MethodWrapperObj*>(o);
        v.mark(m->func);
        v.mark(m->dict);
        break;
    }
    case ObjKind::Super: {
        auto s = static_cast<SuperObj*>(o);
        v.mark(s->start);
        v.mark(s->obj);
        v.mark(s->obj_type);
        break;
    }
    case ObjKind::SeqIter:
        v.mark(static_cast<SeqIterObj*>(o)->seq);
        break;
    case ObjKind::DictIter:
        v.mark(static_cast<DictIterObj*>(o)->dict);
        break;
    case ObjKind::DictView:
        v.mark(static_cast<DictViewObj*>(o)->dict);
        break;
    case ObjKind::SetIter:
        v.mark(static_cast<SetIterObj*>(o)->set);
        break;
    case ObjKind::Enumerate: {
        auto e = static_cast<EnumerateObj*>(o);
        v.mark(e->iter);
        v.mark(e->count);
        break;
    }
    case ObjKind::Zip:
        v.mark(static_cast<ZipObj*>(o)->iters);
        break;
    case ObjKind::Map: {
        auto m = static_cast<MapObj*>(o);
        v.mark(m->func);
        v.mark(m->iters);
        break;
    }
    case ObjKind::Filter: {
        auto f = static_cast<FilterObj*>(o);
        v.mark(f->func);
        v.mark(f->iter);
        break;
    }
    case ObjKind::Reversed:
        v.mark(static_cast<ReversedObj*>(o)->seq);
        break;
    case ObjKind::CallIter: {
        auto c = static_cast<CallIterObj*>(o);
        v.mark(c->callable);
        v.mark(c->sentinel);
        break;
    }
    case ObjKind::Generator: {
        auto g = static_cast<GeneratorObj*>(o);
        v.mark(g->name);
        v.mark(g->qualname);
        v.mark(g->handled);
        v.mark(g->resumer_handled);
        v.mark(g->frame_view);
        v.mark(g->frame.code);
        v.mark(g->frame.func);
        v.mark(g->frame.globals);
        v.mark(g->frame.locals_dict);
        // While the generator runs, its frame is on a thread's chain and marked there
        // (with the live stack pointer); while suspended, the saved pointer is valid.
        if (g->state != GeneratorObj::State::Finished && g->frame.code) {
            v.mark_range(g->frame.locals, g->frame.locals + g->frame.code->nlocalsplus);
            if (g->state != GeneratorObj::State::Running) v.mark_range(g->frame.stack_base, g->frame.sp);
        }
        break;
    }
    case ObjKind::File: {
        auto f = static_cast<FileObj*>(o);
        v.mark(f->name);
        v.mark(f->mode);
        break;
    }
    case ObjKind::Opaque: {
        auto p = static_cast<OpaqueObj*>(o);
        if (p->hooks && p->hooks->trace) p->hooks->trace(p, v);
        break;
    }
    case ObjKind::Count:
        break;
    }
}

void Heap::finalize(Obj* o) {
    switch (o->kind) {
    case ObjKind::Type: static_cast<TypeObj*>(o)->~TypeObj(); break;
    case ObjKind::BigInt: static_cast<BigIntObj*>(o)->~BigIntObj(); break;
    case ObjKind::ByteArray: static_cast<ByteArrayObj*>(o)->~ByteArrayObj(); break;
    case ObjKind::List: static_cast<ListObj*>(o)->~ListObj(); break;
    case ObjKind::Dict: static_cast<DictObj*>(o)->~DictObj(); break;
    case ObjKind::Set:
    case ObjKind::FrozenSet: static_cast<SetObj*>(o)->~SetObj(); break;
    case ObjKind::Code: static_cast<CodeObj*>(o)->~CodeObj(); break;
    case ObjKind::NativeFunction: static_cast<NativeFunctionObj*>(o)->~NativeFunctionObj(); break;
    case ObjKind::File: static_cast<FileObj*>(o)->~FileObj(); break;
    case ObjKind::Opaque: {
        auto p = static_cast<OpaqueObj*>(o);
        if (p->hooks && p->hooks->finalize) p->hooks->finalize(p);
        break;
    }
    default:
        break; // trivially destructible layouts
    }
}

void Heap::collect() {
    int64_t start = clock::monotonic_ns();
    breaker_.clear(EvalBreaker::GcRequest);
    GcVisitor v;
    v.worklist_.reserve(1024);
    roots_(owner_, v);
    while (!v.worklist_.empty()) {
        Obj* o = v.worklist_.back();
        v.worklist_.pop_back();
        trace(v, o);
    }
    before_sweep_(owner_);
    sweep();
    ++collections_;
    // Grow the threshold with the live heap so collection work stays proportional to
    // allocation (each collection frees at least as much as survived the last one).
    threshold_ = std::max<size_t>(8u << 20, live_bytes_ * 2);
    if (stress_interval_ != 0)
        stress_countdown_ = uint32_t(std::max<size_t>(stress_interval_, std::min<size_t>(live_bytes_ / kStressBytes, UINT32_MAX)));
    gc_ns_ += clock::monotonic_ns() - start;
}

namespace {
// Bytes an object owns outside its own allocation (vector and table storage).
size_t external_bytes(const Obj* o) {
    switch (o->kind) {
    case ObjKind::List: return static_cast<const ListObj*>(o)->items.capacity() * sizeof(Value);
    case ObjKind::ByteArray: return static_cast<const ByteArrayObj*>(o)->data.capacity();
    case ObjKind::Dict: {
        auto d = static_cast<const DictObj*>(o);
        return d->entries_cap * sizeof(DictEntry) + d->index_size * sizeof(int32_t);
    }
    case ObjKind::Set:
    case ObjKind::FrozenSet: {
        auto s = static_cast<const SetObj*>(o);
        return s->table ? (s->mask + 1) * sizeof(SetEntry) : 0;
    }
    case ObjKind::Code: {
        auto c = static_cast<const CodeObj*>(o);
        return c->code.capacity() * 4 + c->positions.capacity() * sizeof(SourcePos) + c->consts.capacity() * 8;
    }
    default: return 0;
    }
}
} // namespace

void Heap::sweep() {
    size_t live = 0;
    // Pooled objects: every chunk, cell by cell, in address order.
    for (size_t c = 1; c < kClasses; ++c) {
        size_t cell = c * kGranule;
        Obj* free_list = free_[c];
        for (const Chunk& chunk : chunks_[c]) {
            for (size_t k = 0; k < chunk.count; ++k) {
                auto* o = reinterpret_cast<Obj*>(chunk.cells + k * cell);
                if (o->kind == kFreeCell) continue;
                if (o->marked) {
                    o->marked = 0;
                    live += o->alloc_size + external_bytes(o);
                    continue;
                }
                finalize(o);
                o->kind = kFreeCell;
                o->gc_next = free_list;
                free_list = o;
                --object_count_;
            }
        }
        free_[c] = free_list;
    }
    // Large objects: the list.
    Obj** link = &all_;
    while (Obj* o = *link) {
        if (o->marked) {
            o->marked = 0;
            live += o->alloc_size + external_bytes(o);
            link = &o->gc_next;
            continue;
        }
        *link = o->gc_next;
        --object_count_;
        finalize(o);
        std::free(o);
    }
    live_bytes_ = live;
}

} // namespace gilt
