"""Dialogs shared by the shell: about, import wizard, export."""
