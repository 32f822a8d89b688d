"""Speed of DeskCRM measured against floors computed in the same run (see README)."""
