# No __all__: import * takes every name without a leading underscore.
public = 1
_private = 2
also_public = 3
