-- Measures a tight loop whose accumulator is a global (a table lookup per step, like a Python module global).
count = 0
for i = 0, 10000000 - 1 do
  count = count + i
end
print(count)
