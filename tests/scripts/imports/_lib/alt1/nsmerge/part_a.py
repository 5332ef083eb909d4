# One portion of the nsmerge namespace package.
A = "from alt1"
