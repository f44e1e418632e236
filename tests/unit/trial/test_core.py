"""The trial's pure domain: schedule from the seed, the seal, the plan lock, the analysis."""

from __future__ import annotations

from dataclasses import astuple
from datetime import date, timedelta

import pytest

from journal.core.trial.analysis import analyse, estimate, per_week
from journal.core.trial.schedule import orders, periods, trial_day
from journal.core.trial.trial import Trial
from journal.core.trial.words import estimate_words, result_lines, today_line
from journal.core.validate import ValidationError
from tests.unit.trial.example import START, TOKEN_A, TOKEN_B, plan


def test_orders_are_reproducible_from_the_seed_and_balanced_within_each_pair() -> None:
    assert orders(7, 4) == orders(7, 4)
    seen = {tuple(orders(seed, 4)) for seed in range(200)}
    assert len(seen) > 10  # the seed matters
    for seed in range(200):
        for pair in orders(seed, 4):
            assert sorted(pair) == ["A", "B"]
    # Neither order dominates over many seeds
    firsts = [o == "AB" for seed in range(2000) for o in orders(seed, 1)]
    assert 0.45 < sum(firsts) / len(firsts) < 0.55


def test_periods_follow_the_run_in_and_the_washout_is_the_first_half() -> None:
    ps = periods(plan(), START)
    assert len(ps) == 6
    assert ps[0].start == START + timedelta(days=14)
    assert ps[0].analysed_from == ps[0].start + timedelta(days=10)  # 21 // 2
    assert ps[-1].end == START + timedelta(days=14 + 6 * 21 - 1)
    assert [p.pair for p in ps] == [1, 1, 2, 2, 3, 3]
    assert "".join(p.bottle for p in ps) == "".join(orders(7, 3))


def test_trial_day_counts_from_the_run_in() -> None:
    p = plan()
    assert trial_day(p, START, START - timedelta(days=1)) is None
    first = trial_day(p, START, START)
    assert first is not None and first.number == 1 and first.total == 140 and first.in_run_in
    day23 = trial_day(p, START, START + timedelta(days=22))
    assert day23 is not None and day23.period is not None and day23.period.number == 1
    assert trial_day(p, START, START + timedelta(days=140)) is None


def test_plan_refuses_bad_values_at_the_field() -> None:
    with pytest.raises(ValidationError, match="pairs"):
        plan(pairs=5)
    with pytest.raises(ValidationError, match="blind"):
        plan(blinded=True)  # no placebo
    with pytest.raises(ValidationError, match="dose"):
        plan(dose_mg=0)
    with pytest.raises(ValidationError, match="washout"):
        plan(washout_days=20)


def test_the_plan_locks_at_the_start_and_amendments_are_kept() -> None:
    t = Trial(plan())
    t = t.with_plan(plan(pairs=4))  # before the start: a plain change
    t = t.started(START)
    with pytest.raises(ValidationError, match="locked"):
        t.with_plan(plan(pairs=3))
    t = t.amended("benefit", "2", date(2026, 2, 1), "my doctor's advice")
    assert t.plan.benefit == 2
    assert [a.what for a in t.amendments] == ["benefit: 1 -> 2"]
    back = Trial.from_doc(t.to_doc())
    assert back == t
    assert back.amendments[0].on == date(2026, 2, 1)
    assert back.amendments[0].reason == "my doctor's advice"


def _values(trial: Trial, rates: dict[int, float]) -> dict[date, float]:
    """Symptoms spread evenly: `rates[period number]` a week over the analysed days."""
    values: dict[date, float] = {}
    for p in trial.periods:
        days = [p.analysed_from + timedelta(days=i) for i in range(p.analysed_days)]
        total = rates[p.number] * p.analysed_days / 7
        for d in days:
            values[d] = total / len(days)
    return values


