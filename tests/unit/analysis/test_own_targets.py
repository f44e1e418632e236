"""A day is low against its own target (the profile of its time), not today's."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from journal.core.analysis.associations import LOW, analyse
from journal.core.analysis.dashboard import basis_line
from tests.unit.analysis.test_analysis import START, journal_days, rows_of

CHANGE = START + timedelta(days=20)  # a pregnancy ended: 350 mg before, 310 from then


def pregnancy_then_not(day: date) -> float:
    return 350.0 if day < CHANGE else 310.0


def low_days(analysis, lag: int = 0) -> tuple[int, int]:
    c = next(
        c for c in analysis.comparisons if c.group == "all" and c.exposure == LOW and c.lag == lag
    )
    return c.table.a + c.table.b, c.table.c + c.table.d  # low days, other days


def test_a_day_exactly_at_its_own_target_is_not_low_and_just_under_it_is() -> None:
    # 20 pregnancy days: 10 at 350 (at its target), 10 at 349.9; then 20 days at 330,
    # above today's 310. Cramps on a few of each, so there is something to compare.
    plan = [(350.0, 2)] * 3 + [(350.0, None)] * 7 + [(349.9, 2)] * 3 + [(349.9, None)] * 7
    plan += [(330.0, 2)] * 3 + [(330.0, None)] * 17
    rows = rows_of(journal_days(plan))
    a = analyse(rows, 310.0, day_target=pregnancy_then_not)
    assert low_days(a) == (10, 30)
    # Judged against today's target alone, none would be low: the old, wrong answer.
    assert low_days(analyse(rows, 310.0)) == (0, 40)
    assert a.targets == [(START, 350.0), (CHANGE, 310.0)]
    assert "350 mg, then 310 mg from 21 Sep 2026" in basis_line(a)


def test_the_threshold_applies_to_each_days_own_target() -> None:
    # At 75%: the limit is 262.5 mg in the pregnancy, 232.5 mg after it.
    plan = [(262.5, 1), (262.4, 1)] * 10 + [(232.5, 1), (232.4, None)] * 10
    a = analyse(rows_of(journal_days(plan)), 310.0, threshold=0.75, day_target=pregnancy_then_not)
    assert low_days(a) == (20, 20)


@pytest.mark.parametrize(("day_19", "low"), [(340.0, 0), (339.9, 1)])
def test_a_lag_window_across_the_change_uses_the_mean_of_its_days_limits(
    day_19: float, low: int
) -> None:
    # Day 19 (a 350 mg day) and day 20 (a 310 mg day, eating 320): at 340 their mean,
    # 330, is exactly the mean of their targets, so day 21 is not low on the 2-day lag;
    # a tenth of a mg less and it is. Against today's 310 alone it never would be.
    plan = [(400.0, None)] * 19 + [(day_19, None), (320.0, None)] + [(400.0, 1)] * 19
    rows = rows_of(journal_days(plan))
    assert low_days(analyse(rows, 310.0, day_target=pregnancy_then_not), lag=2)[0] == low
    assert low_days(analyse(rows, 310.0), lag=2)[0] == 0


def test_the_same_target_every_day_changes_nothing() -> None:
    plan = [(300.0, 2), (320.0, None), (310.0, 1), (309.9, None)] * 8
    rows = rows_of(journal_days(plan))
    same = analyse(rows, 310.0, day_target=lambda day: 310.0)
    assert same.comparisons == analyse(rows, 310.0).comparisons
    assert same.targets == []
    assert "judged against" not in basis_line(same)


def test_the_low_day_rule_in_words() -> None:
    rows = rows_of(journal_days([(300.0, 1), (320.0, None)] * 10))
    plain = analyse(rows, 310.0, threshold=0.75)
    assert plain.low_day_rule() == "a low day is below 232.5 mg (75% of the target)"
    assert plain.low_day_rule("310 mg") == "a low day is below 232.5 mg (75% of 310 mg)"
    assert plain.limit == "232.5 mg"
    assert analyse(rows, 310.0).limit == "310 mg"  # a whole figure shows no tenth
    own = analyse(rows, 310.0, threshold=0.75, day_target=pregnancy_then_not)
    assert own.low_day_rule() == "a low day is below 75% of the target of its time"
    assert own.limit == "own limit"


def test_at_the_whole_target_the_rule_names_the_target_not_a_share() -> None:
    rows = rows_of(journal_days([(300.0, 1), (320.0, None)] * 10))
    assert analyse(rows, 310.0).low_day_rule("310 mg") == "a low day is below 310 mg (the target)"
    own = analyse(rows, 310.0, day_target=pregnancy_then_not)
    assert own.low_day_rule() == "a low day is below the target of its time"
    # 99% is a share of the target, said as one
    near = analyse(rows, 310.0, threshold=0.99)
    assert near.low_day_rule() == "a low day is below 306.9 mg (99% of the target)"


def test_a_limit_shows_its_tenth_only_when_it_has_one() -> None:
    from journal.core.analysis.associations import limit_text

    assert [limit_text(mg) for mg in (310.0, 232.5, 243.2, 279.00000000000006, 0.5)] == [
        "310",
        "232.5",
        "243.2",
        "279",
        "0.5",
    ]
    assert [limit_text(mg) for mg in (1500.0, 1350.5)] == ["1,500", "1,350.5"]  # as Today's


def test_the_pictures_colour_each_day_against_its_own_target() -> None:
    """The fifth helper's report: the HTML chart and the dashboard's coloured days
    against today's target while the answer judged them against their own."""
    from rich.text import Text

    from journal.core.report.svg import LOW, OK, intake_svg
    from journal.tui.widgets.intake_chart import chart

    # 330 mg in the pregnancy (350: low) and after it (310: not low).
    rows = rows_of(journal_days([(330.0, None)] * 40))
    svg = intake_svg(rows, 310.0, 310.0, pregnancy_then_not)
    assert svg.count(f'fill="{LOW}"') == 20 and svg.count(f'fill="{OK}"') == 20
    flat = intake_svg(rows, 310.0, 310.0)
    assert flat.count(f'fill="{LOW}"') == 0
    drawn: Text = chart(rows, 310.0, 45, target_on=pregnancy_then_not)
    colours = [span.style for span in drawn.spans if span.style in ("yellow", "green")]
    assert "yellow" in colours and "green" in colours
    assert all(
        s.style != "yellow" for s in chart(rows, 310.0, 45).spans
    )  # against 310 alone: none low
