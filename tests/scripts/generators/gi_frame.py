# gi_frame shows a live generator's code, current line and locals; it is None once the generator is done.
def countdown(n):
    step = 1
    while n > 0:
        yield n
        n -= step


g = countdown(2)
frame = g.gi_frame
print(frame is g.gi_frame, frame.f_code is countdown.__code__)  # expect: True True
print(frame.f_lineno, frame.f_locals)  # expect: 2 {'n': 2}
next(g)
print(frame.f_lineno, frame.f_locals)  # expect: 5 {'n': 2, 'step': 1}
next(g)
print(g.gi_frame.f_locals["n"], frame.f_globals is globals())  # expect: 1 True
list(g)
print(g.gi_frame)  # expect: None
