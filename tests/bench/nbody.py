# Measures float arithmetic and list indexing: a 5-body solar system integrated with a fixed step.
import math

STEPS = 100_000
DT = 0.01

SOLAR_MASS = 4 * math.pi * math.pi
DAYS_PER_YEAR = 365.24

# Field indices into a body; a body is a plain list so the benchmark stays
# within the class-free core of the language.
X, Y, Z, VX, VY, VZ, MASS = 0, 1, 2, 3, 4, 5, 6


def planet(x, y, z, vx, vy, vz, mass):
    # Published ephemeris velocities are per day and masses in solar masses;
    # the integrator works in years and units where G = 4 pi^2.
    return [x, y, z,
            vx * DAYS_PER_YEAR, vy * DAYS_PER_YEAR, vz * DAYS_PER_YEAR,
            mass * SOLAR_MASS]


def make_system():
    sun = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, SOLAR_MASS]
    jupiter = planet(4.84143144246472090e+00, -1.16032004402742839e+00,
                     -1.03622044471123109e-01, 1.66007664274403694e-03,
                     7.69901118419740425e-03, -6.90460016972063023e-05,
                     9.54791938424326609e-04)
    saturn = planet(8.34336671824457987e+00, 4.12479856412430479e+00,
                    -4.03523417114321381e-01, -2.76742510726862411e-03,
                    4.99852801234917238e-03, 2.30417297573763929e-05,
                    2.85885980666130812e-04)
    uranus = planet(1.28943695621391310e+01, -1.51111514016986312e+01,
                    -2.23307578892655734e-01, 2.96460137564761618e-03,
                    2.37847173959480950e-03, -2.96589568540237556e-05,
                    4.36624404335156298e-05)
    neptune = planet(1.53796971148509165e+01, -2.59193146099879641e+01,
                     1.79258772950371181e-01, 2.68067772490389322e-03,
                     1.62824170038242295e-03, -9.51592254519715870e-05,
                     5.15138902046611451e-05)
    return [sun, jupiter, saturn, uranus, neptune]


def zero_momentum(bodies):
    # Give the sun the opposite of the planets' momentum so the system's
    # centre of mass stays put and energy drift is the only error left.
    px = py = pz = 0.0
    for b in bodies:
        px += b[VX] * b[MASS]
        py += b[VY] * b[MASS]
        pz += b[VZ] * b[MASS]
    sun = bodies[0]
    sun[VX] = -px / SOLAR_MASS
    sun[VY] = -py / SOLAR_MASS
    sun[VZ] = -pz / SOLAR_MASS


def energy(bodies):
    e = 0.0
    n = len(bodies)
    for i in range(n):
        a = bodies[i]
        e += 0.5 * a[MASS] * (a[VX] * a[VX] + a[VY] * a[VY] + a[VZ] * a[VZ])
        for j in range(i + 1, n):
            b = bodies[j]
            dx = a[X] - b[X]
            dy = a[Y] - b[Y]
            dz = a[Z] - b[Z]
            e -= a[MASS] * b[MASS] / math.sqrt(dx * dx + dy * dy + dz * dz)
    return e


def advance(bodies, pairs, dt, steps):
    for _ in range(steps):
        for a, b in pairs:
            dx = a[X] - b[X]
            dy = a[Y] - b[Y]
            dz = a[Z] - b[Z]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * math.sqrt(d2))
            bm = b[MASS] * mag
            am = a[MASS] * mag
            a[VX] -= dx * bm
            a[VY] -= dy * bm
            a[VZ] -= dz * bm
            b[VX] += dx * am
            b[VY] += dy * am
            b[VZ] += dz * am
        for b in bodies:
            b[X] += dt * b[VX]
            b[Y] += dt * b[VY]
            b[Z] += dt * b[VZ]


def main():
    bodies = make_system()
    pairs = [(bodies[i], bodies[j])
             for i in range(len(bodies)) for j in range(i + 1, len(bodies))]
    zero_momentum(bodies)
    print(f"energy before: {energy(bodies):.9f}")
    advance(bodies, pairs, DT, STEPS)
    print(f"energy after:  {energy(bodies):.9f}")


main()
