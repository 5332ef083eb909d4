# ident and native_id are None before start and integers afterwards; idents differ between threads.
import threading
seen = {}
def record():
    seen["ident"] = threading.get_ident()
    seen["native"] = threading.get_native_id()
t = threading.Thread(target=record)
print(t.ident, t.native_id)
t.start()
t.join()
print(t.ident == seen["ident"], t.native_id == seen["native"])
print(isinstance(t.ident, int), t.ident != threading.get_ident())
print(threading.get_native_id() != seen["native"])
# expect: None None
# expect: True True
# expect: True True
# expect: True
