# sys.argv is a list whose first element is the script path.
import sys
print(type(sys.argv), len(sys.argv))  # expect: <class 'list'> 1
print(sys.argv[0].endswith("sys_argv.py"))  # expect: True
