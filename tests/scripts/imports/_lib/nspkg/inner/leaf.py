# A module in a nested namespace package.
WHAT = "inner namespace module"
