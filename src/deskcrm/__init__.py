"""DeskCRM: a desktop CRM for one salesperson."""

__version__ = "0.1.0"
