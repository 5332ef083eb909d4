# Tabs indent blocks; a tab advances to the next multiple of eight columns.
def total(xs):
	s = 0
	for x in xs:
		if x % 2 == 0:
			s += x
	return s

print(total([1, 2, 3, 4]))  # expect: 6
if True:
	print("tab block")  # expect: tab block
