# Output printed before an uncaught exception is kept, and nothing after it runs.
for i in range(3):
    print("line", i)
# expect: line 0
# expect: line 1
# expect: line 2
{}["gone"]
print("never")
# expect error: KeyError: 'gone'
