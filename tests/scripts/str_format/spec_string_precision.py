# For strings the precision truncates.
print("[{:.2}] [{:5.1}] [{:>5.3}] [{:.0}]".format("abcdef", "xyz", "héllo", "abc"))  # expect: [ab] [x    ] [  hél] []
print("[{:^10.4}]".format("truncated"))  # expect: [   trun   ]
