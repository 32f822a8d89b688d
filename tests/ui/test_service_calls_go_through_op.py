"""No screen runs a change on the app's database itself: changes go through `Op`.

An AST check over every module of `deskcrm.ui` (but the helper itself): a call of a
`deskcrm.core.services` function whose first argument is the app's database
(`bridge.db`, `self.db`, or a local set from one) must be a read listed below. Inside an
`Op` the function receives the database as a parameter (`lambda db: ...`), which is fine.
"""

from __future__ import annotations

import ast
import importlib
import inspect
from pathlib import Path

import deskcrm.ui

UI = Path(deskcrm.ui.__file__).parent
SERVICES = "deskcrm.core.services"
HELPER = UI / "operations.py"

# Reads that stay direct: they change nothing (no Changes to broadcast, no transaction
# to report), are quick, and their callers need the answer at once to fill a widget.
# A read that can take long goes through `Op(...).run_in_background()` instead.
DIRECT_READS = {
    "backup.database_file",  # the file path, to say whether backups are possible
    "calls.call_queue",
    "calls.call_story",
    "calls.planned_item",
    "contact_list.count",  # the reminder's check when asked (the timer counts off-thread)
    "contact_list.live_contact_count",
    "contact_list.rows_by_ids",
    "contact_list.saved_views",
    "contacts.contact_input",
    "contacts.find_by_name",
    "contacts.get_contact",
    "plan.counts",
    "plan.items_for_day",
    "plan_draft.ranked",
    "plan_review.weeks_review",
    "scripts.list_scripts",
    "settings_store.get_all",
    "tagging.contacts_with_tag",
    "tagging.list_groups",
    "tagging.list_tags",
}


def _service_names(tree: ast.Module) -> dict[str, str]:
    """Local name -> dotted target, for everything imported from the services package."""
    names: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith(SERVICES):
            for alias in node.names:
                names[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    return names


def _is_app_db(arg: ast.expr, aliases: set[str]) -> bool:
    if isinstance(arg, ast.Attribute) and arg.attr == "db":
        return True
    return isinstance(arg, ast.Name) and arg.id in aliases


def _own_nodes(scope: ast.AST) -> list[ast.AST]:
    """The nodes of one function, not those of the functions and lambdas inside it."""
    out: list[ast.AST] = []
    todo = list(ast.iter_child_nodes(scope))
    while todo:
        node = todo.pop()
        out.append(node)
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            todo.extend(ast.iter_child_nodes(node))
    return out


def _params(scope: ast.AST) -> set[str]:
    if isinstance(scope, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
        a = scope.args
        return {x.arg for x in [*a.posonlyargs, *a.args, *a.kwonlyargs]}
    return set()


def _calls_with_app_db(scope: ast.AST, outer: set[str], names: dict[str, str]) -> list[ast.Call]:
    """Service calls given the app's database in `scope` and the scopes inside it.

    `outer`: names that hold the app's database where `scope` is defined; a parameter
    of the same name (the `db` an Op hands its function) hides them.
    """
    own = _own_nodes(scope)
    aliases = outer - _params(scope)
    for node in own:
        if isinstance(node, ast.Assign) and _is_app_db(node.value, set()):
            aliases |= {t.id for t in node.targets if isinstance(t, ast.Name)}
    found = [
        node
        for node in own
        if isinstance(node, ast.Call)
        and node.args
        and _is_app_db(node.args[0], aliases)
        and _callee(node.func, names) is not None
    ]
    for node in own:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            found += _calls_with_app_db(node, aliases, names)
    return found


def _callee(func: ast.expr, names: dict[str, str]) -> str | None:
    """The dotted service function a call resolves to, or None when it is no service."""
    if isinstance(func, ast.Name) and func.id in names:
        return names[func.id]
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        base = names.get(func.value.id)
        if base is not None:
            return f"{base}.{func.attr}"
    return None


def _short(dotted: str) -> str:
    module, func = dotted.rsplit(".", 1)
    return f"{module.rsplit('.', 1)[-1]}.{func}"


def direct_calls() -> list[tuple[str, int, str]]:
    """(file, line, service) for each service called with the app's database."""
    found = []
    for path in sorted(UI.rglob("*.py")):
        if path == HELPER:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = _service_names(tree)
        if not names:
            continue
        for call in _calls_with_app_db(tree, set(), names):
            target = _callee(call.func, names)
            assert target is not None
            found.append((str(path.relative_to(UI)), call.lineno, target))
    return sorted(set(found))


def test_screens_change_nothing_except_through_op() -> None:
    calls = direct_calls()
    offending = [
        f"ui/{file}:{line} {_short(target)}"
        for file, line, target in calls
        if _short(target) not in DIRECT_READS
    ]
    assert offending == [], "run these through deskcrm.ui.operations.Op:\n" + "\n".join(offending)
    unused = DIRECT_READS - {_short(target) for _f, _l, target in calls}
    assert unused == set(), "no longer read directly; drop from DIRECT_READS"


def test_the_direct_reads_are_reads() -> None:
    """An allowed read that starts returning Changes has become a change: move it to Op."""
    for name in DIRECT_READS:
        module, func = name.split(".")
        fn = getattr(importlib.import_module(f"{SERVICES}.{module}"), func)
        returns = str(inspect.signature(fn).return_annotation)
        assert "Changes" not in returns, f"{name} returns {returns}"


def test_the_check_sees_a_direct_change() -> None:
    source = (
        "from deskcrm.core.services import plan\n"
        "def f(self):\n"
        "    db = self.bridge.db\n"
        "    plan.set_done(self.bridge.db, 1, True)\n"
        "    plan.set_done(db, 1, True)\n"
        "    Op(self.bridge, lambda db: plan.set_done(db, 1, True)).run()\n"
    )
    tree = ast.parse(source)
    hits = sorted(c.lineno for c in _calls_with_app_db(tree, set(), _service_names(tree)))
    assert hits == [4, 5]
