// The opcode enum, names and stack effects, all generated from opcodes.def.
#pragma once

#include <cstdint>
#include <string>

namespace gilt {

enum class OpCode : uint8_t {
#define OPCODE(name, effect, operand, doc) name,
#include "compiler/opcodes.def"
#undef OPCODE
    COUNT_
};

enum class Operand : uint8_t { NONE, CONST, LOCAL, NAME, GLOBAL, ATTR, JUMP, COUNT, ARG };

const char* opcode_name(OpCode op);
Operand opcode_operand(OpCode op);
bool opcode_is_jump(OpCode op);

// Stack effect of an instruction. `jump` selects the effect on the branch that is taken
// (for conditional jumps and FOR_ITER/SEND, which differ).
int stack_effect(OpCode op, uint32_t arg, bool jump);

// Instructions are 32 bits: opcode in the low byte, operand in the other 24.
constexpr uint32_t kMaxArg = (1u << 24) - 1;
inline uint32_t encode(OpCode op, uint32_t arg) { return uint32_t(op) | (arg << 8); }
inline OpCode decode_op(uint32_t w) { return OpCode(w & 0xFF); }
inline uint32_t decode_arg(uint32_t w) { return w >> 8; }

} // namespace gilt
