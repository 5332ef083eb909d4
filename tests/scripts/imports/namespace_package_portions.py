# A namespace package spans every directory of that name on sys.path.
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/_lib")
lib = __file__.rsplit("/", 1)[0] + "/_lib"
sys.path.append(lib + "/alt1")
sys.path.append(lib + "/alt2")
import nsmerge.part_a
import nsmerge.part_b

print(nsmerge.part_a.A, nsmerge.part_b.B)  # expect: from alt1 from alt2
print([p.replace(lib, "<lib>") for p in nsmerge.__path__])  # expect: ['<lib>/alt1/nsmerge', '<lib>/alt2/nsmerge']
