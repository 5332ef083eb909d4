# A module in a namespace package (its directory has no __init__.py).
WHAT = "namespace module"
