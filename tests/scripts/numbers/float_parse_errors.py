# float() of invalid text.
for s in ["abc", "", "1.2.3", "1_", "0x10", "in f"]:
    try:
        float(s)
    except ValueError as e:
        print(e)
        # expect: could not convert string to float: 'abc'
        # expect: could not convert string to float: ''
        # expect: could not convert string to float: '1.2.3'
        # expect: could not convert string to float: '1_'
        # expect: could not convert string to float: '0x10'
        # expect: could not convert string to float: 'in f'
