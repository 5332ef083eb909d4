# A submodule that itself imports a module that does not exist.
import no_such_dependency
