"""Dialogs shared by the shell (about, crash report)."""
