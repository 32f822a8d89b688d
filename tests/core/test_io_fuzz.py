"""Random and mutated input never crashes the readers: records, problems, or a typed error."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from deskcrm.core.errors import ImportFailed
from deskcrm.core.io import columns, tabular
from deskcrm.core.io.records import MULTI_FIELDS, Field, ImportRecord, RowProblem
from deskcrm.core.io.tag_split import split_tags
from deskcrm.core.io.vcard import read_vcards

DATA = Path(__file__).resolve().parents[1] / "data" / "import"
FAST = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SEEDS = [p.read_bytes() for p in sorted(DATA.iterdir()) if p.suffix in (".vcf", ".csv", ".txt")]


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    """A fixture with bytes flipped, spans cut or repeated, junk inserted, or its end cut off."""
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 6))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        op = draw(st.sampled_from(["flip", "cut", "insert", "dup", "truncate"]))
        if op == "flip":
            data[at] = draw(st.integers(0, 255))
        elif op == "cut":
            del data[at : at + draw(st.integers(1, 40))]
        elif op == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=30))
        elif op == "dup":
            data[at:at] = data[at : at + draw(st.integers(1, 80))]
        else:
            del data[at:]
    return bytes(data)


def _vcards(data: bytes) -> None:
    try:
        items = list(read_vcards(io.BytesIO(data), len(data)))
    except ImportFailed as err:
        assert err.data["reason"] == "not_vcard"
        return
    for item in items:
        assert isinstance(item, ImportRecord | RowProblem)
        if isinstance(item, ImportRecord):
            assert "\x00" not in item.name + item.notes


@FAST
@given(st.binary(max_size=2000))
def test_vcard_reader_on_random_bytes(data: bytes) -> None:
    _vcards(data)


@FAST
@given(mutated())
def test_vcard_reader_on_mutated_files(data: bytes) -> None:
    _vcards(data)


def _table(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"fuzz{suffix}"
        path.write_bytes(data)
        try:
            kind = tabular.file_kind(path)
            if kind is tabular.FileKind.VCARD:
                _vcards(data)
                return
            info = tabular.open_table(path)
            mapping = columns.guess_mapping(info.headers)
            records = list(
                columns.records_from_rows(tabular.data_rows(path, info), mapping, info.headers)
            )
        except ImportFailed as err:
            assert err.data["reason"]
            return
        assert len(mapping) == len(info.headers)
        # A row the reader could not decode is named as a problem, never silently altered.
    assert all(
        isinstance(r, ImportRecord) or (isinstance(r, RowProblem) and r.code == "undecodable")
        for r in records
    )


@FAST
@given(st.binary(max_size=2000), st.sampled_from([".csv", ".txt", ".xlsx", ".vcf", ""]))
def test_table_reader_on_random_bytes(data: bytes, suffix: str) -> None:
    _table(data, suffix)


@FAST
@given(mutated())
def test_table_reader_on_mutated_files(data: bytes) -> None:
    _table(data, ".csv")


@FAST
@given(st.text(max_size=500))
def test_table_reader_on_random_text(text: str) -> None:
    _table(text.encode("utf-8", errors="surrogatepass"), ".csv")


@FAST
@given(st.lists(st.text(max_size=20), max_size=30))
def test_guessed_mapping_gives_single_fields_to_one_column(headers: list[str]) -> None:
    mapping = columns.guess_mapping(headers)
    assert len(mapping) == len(headers)
    singles = [f for f in mapping if f is not Field.IGNORE and f not in MULTI_FIELDS]
    assert len(singles) == len(set(singles))


@FAST
@given(st.text(max_size=200))
def test_split_tags_gives_clean_distinct_names(text: str) -> None:
    tags = split_tags(text)
    assert all(t and t == " ".join(t.split()) for t in tags)
    assert len({t.casefold() for t in tags}) == len(tags)
    assert split_tags(", ".join(tags)) == tags
