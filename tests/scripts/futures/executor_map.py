# ThreadPoolExecutor.map returns results in input order.
from concurrent.futures import ThreadPoolExecutor
def cube(x):
    return x ** 3
with ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(cube, range(8))))
    print(list(ex.map(pow, [2, 3, 4], [5, 2, 1])))
# expect: [0, 1, 8, 27, 64, 125, 216, 343]
# expect: [32, 9, 4]
