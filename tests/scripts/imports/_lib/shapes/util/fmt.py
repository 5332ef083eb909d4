# A sub-subpackage module importing from its grandparent package.
from ..circle import area
from .. import square


def describe(r):
    return f"circle r={r} area={area(r)} side={square.side_of(area(r)):.2f}"
