// list.sort: the adaptive merge sort CPython 3.11 uses, comparison for comparison.
//
// Python programs can watch a sort work: a __lt__ that prints or counts its calls, a key
// that raises halfway, a comparison that is not a total order. So gilt sorts with the
// same algorithm as CPython 3.11's listsort (Tim Peters' natural merge sort, described
// in CPython's Objects/listsort.txt, with the "powersort" merge policy that 3.11
// adopted), written here afresh: runs found left to right (strictly descending ones
// reversed), short runs extended to `minrun` by binary insertion, merges chosen by each
// run's power, and merges that switch to galloping once one side wins MIN_GALLOP times
// in a row. Only `<` is used. reverse=True reverses, sorts and reverses back, which
// keeps the sort stable.
//
// A comparison may run script code, and so may collect garbage or raise: the keys, the
// values and the merge buffer are rooted vectors, and when a comparison raises, the
// merge in progress puts its buffered items back first, so the list always ends up a
// permutation of what it held (as in CPython).
#include <algorithm>
#include <cstring>
#include <utility>
#include <vector>

#include "core/thread_state.hpp"
#include "objects/list.hpp"
#include "objects/str.hpp"
#include "vm/dunder.hpp"
#include "vm/errors.hpp"
#include "vm/eval.hpp"
#include "vm/ops.hpp"

