# Marks shapes.util as a package.
