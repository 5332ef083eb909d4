# lower() turns a capital sigma into the final form at the end of a word.
print("ΣΑΣ".lower())  # expect: σας
print("ΟΔΟΣ ΟΔΟΣ".lower())  # expect: οδος οδος
print("Σ".lower(), "AΣ".lower(), "AΣb".lower())  # expect: σ aς aσb
print("A.Σ".lower(), "AΣ.".lower())  # expect: a.ς aς.
