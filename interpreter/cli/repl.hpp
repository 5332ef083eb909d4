// The interactive prompt: line editing and history (libedit), continuation lines.
#pragma once

namespace gilt {
class Interpreter;
}

namespace gilt_cli {

// Reads, runs and prints until end of input; returns the exit status.
int run_repl(gilt::Interpreter& vm);

} // namespace gilt_cli
