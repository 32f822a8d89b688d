"""Screens shown in the main window stack, one package each."""
