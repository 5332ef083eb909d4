# Methods call other methods through self, including recursion.
class Math:
    def fact(self, n):
        return 1 if n <= 1 else n * self.fact(n - 1)

    def sum_facts(self, n):
        return sum(self.fact(i) for i in range(n))


print(Math().fact(10), Math().sum_facts(6))

# expect: 3628800 154
