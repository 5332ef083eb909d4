# Case conversions over a mixed-script sentence.
s = "Ölçü ÇİĞ şarkı — Ωμέγα ДОМ"
print(s.lower())  # expect: ölçü çi̇ğ şarkı — ωμέγα дом
print(s.upper())  # expect: ÖLÇÜ ÇİĞ ŞARKI — ΩΜΈΓΑ ДОМ
print(s.title())  # expect: Ölçü Çi̇ğ Şarkı — Ωμέγα Дом
print(s.swapcase())  # expect: öLÇÜ çi̇ğ ŞARKI — ωΜΈΓΑ дом
