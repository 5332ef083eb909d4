# Functions see their own module's globals, not the importer's.
counter = 0


def bump():
    global counter
    counter += 1
    return counter
