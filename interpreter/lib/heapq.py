# heapq: the binary min-heap on a plain list (CPython 3.11's API); queue.PriorityQueue uses it.
#
# The invariant: heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2] for every k, so
# heap[0] is always the smallest item. Only `<` is used to compare items, as in CPython.

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest', 'nsmallest', 'heappushpop']


def _sift_down(heap, startpos, pos):
    # Moves heap[pos] up towards startpos until its parent is not greater.
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _sift_up(heap, pos):
    # Moves the smaller child up until a leaf is reached, then settles heap[pos] there.
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _sift_down(heap, startpos, pos)


def heappush(heap, item):
    """Pushes item onto heap, keeping the heap invariant."""
    heap.append(item)
    _sift_down(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pops the smallest item off the heap, keeping the heap invariant."""
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _sift_up(heap, 0)
        return returnitem
    return lastelt


def heapreplace(heap, item):
    """Pops the smallest item, then pushes item (the heap size stays the same)."""
    returnitem = heap[0]
    heap[0] = item
    _sift_up(heap, 0)
    return returnitem


def heappushpop(heap, item):
    """Pushes item, then pops the smallest item; faster than the two calls."""
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_up(heap, 0)
    return item


def heapify(x):
    """Turns list x into a heap, in place, in linear time."""
    n = len(x)
    for i in reversed(range(n // 2)):
        _sift_up(x, i)


def merge(*iterables, key=None, reverse=False):
    """Merges sorted inputs into one sorted output, lazily; ties keep the inputs' order."""
    heads = []  # [sort key, value, iterator] for each input that is not exhausted
    for it in iterables:
        it = iter(it)
        for value in it:
            heads.append([value if key is None else key(value), value, it])
            break
    while heads:
        best = 0
        for i in range(1, len(heads)):
            if (heads[best][0] < heads[i][0]) if reverse else (heads[i][0] < heads[best][0]):
                best = i
        entry = heads[best]
        yield entry[1]
        for value in entry[2]:
            entry[0] = value if key is None else key(value)
            entry[1] = value
            break
        else:
            del heads[best]


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable, smallest first (equal to sorted(iterable, key=key)[:n])."""
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest items of iterable, largest first (equal to sorted(iterable, key=key, reverse=True)[:n])."""
    return sorted(iterable, key=key, reverse=True)[:n]
