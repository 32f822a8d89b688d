"""Kept only for the after-visit dialog's import of `ensure_tags` (now in tag_edits).

Delete this module once the dialog saves new tags through the one touch writer.
"""

from deskcrm.core.services.tag_edits import ensure_tags as ensure_tags
