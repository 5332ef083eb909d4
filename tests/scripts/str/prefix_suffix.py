# removeprefix and removesuffix remove an exact prefix or suffix if present.
print("test_case".removeprefix("test_"), "case".removeprefix("test_"))  # expect: case case
print("file.py".removesuffix(".py"), "file.py".removesuffix(".txt"))  # expect: file file.py
