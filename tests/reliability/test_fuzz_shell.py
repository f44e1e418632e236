"""Strange text and numbers through the shell commands, in-process via `journal.cli.main`.

`main` is what `mg-journal` runs, argument parsing included; calling it in this
process spares a Python start-up per example. Whatever the core validator
accepts is stored exactly; whatever it refuses gives one line on stderr, exit
2, and stores nothing.
"""

from __future__ import annotations

import re
import tempfile
import unicodedata
from collections.abc import Callable
from datetime import date, time

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from journal.cli import main
from journal.core import validate
from journal.core.entries.models import FactorEntry
from journal.core.person.eras import typed_target
from journal.core.person.profile import Profile
from journal.core.validate import ValidationError
from journal.store.journal import Journal
from journal.store.profile import has_profile, load_profile
from tests.reliability.test_fuzz import NASTY, NUMBERS

TODAY = date(2026, 11, 25)
SHELL = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
AS_TEXT = NUMBERS.map(str)  # what a person can type is text: "1e400", "nan", "1,5", "-3"
TIMES = st.one_of(
    st.text(max_size=8),
    st.sampled_from(["06:30", "6:30", "24:00", "23:59", "-1:00", "06:30:00", "０６:３０", "1,5"]),
)


# The rules, restated here so that a change to a validator fails these tests instead of
# moving their expectation with it (unicodedata, not the validator, says what a control is).
def note_is_valid(note: str) -> bool:
    return len(note) <= 10_000 and not any(unicodedata.category(ch) == "Cc" for ch in note)


def expected_severity(text: str) -> int | ValueError | None:
    """None when left empty; a whole number from 1 to 5; anything else is refused."""
    if not text.strip():
        return None
    try:
        number = int(text.strip())
    except ValueError as exc:
        return exc
    return number if 1 <= number <= 5 else ValueError(text)


def expected_time(text: str) -> time | ValueError:
    """06:30, 6:30, 0630, 6.30 or 6h30 (any Unicode digits); 00:00 to now (09:30): a
    time later today has not happened yet."""
    match = re.fullmatch(r"(\d{1,2})[:.h]?(\d{2})", text.strip())
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        return ValueError(text)
    moment = time(int(match[1]), int(match[2]))
    return ValueError(text) if moment > time(9, 30) else moment


def accepted(check: Callable[[], object]) -> bool:
    try:
        check()
    except ValidationError:
        return False
    return True


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().err


def assert_refused(code: int, err: str) -> None:
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and err.startswith("mg-journal: "), err


@SHELL
@given(note=NASTY)
def test_log_keeps_any_note_exactly_or_refuses_it(
    capsys: pytest.CaptureFixture[str], note: str
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        code, err = run(capsys, "--data-dir", tmp, "log", "cramp", f"--note={note}")
        stored = Journal.open(tmp).day(TODAY).symptoms
        assert accepted(lambda: validate.note(note)) == note_is_valid(note)
        if note_is_valid(note):
            assert code == 0, err
            assert [e.note for e in stored] == [note]
        else:
            assert_refused(code, err)
            assert stored == []


@SHELL
@given(severity=AS_TEXT, at=TIMES)
@example(severity="", at="")  # empty --at: refused (CI's draw; here every run)
@example(severity="3", at="09:30")  # exactly now: kept
def test_log_severity_and_time(capsys: pytest.CaptureFixture[str], severity: str, at: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        code, err = run(
            capsys, "--data-dir", tmp, "log", "twitch", f"--severity={severity}", f"--at={at}"
        )
        stored = Journal.open(tmp).day(TODAY).symptoms
        # Given explicitly blank, the shell refuses it (a script's empty variable stored
        # a cramp with no severity, silently); the model reads blank as none.
        want_severity = (
            ValueError(severity) if not severity.strip() else expected_severity(severity)
        )
        # An empty --at is refused, as an empty --date is: "" is no time (a helper's
        # report: it was read silently as another time).
        want_time = expected_time(at)
        if not isinstance(want_severity, ValueError) and not isinstance(want_time, ValueError):
            assert code == 0, err
            [entry] = stored
            assert entry.severity == want_severity
            assert entry.time == want_time
        else:
            assert_refused(code, err)
            assert stored == []


@SHELL
@given(amount=AS_TEXT)
def test_log_factor_amount(capsys: pytest.CaptureFixture[str], amount: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        code, err = run(capsys, "--data-dir", tmp, "log", "exercise", "--", amount)
        stored = Journal.open(tmp).day(TODAY).factors
        try:
            if not amount.strip():  # given explicitly blank: the shell refuses it
                raise ValidationError("amount", "is empty")
            expected = FactorEntry(TODAY, time(9, 30), "exercise", amount).amount  # type: ignore[arg-type]
        except ValidationError:
            assert_refused(code, err)
            assert stored == []
            return
        assert code == 0, err
        assert [e.amount for e in stored] == [expected]  # empty: unknown, never 0
        assert expected is None or 0 <= expected < float("inf")


@SHELL
@given(born=AS_TEXT, target=AS_TEXT)
def test_profile_born_and_target(
    capsys: pytest.CaptureFixture[str], born: str, target: str
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        code, err = run(
            capsys, "--data-dir", tmp, "profile", f"--born={born}", f"--target={target}"
        )
        journal = Journal.open(tmp)
        rda = target.strip().lower() == "rda"

        def expect() -> Profile:
            if not born.strip() or not target.strip():  # given empty: refused, not cleared
                raise ValidationError("born" if not born.strip() else "target", "is empty")
            # A typed target: held to the lowest RDA (a saved one is not), "350mg" is 350.
            custom = None if rda else typed_target(target)
            return Profile(birth_year=born, custom_target_mg=custom)  # type: ignore[arg-type]

        if accepted(expect):
            assert code == 0, err
            assert load_profile(journal) == expect()
        else:
            assert_refused(code, err)
            assert not has_profile(journal)
