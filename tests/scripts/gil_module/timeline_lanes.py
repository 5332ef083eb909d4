# gil.timeline(width) draws one lane per recorded thread, and no line is wider than width.
# skip python: gil is gilt's own module
import threading

import gil

gil.start_recording()
threads = [threading.Thread(target=sum, args=(range(1000),), name=f"lane-{i}") for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
gil.stop_recording()
for width in (40, 80, 200):
    text = gil.timeline(width)
    lanes = [line.split(" ")[0] for line in text.splitlines() if "│" in line]
    print(width, lanes, all(len(line) <= width for line in text.splitlines()))
# expect: 40 ['MainThread', 'lane-0', 'lane-1', 'lane-2'] True
# expect: 80 ['MainThread', 'lane-0', 'lane-1', 'lane-2'] True
# expect: 200 ['MainThread', 'lane-0', 'lane-1', 'lane-2'] True
print("\x1b[" in gil.timeline(), "\x1b[" in gil.timeline(color=True))  # expect: False True
