# Output containing shell and regex metacharacters is printed verbatim.
print("[a-z]* ; $HOME `cmd` \\n 'q' \"dq\" & | > <")  # expect: [a-z]* ; $HOME `cmd` \n 'q' "dq" & | > <
print("%s %d {} {0}")  # expect: %s %d {} {0}
print("tab\tseparated")  # expect: tab	separated
