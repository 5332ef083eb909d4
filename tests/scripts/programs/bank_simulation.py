# Program: a bank simulation with account classes, an exception hierarchy, chained errors, rolling-back transactions, audited methods and a seeded workload.


class LCG:
    """The classic ANSI C rand() generator, so the workload is the same on every run."""

    MULTIPLIER = 1103515245
    INCREMENT = 12345
    MODULUS = 2 ** 31

    def __init__(self, seed):
        self.state = seed % self.MODULUS

    def next(self):
        self.state = (self.state * self.MULTIPLIER + self.INCREMENT) % self.MODULUS
        return self.state >> 16  # the low bits of an LCG repeat with a short period

    def randint(self, low, high):
        return low + self.next() % (high - low + 1)

    def choice(self, items):
        return items[self.next() % len(items)]


def money(cents):
    """Amounts are whole cents (ints), so no float rounding ever reaches a balance."""
    sign = "-" if cents < 0 else ""
    dollars, rest = divmod(abs(cents), 100)
    return f"{sign}${dollars:,}.{rest:02d}"


class BankError(Exception):
    """Base of every error the bank raises on purpose; knows the account involved."""

    def __init__(self, message, account=None):
        super().__init__(message)
        self.account = account


class InsufficientFunds(BankError):
    def __init__(self, account, available, requested):
        super().__init__(f"insufficient funds in {account}", account)
        self.available = available
        self.requested = requested

    @property
    def shortfall(self):
        return self.requested - self.available

    def __str__(self):
        return (f"account {self.account}: {money(self.requested)} requested, "
                f"{money(self.available)} available (short {money(self.shortfall)})")


class AccountFrozen(BankError):
    def __init__(self, account, reason):
        super().__init__(f"account {account} is frozen", account)
        self.reason = reason

    def __str__(self):
        return f"{self.args[0]} ({self.reason})"


class UnknownAccount(BankError, LookupError):
    def __init__(self, number):
        super().__init__(f"no account numbered {number}", number)


class TransferFailed(BankError):
    """Raised from the error that stopped a transfer, which stays reachable as __cause__."""


AUDIT_LOG = []


def audited(action, *, amount_arg=0):
    """Records every call of the decorated method: the action, account, amount and outcome."""
    def decorate(method):
        def wrapper(self, *args, **kwargs):
            amount = args[amount_arg] if len(args) > amount_arg else kwargs.get("amount")
            try:
                result = method(self, *args, **kwargs)
            except BankError as error:
                AUDIT_LOG.append((action, self.number, amount, type(error).__name__))
                raise
            except (TypeError, ValueError):
                AUDIT_LOG.append((action, self.number, amount, "invalid"))
                raise
            AUDIT_LOG.append((action, self.number, amount, "ok"))
            return result
        wrapper.__name__ = method.__name__
        wrapper.__qualname__ = method.__qualname__
        wrapper.__doc__ = method.__doc__
        wrapper.audited_action = action
        return wrapper
    return decorate


