# The seed article's example: add and sub run in two threads.
import threading
a = 25
b = 30
def add(a, b):
    print("Addition value: ", a + b)
def sub(a, b):
    print("Subtraction Value: ", a - b)
add_thread = threading.Thread(target=add, args=(a, b))
add_thread.start()
add_thread.join()
sub_thread = threading.Thread(target=sub, args=(a, b))
sub_thread.start()
sub_thread.join()
# expect: Addition value:  55
# expect: Subtraction Value:  -5
