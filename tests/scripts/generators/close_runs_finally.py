# close() raises GeneratorExit at the yield, so finally blocks run; closing again is harmless.
def resource():
    print("open")
    try:
        yield "data"
        yield "more"
    finally:
        print("released")


r = resource()
print(next(r))  # expect: open
# expect: data
print(r.close())  # expect: released
# expect: None
print(r.close(), next(r, "closed"))  # expect: None closed
