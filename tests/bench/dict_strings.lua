-- Measures string-keyed tables: building keys (string.format, concatenation), counting, membership, updates, deletes, pairs().
-- Lua tables have no count or get(); the twin counts with a loop and uses
-- `t[k] or 0`, the closest idioms, and prints the same checksum lines.

local WORDS = { "the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog",
                "gil", "lock", "thread", "queue", "async", "await", "fiber", "heap" }

local TEXT_WORDS = 300000
local KEYS = 150000

local function make_text(n, seed)
  local text = {}
  for i = 1, n do
    seed = (seed * 1103515245 + 12345) % 2147483648
    text[i] = WORDS[((seed >> 16) & 15) + 1] .. tostring(seed % 61)
  end
  return text
end

local function count_words(text)
  local by_get = {}
  for _, w in ipairs(text) do
    by_get[w] = (by_get[w] or 0) + 1
  end
  local by_in = {}
  for _, w in ipairs(text) do
    if by_in[w] ~= nil then
      by_in[w] = by_in[w] + 1
    else
      by_in[w] = 1
    end
  end
  local same, distinct = 0, 0
  for w, c in pairs(by_get) do
    distinct = distinct + 1
    if by_in[w] == c then
      same = same + 1
    end
  end
  return by_get, distinct, same
end

local function most_common(counts)
  local best, best_n = "", -1
  for w, c in pairs(counts) do
    if c > best_n or (c == best_n and w < best) then
      best, best_n = w, c
    end
  end
  return best, best_n
end

local function by_prefix(counts)
  local groups, n = {}, 0
  for w, c in pairs(counts) do
    local p = w:sub(1, 3)
    if groups[p] == nil then
      n = n + 1
    end
    groups[p] = (groups[p] or 0) + c
  end
  return groups, n
end

local function index_keys(n)
  local index = {}
  for i = 0, n - 1 do
    index[string.format("user:%d:%d", i, i % 13)] = i
  end
  local found, missed = 0, 0
  for i = 0, 2 * n - 1, 2 do
    local key = "user:" .. tostring(i) .. ":" .. tostring(i % 13)
    local v = index[key]
    if v ~= nil then
      found = found + v
    else
      missed = missed + 1
    end
  end
  for i = 0, n - 1 do
    local key = string.format("user:%d:%d", i, i % 13)
    index[key] = index[key] * 3 + 1
  end
  for i = 0, n - 1, 3 do
    index[string.format("user:%d:%d", i, i % 13)] = nil
  end
  local total, length = 0, 0
  for k, v in pairs(index) do
    total = (total + v * #k) % 1000000007
    length = length + 1
  end
  return found, missed, total, length, length
end

local function main()
  local text = make_text(TEXT_WORDS, 42)
  local counts, distinct, same = count_words(text)
  local word, n = most_common(counts)
  local groups, ngroups = by_prefix(counts)
  local found, missed, total, length, size = index_keys(KEYS)
  print("distinct " .. distinct .. " agree " .. same .. " top " .. word .. " " .. n)
  print("prefixes " .. ngroups .. " the " .. (groups["the"] or 0) .. " zzz " .. (groups["zzz"] or 0))
  print("index " .. found .. " " .. missed .. " " .. total .. " " .. length .. " " .. size)
end

main()
