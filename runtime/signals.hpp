// SIGINT delivery: the handler sets a flag and the PendingSignal bit of watching breakers.
#pragma once

#include "runtime/eval_breaker.hpp"

namespace gilt::signals {

// Installs the process's SIGINT handler (idempotent). Hosts that handle SIGINT
// themselves simply do not call it.
void install_interrupt_handler();
// Breakers that should see Ctrl-C (one per interpreter that runs a main script).
void watch_interrupts(EvalBreaker* breaker);
void unwatch_interrupts(EvalBreaker* breaker);
// True once per SIGINT: the caller raises KeyboardInterrupt.
bool take_pending_interrupt();
bool interrupt_pending();
// Simulates a SIGINT (tests, hosts forwarding their own interrupt).
void raise_interrupt();

} // namespace gilt::signals
