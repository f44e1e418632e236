"""The trial plan's limits at their edges, its calendar's first and last days, the seal, and the
helper's packing sheet word for word."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from journal.core.trial.plan import Plan, amend, default_seed, plural
from journal.core.trial.schedule import packing_sheet, periods, run_in_end, trial_day
from journal.core.trial.seal import helper_lines, magnesium_bottle, valid_token
from journal.core.validate import ValidationError

START = date(2026, 1, 5)
CREATED = date(2026, 1, 1)


def plan(**kw: object) -> Plan:
    args: dict[str, object] = {"form": "glycinate", "dose_mg": 300, "seed": 7}
    args.update(kw)
    return Plan(**args, created=CREATED)  # type: ignore[arg-type]


def refusal(**kw: object) -> str:
    with pytest.raises(ValidationError) as refused:
        plan(**kw)
    return str(refused.value)


@pytest.mark.parametrize(
    ("field", "low", "high", "name"),
    [
        ("run_in_days", 0, 56, "run-in"),
        ("pairs", 3, 4, "pairs"),
        ("period_days", 6, 84, "period"),
    ],
)
def test_whole_number_limits_take_both_ends_and_refuse_one_beyond(
    field: str, low: int, high: int, name: str
) -> None:
    assert getattr(plan(**{field: low}), field) == low
    assert getattr(plan(**{field: high}), field) == high
    message = f"{name}: must be a whole number from {low} to {high}"
    assert refusal(**{field: low - 1}) == message
    assert refusal(**{field: high + 1}) == message
    assert refusal(**{field: float(low)}) == message  # 3.0 pairs is not a whole number
    assert refusal(**{field: True}) == message


def test_the_washout_leaves_at_least_three_analysed_days() -> None:
    assert plan(period_days=10, washout_days=7).washout == 7
    assert plan(period_days=10, washout_days=0).washout == 0
    assert refusal(period_days=10, washout_days=8) == "washout: must be a whole number from 0 to 7"
    assert refusal(washout_days=-1) == "washout: must be a whole number from 0 to 18"
    assert plan(period_days=21).washout == 10  # not given: the first half, rounded down


def test_the_dose_and_the_benefit_at_their_limits() -> None:
    assert plan(dose_mg=1000).dose_mg == 1000.0
    assert refusal(dose_mg=1000.5) == "dose: 1000.5 is more than the most allowed (1000); give less"
    assert refusal(dose_mg=0) == "dose: 0 is too little; give more than 0"
    assert plan(benefit=100).benefit == 100.0
    assert refusal(benefit=100.1) == "benefit: 100.1 is more than the most allowed (100); give less"


def test_the_seed_is_a_whole_number_of_zero_or_more() -> None:
    assert plan(seed=0).seed == 0
    for bad in (-1, True, 1.5, "7"):
        assert refusal(seed=bad) == "seed: must be a whole number of 0 or more"


def test_blinding_needs_a_placebo() -> None:
    assert refusal(blinded=True) == "blind: blinding needs a placebo that someone else packs"
    assert plan(blinded=True, comparator="placebo").blinded


def test_choices_are_read_in_any_case_and_refused_naming_the_choices() -> None:
    assert plan(comparator=" Placebo ").comparator == "placebo"
    assert plan(weight="SEVERITY").weight == "severity"
    assert refusal(comparator="sugar") == "against: 'sugar' is not one of: none, placebo"
    assert refusal(weight="mean") == "weight: 'mean' is not one of: count, severity"


def test_a_plan_reads_back_as_written() -> None:
    written = plan(
        comparator="placebo",
        blinded=True,
        washout_days=5,
        weight="severity",
        outcome="twitch",
        run_in_days=7,
        period_days=28,
        pairs=4,
        benefit=2.5,
    )
    assert Plan.from_doc(written.to_doc()) == written
    assert written.to_doc()["created"] == "2026-01-01"


def test_the_outcome_in_words() -> None:
    assert plan().outcome_words == "cramps a week"
    assert plan(outcome="spasms").outcome_words == "spasms a week"
    assert plan(weight="severity").outcome_words == "cramp severity points a week"
    assert plan(outcome="twitch").outcome_words == "twitches a week"
    assert plan(outcome="weakness").outcome_words == "weakness a week"
    assert [plural(k) for k in ("rash", "tax", "fizz", "fatigue")] == [
        "rashes",
        "taxes",
        "fizzes",
        "fatigues",
    ]
    assert plan().comparator_words == "no supplement"
    assert plan(comparator="placebo").comparator_words == "a placebo"


def test_too_few_symptoms_is_below_twice_the_benefit() -> None:
    assert plan(benefit=1).too_few(1.99)
    assert not plan(benefit=1).too_few(2.0)
    assert plan(benefit=2).too_few(3.99)
    assert not plan(benefit=2).too_few(4.0)


def test_an_empty_form_or_outcome_is_refused_by_its_name() -> None:
    assert refusal(form=" ") == "form: must not be empty"
    assert refusal(outcome="") == "outcome: must not be empty"


def test_the_default_seed_changes_with_the_clock() -> None:
    from datetime import datetime

    from journal.core import clock

    seeds = set()
    for minute in range(5):
        clock.set_now(datetime(2026, 11, 25, 9, minute))
        seeds.add(default_seed())
    assert len(seeds) == 5


def test_the_length_of_a_trial() -> None:
    assert plan().total_days == 14 + 2 * 3 * 21
    assert plan(run_in_days=0, pairs=4, period_days=6).total_days == 48


def test_an_amendment_says_what_changed_and_refuses_the_rest() -> None:
    new, note = amend(plan(), "pairs", "4", date(2026, 2, 1), "more time")
    assert new.pairs == 4 and (note.on, note.what, note.reason) == (
        date(2026, 2, 1),
        "pairs: 3 -> 4",
        "more time",
    )
    _, note = amend(plan(), "form", "citrate", date(2026, 2, 1), "")
    assert note.what == "form: glycinate -> citrate"
    _, note = amend(plan(), "dose_mg", "250.5", date(2026, 2, 1), "")
    assert note.what == "dose_mg: 300 -> 250.5"
    with pytest.raises(ValidationError) as refused:
        amend(plan(), "seed", "3", date(2026, 2, 1), "")
    assert str(refused.value) == "amend: 'seed' cannot change; one of pairs, benefit, dose_mg, form"
    with pytest.raises(ValidationError) as refused:
        amend(plan(), "pairs", "four", date(2026, 2, 1), "")
    assert (
        str(refused.value) == "pairs: 'four' is not a whole number of pairs: type one from 3 to 4"
    )


@pytest.mark.parametrize(
    ("what", "value"), [("pairs", "3"), ("dose_mg", "300.0"), ("form", "glycinate")]
)
def test_an_amendment_that_changes_nothing_is_refused(what: str, value: str) -> None:
    with pytest.raises(ValidationError) as refused:
        amend(plan(), what, f" {value} ", date(2026, 2, 1), "")
    assert str(refused.value) == f"{what}: is {value} already: nothing to amend"


def test_the_default_seed_is_fixed_by_the_clock_and_below_a_million() -> None:
    seed = default_seed()
    assert seed == default_seed() and 0 <= seed < 1_000_000


def test_the_calendar_first_and_last_days() -> None:
    p = plan()
    assert run_in_end(p, START) == START + timedelta(days=13)
    assert run_in_end(plan(run_in_days=0), START) == START - timedelta(days=1)
    last_run_in = trial_day(p, START, START + timedelta(days=13))
    assert last_run_in is not None and last_run_in.in_run_in and last_run_in.number == 14
    first = trial_day(p, START, START + timedelta(days=14))
    assert first is not None and first.period is not None and first.period.number == 1
    last = trial_day(p, START, START + timedelta(days=p.total_days - 1))
    assert last is not None and last.number == p.total_days == last.total
    assert last.period is not None and last.period.number == 6


def test_each_period_holds_its_own_days_and_counts_its_analysed_ones() -> None:
    ps = periods(plan(period_days=10, washout_days=3), START)
    first, second = ps[0], ps[1]
    assert first.holds(first.start) and first.holds(first.end)
    assert not first.holds(first.start - timedelta(days=1)) and not first.holds(second.start)
    assert second.start == first.end + timedelta(days=1)
    assert first.analysed_from == first.start + timedelta(days=3)
    assert first.analysed_days == 7
    assert [p.number for p in ps] == [1, 2, 3, 4, 5, 6]


TOKEN = "0" * 32


def test_the_seal_is_a_32_digit_lowercase_hex_token() -> None:
    assert valid_token(TOKEN)
    for bad in ("0" * 31, "0" * 33, "A" * 32, "g" * 32, 0, None, " " + "0" * 31):
        assert not valid_token(bad)
    with pytest.raises(ValueError) as refused:
        magnesium_bottle("0" * 31)
    assert str(refused.value) == "the seal is not a 32-digit hex token"


def test_both_bottles_come_up_under_some_seal() -> None:
    bottles = {magnesium_bottle(f"{i:032x}") for i in range(20)}
    assert bottles == {"A", "B"}
    assert magnesium_bottle(TOKEN) == ("A" if bytes.fromhex(_sha(TOKEN))[0] % 2 == 0 else "B")


def _sha(token: str) -> str:
    import hashlib

    return hashlib.sha256(token.encode()).hexdigest()


def test_the_helpers_lines_name_each_bottle_once() -> None:
    for i in range(6):
        token = f"{i:032x}"
        mg = magnesium_bottle(token)
        other = "B" if mg == "A" else "A"
        assert helper_lines("citrate", 250, token) == [
            f"Bottle {mg}: citrate, 250 mg elemental magnesium a day",
            f"Bottle {other}: the matching placebo (same look, same number of capsules)",
        ]


def test_the_packing_sheet_word_for_word() -> None:
    p = plan(period_days=7, run_in_days=0)
    lines = packing_sheet(p, START)
    assert lines[:2] == [
        "Mg Journal trial: packing sheet (for the helper, not the person in the trial)",
        "Magnesium: glycinate, 300 mg elemental a day",
    ]
    ps = periods(p, START)
    words = {"A": "magnesium", "B": "no supplement"}
    assert lines[2] == f"period 1 (pair 1), 5 Jan to 11 Jan 2026: {words[ps[0].bottle]}"
    assert lines[3] == f"period 2 (pair 1), 12 Jan to 18 Jan 2026: {words[ps[1].bottle]}"
    assert len(lines) == 2 + 6
    blind = packing_sheet(
        plan(period_days=7, run_in_days=0, comparator="placebo", blinded=True), START
    )
    assert blind[1] == "Bottle A and bottle B: see the seal below"
    assert blind[2] == f"period 1 (pair 1), 5 Jan to 11 Jan 2026: bottle {ps[0].bottle}"
    placebo = packing_sheet(plan(period_days=7, run_in_days=0, comparator="placebo"), START)
    assert placebo[2].endswith("magnesium" if ps[0].bottle == "A" else "a placebo")
