# A package whose __all__ names a submodule that is not imported yet.
__all__ = ["visible", "tools"]
visible = "visible"
hidden = "not in __all__"
