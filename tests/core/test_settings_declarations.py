"""Each setting declaration carries what its screen needs, and its range is enforced."""

from __future__ import annotations

import pytest

from deskcrm.core.errors import ValidationError
from deskcrm.core.services import settings_store
from deskcrm.core.services.database import Database
from deskcrm.core.settings import DECLARATIONS, GROUPS, declaration


def test_every_declaration_has_a_title_a_group_and_a_real_range() -> None:
    groups = {g.key for g in GROUPS}
    for decl in DECLARATIONS:
        assert decl.title and decl.description, decl.key
        assert decl.group in groups, decl.key
        if decl.type in (int, float):
            assert decl.minimum is not None and decl.maximum is not None, decl.key
            # An amount of money is the one setting with a range beyond a few thousand.
            assert decl.money or decl.maximum - decl.minimum < 10_000, decl.key
            assert decl.minimum <= decl.default <= decl.maximum, decl.key
        decl.validate(decl.default)


def test_range_and_choices_are_checked(db: Database) -> None:
    with pytest.raises(ValidationError):
        declaration("class.window_a_days").validate(11)
    with pytest.raises(ValidationError):
        declaration("ui.language").validate("fr")
    assert declaration("plan.non_sales_warn_share").validate(1) == 1.0
    with pytest.raises(ValidationError):
        settings_store.set_values(db, {"plan.evening_hour": 7, "scoring.weight_region": 3})
    assert settings_store.get(db, "plan.evening_hour") == 17, "nothing half-written"
