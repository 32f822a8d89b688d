"""Migration 0010: stored template purposes written as words become the draft's codes."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Boolean, Integer, inspect, text

from deskcrm.core.services import templates
from deskcrm.core.services.startup import open_database
from deskcrm.db import migrate
from deskcrm.db.engine import make_engine


def test_words_of_known_purposes_become_codes_and_own_groups_stay(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    engine = make_engine(url)
    migrate.upgrade(engine, revision="0009")
    stored = {
        "节日问候": "节日",
        "生日": " 生日 ",
        "vip": "vip",
        "Anniversary": "Anniversary",
        "升级": "y + m",
        "A类": "A类",
        "Festival": "Festival",
        "mine": "老朋友",
        "none": "",
        "code": "festival",
    }
    with engine.begin() as conn:
        columns = inspect(conn).get_columns("message_templates")
        for k, (name, audience) in enumerate(stored.items()):
            row: dict[str, object] = {}
            for col in columns:
                if col["nullable"] or col.get("default") is not None or col["name"] == "id":
                    continue
                row[col["name"]] = 0 if isinstance(col["type"], Integer | Boolean) else ""
            row.update(name=name, audience=audience, body="{name}", position=k)
            names = ", ".join(row)
            marks = ", ".join(f":{c}" for c in row)
            conn.execute(text(f"INSERT INTO message_templates ({names}) VALUES ({marks})"), row)
    engine.dispose()
    db = open_database(url, backup=lambda _p: None)
    try:
        purposes = {t.name: t.purpose for t in templates.list_templates(db)}
        assert purposes == {
            "节日问候": "festival",
            "生日": "birthday",
            "vip": "VIP",
            "Anniversary": "occasion",
            "升级": "Y+M",
            "A类": "A",
            "Festival": "festival",
            "mine": "老朋友",
            "none": "",
            "code": "festival",
        }
        # The Chinese festival starter is now found for a festival line.
        assert [t.name for t in templates.templates_for(db, ["festival"])] == [
            "节日问候",
            "Festival",
            "code",
        ]
    finally:
        db.dispose()
