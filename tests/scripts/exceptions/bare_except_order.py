# A bare except catches anything, and except Exception catches most things.
try:
    undefined_name
except Exception as e:
    print(type(e).__name__)  # expect: NameError
try:
    (1).bit_length(1, 2)
except:
    print("bare except caught it")  # expect: bare except caught it
