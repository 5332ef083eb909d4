# Mixing tabs and spaces so that the meaning depends on tab width is an error.
if True:
	x = 1
        y = 2
# expect error: TabError: inconsistent use of tabs and spaces in indentation
