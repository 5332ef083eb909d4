# try/except/else/finally: else runs only without an exception, finally always, in this order.
def run(fail):
    log = []
    try:
        log.append("try")
        if fail:
            raise ValueError
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log


print(run(False))  # expect: ['try', 'else', 'finally']
print(run(True))  # expect: ['try', 'except', 'finally']
