// Entry point of the runtime test binary (the GIL and friends, without the interpreter).
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
