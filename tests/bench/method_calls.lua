-- Measures method calls on a user class: a bound method called 5 million times, each
-- reading and updating instance attributes. In Lua: a table with a metatable whose
-- __index is the class table, called with the colon syntax.

local Counter = {}
Counter.__index = Counter

function Counter.new(step)
  return setmetatable({step = step, count = 0, total = 0}, Counter)
end

function Counter:add(x)
  self.count = self.count + 1
  self.total = (self.total + x * self.step) & 0xFFFFFFF
  return self.count
end

local function run(n)
  local c = Counter.new(3)
  local last = 0
  for i = 0, n - 1 do
    last = c:add(i)
  end
  return c.count, c.total, last
end

print(string.format("%d %d %d", run(5000000)))