def test_analyse_reads_the_second_half_of_each_period_and_pairs_them() -> None:
    t = Trial(plan(pairs=4)).started(START)
    rates = {1: 5.0, 2: 2.5, 3: 4.0, 4: 2.0, 5: 1.5, 6: 3.9, 7: 1.0, 8: 2.8}
    values = _values(t, rates)
    for p in t.periods:  # the washout's symptoms do not count
        values[p.start] = 50.0
    result = analyse(t, values, START + timedelta(days=t.plan.total_days + 1))
    # the count model gets each period's count over its analysed days (11 of 21)
    rows = [(rates[p.number] * 11 / 7, 11.0, t.on_magnesium(p), p.number) for p in t.periods]
    want = estimate(rows, 1.0)
    assert result.estimate is not None and want is not None
    assert astuple(result.estimate) == pytest.approx(astuple(want), abs=1e-12)
    assert [o.per_week for o in result.outcomes] == pytest.approx([rates[n] for n in range(1, 9)])
    # the paired differences, no-magnesium minus magnesium
    for diff, pair in zip(result.differences, range(1, 5), strict=True):
        ps = [p for p in t.periods if p.pair == pair]
        on = next(rates[p.number] for p in ps if t.on_magnesium(p))
        off = next(rates[p.number] for p in ps if not t.on_magnesium(p))
        assert diff == pytest.approx(off - on)


def test_stopping_rule_needs_two_pairs_and_stops_at_the_planned_end() -> None:
    t = Trial(plan(pairs=3)).started(START)
    # 12 a week, 2 on magnesium, with a little noise: after 2 pairs the count model has 1
    # degree of freedom for its spread, so only a drop this clear stops the trial there
    clear = dict.fromkeys(range(1, 7), 12.0)
    for p in t.periods:
        clear[p.number] -= 10.0 if t.on_magnesium(p) else 0.0
        clear[p.number] += 0.1 * (p.number % 3)
    after_one = t.periods[1].end + timedelta(days=1)
    assert analyse(t, _values(t, clear), after_one).verdict == "continue"
    after_two = t.periods[3].end + timedelta(days=1)
    assert analyse(t, _values(t, clear), after_two).verdict == "helps"
    flat = {n: 4.0 + 0.3 * (n % 2) + 0.2 * (n % 3) for n in range(1, 7)}
    end = t.periods[-1].end + timedelta(days=1)
    assert analyse(t, _values(t, flat), end).verdict in ("short", "unclear")


def test_per_week_leaves_out_the_days_with_nothing_logged() -> None:
    values = {START: 2.0, START + timedelta(days=3): 1.0}
    assert per_week(values, START, START + timedelta(days=6)) == pytest.approx(10.5)
    values |= {START + timedelta(days=n): 0.0 for n in (1, 2, 4, 5, 6)}
    assert per_week(values, START, START + timedelta(days=6)) == pytest.approx(3.0)


def test_words_never_overstate() -> None:
    t = Trial(plan())
    rows = [
        (6.0, 11.0, False, 1),
        (3.0, 11.0, True, 2),
        (3.5, 11.0, True, 3),
        (6.5, 11.0, False, 4),
    ]
    est = estimate(rows, 1.0)
    assert est is not None
    text = estimate_words(t.plan, est)
    assert text.startswith("In your trial, cramps were ")
    # Two pairs leave one degree of freedom: no interval yet, rather than an absurd one.
    assert "a week lower on magnesium (after 2 pairs too early for a useful 90% interval)" in text
    assert "probability of at least 1 fewer a week: " in text
    for word in ("cure", "caused", "proves", "works"):
        assert word not in text
    from journal.core.trial.analysis import Estimate

    p = t.plan
    assert "(90% interval 0.4 to 3.1);" in estimate_words(p, Estimate(1.8, 0.4, 3.1, 0.86, 5, 4))
    assert estimate_words(p, Estimate(1.8, 0.4, 3.1, 0.86, 5, 4)) == (
        "In your trial, cramps were 1.8 a week lower on magnesium (90% interval 0.4 to 3.1); "
        "probability of at least 1 fewer a week: 0.86."
    )
    across = estimate_words(p, Estimate(0.5, -0.7, 1.7, 0.3, 5, 4))
    assert "0.5 a week lower on magnesium (90% interval 0.7 higher to 1.7 lower)" in across
    worse = estimate_words(p, Estimate(-0.5, -1.7, 0.7, 0.01, 5, 4))
    assert "0.5 a week higher on magnesium (90% interval 0.7 lower to 1.7 higher)" in worse
    # The interval is given from two degrees of freedom (3 pairs), not at one.
    three = estimate_words(p, Estimate(1.8, 0.4, 3.1, 0.86, 2, 3))
    assert "(90% interval 0.4 to 3.1);" in three
    two = estimate_words(p, Estimate(1.8, -642.4, 3.1, 0.86, 1, 2))
    assert "642" not in two and "(after 2 pairs too early for a useful 90% interval);" in two