namespace gilt {

namespace {

constexpr size_t kMinGallop = 7;

// A position in the parallel key and value arrays (values absent without a key function).
struct Slice {
    Value* keys;
    Value* vals;
    Slice advanced(ptrdiff_t n) const { return {keys + n, vals ? vals + n : nullptr}; }
};

// Copies n items (keys and values) from src[si..] to dst[di..]; the ranges may overlap.
void move_items(Slice dst, ptrdiff_t di, Slice src, ptrdiff_t si, ptrdiff_t n) {
    if (n <= 0) return;
    std::memmove(dst.keys + di, src.keys + si, size_t(n) * sizeof(Value));
    if (dst.vals) std::memmove(dst.vals + di, src.vals + si, size_t(n) * sizeof(Value));
}
void copy_item(Slice dst, ptrdiff_t di, Slice src, ptrdiff_t si) { move_items(dst, di, src, si, 1); }

template <class Less> class MergeSort {
public:
    MergeSort(ThreadState& ts, Less less, Slice base, size_t n) : less_(less), base_(base), n_(n), tmp_keys_(ts), tmp_vals_(ts) {
        size_t half = (n + 1) / 2;
        tmp_keys_.items.resize(half);
        if (base.vals) tmp_vals_.items.resize(half);
        tmp_ = {tmp_keys_.items.data(), base.vals ? tmp_vals_.items.data() : nullptr};
    }

    void sort() {
        if (n_ < 2) return;
        ptrdiff_t remaining = ptrdiff_t(n_);
        ptrdiff_t minrun = compute_minrun(remaining);
        Slice lo = base_;
        do {
            bool descending;
            ptrdiff_t n = count_run(lo.keys, lo.keys + remaining, &descending);
            if (descending) reverse_items(lo, n);
            if (n < minrun) {
                ptrdiff_t force = remaining <= minrun ? remaining : minrun;
                binary_insertion(lo, lo.keys + force, lo.keys + n);
                n = force;
            }
            found_new_run(lo, n);
            pending_.push_back({lo, n, 0});
            lo = lo.advanced(n);
            remaining -= n;
        } while (remaining);
        force_collapse();
    }

private:
    struct Run {
        Slice base;
        ptrdiff_t len;
        int power;
    };

    bool lt(Value a, Value b) { return less_(a, b); }

    static ptrdiff_t compute_minrun(ptrdiff_t n) {
        ptrdiff_t r = 0; // 1 once any 1 bit is shifted off
        while (n >= 64) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    static void reverse_items(Slice s, ptrdiff_t n) {
        std::reverse(s.keys, s.keys + n);
        if (s.vals) std::reverse(s.vals, s.vals + n);
    }

    // [lo, start) is sorted; inserts each of [start, hi) by binary search (stable: after
    // the equal items).
    void binary_insertion(Slice lo, Value* hi, Value* start) {
        if (lo.keys == start) ++start;
        for (; start < hi; ++start) {
            Value* l = lo.keys;
            Value* r = start;
            Value pivot = *r;
            do {
                Value* p = l + ((r - l) >> 1);
                if (lt(pivot, *p)) r = p;
                else l = p + 1;
            } while (l < r);
            for (Value* p = start; p > l; --p) *p = *(p - 1);
            *l = pivot;
            if (lo.vals) {
                ptrdiff_t to = l - lo.keys, from = start - lo.keys;
                Value v = lo.vals[from];
                for (ptrdiff_t p = from; p > to; --p) lo.vals[p] = lo.vals[p - 1];
                lo.vals[to] = v;
            }
        }
    }

    // The length of the run at lo: non-decreasing, or strictly decreasing (*descending).
    ptrdiff_t count_run(Value* lo, Value* hi, bool* descending) {
        *descending = false;
        ++lo;
        if (lo == hi) return 1;
        ptrdiff_t n = 2;
        if (lt(*lo, lo[-1])) {
            *descending = true;
            for (++lo; lo < hi && lt(*lo, lo[-1]); ++lo) ++n;
        } else {
            for (++lo; lo < hi && !lt(*lo, lo[-1]); ++lo) ++n;
        }
        return n;
    }

    // Where key goes in the sorted a[0..n), left of any equal items, searching from
    // a[hint] outwards by doubling steps and then by bisection.
    ptrdiff_t gallop_left(Value key, const Value* a, ptrdiff_t n, ptrdiff_t hint) {
        ptrdiff_t last = 0, ofs = 1;
        a += hint;
        if (lt(*a, key)) {
            // a[hint] < key: step right until a[hint + last] < key <= a[hint + ofs].
            const ptrdiff_t max = n - hint;
            while (ofs < max && lt(a[ofs], key)) {
                last = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > max) ofs = max;
            last += hint;
            ofs += hint;
        } else {
            // key <= a[hint]: step left until a[hint - ofs] < key <= a[hint - last].
            const ptrdiff_t max = hint + 1;
            while (ofs < max && !lt(*(a - ofs), key)) {
                last = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > max) ofs = max;
            ptrdiff_t k = last;
            last = hint - ofs;
            ofs = hint - k;
        }
        a -= hint;
        // a[last] < key <= a[ofs]: bisect in between.
        ++last;
        while (last < ofs) {
            ptrdiff_t m = last + ((ofs - last) >> 1);
            if (lt(a[m], key)) last = m + 1;
            else ofs = m;
        }
        return ofs;
    }

    // As gallop_left, but right of any equal items.
    ptrdiff_t gallop_right(Value key, const Value* a, ptrdiff_t n, ptrdiff_t hint) {
        ptrdiff_t last = 0, ofs = 1;
        a += hint;
        if (lt(key, *a)) {
            // key < a[hint]: step left until a[hint - ofs] <= key < a[hint - last].
            const ptrdiff_t max = hint + 1;
            while (ofs < max && lt(key, *(a - ofs))) {
                last = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > max) ofs = max;
            ptrdiff_t k = last;
            last = hint - ofs;
            ofs = hint - k;
        } else {
            // a[hint] <= key: step right until a[hint + last] <= key < a[hint + ofs].
            const ptrdiff_t max = n - hint;
            while (ofs < max && !lt(key, a[ofs])) {
                last = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > max) ofs = max;
            last += hint;
            ofs += hint;
        }
        a -= hint;
        ++last;
        while (last < ofs) {
            ptrdiff_t m = last + ((ofs - last) >> 1);
            if (lt(key, a[m])) ofs = m;
            else last = m + 1;
        }
        return ofs;
    }

    // Merges run a (na items) with the run b right after it, na <= nb, through a buffer
    // holding a. Precondition: a's last item belongs at the very end.
    void merge_lo(Slice a, ptrdiff_t na, Slice b, ptrdiff_t nb) {
        move_items(tmp_, 0, a, 0, na);
        Slice dest = a;
        a = tmp_;
        auto restore = [&] { move_items(dest, 0, a, 0, na); };
        try {
            copy_item(dest, 0, b, 0);
            dest = dest.advanced(1);
            b = b.advanced(1);
            if (--nb == 0) return restore();
            if (na == 1) return copy_b_then_last_a(dest, a, b, nb);
            size_t min_gallop = min_gallop_;
            for (;;) {
                ptrdiff_t acount = 0, bcount = 0; // times in a row each side won
                for (;;) {
                    if (lt(b.keys[0], a.keys[0])) {
                        copy_item(dest, 0, b, 0);
                        dest = dest.advanced(1);
                        b = b.advanced(1);
                        ++bcount;
                        acount = 0;
                        if (--nb == 0) return restore();
                        if (size_t(bcount) >= min_gallop) break;
                    } else {
                        copy_item(dest, 0, a, 0);
                        dest = dest.advanced(1);
                        a = a.advanced(1);
                        ++acount;
                        bcount = 0;
                        if (--na == 1) return copy_b_then_last_a(dest, a, b, nb);
                        if (size_t(acount) >= min_gallop) break;
                    }
                }
                // One side keeps winning: gallop until neither does.
                ++min_gallop;
                do {
                    min_gallop -= min_gallop > 1;
                    min_gallop_ = min_gallop;
                    ptrdiff_t k = gallop_right(b.keys[0], a.keys, na, 0);
                    acount = k;
                    if (k) {
                        move_items(dest, 0, a, 0, k);
                        dest = dest.advanced(k);
                        a = a.advanced(k);
                        na -= k;
                        if (na == 1) return copy_b_then_last_a(dest, a, b, nb);
                        if (na == 0) return restore(); // only with an inconsistent `<`
                    }
                    copy_item(dest, 0, b, 0);
                    dest = dest.advanced(1);
                    b = b.advanced(1);
                    if (--nb == 0) return restore();
                    k = gallop_left(a.keys[0], b.keys, nb, 0);
                    bcount = k;
                    if (k) {
                        move_items(dest, 0, b, 0, k);
                        dest = dest.advanced(k);
                        b = b.advanced(k);
                        nb -= k;
                        if (nb == 0) return restore();
                    }
                    copy_item(dest, 0, a, 0);
                    dest = dest.advanced(1);
                    a = a.advanced(1);
                    if (--na == 1) return copy_b_then_last_a(dest, a, b, nb);
                } while (size_t(acount) >= kMinGallop || size_t(bcount) >= kMinGallop);
                ++min_gallop; // leaving galloping mode costs
                min_gallop_ = min_gallop;
            }
        } catch (...) {
            restore();
            throw;
        }
    }
    static void copy_b_then_last_a(Slice dest, Slice a, Slice b, ptrdiff_t nb) {
        move_items(dest, 0, b, 0, nb);
        copy_item(dest, nb, a, 0);
    }

    // The mirror image: na >= nb, b buffered, merging from the right. Precondition: b's
    // first item belongs at the very start.
    void merge_hi(Slice a, ptrdiff_t na, Slice b, ptrdiff_t nb) {
        Slice dest = b.advanced(nb - 1);
        move_items(tmp_, 0, b, 0, nb);
        Slice base_a = a;
        Slice base_b = tmp_;
        b = tmp_.advanced(nb - 1);
        a = a.advanced(na - 1);
        auto restore = [&] { move_items(dest, -(nb - 1), base_b, 0, nb); };
        try {
            copy_item(dest, 0, a, 0);
            dest = dest.advanced(-1);
            a = a.advanced(-1);
            if (--na == 0) return restore();
            if (nb == 1) return copy_a_then_first_b(dest, a, b, na);
            size_t min_gallop = min_gallop_;
            for (;;) {
                ptrdiff_t acount = 0, bcount = 0;
                for (;;) {
                    if (lt(b.keys[0], a.keys[0])) {
                        copy_item(dest, 0, a, 0);
                        dest = dest.advanced(-1);
                        a = a.advanced(-1);
                        ++acount;
                        bcount = 0;
                        if (--na == 0) return restore();
                        if (size_t(acount) >= min_gallop) break;
                    } else {
                        copy_item(dest, 0, b, 0);
                        dest = dest.advanced(-1);
                        b = b.advanced(-1);
                        ++bcount;
                        acount = 0;
                        if (--nb == 1) return copy_a_then_first_b(dest, a, b, na);
                        if (size_t(bcount) >= min_gallop) break;
                    }
                }
                ++min_gallop;
                do {
                    min_gallop -= min_gallop > 1;
                    min_gallop_ = min_gallop;
                    ptrdiff_t k = na - gallop_right(b.keys[0], base_a.keys, na, na - 1);
                    acount = k;
                    if (k) {
                        dest = dest.advanced(-k);
                        a = a.advanced(-k);
                        move_items(dest, 1, a, 1, k);
                        na -= k;
                        if (na == 0) return restore();
                    }
                    copy_item(dest, 0, b, 0);
                    dest = dest.advanced(-1);
                    b = b.advanced(-1);
                    if (--nb == 1) return copy_a_then_first_b(dest, a, b, na);
                    k = nb - gallop_left(a.keys[0], base_b.keys, nb, nb - 1);
                    bcount = k;
                    if (k) {
                        dest = dest.advanced(-k);
                        b = b.advanced(-k);
                        move_items(dest, 1, b, 1, k);
                        nb -= k;
                        if (nb == 1) return copy_a_then_first_b(dest, a, b, na);
                        if (nb == 0) return restore(); // only with an inconsistent `<`
                    }
                    copy_item(dest, 0, a, 0);
                    dest = dest.advanced(-1);
                    a = a.advanced(-1);
                    if (--na == 0) return restore();
                } while (size_t(acount) >= kMinGallop || size_t(bcount) >= kMinGallop);
                ++min_gallop;
                min_gallop_ = min_gallop;
            }
        } catch (...) {
            restore();
            throw;
        }
    }
    static void copy_a_then_first_b(Slice dest, Slice a, Slice b, ptrdiff_t na) {
        move_items(dest, 1 - na, a, 1 - na, na);
        dest = dest.advanced(-na);
        copy_item(dest, 0, b, 0);
    }

    // Merges pending runs i and i + 1 (i is the second or third from the top).
    void merge_at(size_t i) {
        Slice a = pending_[i].base;
        ptrdiff_t na = pending_[i].len;
        Slice b = pending_[i + 1].base;
        ptrdiff_t nb = pending_[i + 1].len;
        pending_[i].len = na + nb;
        if (i + 3 == pending_.size()) pending_[i + 1] = pending_[i + 2];
        pending_.pop_back();
        // Items of a before b's first item, and of b after a's last, are in place already.
        ptrdiff_t k = gallop_right(b.keys[0], a.keys, na, 0);
        a = a.advanced(k);
        na -= k;
        if (na == 0) return;
        nb = gallop_left(a.keys[na - 1], b.keys, nb, nb - 1);
        if (nb <= 0) return;
        if (na <= nb) merge_lo(a, na, b, nb);
        else merge_hi(a, na, b, nb);
    }

    // The power of the boundary between the run starting at s1 (n1 items) and the next
    // (n2 items): the first bit where the binary fractions of their midpoints, over the
    // whole length, differ.
    int power_of(ptrdiff_t s1, ptrdiff_t n1, ptrdiff_t n2) const {
        ptrdiff_t n = ptrdiff_t(n_);
        ptrdiff_t a = 2 * s1 + n1; // twice the midpoints, to stay in integers
        ptrdiff_t b = a + n1 + n2;
        int power = 0;
        for (;;) {
            ++power;
            if (a >= n) {
                a -= n;
                b -= n;
            } else if (b >= n) {
                break;
            }
            a <<= 1;
            b <<= 1;
        }
        return power;
    }

    // A run of n2 items follows the top pending run: merge away the pending runs whose
    // power is greater than the new boundary's.
    void found_new_run(Slice, ptrdiff_t n2) {
        if (pending_.empty()) return;
        Run& top = pending_.back();
        int power = power_of(top.base.keys - base_.keys, top.len, n2);
        while (pending_.size() > 1 && pending_[pending_.size() - 2].power > power) merge_at(pending_.size() - 2);
        pending_.back().power = power;
    }

    void force_collapse() {
        while (pending_.size() > 1) {
            size_t n = pending_.size() - 2;
            if (n > 0 && pending_[n - 1].len < pending_[n + 1].len) --n;
            merge_at(n);
        }
    }

    Less less_;
    Slice base_;
    size_t n_;
    RootedVector tmp_keys_, tmp_vals_;
    Slice tmp_;
    std::vector<Run> pending_;
    size_t min_gallop_ = kMinGallop;
};

template <class Less> void run_sort(ThreadState& ts, Less less, Slice s, size_t n) {
    MergeSort<Less> sorter(ts, less, s, n);
    sorter.sort();
}

} // namespace

void list_sort(ThreadState& ts, ListObj* l, Value key, bool reverse) {
    Rooted keep_list(ts, Value::from_obj(l));
    Rooted keyfn(ts, key);
    RootedVector values(ts), keys(ts);
    // The list is empty while it is sorted (as in CPython), so a key function or a
    // comparison that looks at it sees [], and one that changes it is detected below.
    values.items.swap(l->items);
    bool has_key = !key.is_null() && !key.is_none();
    size_t n = values.items.size();
    bool failed = true;
    struct PutBack {
        ListObj* l;
        std::vector<Value>& values;
        bool& failed;
        // On an exception the list gets back its items, in whatever order the sort left
        // them (a permutation of the original, as CPython guarantees).
        ~PutBack() {
            if (failed) l->items.swap(values);
        }
    } put_back{l, values.items, failed};
    if (has_key) {
        keys.items.reserve(n);
        for (size_t i = 0; i < n; ++i) keys.items.push_back(call1(ts, keyfn, values.items[i]));
    }
    Slice s = has_key ? Slice{keys.items.data(), values.items.data()} : Slice{values.items.data(), nullptr};
    if (reverse) {
        std::reverse(s.keys, s.keys + n);
        if (s.vals) std::reverse(s.vals, s.vals + n);
    }
    // Homogeneous ints and strs compare without running script code, the rest through
    // the `<` protocol.
    bool all_small = true, all_str = true;
    for (size_t i = 0; i < n; ++i) {
        all_small = all_small && s.keys[i].is_small();
        all_str = all_str && is_str(s.keys[i]) && !is_heap_instance(s.keys[i]);
    }
    if (all_small) run_sort(ts, [](Value a, Value b) { return a.small() < b.small(); }, s, n);
    else if (all_str) run_sort(ts, [](Value a, Value b) { return str_compare(as_str(a), as_str(b)) < 0; }, s, n);
    else run_sort(ts, [&ts](Value a, Value b) { return compare_bool(ts, CompareOp::Lt, a, b); }, s, n);
    if (reverse) std::reverse(values.items.begin(), values.items.end());
    bool modified = !l->items.empty();
    failed = false;
    l->items.swap(values.items);
    if (modified) value_error(ts, "list modified during sort");
}

} // namespace gilt
