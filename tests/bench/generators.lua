-- Measures generator resume/yield: a pipeline of generators, yield from delegation, send(), and generator expressions.

-- Generators are coroutines; coroutine.wrap gives a function that resumes the
-- coroutine and returns what it yields (nil once it has finished).

local function lcg(seed, n)
  return coroutine.wrap(function()
    local x = seed
    for _ = 1, n do
      x = (x * 1103515245 + 12345) % 2147483648
      coroutine.yield(x)
    end
  end)
end

local function keep_odd(values)
  return coroutine.wrap(function()
    for v in values do
      if v & 1 == 1 then coroutine.yield(v) end
    end
  end)
end

local function scaled(values, k)
  return coroutine.wrap(function()
    for v in values do coroutine.yield(v % k) end
  end)
end

local function running_total(values)
  return coroutine.wrap(function()
    local total = 0
    for v in values do
      total = total + v
      coroutine.yield(total)
    end
  end)
end

local function pipeline(n)
  local last, count = 0, 0
  for t in running_total(scaled(keep_odd(lcg(42, n)), 1000)) do
    last = t
    count = count + 1
  end
  return count, last
end

-- `yield from` has no Lua counterpart: the delegating coroutine re-yields each value.
local function leaf(n)
  return coroutine.wrap(function()
    for i = 0, n - 1 do coroutine.yield(i) end
  end)
end

local function middle(n)
  return coroutine.wrap(function()
    for v in leaf(n) do coroutine.yield(v) end
    for v in leaf(n) do coroutine.yield(v) end
  end)
end

local function outer(n)
  return coroutine.wrap(function()
    for v in middle(n) do coroutine.yield(v) end
  end)
end

local function delegation(n)
  local s = 0
  for v in outer(n) do s = s + v end
  return s
end

-- send(): resume passes the value in; the coroutine yields the running total back.
local function sending(n)
  local acc = coroutine.create(function()
    local total = 0
    while true do
      local v = coroutine.yield(total)
      if v == nil then return total end
      total = total + v
    end
  end)
  coroutine.resume(acc)
  for i = 0, n - 1 do coroutine.resume(acc, i & 7) end
  local _, result = coroutine.resume(acc, nil)
  return result
end

local function genexpr_sum(n)
  local gen = coroutine.wrap(function()
    for i = 0, n - 1 do
      if i % 3 ~= 0 then coroutine.yield(i * i % 7) end
    end
  end)
  local s = 0
  for v in gen do s = s + v end
  return s
end

local count, last = pipeline(1000000)
print(string.format("pipeline (%d, %d)", count, last))
print("delegation " .. delegation(700000))
print("sending " .. sending(800000))
print("genexpr " .. genexpr_sum(1500000))
