"""Demo data: Chinese contacts, touches, deals and plans from a seeded generator (no I/O)."""

from deskcrm.core.demo.generator import (
    DEFAULT_SEED,
    DemoContact,
    DemoData,
    DemoDeal,
    DemoPlanItem,
    DemoTouch,
    generate,
)

__all__ = [
    "DEFAULT_SEED",
    "DemoContact",
    "DemoData",
    "DemoDeal",
    "DemoPlanItem",
    "DemoTouch",
    "generate",
]
