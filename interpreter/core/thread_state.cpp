// Per-thread VM state: the value stack, the frame chain, the exception in flight, temp roots.
#include "core/thread_state.hpp"

#include <pthread.h>
#include <sys/mman.h>

#include <new>

#include "objects/dict.hpp"
#include "objects/function.hpp"
#include "objects/generator.hpp"

namespace gilt {

int Frame::line() const {
    if (!ip) return int(code->firstlineno);
    size_t instr = size_t(ip - code->code.data());
    return code->line_of(instr > 0 ? instr - 1 : 0);
}

ThreadState::ThreadState(Interp& in, std::shared_ptr<ThreadRecord> rec, size_t stack_slots, bool on_this_thread)
    : interp(in), record(std::move(rec)) {
    // Reserve address space only; pages are committed as the stack grows into them.
    reserved_bytes_ = stack_slots * sizeof(Value);
    void* mem = mmap(nullptr, reserved_bytes_, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (mem == MAP_FAILED) throw std::bad_alloc();
    stack_begin = static_cast<Value*>(mem);
    stack_limit = stack_begin + stack_slots;

    if (on_this_thread) measure_c_stack();
    std::lock_guard<std::mutex> lock(interp.threads_mutex);
    interp.threads.push_back(this);
}

ThreadState::~ThreadState() {
    {
        std::lock_guard<std::mutex> lock(interp.threads_mutex);
        auto& v = interp.threads;
        for (size_t i = 0; i < v.size(); ++i)
            if (v[i] == this) {
                v.erase(v.begin() + long(i));
                break;
            }
    }
    for (Frame* chunk : frame_chunks_) delete[] chunk;
    munmap(stack_begin, reserved_bytes_);
}

void ThreadState::measure_c_stack() {
    pthread_attr_t attr;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
        void* addr;
        size_t size;
        if (pthread_attr_getstack(&attr, &addr, &size) == 0) {
            c_stack_base = static_cast<char*>(addr) + size; // stacks grow down
            c_stack_size = size;
        }
        pthread_attr_destroy(&attr);
    }
}

bool ThreadState::c_stack_nearly_full() const {
    if (!c_stack_base) return false;
    char probe;
    size_t used = size_t(c_stack_base - &probe);
    // Keep a generous margin: natives between two checks may use a fair amount of stack.
    return used + (256u << 10) > c_stack_size;
}

static constexpr size_t kFramesPerChunk = 256;

Frame* ThreadState::push_frame_record() {
    size_t chunk = frame_count_ / kFramesPerChunk;
    if (chunk == frame_chunks_.size()) frame_chunks_.push_back(new Frame[kFramesPerChunk]);
    Frame* f = &frame_chunks_[chunk][frame_count_ % kFramesPerChunk];
    ++frame_count_;
    return f;
}

void ThreadState::pop_frame_record() { --frame_count_; }

void ThreadState::mark(GcVisitor& v) {
    for (Frame* f = frame; f; f = f->back) {
        v.mark(f->code);
        v.mark(f->func);
        v.mark(f->globals);
        v.mark(f->locals_dict);
        v.mark(reinterpret_cast<Obj*>(f->gen));
        if (f->code) {
            v.mark_range(f->locals, f->locals + f->code->nlocalsplus);
            if (f->sp) v.mark_range(f->stack_base, f->sp);
        }
    }
    v.mark(raised);
    v.mark(handled);
    for (Value p : pinned) v.mark(p);
    for (Value p : sentinels) v.mark(p);
    for (RootScope* r = roots; r; r = r->prev) {
        if (r->single) v.mark(*r->single);
        if (r->values) v.mark_range(r->values->data(), r->values->data() + r->values->size());
    }
}

} // namespace gilt