class Account:
    kind = "basic"
    _next_number = 1001

    def __init__(self, owner, opening=0):
        Account.validate_amount(opening, allow_zero=True)
        self.number = Account._allocate_number()
        self.owner = owner  # through the validating setter
        self._balance = opening
        self.frozen_reason = None
        self.history = []
        if opening:
            self._record("open", opening)

    @staticmethod
    def _allocate_number():
        # Written on Account itself: cls._next_number += 1 in a subclass would shadow it.
        number = Account._next_number
        Account._next_number += 1
        return number

    @staticmethod
    def validate_amount(amount, allow_zero=False):
        if not isinstance(amount, int) or isinstance(amount, bool):
            raise TypeError(f"amount must be whole cents, not {type(amount).__name__}")
        if amount < 0 or (amount == 0 and not allow_zero):
            raise ValueError(f"amount must be positive, got {amount}")
        return amount

    @classmethod
    def from_spec(cls, spec, **options):
        """Builds an account of this class from 'owner name:opening cents'."""
        owner, _, opening = spec.partition(":")
        return cls(owner, int(opening or 0), **options)

    @property
    def owner(self):
        return self._owner

    @owner.setter
    def owner(self, name):
        if not isinstance(name, str) or not name.strip():
            raise ValueError(f"owner must be a non-empty name, got {name!r}")
        self._owner = " ".join(part.capitalize() for part in name.split())

    @property
    def balance(self):
        return self._balance

    @property
    def frozen(self):
        return self.frozen_reason is not None

    def available(self):
        return self._balance

    def _record(self, kind, amount):
        self.history.append((len(self.history) + 1, kind, amount, self._balance))

    def _check_usable(self):
        if self.frozen:
            raise AccountFrozen(self.number, self.frozen_reason)

    @audited("deposit")
    def deposit(self, amount):
        """Adds money to the account."""
        self._check_usable()
        self._balance += Account.validate_amount(amount)
        self._record("deposit", amount)
        return self._balance

    @audited("withdraw")
    def withdraw(self, amount):
        """Takes money out, within what the account makes available."""
        self._check_usable()
        Account.validate_amount(amount)
        if amount > self.available():
            raise InsufficientFunds(self.number, self.available(), amount)
        self._balance -= amount
        self._record("withdraw", -amount)
        return self._balance

    def __repr__(self):
        return f"{type(self).__name__}({self.number}, {self.owner!r}, {money(self._balance)})"

    def __eq__(self, other):
        if not isinstance(other, Account):
            return NotImplemented
        return self.number == other.number

    def __hash__(self):
        return hash(self.number)

    def __lt__(self, other):
        return (self._balance, self.number) < (other._balance, other.number)

    def __iter__(self):
        return iter(self.history)

    def __len__(self):
        return len(self.history)

    def __contains__(self, kind):
        return any(entry[1] == kind for entry in self.history)


class SavingsAccount(Account):
    kind = "savings"
    MAX_WITHDRAWALS = 3

    def __init__(self, owner, opening=0, rate_bp=150):
        super().__init__(owner, opening)
        self.rate_bp = rate_bp
        self.withdrawals = 0

    @property
    def rate_bp(self):
        return self._rate_bp

    @rate_bp.setter
    def rate_bp(self, value):
        if not 0 <= value <= 2000:
            raise ValueError(f"interest rate {value} bp outside 0..2000")
        self._rate_bp = value

    def withdraw(self, amount):
        if self.withdrawals >= self.MAX_WITHDRAWALS:
            raise BankError(f"withdrawal limit of {self.MAX_WITHDRAWALS} reached", self.number)
        balance = super().withdraw(amount)
        self.withdrawals += 1
        return balance

    def add_interest(self):
        interest = self._balance * self.rate_bp // 10_000
        if interest:
            self._balance += interest
            self._record("interest", interest)
        self.withdrawals = 0
        return interest


class CheckingAccount(Account):
    kind = "checking"
    OVERDRAWN_FEE = 2_500

    def __init__(self, owner, opening=0, overdraft=50_000):
        super().__init__(owner, opening)
        self.overdraft = overdraft

    def available(self):
        return self._balance + self.overdraft

    def charge_fees(self):
        if self._balance >= 0:
            return 0
        self._balance -= self.OVERDRAWN_FEE
        self._record("fee", -self.OVERDRAWN_FEE)
        return self.OVERDRAWN_FEE


