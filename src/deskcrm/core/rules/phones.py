"""Phone numbers parsed and normalised with libphonenumber, keeping what was typed."""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat

from deskcrm.core.errors import ValidationError

MAX_RAW = 64
_DIGITS = re.compile(r"\D+")


# Hand-written fast path, measured: libphonenumber's parse + validate + format costs
# ~0.15 ms a number, a third of an import. A plain mainland mobile ("13912345678",
# "+86 139-1234-5678"), most of what reps have, is decided here with libphonenumber's
# own CN metadata patterns, so it cannot disagree; anything else takes the full path.
# tests/core/test_phones_fast_path.py runs both paths over many numbers.
def _cn_pattern(kind: str) -> re.Pattern[str] | None:
    meta = phonenumbers.PhoneMetadata.metadata_for_region("CN")
    desc = getattr(meta, kind, None)
    pattern = getattr(desc, "national_number_pattern", None)
    return re.compile(pattern) if isinstance(pattern, str) else None


_CN_MOBILE = _cn_pattern("mobile")
_CN_GENERAL = _cn_pattern("general_desc")
_SPACES_DASHES = re.compile(r"[ \-]")
_PLAIN_MOBILE = re.compile(r"(\+86|0086)?(1[0-9]{10})")


@dataclass(frozen=True)
class Phone:
    raw: str
    e164: str
    extension: str
    digits: str  # national and international digits, for "8001 finds it" search


def parse_phone(raw: str, region: str = "CN") -> Phone:
    """Parse `raw`; raise ValidationError(field="phone", reason=...) saying why it is not one.

    Reasons: empty, too_long, not_a_number, invalid_country_code, too_short, too_long_number,
    invalid.
    """
    text = raw.strip()
    if not text:
        raise ValidationError("phone", "empty", value=raw)
    if len(text) > MAX_RAW:
        raise ValidationError("phone", "too_long", value=raw)
    return _cn_mobile(text, region) or _parse_full(raw, text, region)


def _cn_mobile(text: str, region: str) -> Phone | None:
    """A valid mainland mobile written plainly, else None (the full path decides)."""
    # Only with the CN default region: "0086" is an international prefix only where
    # calls abroad start with 00.
    if region != "CN" or _CN_MOBILE is None or _CN_GENERAL is None:
        return None
    found = _PLAIN_MOBILE.fullmatch(_SPACES_DASHES.sub("", text))
    if found is None:
        return None
    national = found.group(2)
    if not (_CN_GENERAL.fullmatch(national) and _CN_MOBILE.fullmatch(national)):
        return None
    return Phone(raw=text, e164=f"+86{national}", extension="", digits=f"86{national}")


def _parse_full(raw: str, text: str, region: str) -> Phone:
    try:
        number = phonenumbers.parse(text, region)
    except NumberParseException as exc:
        reason = {
            NumberParseException.INVALID_COUNTRY_CODE: "invalid_country_code",
            NumberParseException.NOT_A_NUMBER: "not_a_number",
            NumberParseException.TOO_SHORT_AFTER_IDD: "too_short",
            NumberParseException.TOO_SHORT_NSN: "too_short",
            NumberParseException.TOO_LONG: "too_long_number",
        }.get(exc.error_type, "not_a_number")
        raise ValidationError("phone", reason, value=raw) from None
    possible = phonenumbers.is_possible_number_with_reason(number)
    if possible == phonenumbers.ValidationResult.TOO_SHORT:
        raise ValidationError("phone", "too_short", value=raw)
    if possible == phonenumbers.ValidationResult.TOO_LONG:
        raise ValidationError("phone", "too_long_number", value=raw)
    if not phonenumbers.is_valid_number(number):
        raise ValidationError("phone", "invalid", value=raw)
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    bare = phonenumbers.PhoneNumber(
        country_code=number.country_code,
        national_number=number.national_number,
        italian_leading_zero=number.italian_leading_zero,
        number_of_leading_zeros=number.number_of_leading_zeros,
    )
    national = _DIGITS.sub("", phonenumbers.format_number(bare, PhoneNumberFormat.NATIONAL))
    digits = e164.lstrip("+")
    if national not in digits:
        digits = f"{digits} {national}"
    return Phone(raw=text, e164=e164, extension=number.extension or "", digits=digits)


def digits_only(text: str) -> str:
    return _DIGITS.sub("", text)
