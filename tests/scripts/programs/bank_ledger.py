# Program: a ledger of accounts kept in dicts, with closures, validation errors and a report.
import sys


def make_bank():
    accounts = {}
    log = []

    def open_account(name, initial=0):
        if name in accounts:
            raise ValueError(f"account {name!r} already exists")
        accounts[name] = initial
        log.append(("open", name, initial))

    def transfer(src, dst, amount):
        if amount <= 0:
            raise ValueError(f"invalid amount {amount}")
        if dst not in accounts:
            raise KeyError(dst)
        if accounts[src] < amount:
            raise RuntimeError(f"insufficient funds in {src}: {accounts[src]} < {amount}")
        accounts[src] -= amount
        accounts[dst] += amount
        log.append(("transfer", src, dst, amount))

    def report():
        total = sum(accounts.values())
        for name, balance in sorted(accounts.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {name:<6}{balance:>8}  {balance / total:6.1%}")
        return total

    return open_account, transfer, report, log


open_account, transfer, report, log = make_bank()
for name, amount in [("ann", 100), ("bob", 50), ("cid", 0), ("ann", 5)]:
    try:
        open_account(name, amount)
    except ValueError as e:
        print("refused:", e)

operations = [("ann", "bob", 30), ("bob", "cid", 100), ("cid", "ann", -5),
              ("bob", "dan", 10), ("bob", "cid", 80), ("ann", "cid", 70)]
for src, dst, amount in operations:
    try:
        transfer(src, dst, amount)
        print(f"ok: {src} -> {dst} {amount}")
    except (ValueError, RuntimeError) as e:
        print(f"failed ({type(e).__name__}): {e}")
    except KeyError as e:
        print(f"failed: no account {e}")

print("balances:")
total = report()
print("total", total, "entries", len(log))
print("kinds:", sorted(set([entry[0] for entry in log])))
if total != 150:
    sys.exit("ledger does not balance")
print("balanced")

# expect: refused: account 'ann' already exists
# expect: ok: ann -> bob 30
# expect: failed (RuntimeError): insufficient funds in bob: 80 < 100
# expect: failed (ValueError): invalid amount -5
# expect: failed: no account 'dan'
# expect: ok: bob -> cid 80
# expect: ok: ann -> cid 70
# expect: balances:
# expect:   cid        150  100.0%
# expect:   ann          0    0.0%
# expect:   bob          0    0.0%
# expect: total 150 entries 6
# expect: kinds: ['open', 'transfer']
# expect: balanced
