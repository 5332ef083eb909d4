# Three dots from relpkg.inner.too_far go past the top-level package.
from ... import anything
