# The other portion of the nsmerge namespace package.
B = "from alt2"