class Transaction:
    """Groups operations: if any of them raises, every account involved is restored."""

    def __init__(self, bank, label, *accounts):
        self.bank = bank
        self.label = label
        self.accounts = accounts
        self.snapshots = []

    def __enter__(self):
        self.snapshots = [(a, dict(a.__dict__), len(a.history)) for a in self.accounts]
        self.bank.journal.append(f"begin {self.label}")
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.bank.journal.append(f"commit {self.label}")
            return False
        for account, state, length in reversed(self.snapshots):
            del account.history[length:]
            account.__dict__.update(state)
        self.bank.journal.append(f"rollback {self.label}: {exc_type.__name__}")
        return False  # the caller still sees the exception


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
        self.journal = []
        self.transfers_attempted = 0

    def add(self, account):
        self.accounts[account.number] = account
        return account

    def __getitem__(self, number):
        try:
            return self.accounts[number]
        except KeyError:
            raise UnknownAccount(number) from None

    def __iter__(self):
        return (self.accounts[n] for n in sorted(self.accounts))

    def __len__(self):
        return len(self.accounts)

    def __contains__(self, number):
        return number in self.accounts

    def transfer(self, source, target, amount):
        label = f"{money(amount)} {source}->{target}"
        try:
            if source == target:
                raise ValueError(f"transfer from {source} to itself")
            src, dst = self[source], self[target]
            with Transaction(self, label, src, dst):
                src.withdraw(amount)
                dst.deposit(amount)
        except InsufficientFunds as error:
            raise TransferFailed(f"transfer {label} refused", source) from error
        except AccountFrozen as error:
            raise TransferFailed(f"transfer {label} blocked", error.account) from error
        else:
            return amount
        finally:
            self.transfers_attempted += 1

    def close(self, number):
        account = self[number]
        try:
            payout = account.balance
            if payout < 0:
                raise BankError(f"account {number} owes {money(-payout)}", number)
            if payout:
                account.withdraw(payout)
        except AccountFrozen:
            # No "from": the AccountFrozen becomes the new error's __context__.
            raise BankError(f"cannot close {number} while it is frozen", number)
        del self.accounts[number]
        return payout


def statement(account, width=46):
    """Yields the lines of an account statement, one per history entry."""
    yield f" {account.kind.upper()} {account.number} {account.owner} ".center(width, "=")
    for seq, kind, amount, after in account:
        yield f"{seq:>3}. {kind:<12}{money(amount):>13}{money(after):>{width - 30}}"
    yield f"{'closing balance':<20}{money(account.balance):>{width - 20}}"


def describe_chain(error):
    """Follows __cause__, then unsuppressed __context__, as a traceback would."""
    links = []
    while error is not None:
        links.append(f"{type(error).__name__}: {error}")
        if error.__cause__ is not None:
            error = error.__cause__
        elif error.__context__ is not None and not error.__suppress_context__:
            error = error.__context__
        else:
            error = None
    return " <- ".join(links)


def run_workload(bank, rng, steps, shown):
    numbers = [account.number for account in bank]
    outcomes = {}
    for step in range(1, steps + 1):
        op = rng.choice(("deposit", "deposit", "withdraw", "withdraw", "transfer", "transfer",
                         "transfer", "freeze", "lookup"))
        number = rng.choice(numbers)
        amount = rng.randint(0, 300) * 100
        detail = ""
        try:
            if op == "deposit":
                bank[number].deposit(amount)
            elif op == "withdraw":
                bank[number].withdraw(amount)
            elif op == "transfer":
                bank.transfer(number, rng.choice(numbers), amount)
            elif op == "freeze":
                account = bank[number]
                account.frozen_reason = None if account.frozen else f"review #{step}"
            else:
                bank[number + rng.randint(0, 2) * 50]
        except TransferFailed as error:
            key = f"{op}:{type(error.__cause__).__name__}"
            detail = f"{error} <- {error.__cause__}"
        except BankError as error:
            key = f"{op}:{type(error).__name__}"
            detail = str(error)
        except (TypeError, ValueError) as error:
            key = f"{op}:{type(error).__name__}"
            detail = str(error)
        else:
            key = f"{op}:ok"
        finally:
            outcomes[key] = outcomes.get(key, 0) + 1
        if step <= shown:
            print(f"  step {step:2}: {op:<8} {number} {money(amount):>10}  {key.split(':')[1]:<17} {detail}".rstrip())
    return outcomes


