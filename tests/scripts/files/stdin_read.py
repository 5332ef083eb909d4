# sys.stdin reads the redirected standard input.
import sys
print(repr(sys.stdin.readline()))  # expect: 'first line\n'
print([line.rstrip() for line in sys.stdin])  # expect: ['second', 'third']
