-- Measures array-table operations: append, indexing, slice copies, sort, filtered maps, sum, reverse, pop.
-- Lua has no slices, comprehensions, sum() or reverse(); the twin writes each as
-- the loop a Lua programmer would, over the same data, and prints the same lines.
-- table.sort is a quicksort, not Timsort, so "sort" is the same job, not the same algorithm.

local SIZE = 200000
local ROUNDS = 2
local MOD = 1000000007

local function make_data(n, seed)
  local data = {}
  for i = 1, n do
    seed = (seed * 1103515245 + 12345) % 2147483648
    data[i] = seed % 100000
  end
  return data, seed
end

-- Copies t[first], t[first + step], ... (1-based, inclusive bounds) like a Python slice.
local function slice(t, first, last, step)
  local out, n = {}, 0
  for i = first, last, step do
    n = n + 1
    out[n] = t[i]
  end
  return out
end

local function digest(values, step)
  local h = 0
  for i = 1, #values, step do
    h = (h * 31 + values[i]) % MOD
  end
  return h
end

local function one_round(data)
  local n = #data

  local rises = 0
  for i = 2, n do
    if data[i] > data[i - 1] then
      rises = rises + 1
    end
  end

  local kept, nkept = {}, 0
  for i = 1, n do
    local x = data[i]
    if x % 3 ~= 0 then
      nkept = nkept + 1
      kept[nkept] = x * x % 1000
    end
  end
  local total = 0
  for i = 1, nkept do
    total = total + kept[i]
  end

  local windows = 0
  for i = 1, n, 1000 do
    local w = slice(data, i, math.min(i + 999, n), 1)
    windows = windows + w[1] + w[#w] + #w
  end
  local evens = slice(data, 1, n, 2)
  local odds = slice(data, 2, n, 2)
  local backwards = slice(data, n, 1, -1)

  local ordered = slice(data, 1, n, 1)
  table.sort(ordered)
  local descending = slice(ordered, 1, n, 1)
  local i, j = 1, #descending
  while i < j do
    descending[i], descending[j] = descending[j], descending[i]
    i, j = i + 1, j - 1
  end
  local by_key = slice(evens, 1, #evens, 1)
  table.sort(by_key, function(a, b)
    local ka, kb = a % 1000, b % 1000
    if ka ~= kb then
      return ka < kb
    end
    return a < b
  end)
  table.sort(odds, function(a, b) return a > b end)

  local stack, top = {}, 0
  local popped = 0
  for k = 1, n do
    local x = backwards[k]
    top = top + 1
    stack[top] = x
    if x % 4 == 0 then
      popped = popped + stack[top]
      stack[top] = nil
      top = top - 1
      if top > 0 then
        popped = popped + stack[top]
        stack[top] = nil
        top = top - 1
      end
    end
  end

  return { rises, total, nkept, windows, ordered[n // 2 + 1],
           descending[1], odds[1], digest(ordered, 97), digest(by_key, 89),
           #stack, popped % MOD }
end

local function main()
  local data, seed = make_data(SIZE, 1)
  local check = 0
  for r = 0, ROUNDS - 1 do
    local result = one_round(data)
    for _, v in ipairs(result) do
      check = (check * 131 + v) % MOD
    end
    if r == 0 then
      print("first round [" .. table.concat(result, ", ") .. "]")
    end
    local n = #data
    local rotated = slice(data, r + 2, n, 1)
    for k = 1, r + 1 do
      rotated[#rotated + 1] = data[k]
    end
    data = rotated
    data[r + 1] = seed % 100000
  end
  print("checksum " .. check)
end

main()
