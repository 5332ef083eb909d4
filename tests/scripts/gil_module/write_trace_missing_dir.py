# gil.write_trace() into a folder that does not exist raises FileNotFoundError, as open() does.
# skip python: gil is gilt's own module
import gil

try:
    gil.write_trace("no/such/folder/trace.json")
except FileNotFoundError as e:
    print(e.errno, e.filename)  # expect: 2 no/such/folder/trace.json
gil.write_report("no/such/folder/report.html")
# expect error: FileNotFoundError: [Errno 2] No such file or directory: 'no/such/folder/report.html'
