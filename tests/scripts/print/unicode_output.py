# Unicode text prints as UTF-8.
print("héllo", "日本語", "😀", "Ωμέγα")  # expect: héllo 日本語 😀 Ωμέγα
print("\u00e9" == "é", len("Ωμέγα"))  # expect: True 5
