"""The charts screen."""
