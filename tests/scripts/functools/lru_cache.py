# functools.lru_cache and cache: memoised results, cache_info and eviction order.
from functools import lru_cache, cache
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info())
print(fib.__name__, fib.cache_info().hits, fib.cache_info().currsize)
@lru_cache(maxsize=2)
def square(x):
    print("computing", x)
    return x * x
for v in [1, 2, 1, 3, 2, 1]:
    square(v)
print(square.cache_info())
square.cache_clear()
print(square.cache_info())
@lru_cache
def plain(a, b=1):
    print("plain", a, b)
    return a + b
plain(1); plain(1); plain(1, b=1); plain(a=1)
print(plain.cache_info(), plain.cache_parameters())
@cache
def slow(x):
    print("slow", x)
    return x
slow(2); slow(2)
print(slow.cache_info())
try:
    slow([1])
except TypeError as e:
    print(e)
try:
    lru_cache("big")
except TypeError as e:
    print(e)
# expect: 354224848179261915075 CacheInfo(hits=98, misses=101, maxsize=None, currsize=101)
# expect: fib 98 101
# expect: computing 1
# expect: computing 2
# expect: computing 3
# expect: computing 2
# expect: computing 1
# expect: CacheInfo(hits=1, misses=5, maxsize=2, currsize=2)
# expect: CacheInfo(hits=0, misses=0, maxsize=2, currsize=0)
# expect: plain 1 1
# expect: plain 1 1
# expect: plain 1 1
# expect: CacheInfo(hits=1, misses=3, maxsize=128, currsize=3) {'maxsize': 128, 'typed': False}
# expect: slow 2
# expect: CacheInfo(hits=1, misses=1, maxsize=None, currsize=1)
# expect: unhashable type: 'list'
# expect: Expected first argument to be an integer, a callable, or None