def main():
    bank = Bank("Gilt Savings & Loan")
    specs = [(SavingsAccount, "ada lovelace:250000", {"rate_bp": 200}),
             (CheckingAccount, "  alan   turing :120000", {}),
             (Account, "grace hopper:90000", {}),
             (CheckingAccount, "edsger dijkstra:5000", {"overdraft": 20_000}),
             (SavingsAccount, "barbara liskov:400000", {}),
             (Account, "donald knuth", {})]
    for cls, spec, options in specs:
        print("opened", repr(bank.add(cls.from_spec(spec, **options))))
    print(f"{bank.name}: {len(bank)} accounts, 1003 in bank: {1003 in bank}, 999 in bank: {999 in bank}")

    print("validation:")
    ada = bank[1001]
    for attempt in (lambda: setattr(ada, "owner", "   "), lambda: setattr(ada, "rate_bp", 5000),
                    lambda: setattr(ada, "balance", 10), lambda: ada.deposit(12.5),
                    lambda: ada.deposit(-5), lambda: Account.from_spec("x:ten")):
        try:
            attempt()
        except (ValueError, TypeError, AttributeError) as error:
            print(f"  {type(error).__name__}: {error}")
    ada.owner = "augusta ada king"
    print("  renamed:", ada, "| rate", f"{ada.rate_bp / 100:.2f}%")

    print("workload:")
    outcomes = run_workload(bank, LCG(2024), steps=120, shown=14)
    for key, count in sorted(outcomes.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {key:<26}{count:>4}")

    print("month end:")
    for account in bank:
        if isinstance(account, SavingsAccount):
            print(f"  interest {account.number}: {money(account.add_interest())}")
        elif isinstance(account, CheckingAccount):
            print(f"  fees {account.number}: {money(account.charge_fees())}")

    print("ranking (richest first):")
    total = sum(account.balance for account in bank)
    for rank, account in enumerate(sorted(bank, key=lambda a: (-a.balance, a.owner)), start=1):
        flag = " frozen" if account.frozen else ""
        print(f"  {rank}. {account.owner:<18}{money(account.balance):>13}{account.balance / total:8.1%}{flag}")
    print("  poorest by __lt__:", min(bank).number, "| sorted:", [a.number for a in sorted(bank)])

    kinds = sorted({account.kind for account in bank})
    by_kind = {kind: sum(a.balance for a in bank if a.kind == kind) for kind in kinds}
    print("by kind:", {kind: money(value) for kind, value in by_kind.items()})
    print("frozen:", sorted({a.number for a in bank if a.frozen}))
    print("with fees:", [a.owner for a in bank if "fee" in a], "| entries:", {a.number: len(a) for a in bank})
    print("total:", money(total), "== ledger:", total == sum(entry[2] for a in bank for entry in a))

    audit_counts = {}
    for action, _, _, result in AUDIT_LOG:
        audit_counts[(action, result)] = audit_counts.get((action, result), 0) + 1
    print("audit:", ", ".join(f"{a}/{r}={n}" for (a, r), n in sorted(audit_counts.items())))
    print("audited methods:", [(m.__name__, m.__qualname__, m.audited_action, m.__doc__)
                               for m in (Account.deposit, Account.withdraw)])
    commits = sum(1 for line in bank.journal if line.startswith("commit"))
    rollbacks = [line for line in bank.journal if line.startswith("rollback")]
    print(f"journal: {bank.transfers_attempted} transfers, {commits} committed, {len(rollbacks)} rolled back")
    for line in rollbacks[:3]:
        print("  " + line)

    richest = max(bank, key=lambda a: a.balance)
    for line in statement(richest):
        print(line)

    print("identity:", bank[1002] == bank[1002], bank[1002] == bank[1003], bank[1002] == 1002,
          len({bank[1002], bank[1002], bank[1003]}), hash(bank[1004]) == hash(1004))

    print("chains:")
    try:
        bank[4242]
    except LookupError as error:
        print(f"  {describe_chain(error)} | context {type(error.__context__).__name__},"
              f" suppressed {error.__suppress_context__}, args {error.args}")
    rich, poor = bank[1005], bank[1006]
    poor.frozen_reason = None
    try:
        bank.transfer(poor.number, rich.number, 1_000_000)
    except BankError as error:
        print(f"  {describe_chain(error)}")
        print(f"  cause shortfall {money(error.__cause__.shortfall)}, repr {error.__cause__!r}")
        print(f"  context is cause: {error.__context__ is error.__cause__}, balances kept: {poor.balance}, {rich.balance}")
    print("  MRO:", [c.__name__ for c in UnknownAccount.__mro__])

    print("closing:")
    rich.frozen_reason = "audit"
    for number in (poor.number, rich.number):
        try:
            print(f"  closed {number}, paid out {money(bank.close(number))}")
        except BankError as error:
            print(f"  {describe_chain(error)}")
            print(f"  cause {error.__cause__}, context {type(error.__context__).__name__}")
    return bank


try:
    final_bank = main()
    final_bank.transfer(1001, 1006, 100)
except Exception as e:
    print(f"summary: stopped by {type(e).__name__}: {e}")
    print(f"summary: {len(AUDIT_LOG)} audited calls, next account number {Account._next_number}")
# expect: opened SavingsAccount(1001, 'Ada Lovelace', $2,500.00)
# expect: opened CheckingAccount(1002, 'Alan Turing', $1,200.00)
# expect: opened Account(1003, 'Grace Hopper', $900.00)
# expect: opened CheckingAccount(1004, 'Edsger Dijkstra', $50.00)
# expect: opened SavingsAccount(1005, 'Barbara Liskov', $4,000.00)
# expect: opened Account(1006, 'Donald Knuth', $0.00)
# expect: Gilt Savings & Loan: 6 accounts, 1003 in bank: True, 999 in bank: False
# expect: validation:
# expect:   ValueError: owner must be a non-empty name, got '   '
# expect:   ValueError: interest rate 5000 bp outside 0..2000
# expect:   AttributeError: property 'balance' of 'SavingsAccount' object has no setter
# expect:   TypeError: amount must be whole cents, not float
# expect:   ValueError: amount must be positive, got -5
# expect:   ValueError: invalid literal for int() with base 10: 'ten'
# expect:   renamed: SavingsAccount(1001, 'Augusta Ada King', $2,500.00) | rate 2.00%
# expect: workload:
# expect:   step  1: transfer 1001    $229.00  ok
# expect:   step  2: freeze   1001    $143.00  ok
# expect:   step  3: deposit  1002    $116.00  ok
# expect:   step  4: transfer 1004    $120.00  ok
# expect:   step  5: transfer 1002     $96.00  ValueError        transfer from 1002 to itself
# expect:   step  6: lookup   1005    $190.00  ok
# expect:   step  7: transfer 1001    $112.00  AccountFrozen     transfer $112.00 1001->1006 blocked <- account 1001 is frozen (review #2)
# expect:   step  8: transfer 1002    $187.00  ok
# expect:   step  9: freeze   1006    $264.00  ok
# expect:   step 10: withdraw 1002    $111.00  ok
# expect:   step 11: transfer 1001     $15.00  AccountFrozen     transfer $15.00 1001->1002 blocked <- account 1001 is frozen (review #2)
# expect:   step 12: freeze   1001     $31.00  ok
# expect:   step 13: transfer 1006     $21.00  ValueError        transfer from 1006 to itself
# expect:   step 14: withdraw 1003    $140.00  ok
# expect:   freeze:ok                   20
# expect:   transfer:AccountFrozen      18
# expect:   deposit:ok                  16
# expect:   deposit:AccountFrozen       12
# expect:   transfer:ok                 12
# expect:   withdraw:ok                 10
# expect:   transfer:ValueError          8
# expect:   lookup:UnknownAccount        7
# expect:   withdraw:AccountFrozen       7
# expect:   lookup:ok                    5
# expect:   transfer:BankError           2
# expect:   withdraw:BankError           2
# expect:   withdraw:ValueError          1
# expect: month end:
# expect:   interest 1001: $53.28
# expect:   fees 1002: $0.00
# expect:   fees 1004: $0.00
# expect:   interest 1005: $64.86
# expect: ranking (richest first):
# expect:   1. Barbara Liskov        $4,388.86   46.1% frozen
# expect:   2. Augusta Ada King      $2,717.28   28.5%
# expect:   3. Alan Turing           $1,055.00   11.1%
# expect:   4. Grace Hopper            $686.00    7.2% frozen
# expect:   5. Edsger Dijkstra         $627.00    6.6% frozen
# expect:   6. Donald Knuth             $48.00    0.5% frozen
# expect:   poorest by __lt__: 1006 | sorted: [1006, 1004, 1003, 1002, 1001, 1005]
# expect: by kind: {'basic': '$734.00', 'checking': '$1,682.00', 'savings': '$7,106.14'}
# expect: frozen: [1003, 1004, 1005, 1006]
# expect: with fees: [] | entries: {1001: 8, 1002: 18, 1003: 3, 1004: 15, 1005: 11, 1006: 2}
# expect: total: $9,522.14 == ledger: True
# expect: audit: deposit/AccountFrozen=20, deposit/invalid=2, deposit/ok=28, withdraw/AccountFrozen=17, withdraw/invalid=2, withdraw/ok=30
# expect: audited methods: [('deposit', 'Account.deposit', 'deposit', 'Adds money to the account.'), ('withdraw', 'Account.withdraw', 'withdraw', 'Takes money out, within what the account makes available.')]
# expect: journal: 40 transfers, 12 committed, 21 rolled back
# expect:   rollback $112.00 1001->1006: AccountFrozen
# expect:   rollback $15.00 1001->1002: AccountFrozen
# expect:   rollback $0.00 1003->1001: ValueError
# expect: ======== SAVINGS 1005 Barbara Liskov =========
# expect:   1. open            $4,000.00       $4,000.00
# expect:   2. withdraw         -$152.00       $3,848.00
# expect:   3. deposit            $16.00       $3,864.00
# expect:   4. deposit            $34.00       $3,898.00
# expect:   5. deposit           $202.00       $4,100.00
# expect:   6. deposit           $190.00       $4,290.00
# expect:   7. withdraw          -$94.00       $4,196.00
# expect:   8. withdraw         -$263.00       $3,933.00
# expect:   9. deposit           $252.00       $4,185.00
# expect:  10. deposit           $139.00       $4,324.00
# expect:  11. interest           $64.86       $4,388.86
# expect: closing balance                      $4,388.86
# expect: identity: True False False 2 True
# expect: chains:
# expect:   UnknownAccount: no account numbered 4242 | context KeyError, suppressed True, args ('no account numbered 4242',)
# expect:   TransferFailed: transfer $10,000.00 1006->1005 refused <- InsufficientFunds: account 1006: $10,000.00 requested, $48.00 available (short $9,952.00)
# expect:   cause shortfall $9,952.00, repr InsufficientFunds('insufficient funds in 1006')
# expect:   context is cause: True, balances kept: 4800, 438886
# expect:   MRO: ['UnknownAccount', 'BankError', 'LookupError', 'Exception', 'BaseException', 'object']
# expect: closing:
# expect:   closed 1006, paid out $48.00
# expect:   BankError: cannot close 1005 while it is frozen <- AccountFrozen: account 1005 is frozen (audit)
# expect:   cause None, context AccountFrozen
# expect: summary: stopped by UnknownAccount: no account numbered 1006
# expect: summary: 102 audited calls, next account number 1007
