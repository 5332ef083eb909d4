# os.environ reads and changes the environment; getenv has a default.
import os
os.environ["GILT_TEST_VAR"] = "value"
print(os.environ["GILT_TEST_VAR"], os.getenv("GILT_TEST_VAR"), "GILT_TEST_VAR" in os.environ)
del os.environ["GILT_TEST_VAR"]
print(os.getenv("GILT_TEST_VAR"), os.getenv("GILT_TEST_VAR", "default"), os.environ.get("GILT_TEST_VAR", 0))
try:
    os.environ["X"] = 1
except TypeError as e:
    print(e)
# expect: value value True
# expect: None default 0
# expect: str expected, not int
