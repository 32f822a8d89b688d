"""Running a service from a dialog: input errors come back inline, others go to the bridge."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from deskcrm.core.errors import DeskCRMError, DuplicateContact, ValidationError
from deskcrm.ui.bridge import Bridge, changes_of

INLINE_ERRORS: tuple[type[DeskCRMError], ...] = (ValidationError, DuplicateContact)


def attempt(
    bridge: Bridge,
    fn: Callable[..., Any],
    *args: Any,
    initiator: object = None,
    **kwargs: Any,
) -> tuple[bool, Any]:
    """Run `fn(db, *args)`; (True, result) and a broadcast, or (False, error).

    Validation and duplicate errors are returned for the dialog to show next to
    the field (the user fixes them and retries); anything else is shown by the
    bridge as usual.
    """
    try:
        result = fn(bridge.db, *args, **kwargs)
    except INLINE_ERRORS as exc:
        return False, exc
    except DeskCRMError as exc:
        bridge.show_error(exc)
        return False, exc
    changes = changes_of(result)
    if changes is not None:
        bridge.broadcast(changes, initiator)
    return True, result
