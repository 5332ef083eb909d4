# posixpath (os.path): path manipulation on POSIX paths, as CPython 3.11's.
import posix as _posix

__all__ = ['join', 'split', 'splitext', 'basename', 'dirname', 'exists', 'isfile', 'isdir', 'isabs',
           'abspath', 'normpath', 'getsize', 'getmtime', 'sep', 'relpath']

sep = '/'


def _check(p, fname):
    if not isinstance(p, str):
        raise TypeError(f"expected str, bytes or os.PathLike object, not {type(p).__name__}")


def isabs(s):
    return s.startswith('/')


def join(a, *p):
    """Joins path components; an absolute component discards what comes before it."""
    _check(a, 'join')
    path = a
    for b in p:
        _check(b, 'join')
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


def split(p):
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def splitext(p):
    sep_index = p.rfind('/')
    dot_index = p.rfind('.')
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != '.':
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, ''


def basename(p):
    return p[p.rfind('/') + 1:]


def dirname(p):
    head = p[:p.rfind('/') + 1]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head


def exists(path):
    return _posix._stat_kind(path)[0] != 0


def isfile(path):
    return _posix._stat_kind(path)[0] == 1


def isdir(path):
    return _posix._stat_kind(path)[0] == 2


def getsize(path):
    kind, size, mtime = _posix._stat_kind(path)
    if kind == 0:
        raise FileNotFoundError(2, 'No such file or directory', path)
    return size


def getmtime(path):
    kind, size, mtime = _posix._stat_kind(path)
    if kind == 0:
        raise FileNotFoundError(2, 'No such file or directory', path)
    return mtime


def normpath(path):
    """Removes redundant separators and up-level references ('a//b/../c' -> 'a/c')."""
    if path == '':
        return '.'
    initial_slashes = 1 if path.startswith('/') else 0
    if initial_slashes and path.startswith('//') and not path.startswith('///'):
        initial_slashes = 2
    new_comps = []
    for comp in path.split('/'):
        if comp in ('', '.'):
            continue
        if comp != '..' or (not initial_slashes and not new_comps) or (new_comps and new_comps[-1] == '..'):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = '/'.join(new_comps)
    if initial_slashes:
        path = '/' * initial_slashes + path
    return path or '.'


def abspath(path):
    if not isabs(path):
        path = join(_posix.getcwd(), path)
    return normpath(path)


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    start = abspath('.' if start is None else start)
    path = abspath(path)
    start_list = [x for x in start.split('/') if x]
    path_list = [x for x in path.split('/') if x]
    i = 0
    while i < min(len(start_list), len(path_list)) and start_list[i] == path_list[i]:
        i += 1
    rel_list = ['..'] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return '.'
    return join(*rel_list)
