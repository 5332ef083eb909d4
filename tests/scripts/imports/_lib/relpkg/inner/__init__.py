# Marks relpkg.inner as a package.