def _sealed_views(token: str) -> list[str]:
    t = Trial(plan(comparator="placebo", blinded=True), seal=token).started(START)
    t = t.dose(t.periods[0].start, "taken").guessed("a", t.periods[0].start)
    on = t.periods[3].end + timedelta(days=1)
    values = {p.analysed_from: 3.0 for p in t.periods}
    result = analyse(t, values, on)
    days = [today_line(t, t.periods[i].start) or "" for i in range(6)]
    return [*days, *result_lines(t, result, on)]


def test_a_sealed_allocation_shows_nowhere_before_unsealing() -> None:
    # The same trial under the two seals reads the same, word for word.
    assert _sealed_views(TOKEN_A) == _sealed_views(TOKEN_B)
    assert "bottle" in _sealed_views(TOKEN_A)[0]
    t = Trial(plan(comparator="placebo", blinded=True), seal=TOKEN_B).started(START)
    opened = t.opened(START + timedelta(days=200))
    assert opened.magnesium_bottle() == "B"
    assert "(magnesium)" in " ".join(
        opened.bottle_words(p) for p in opened.periods if p.bottle == "B"
    )
    assert opened.amendments[-1].what == "unsealed at the end"
    early = t.opened(START + timedelta(days=30))
    assert early.amendments[-1].what == "unsealed before the end"


def test_a_sealed_report_reads_the_same_under_either_seal() -> None:
    from journal.core.trial import report

    pages = []
    for token in (TOKEN_A, TOKEN_B):
        t = Trial(plan(comparator="placebo", blinded=True), seal=token).started(START)
        on = t.periods[-1].end + timedelta(days=1)
        values = {
            p.analysed_from + timedelta(days=i): float(i % 3)
            for p in t.periods
            for i in range(p.analysed_days)
        }
        doc = report.gather(t, analyse(t, values, on), on)
        pages.append(
            (report.render_html(doc), report.render_markdown(doc), report.render_text(doc))
        )
        assert "sealed" in pages[-1][2]
    assert pages[0] == pages[1]


def test_the_report_shows_typed_text_literally() -> None:
    from journal.core.trial import report

    t = Trial(plan(form="<b>Mag|Bis</b>")).started(START)
    on = START + timedelta(days=30)
    doc = report.gather(t, analyse(t, {}, on), on)
    page = report.render_html(doc)
    assert "<b>Mag" not in page and "&lt;b&gt;Mag|Bis&lt;/b&gt;" in page
    assert "Content-Security-Policy" in page and "<script" not in page
    assert "&lt;b&gt;Mag\\|Bis&lt;/b&gt;" in report.render_markdown(doc)


def test_outcome_words_are_plural_in_english() -> None:
    assert plan().outcome_words == "cramps a week"
    assert plan(outcome="twitch").outcome_words == "twitches a week"
    assert plan(outcome="weakness").outcome_words == "weakness a week"
    assert plan(outcome="spasm", weight="severity").outcome_words == (
        "spasm severity points a week"
    )
