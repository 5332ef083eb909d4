# Fill characters, alignment and sign-aware padding.
print(f"[{'ab':<6}][{'ab':>6}][{'ab':^6}]")  # expect: [ab    ][    ab][  ab  ]
print(f"[{'ab':*^7}][{7:0>4}][{7:x<4}]")  # expect: [**ab***][0007][7xxx]
print(f"[{-42:=8}][{-42:08}][{42:+08}]")  # expect: [-     42][-0000042][+0000042]
print(f"[{42:6}][{'s':6}]")  # expect: [    42][s     ]
