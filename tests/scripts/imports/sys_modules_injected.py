# An object placed in sys.modules is what import returns, module or not.
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/_lib")
class Settings:
    debug = True


sys.modules["settings"] = Settings()
import settings
from settings import debug

print(type(settings).__name__, settings.debug, debug)  # expect: Settings True True
