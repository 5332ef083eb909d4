# A class body runs once, top to bottom; later statements see earlier names.
print("before")


class Settings:
    print("in body")
    width = 4
    height = width * 2
    area = width * height
    names = ["w", "h"]
    del names


print("after", Settings.width, Settings.height, Settings.area, hasattr(Settings, "names"))

# expect: before
# expect: in body
# expect: after 4 8 32 False
