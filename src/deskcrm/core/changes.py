"""What a mutation touched, so screens can refresh themselves from one broadcast."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    contacts: frozenset[int] = field(default_factory=frozenset)
    # True when the set of contacts itself changed (added, deleted, merged).
    contact_list: bool = False
    tags: bool = False
    touches: bool = False
    deals: bool = False
    plan: bool = False
    stats: bool = False
    scripts: bool = False
    settings: bool = False
    templates: bool = False  # message templates (话术)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            contacts=self.contacts | other.contacts,
            contact_list=self.contact_list or other.contact_list,
            tags=self.tags or other.tags,
            touches=self.touches or other.touches,
            deals=self.deals or other.deals,
            plan=self.plan or other.plan,
            stats=self.stats or other.stats,
            scripts=self.scripts or other.scripts,
            settings=self.settings or other.settings,
            templates=self.templates or other.templates,
        )

    @property
    def empty(self) -> bool:
        return self == Changes()


EVERYTHING = Changes(
    contact_list=True,
    tags=True,
    touches=True,
    deals=True,
    plan=True,
    stats=True,
    scripts=True,
    settings=True,
    templates=True,
)
