# Every exception of a printed chain gets its suggestion.
class Job:
    def __init__(self): self.status = "new"
def run(job):
    try:
        return job.state
    except AttributeError:
        return job.statu
run(Job())
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "<dir>/chained_suggestion.py", line 6, in run
# expect stderr:     return job.state
# expect stderr:            ^^^^^^^^^
# expect stderr: AttributeError: 'Job' object has no attribute 'state'. Did you mean: 'status'?
# expect stderr:
# expect stderr: During handling of the above exception, another exception occurred:
# expect stderr:
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "<dir>/chained_suggestion.py", line 9, in <module>
# expect stderr:     run(Job())
# expect stderr:   File "<dir>/chained_suggestion.py", line 8, in run
# expect stderr:     return job.statu
# expect stderr:            ^^^^^^^^^
# expect stderr: AttributeError: 'Job' object has no attribute 'statu'. Did you mean: 'status'?
# expect error: AttributeError: 'Job' object has no attribute 'statu'. Did you mean: 'status'?
