// The one C++ exception that pure numeric code (big ints, number formatting) throws;
// the object layer turns it into the matching Python exception.
#pragma once

#include <stdexcept>
#include <string>

namespace gilt {

// Pure numeric helpers know nothing of Python objects, so they cannot raise a script
// exception themselves. They throw this instead, with CPython's exact message, and the
// caller (which holds the GIL and owns the heap) converts it at the boundary.
struct NumericError : std::runtime_error {
    enum class Kind { ZeroDivision, Overflow, Value, Memory };
    Kind kind;
    NumericError(Kind k, std::string message) : std::runtime_error(std::move(message)), kind(k) {}
};

} // namespace gilt
