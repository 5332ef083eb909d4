# Big integers print in full inside containers.
print([2 ** 64, -(3 ** 40)], {2 ** 70: 1})  # expect: [18446744073709551616, -12157665459056928801] {1180591620717411303424: 1}
