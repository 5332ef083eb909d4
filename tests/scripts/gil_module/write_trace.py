# gil.write_trace(path) writes the recording as Chrome trace JSON, with a named track per thread.
# skip python: gil is gilt's own module
import threading

import gil

gil.start_recording()
t = threading.Thread(target=sum, args=(range(1000),), name="traced")
t.start()
t.join()
gil.stop_recording()
print(gil.write_trace("trace.json"))  # expect: None
with open("trace.json") as f:
    text = f.read()
print(text.startswith('{"traceEvents":['))  # expect: True
print('"name":"thread_name"' in text, '"args":{"name":"traced"}' in text)  # expect: True True
print('"ph":"X"' in text, '"ph":"C"' in text, '"displayTimeUnit":"ms"' in text)  # expect: True True True
