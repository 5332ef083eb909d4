# typing's names import, subscript, print as in CPython, and Generic[T] works as a base.
from typing import List, Dict, Optional, Union, Tuple, Callable, Any, TypeVar, Generic, Iterable, Iterator, Set, Protocol
import typing
T = TypeVar("T")
def total(xs: List[int], scale: Optional[float] = None) -> int:
    return sum(xs)
print(total([1, 2]))
Vector = List[float]
Table = Dict[str, Union[int, str]]
print(Vector, Table, Optional[int], Union[int, None], Union[int, str, int], Tuple[int, ...], Tuple[()])
print(Callable[[int, str], bool], Callable[..., Any], Any, Iterable[int], T)
print(Union[int], Union[int, Union[str, float]])
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(3)
print(s.pop(), Stack[int], Stack.__mro__[-2:] if len(Stack.__mro__) > 1 else Stack.__mro__)
class Greeter(Protocol):
    def greet(self) -> str: ...
print(typing.cast(int, "x"), typing.get_args(Dict[str, int]), typing.get_origin(List[int]))
try:
    List()
except TypeError as e:
    print(e)
try:
    Dict[int]
except TypeError as e:
    print(e)
print(int | List[int] if False else "ok", typing.TYPE_CHECKING)
# expect: 3
# expect: typing.List[float] typing.Dict[str, typing.Union[int, str]] typing.Optional[int] typing.Optional[int] typing.Union[int, str] typing.Tuple[int, ...] typing.Tuple[()]
# expect: typing.Callable[[int, str], bool] typing.Callable[..., typing.Any] typing.Any typing.Iterable[int] ~T
# expect: <class 'int'> typing.Union[int, str, float]
# expect: 3 __main__.Stack[int] (<class 'typing.Generic'>, <class 'object'>)
# expect: x (<class 'str'>, <class 'int'>) <class 'list'>
# expect: Type List cannot be instantiated; use list() instead
# expect: Too few arguments for typing.Dict; actual 1, expected 2
# expect: ok False
