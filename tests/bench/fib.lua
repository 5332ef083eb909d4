-- Measures call overhead: naive doubly recursive Fibonacci, about 2.7 million calls.

-- A global, not a local function, so each recursive call looks the name up
-- the way Python looks up the module-level `fib`.
function fib(n)
  if n < 2 then
    return n
  end
  return fib(n - 1) + fib(n - 2)
end

print(fib(30))
