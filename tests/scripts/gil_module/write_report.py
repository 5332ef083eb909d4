# gil.write_report(path, title) writes one self-contained HTML page: the title escaped, an SVG lane per thread.
# skip python: gil is gilt's own module
import threading

import gil

gil.start_recording()
t = threading.Thread(target=sum, args=(range(1000),), name="reported")
t.start()
t.join()
gil.stop_recording()
gil.write_report("report.html", title="Threads <&> GIL")
with open("report.html") as f:
    html = f.read()
print(html.startswith("<!DOCTYPE html>"))  # expect: True
print("<title>Threads &lt;&amp;&gt; GIL</title>" in html)  # expect: True
print(html.count('<g class="lane"'), 'data-thread="reported"' in html)  # expect: 2 True
print("<script" in html, '<table class="stats">' in html)  # expect: False True
gil.write_report("default.html")
with open("default.html") as f:
    print("<title>gilt GIL report</title>" in f.read())  # expect: True
