# finally runs when the try block returns; the return value is kept.
log = []
def f():
    try:
        log.append("try")
        return "value"
    finally:
        log.append("finally")
print(f(), log)  # expect: value ['try', 'finally']
