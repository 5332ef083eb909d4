// Opcode names, operand kinds and stack effects, generated from opcodes.def.
#include "compiler/opcodes.hpp"

namespace gilt {

namespace {

constexpr int VAR = 1000;
using enum Operand;

struct OpInfo {
    const char* name;
    int effect;
    Operand operand;
};

constexpr OpInfo kInfo[] = {
#define OPCODE(name, effect, operand, doc) {#name, effect, operand},
#include "compiler/opcodes.def"
#undef OPCODE
};

} // namespace

const char* opcode_name(OpCode op) {
    return size_t(op) < sizeof(kInfo) / sizeof(kInfo[0]) ? kInfo[size_t(op)].name : "<bad opcode>";
}

Operand opcode_operand(OpCode op) { return kInfo[size_t(op)].operand; }

bool opcode_is_jump(OpCode op) { return kInfo[size_t(op)].operand == Operand::JUMP; }

int stack_effect(OpCode op, uint32_t arg, bool jump) {
    int fixed = kInfo[size_t(op)].effect;
    if (fixed != VAR) return fixed;
    int n = int(arg);
    switch (op) {
    case OpCode::BUILD_SLICE: return 1 - n;
    case OpCode::BUILD_TUPLE:
    case OpCode::BUILD_LIST:
    case OpCode::BUILD_SET:
    case OpCode::BUILD_STRING: return 1 - n;
    case OpCode::BUILD_MAP: return 1 - 2 * n;
    case OpCode::UNPACK_SEQUENCE: return n - 1;
    case OpCode::UNPACK_EX: return (n & 0xFF) + (n >> 8);
    case OpCode::FORMAT_VALUE: return (n & 4) ? -1 : 0;
    case OpCode::JUMP_IF_FALSE_OR_POP:
    case OpCode::JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
    case OpCode::FOR_ITER: return jump ? -1 : 1;
    case OpCode::SEND: return jump ? -1 : 0;
    case OpCode::CALL: return -(n + 1);
    case OpCode::CALL_KW: return -(n + 2);
    case OpCode::CALL_EX: return (n & 1) ? -3 : -2;
    case OpCode::MAKE_FUNCTION:
        return -(((n & 1) ? 1 : 0) + ((n & 2) ? 1 : 0) + ((n & 4) ? 1 : 0) + ((n & 8) ? 1 : 0));
    case OpCode::RAISE_VARARGS: return -n;
    default: return 0;
    }
}

} // namespace gilt
