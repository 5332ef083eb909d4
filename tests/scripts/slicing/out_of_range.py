# Slice bounds beyond the sequence are clamped, never an error.
a = [1, 2, 3]
print(a[1:100], a[-100:2], a[5:], a[10:20], a[2:1])  # expect: [2, 3] [1, 2] [] [] []
print("abc"[1:99], (1, 2)[5:])  # expect: bc ()
