"""The one way a screen runs a change: a typed operation that broadcasts its Changes.

Shaped after Anki's CollectionOp: build an `Op` around a service call, say what to do
on success (and, for forms, with an input error), then `run()` it now or
`run_in_background()` when it can take time (progress and cancelling travel as the
service's own argument, a `ProgressRelay`). The op passes the database, finds the
`Changes` in the result (`Changes` or `(value, Changes)`), broadcasts them with the
initiator so the other screens refresh, and turns errors into messages: a
`DeskCRMError` in the user's words, anything unexpected logged with its trace and
shown without one. Screens never call a mutating service directly.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtWidgets import QWidget

from deskcrm.core.errors import DeskCRMError, DuplicateContact, ValidationError
from deskcrm.core.services.database import Database
from deskcrm.ui.bridge import Bridge, changes_of

T = TypeVar("T")
E = TypeVar("E", bound=BaseException)

# Errors a form shows beside its fields (the user corrects and retries).
INPUT_ERRORS: tuple[type[DeskCRMError], ...] = (ValidationError, DuplicateContact)


class Op(Generic[T]):
    """One service call run for a screen: `Op(bridge, fn, initiator=self).run()`."""

    def __init__(
        self,
        bridge: Bridge,
        fn: Callable[[Database], T],
        *,
        initiator: object = None,
        parent: QWidget | None = None,
    ) -> None:
        self.bridge = bridge
        self.fn = fn
        self.initiator = initiator
        self.parent = parent
        self._on_success: Callable[[T], None] | None = None
        self._on_input_error: Callable[[DeskCRMError], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._caught: list[tuple[type[BaseException], Callable[[Any], None]]] = []

    def success(self, callback: Callable[[T], None]) -> Op[T]:
        self._on_success = callback
        return self

    def input_error(self, callback: Callable[[DeskCRMError], None]) -> Op[T]:
        """Validation and duplicate errors go to `callback` (shown inline) instead of a box."""
        self._on_input_error = callback
        return self

    def catch(self, kind: type[E], callback: Callable[[E], None]) -> Op[T]:
        """Errors of `kind` go to `callback` (a screen's own wording) instead of a box."""
        self._caught.append((kind, callback))
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> Op[T]:
        """Called after any error has been reported (e.g. to re-enable a button)."""
        self._on_failure = callback
        return self

    def run(self) -> T | None:
        """Run now on the GUI thread (quick calls); the result, or None after an error."""
        try:
            result = self.fn(self.bridge.db)
        except Exception as exc:  # every error becomes a message; none reaches the user raw
            self._failed(exc)
            return None
        self._done(result)
        return result

    def run_in_background(self) -> None:
        """Run on a worker thread with its own session; callbacks come on the GUI thread."""
        self.bridge.start_worker(self.fn, on_done=self._done, on_error=self._failed)

    def _done(self, result: T) -> None:
        changes = changes_of(result)
        if changes is not None:
            self.bridge.broadcast(changes, self.initiator)
        if self._on_success is not None:
            self._on_success(result)

    def _failed(self, exc: BaseException) -> None:
        caught = next((cb for kind, cb in self._caught if isinstance(exc, kind)), None)
        if caught is not None:
            caught(exc)
        elif self._on_input_error is not None and isinstance(exc, INPUT_ERRORS):
            self._on_input_error(exc)
        else:  # logs the trace of anything unexpected; the user sees words only
            self.bridge.show_error(exc, self.parent)
        if self._on_failure is not None:
            self._on_failure(exc)
