-- Measures the same tight loop as loop_module.lua, but on function locals (registers in Lua).

local function loop(n)
  local count = 0
  for i = 0, n - 1 do
    count = count + i
  end
  return count
end

print(loop(10000000))
