// The disassembler: a readable listing of a code object and the code objects inside it.
#pragma once

#include <string>

#include "core/thread_state.hpp"

namespace gilt {

struct CodeObj;

std::string disassemble_code(ThreadState& ts, CodeObj* code);

} // namespace gilt
