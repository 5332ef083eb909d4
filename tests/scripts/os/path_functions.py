# os.path: join, split, splitext, basename, dirname, normpath, isabs.
import os.path
print(os.path.join("a", "b", "c.txt"), os.path.join("/x", "/y", "z"), os.path.join("a/", "b"))
print(os.path.split("/usr/lib/x.py"), os.path.split("file"), os.path.split("/"))
print(os.path.splitext("a/b.tar.gz"), os.path.splitext(".bashrc"), os.path.splitext("a.b/c"))
print(repr(os.path.basename("/a/b/")), os.path.dirname("/a/b/c"), repr(os.path.dirname("c")))
print(os.path.normpath("/a//b/./c/../d"), os.path.normpath(""), os.path.normpath("../x/.."))
print(os.path.isabs("/a"), os.path.isabs("a"))
# expect: a/b/c.txt /y/z a/b
# expect: ('/usr/lib', 'x.py') ('', 'file') ('/', '')
# expect: ('a/b.tar', '.gz') ('.bashrc', '') ('a.b/c', '')
# expect: '' /a/b ''
# expect: /a/b/d . ..
# expect: True False
