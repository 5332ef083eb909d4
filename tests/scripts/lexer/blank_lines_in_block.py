# Blank lines and comment-only lines do not affect indentation.
def f():
    a = 1

    b = 2
      # an oddly indented comment

    return a + b


print(f())  # expect: 3
for i in range(2):

    print(i)

# expect: 0
# expect: 1
