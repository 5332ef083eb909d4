# Marks relpkg as a package.
