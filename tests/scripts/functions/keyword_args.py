# Arguments can be passed by keyword in any order.
def describe(name, age, city):
    return f"{name} ({age}) from {city}"
print(describe(age=30, city="Oslo", name="Ann"))  # expect: Ann (30) from Oslo
print(describe("Bob", city="Rome", age=25))  # expect: Bob (25) from Rome
