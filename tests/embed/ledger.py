# Embedding: a host (ledger_host.cpp) lends typed natives to this script and calls it back.
# skip python: the natives (deposit, balance, rate, audit, log) exist only in the host
import sys

print("argv:", sys.argv[1:])
print(deposit("alice", 100), deposit("alice", 25), deposit("bob", 10))
print(balance("alice"), rate(200, 15), audit([1, 2, 3, 4]))

try:
    deposit("alice", -5)
except ValueError as e:
    print("ValueError:", e)
try:
    balance("carol")
except IndexError as e:
    print("IndexError:", e)
try:
    deposit("alice", "ten")
except TypeError as e:
    print("TypeError:", e)
try:
    deposit("alice")
except TypeError as e:
    print("TypeError:", e)
log("script loaded")

events = []


def summary(top):
    names = sorted(["alice", "bob"], key=balance, reverse=True)[:top]
    return ", ".join(f"{n}={balance(n)}" for n in names)


def on_event(kind, n):
    events.append((kind, n))
    print("event", kind, n, "total", audit([n for _, n in events]))


def overdraw(who):
    if balance(who) < 1000:
        raise RuntimeError(f"{who} has only {balance(who)}")


def finish():
    log("finishing")
    sys.exit(3)


# expect: argv: ['--from-host']
# expect: 100 125 10
# expect: 125 30.0 10
# expect: ValueError: amount must be positive, got -5
# expect: IndexError: no account 'carol'
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: TypeError: deposit expected 2 arguments, got 1
# expect: host: log script loaded
# expect: host: summary(2) = alice=125, bob=10
# expect: event tick 1 total 1
# expect: event tick 2 total 3
# expect: event tick 3 total 6
# expect: host: events seen by the script: 3
# expect: host: ledger has 2 accounts, alice 125
# expect: host: caught RuntimeError: bob has only 10
# expect: host: log finishing
# expect: host: exit status 3
# expect exit: 3
