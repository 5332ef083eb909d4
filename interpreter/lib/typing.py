# typing: the names annotations use (List, Dict, Optional, Union, Callable, TypeVar,
# Generic, Protocol...), so scripts that import them run. gilt parses annotations and
# ignores them, so these objects only need to be importable, subscriptable, usable as
# bases and printable as CPython 3.11 prints them; they check nothing.

__all__ = ['Any', 'Callable', 'ClassVar', 'Final', 'Generic', 'Literal', 'Optional',
           'Protocol', 'Tuple', 'Type', 'TypeVar', 'Union', 'NoReturn', 'Never', 'Self',
           'List', 'Dict', 'Set', 'FrozenSet', 'DefaultDict', 'Deque', 'Iterable', 'Iterator',
           'Generator', 'Sequence', 'MutableSequence', 'Mapping', 'MutableMapping',
           'AbstractSet', 'MutableSet', 'Collection', 'Container', 'Hashable', 'Sized',
           'Reversible', 'Awaitable', 'Coroutine', 'AsyncIterator', 'AsyncIterable',
           'AsyncGenerator', 'cast', 'overload', 'final', 'no_type_check', 'TYPE_CHECKING',
           'get_origin', 'get_args']

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if obj is None or obj is type(None):
        return 'None'
    if isinstance(obj, list):
        return '[' + ', '.join(_type_repr(a) for a in obj) + ']'
    return repr(obj)


class _Final:
    # Shared by every typing object: usable in `X | Y` and as a base via __mro_entries__.
    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _GenericAlias(_Final):
    def __init__(self, name, origin, args):
        self._name = name
        self.__origin__ = origin
        self.__args__ = args

    def __repr__(self):
        if self._name is None:
            # A user generic class subscripted: __main__.Stack[int].
            return _type_repr(self.__origin__) + '[' + ', '.join(_type_repr(a) for a in self.__args__) + ']'
        if self._name == 'Optional':
            return f'typing.Optional[{_type_repr(self.__args__[0])}]'
        if self._name == 'Callable' and len(self.__args__) == 2 and isinstance(self.__args__[0], list):
            return f'typing.Callable[{_type_repr(self.__args__[0])}, {_type_repr(self.__args__[1])}]'
        if self._name == 'Tuple' and self.__args__ == ():
            return 'typing.Tuple[()]'
        return f'typing.{self._name}[' + ', '.join(_type_repr(a) for a in self.__args__) + ']'

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self._name, self.__args__))

    def __getitem__(self, params):
        # A subscripted alias with type variables, e.g. Dict[str, T][int]: kept simple.
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(self._name, self.__origin__, params)

    def __call__(self, *args, **kwargs):
        if self._name is not None:
            raise TypeError(f"Type {self._name} cannot be instantiated; use {self._name.lower()}() instead")
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,) if isinstance(self.__origin__, type) else ()


class _SpecialGeneric(_Final):
    # List, Dict, Iterable...: the bare name and its subscriptions.
    def __init__(self, name, origin, nparams):
        self._name = name
        self.__origin__ = origin
        self._nparams = nparams

    def __repr__(self):
        return f'typing.{self._name}'

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == 'Callable':
            if len(params) != 2:
                raise TypeError("Callable must be used as Callable[[arg, ...], result].")
            args, result = params
            return _GenericAlias('Callable', self.__origin__, (list(args) if isinstance(args, (list, tuple)) else args, result))
        if self._name == 'Tuple':
            return _GenericAlias('Tuple', tuple, params)
        if self._nparams >= 0 and len(params) != self._nparams:
            word = 'many' if len(params) > self._nparams else 'few'
            raise TypeError(f"Too {word} arguments for typing.{self._name}; actual {len(params)}, expected {self._nparams}")
        return _GenericAlias(self._name, self.__origin__, params)

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Type {self._name} cannot be instantiated; use {self._name.lower()}() instead")

    def __mro_entries__(self, bases):
        return (self.__origin__,) if isinstance(self.__origin__, type) else ()


class _SpecialForm(_Final):
    # Any, Union, Optional, ClassVar, Final, Literal, NoReturn...
    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, params)

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")


def _union_getitem(self, params):
    if params == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(params, tuple):
        params = (params,)
    flat = []
    for p in params:
        p = type(None) if p is None else p
        if isinstance(p, _GenericAlias) and p.__origin__ is Union:
            members = p.__args__
        else:
            members = (p,)
        for m in members:
            if m not in flat:
                flat.append(m)
    if len(flat) == 1:
        return flat[0]
    if len(flat) == 2 and type(None) in flat:
        other = flat[0] if flat[1] is type(None) else flat[1]
        alias = _GenericAlias('Optional', Union, (other, type(None)))
        return alias
    return _GenericAlias('Union', Union, tuple(flat))


def _optional_getitem(self, param):
    return Union[param, None]


def _wrap_getitem(self, params):
    return _GenericAlias(self._name, self, params if isinstance(params, tuple) else (params,))


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', _optional_getitem)
ClassVar = _SpecialForm('ClassVar', _wrap_getitem)
Final = _SpecialForm('Final', _wrap_getitem)
Literal = _SpecialForm('Literal', _wrap_getitem)

List = _SpecialGeneric('List', list, 1)
Dict = _SpecialGeneric('Dict', dict, 2)
Set = _SpecialGeneric('Set', set, 1)
FrozenSet = _SpecialGeneric('FrozenSet', frozenset, 1)
Tuple = _SpecialGeneric('Tuple', tuple, -1)
Type = _SpecialGeneric('Type', type, 1)
Callable = _SpecialGeneric('Callable', None, -1)
DefaultDict = _SpecialGeneric('DefaultDict', None, 2)
Deque = _SpecialGeneric('Deque', None, 1)
Iterable = _SpecialGeneric('Iterable', None, 1)
Iterator = _SpecialGeneric('Iterator', None, 1)
Generator = _SpecialGeneric('Generator', None, 3)
Sequence = _SpecialGeneric('Sequence', None, 1)
MutableSequence = _SpecialGeneric('MutableSequence', None, 1)
Mapping = _SpecialGeneric('Mapping', None, 2)
MutableMapping = _SpecialGeneric('MutableMapping', None, 2)
AbstractSet = _SpecialGeneric('AbstractSet', None, 1)
MutableSet = _SpecialGeneric('MutableSet', None, 1)
Collection = _SpecialGeneric('Collection', None, 1)
Container = _SpecialGeneric('Container', None, 1)
Reversible = _SpecialGeneric('Reversible', None, 1)
Awaitable = _SpecialGeneric('Awaitable', None, 1)
Coroutine = _SpecialGeneric('Coroutine', None, 3)
AsyncIterator = _SpecialGeneric('AsyncIterator', None, 1)
AsyncIterable = _SpecialGeneric('AsyncIterable', None, 1)
AsyncGenerator = _SpecialGeneric('AsyncGenerator', None, 2)
Hashable = _SpecialGeneric('Hashable', None, 0)
Sized = _SpecialGeneric('Sized', None, 0)


class TypeVar(_Final):
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__


class Generic:
    """Abstract base class for generic types: class Box(Generic[T]) works as in CPython."""

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic or cls is Protocol:
            return _GenericAlias(cls.__name__, cls, params)
        return _GenericAlias(None, cls, params)


class Protocol(Generic):
    """Base class for protocol classes (structural types; nothing is checked)."""


def cast(typ, val):
    """Cast a value to a type: returns the value unchanged."""
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(arg):
    return arg


def get_origin(tp):
    if isinstance(tp, _GenericAlias):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _GenericAlias):
        return tp.__args__
    return ()
