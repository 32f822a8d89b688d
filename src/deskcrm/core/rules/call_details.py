"""What a call captured beyond its notes (key words, objections with their "why?" chains,
the verification answers, the outline), kept as JSON in the touch's `details` column."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from deskcrm.core.rules.call_timer import balance

VERSION = 1
MAX_ITEMS = 200  # per list: a typing accident must not write megabytes into one touch
MAX_ITEM = 2000  # characters per captured item
# The tone checklist ticked before dialling (docs/method.md §9), as stored in `tone`.
TONE_CHECKS = ("smile", "warmth", "speed", "volume", "pitch", "clear", "patience", "brevity")


def _clip(text: str) -> str:
    return " ".join(str(text).split())[:MAX_ITEM]


def _strings(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list):
        return ()
    return tuple(c for c in (_clip(v) for v in value[:MAX_ITEMS] if isinstance(v, str)) if c)


@dataclass(frozen=True)
class Objection:
    """What the customer objected, then the answer to each "why?" in turn.

    Early objections are rarely the real one; asking "why?" until the answers stop
    moving finds it (docs/method.md §9), so the last answer is taken as the real objection.
    """

    said: str
    whys: tuple[str, ...] = ()

    @property
    def real(self) -> str:
        return self.whys[-1] if self.whys else self.said

    def asked(self, answer: str) -> Objection:
        """The chain with one more "why?" answered."""
        clean = _clip(answer)
        return Objection(self.said, (*self.whys, clean)) if clean else self


@dataclass(frozen=True)
class Verification:
    """Early on customers hide the truth; these three check it."""

    deciders: str = ""  # who else decides
    veto: str = ""  # who can say no
    start: str = ""  # when would it really start

    @property
    def empty(self) -> bool:
        return not (self.deciders or self.veto or self.start)

    def over(self, older: Verification) -> Verification:
        """Each answer given here, else the `older` one: a later call that did not ask
        again keeps what an earlier call learned."""
        return Verification(
            self.deciders or older.deciders, self.veto or older.veto, self.start or older.start
        )

    def missing(self) -> tuple[str, ...]:
        """The checks not answered yet, by field name, in the order they are asked."""
        return tuple(name for name in VERIFICATION_FIELDS if not getattr(self, name))

    def cleaned(self) -> Verification:
        """On one line and within the size limit (what gets stored)."""
        return Verification(_clip(self.deciders), _clip(self.veto), _clip(self.start))


VERIFICATION_FIELDS = ("deciders", "veto", "start")


@dataclass(frozen=True)
class CallDetails:
    script_id: int | None = None
    script_name: str = ""
    outline: str = ""
    sections_done: tuple[str, ...] = ()  # titles of the ticked script sections, in order
    sections_total: int = 0  # the script's sections when the call was made (0: no script)
    key_words: tuple[str, ...] = ()
    objections: tuple[Objection, ...] = ()
    verification: Verification = field(default_factory=Verification)
    tone: tuple[str, ...] = ()  # tone checklist keys ticked before dialling
    rep_talk_s: int = 0
    customer_talk_s: int = 0
    # Filled in by the service from what the call did.
    lost_reason: str = ""
    deal_id: int | None = None
    referred_contact_id: int | None = None

    @property
    def empty(self) -> bool:
        return self == CallDetails()

    def to_json(self) -> str:
        """Compact JSON without empty fields; "" when nothing was captured."""
        if self.empty:
            return ""
        data: dict[str, Any] = {"v": VERSION}
        for name in ("script_id", "script_name", "outline", "lost_reason", "deal_id"):
            value = getattr(self, name)
            if value not in (None, ""):
                data[name] = value
        if self.referred_contact_id is not None:
            data["referred_contact_id"] = self.referred_contact_id
        if self.sections_total:
            data["sections_total"] = self.sections_total
        for name in ("sections_done", "key_words", "tone"):
            if getattr(self, name):
                data[name] = list(getattr(self, name))
        if self.objections:
            data["objections"] = [{"said": o.said, "whys": list(o.whys)} for o in self.objections]
        if not self.verification.empty:
            v = self.verification
            data["verification"] = {"deciders": v.deciders, "veto": v.veto, "start": v.start}
        if self.rep_talk_s or self.customer_talk_s:
            data["talk"] = {"rep": self.rep_talk_s, "customer": self.customer_talk_s}
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, raw: str) -> CallDetails:
        """Whatever can be read of stored details; anything malformed reads as nothing.

        Details are a by-product of a call: a damaged value must never stop the
        contact's story from showing.
        """
        try:
            data = json.loads(raw) if raw else {}
        except ValueError:
            return cls()
        if not isinstance(data, dict):
            return cls()

        def text(key: str, source: dict[str, Any] = data) -> str:
            value = source.get(key, "")
            return str(value)[:100_000] if isinstance(value, str) else ""

        def number(value: Any) -> int | None:
            return value if isinstance(value, int) and not isinstance(value, bool) else None

        objections = []
        raw_objections = data.get("objections")
        for item in raw_objections[:MAX_ITEMS] if isinstance(raw_objections, list) else []:
            if isinstance(item, dict) and isinstance(item.get("said"), str):
                said = _clip(item["said"])
                if said:
                    objections.append(Objection(said, _strings(item.get("whys"))))
        ver = data.get("verification")
        ver = ver if isinstance(ver, dict) else {}
        talk = data.get("talk")
        talk = talk if isinstance(talk, dict) else {}
        return cls(
            script_id=number(data.get("script_id")),
            script_name=text("script_name"),
            outline=text("outline"),
            sections_done=_strings(data.get("sections_done")),
            sections_total=min(MAX_ITEMS, max(0, number(data.get("sections_total")) or 0)),
            key_words=_strings(data.get("key_words")),
            objections=tuple(objections),
            verification=Verification(text("deciders", ver), text("veto", ver), text("start", ver)),
            tone=_strings(data.get("tone")),
            rep_talk_s=max(0, number(talk.get("rep")) or 0),
            customer_talk_s=max(0, number(talk.get("customer")) or 0),
            lost_reason=text("lost_reason"),
            deal_id=number(data.get("deal_id")),
            referred_contact_id=number(data.get("referred_contact_id")),
        )

    def cleaned(self) -> CallDetails:
        """Trimmed, without empty items and within the size limits (what gets stored)."""
        return CallDetails(
            script_id=self.script_id,
            script_name=self.script_name.strip()[:MAX_ITEM],
            outline=self.outline.strip()[:100_000],
            sections_done=_strings(list(self.sections_done)),
            sections_total=min(MAX_ITEMS, max(0, int(self.sections_total))),
            key_words=tuple(dict.fromkeys(_strings(list(self.key_words)))),
            objections=tuple(
                Objection(_clip(o.said), _strings(list(o.whys)))
                for o in self.objections[:MAX_ITEMS]
                if _clip(o.said)
            ),
            verification=self.verification.cleaned(),
            tone=_strings(list(self.tone)),
            rep_talk_s=max(0, int(self.rep_talk_s)),
            customer_talk_s=max(0, int(self.customer_talk_s)),
            lost_reason=self.lost_reason,
            deal_id=self.deal_id,
            referred_contact_id=self.referred_contact_id,
        )


@dataclass(frozen=True)
class CallFacts:
    """What the call screen measured on one call, as the touch timeline and the "my calls"
    chart show it: tone checks ticked, the rep's talk share, outline sections done, the hook."""

    tone: tuple[str, ...]  # the ticked checks, in checklist order (unknown keys left out)
    talk_share: float | None  # the rep's share of the tracked talk; None when too little
    sections_done: int
    sections_total: int | None  # None: not stored (calls saved before it was)
    hook: bool | None  # a hook (next step) left; None when the call did not get through
    tone_total: int = len(TONE_CHECKS)


def talk_share(rep_s: int, customer_s: int) -> float | None:
    """The rep's share of the talk, once enough was tracked to mean anything (the same rule
    as the call timer's balance, so the chart agrees with what the rep saw during the call)."""
    if rep_s < 0 or customer_s < 0:
        return None
    return balance(rep_s, customer_s).rep_share


def call_facts(details: CallDetails | str, *, hook: bool | None) -> CallFacts | None:
    """The facts of a call's stored details (JSON text or already read); None when the call
    screen captured none of them (a call logged elsewhere, or details from before).

    `hook`: whether the touch left a next step, None for a call that did not get through
    (its stored step is the earlier promise carried over, not a hook of this call).
    """
    d = details if isinstance(details, CallDetails) else CallDetails.from_json(details)
    ticked = set(d.tone)
    tone = tuple(key for key in TONE_CHECKS if key in ticked)
    share = talk_share(d.rep_talk_s, d.customer_talk_s)
    total = d.sections_total or None
    if not (tone or share is not None or d.sections_done or total or d.script_id is not None):
        return None
    return CallFacts(
        tone=tone,
        talk_share=share,
        sections_done=len(d.sections_done) if total is None else min(len(d.sections_done), total),
        sections_total=total,
        hook=hook,
    )
