-- Measures float arithmetic and table indexing: a 5-body solar system integrated with a fixed step.
-- Every float operation happens in the same order as in nbody.py, so the
-- printed energies match CPython's digit for digit.

local STEPS = 100000
local DT = 0.01

local SOLAR_MASS = 4 * math.pi * math.pi
local DAYS_PER_YEAR = 365.24

-- Lua tables are 1-based; the field layout mirrors the Python list.
local X, Y, Z, VX, VY, VZ, MASS = 1, 2, 3, 4, 5, 6, 7

local sqrt = math.sqrt

local function planet(x, y, z, vx, vy, vz, mass)
  return { x, y, z,
           vx * DAYS_PER_YEAR, vy * DAYS_PER_YEAR, vz * DAYS_PER_YEAR,
           mass * SOLAR_MASS }
end

local function make_system()
  local sun = { 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, SOLAR_MASS }
  local jupiter = planet(4.84143144246472090e+00, -1.16032004402742839e+00,
                         -1.03622044471123109e-01, 1.66007664274403694e-03,
                         7.69901118419740425e-03, -6.90460016972063023e-05,
                         9.54791938424326609e-04)
  local saturn = planet(8.34336671824457987e+00, 4.12479856412430479e+00,
                        -4.03523417114321381e-01, -2.76742510726862411e-03,
                        4.99852801234917238e-03, 2.30417297573763929e-05,
                        2.85885980666130812e-04)
  local uranus = planet(1.28943695621391310e+01, -1.51111514016986312e+01,
                        -2.23307578892655734e-01, 2.96460137564761618e-03,
                        2.37847173959480950e-03, -2.96589568540237556e-05,
                        4.36624404335156298e-05)
  local neptune = planet(1.53796971148509165e+01, -2.59193146099879641e+01,
                         1.79258772950371181e-01, 2.68067772490389322e-03,
                         1.62824170038242295e-03, -9.51592254519715870e-05,
                         5.15138902046611451e-05)
  return { sun, jupiter, saturn, uranus, neptune }
end

local function zero_momentum(bodies)
  local px, py, pz = 0.0, 0.0, 0.0
  for _, b in ipairs(bodies) do
    px = px + b[VX] * b[MASS]
    py = py + b[VY] * b[MASS]
    pz = pz + b[VZ] * b[MASS]
  end
  local sun = bodies[1]
  sun[VX] = -px / SOLAR_MASS
  sun[VY] = -py / SOLAR_MASS
  sun[VZ] = -pz / SOLAR_MASS
end

local function energy(bodies)
  local e = 0.0
  local n = #bodies
  for i = 1, n do
    local a = bodies[i]
    e = e + 0.5 * a[MASS] * (a[VX] * a[VX] + a[VY] * a[VY] + a[VZ] * a[VZ])
    for j = i + 1, n do
      local b = bodies[j]
      local dx = a[X] - b[X]
      local dy = a[Y] - b[Y]
      local dz = a[Z] - b[Z]
      e = e - a[MASS] * b[MASS] / sqrt(dx * dx + dy * dy + dz * dz)
    end
  end
  return e
end

local function advance(bodies, pairs, dt, steps)
  for _ = 1, steps do
    for _, p in ipairs(pairs) do
      local a, b = p[1], p[2]
      local dx = a[X] - b[X]
      local dy = a[Y] - b[Y]
      local dz = a[Z] - b[Z]
      local d2 = dx * dx + dy * dy + dz * dz
      local mag = dt / (d2 * sqrt(d2))
      local bm = b[MASS] * mag
      local am = a[MASS] * mag
      a[VX] = a[VX] - dx * bm
      a[VY] = a[VY] - dy * bm
      a[VZ] = a[VZ] - dz * bm
      b[VX] = b[VX] + dx * am
      b[VY] = b[VY] + dy * am
      b[VZ] = b[VZ] + dz * am
    end
    for _, b in ipairs(bodies) do
      b[X] = b[X] + dt * b[VX]
      b[Y] = b[Y] + dt * b[VY]
      b[Z] = b[Z] + dt * b[VZ]
    end
  end
end

local function main()
  local bodies = make_system()
  local pairs = {}
  for i = 1, #bodies do
    for j = i + 1, #bodies do
      pairs[#pairs + 1] = { bodies[i], bodies[j] }
    end
  end
  zero_momentum(bodies)
  print(string.format("energy before: %.9f", energy(bodies)))
  advance(bodies, pairs, DT, STEPS)
  print(string.format("energy after:  %.9f", energy(bodies)))
end

main()
