// The disassembler: a readable listing of a code object and the code objects inside it.
#include "compiler/disasm.hpp"

#include <fmt/format.h>

#include "compiler/opcodes.hpp"
#include "objects/function.hpp"
#include "objects/str.hpp"
#include "vm/ops.hpp"

namespace gilt {

namespace {

void listing(ThreadState& ts, CodeObj* code, std::string& out, std::vector<CodeObj*>& nested) {
    out += fmt::format("Disassembly of <code object {} at {:#x}, file \"{}\", line {}>:\n", code->qualname->view(),
                       Value::from_obj(code).bits(), code->filename->view(), code->firstlineno);
    std::vector<bool> is_target(code->code.size() + 1, false);
    for (uint32_t w : code->code)
        if (opcode_is_jump(decode_op(w)) && decode_arg(w) <= code->code.size()) is_target[decode_arg(w)] = true;
    for (const ExceptionRange& r : code->exception_table)
        if (r.target <= code->code.size()) is_target[r.target] = true;
    int last_line = -1;
    for (size_t i = 0; i < code->code.size(); ++i) {
        uint32_t w = code->code[i];
        OpCode op = decode_op(w);
        uint32_t arg = decode_arg(w);
        int line = code->line_of(i);
        std::string line_col = line != last_line ? fmt::format("{:>4}", line) : "    ";
        last_line = line;
        std::string detail;
        switch (opcode_operand(op)) {
        case Operand::CONST: {
            Value c = code->consts[arg];
            if (is_kind(c, ObjKind::Code)) {
                nested.push_back(c.as<CodeObj>());
                detail = fmt::format("(<code object {}>)", c.as<CodeObj>()->name->view());
            } else {
                detail = fmt::format("({})", repr_string(ts, c));
            }
            break;
        }
        case Operand::LOCAL: detail = fmt::format("({})", code->slot_names[arg]->view()); break;
        case Operand::NAME: detail = fmt::format("({})", code->names[arg]->view()); break;
        case Operand::GLOBAL: detail = fmt::format("({})", code->global_caches[arg].name->view()); break;
        case Operand::ATTR: detail = fmt::format("({})", code->attr_caches[arg].name->view()); break;
        case Operand::JUMP: detail = fmt::format("(to {})", arg); break;
        default: break;
        }
        // Operators are named, as CPython's dis names them.
        if (op == OpCode::BINARY_OP && (arg & 0x7F) < uint32_t(BinaryOp::Count))
            detail = fmt::format("({})", binop_symbol(BinaryOp(arg & 0x7F), (arg & 0x80) != 0));
        if (op == OpCode::COMPARE_OP && arg <= uint32_t(CompareOp::Ge))
            detail = fmt::format("({})", compare_symbol(CompareOp(arg)));
        bool has_arg = opcode_operand(op) != Operand::NONE;
        std::string row = fmt::format("{} {}{:>6} {:<22}{}", line_col, is_target[i] ? ">>" : "  ", i, opcode_name(op),
                                      has_arg ? fmt::format("{:>5} {}", arg, detail) : "");
        while (!row.empty() && row.back() == ' ') row.pop_back();
        out += row;
        out += '\n';
    }
    if (!code->exception_table.empty()) {
        out += "ExceptionTable:\n";
        for (const ExceptionRange& r : code->exception_table)
            out += fmt::format("  {} to {} -> {} [{}]\n", r.start, r.end, r.target, r.depth);
    }
}

} // namespace

std::string disassemble_code(ThreadState& ts, CodeObj* code) {
    std::string out;
    std::vector<CodeObj*> todo{code};
    while (!todo.empty()) {
        CodeObj* c = todo.front();
        todo.erase(todo.begin());
        std::vector<CodeObj*> nested;
        if (!out.empty()) out += "\n";
        listing(ts, c, out, nested);
        todo.insert(todo.end(), nested.begin(), nested.end());
    }
    return out;
}

} // namespace gilt
