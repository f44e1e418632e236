"""What the person reads about their trial (`core/trial/words.py`), word for word.

The trial below (seed 7, 3 pairs of 21-day periods after a 14-day run-in from Mon 5 Jan
2026) has its periods in the order A B | A B | B A: period 1 runs 19 Jan - 8 Feb, period
2 from 9 Feb (trial day 36), period 6 ends on 24 May (day 140 of 140).
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from journal.core.trial.analysis import Estimate, Result
from journal.core.trial.trial import Trial
from journal.core.trial.words import (
    dashboard_note,
    diarrhea_line,
    estimate_words,
    fewer,
    plan_lines,
    result_lines,
    today_line,
)
from tests.unit.trial.example import LAST_DAY, PERIOD_1, PERIOD_2, START, TOKEN_B, plan


def blinded() -> Trial:
    return Trial(plan(comparator="placebo", blinded=True), seal=TOKEN_B).started(START)


def result(verdict: str = "continue", **kw: object) -> Result:
    args: dict[str, object] = {
        "run_in_rate": None,
        "outcomes": [],
        "differences": [],
        "estimate": None,
        "verdict": verdict,
    }
    args.update(kw)
    return Result(**args)  # type: ignore[arg-type]


def test_the_benefit_is_said_in_the_outcome_s_own_words() -> None:
    assert fewer(plan()) == "1 fewer cramp a week"
    assert fewer(plan(benefit=2)) == "2 fewer cramps a week"
    assert fewer(plan(benefit=1.5)) == "1.5 fewer cramps a week"
    assert fewer(plan(outcome="twitch")) == "1 fewer twitch a week"
    assert fewer(plan(weight="severity")) == "1 cramp severity point fewer a week"
    assert fewer(plan(weight="severity", benefit=2)) == "2 cramp severity points fewer a week"


W = "washout until 28 Jan (not analysed) "  # period 1: 19-28 Jan, analysed from 29 Jan


def test_today_line_names_the_day_the_period_the_bottle_and_the_dose() -> None:
    assert today_line(Trial(plan()), START) is None  # not started
    t = Trial(plan()).started(START)
    assert today_line(t, START - timedelta(days=1)) is None
    assert today_line(t, START) == "Trial day 1 of 140 · run-in"
    assert today_line(t, PERIOD_1 - timedelta(days=1)) == "Trial day 14 of 140 · run-in"
    assert today_line(t, PERIOD_1) == (
        "Trial day 15 of 140 · period 1, magnesium 300 mg, washout until 28 Jan (not analysed) "
        "(dose not recorded yet)"
    )
    # no supplement in bottle B's periods: no dose to record
    assert today_line(t, PERIOD_2) == (
        "Trial day 36 of 140 · period 2, no supplement, washout until 18 Feb (not analysed)"
    )
    assert today_line(t, LAST_DAY) == (
        "Trial day 140 of 140 · period 6, magnesium 300 mg (dose not recorded yet)"
    )
    assert today_line(t, LAST_DAY + timedelta(days=1)) is None
    taken = t.dose(PERIOD_1, "taken")
    assert today_line(taken, PERIOD_1) == (
        "Trial day 15 of 140 · period 1, magnesium 300 mg, " + W + "(dose taken)"
    )
    missed = t.dose(PERIOD_1, "missed")
    assert today_line(missed, PERIOD_1) == (
        "Trial day 15 of 140 · period 1, magnesium 300 mg, " + W + "(dose missed)"
    )
    # blinded: both bottles are taken, and only the bottle's letter shows
    assert today_line(blinded(), PERIOD_2) == (
        "Trial day 36 of 140 · period 2, bottle B, washout until 18 Feb (not analysed) "
        "(dose not recorded yet)"
    )


def test_today_line_on_the_stop_day_says_stopped_and_asks_no_dose() -> None:
    t = Trial(plan()).started(START).stopped_on(PERIOD_1, "could not go on")
    assert today_line(t, PERIOD_1) == (
        "Trial day 15 of 140 · period 1, magnesium 300 mg, " + W + "(stopped today)"
    )
    assert today_line(t, PERIOD_1 - timedelta(days=1)) == "Trial day 14 of 140 · run-in"
    assert today_line(t, PERIOD_1 + timedelta(days=1)) is None
    # a dose recorded before the stop is shown, not asked for
    taken = Trial(plan()).started(START).dose(PERIOD_1, "taken").stopped_on(PERIOD_1, "")
    assert today_line(taken, PERIOD_1) == (
        "Trial day 15 of 140 · period 1, magnesium 300 mg, " + W + "(stopped today, dose taken)"
    )


def test_the_dashboard_says_a_trial_runs_only_while_it_runs() -> None:
    assert dashboard_note(None, START) is None
    assert dashboard_note(Trial(plan()), START) is None
    t = Trial(plan()).started(START)
    assert dashboard_note(t, START - timedelta(days=1)) is None
    assert dashboard_note(t, LAST_DAY + timedelta(days=1)) is None
    assert dashboard_note(t, PERIOD_2) == (
        "A personal trial is running (day 36 of 140): its doses change your magnesium on "
        "purpose, so the associations below mix with it. Whether magnesium helps you is the "
        "trial's question: see its screen (palette: Open the trial)."
    )


def test_the_protocol_reads_as_decided_before_the_start() -> None:
    assert plan_lines(Trial(plan())) == [
        "Testing: glycinate, 300 mg elemental magnesium a day, against no supplement",
        "Primary outcome (fixed before the start): cramps a week",
        "Run-in: 14 days; too few to test if fewer than 2 cramps a week in it",
        "3 pairs of 21-day periods, order drawn within each pair from seed 7; "
        "the first 10 days of each period are washout, not analysed",
        "Benefit worth having: at least 1 fewer cramp a week",
        "Stop after 2 or more pairs when P(benefit) is above 0.9 or below 0.1; "
        "otherwise after the last pair (at most 4)",
        "A day counts when something besides the dose is logged on it, or it is marked done "
        "(! in the app, `mg-journal done`): mark each day without cramps done, or it is left out",
        "Not started: the plan can still change.",
    ]
    assert plan_lines(Trial(plan(run_in_days=0)))[2] == "Run-in: none"


def test_the_protocol_of_a_started_blinded_trial_lists_its_amendments_in_order() -> None:
    t = blinded().amended("benefit", "1.5", date(2026, 2, 1), "my doctor's advice")
    t = t.stopped_on(date(2026, 3, 3), "")
    lines = plan_lines(t)
    assert lines[0] == (
        "Testing: glycinate, 300 mg elemental magnesium a day, against a placebo, "
        "blinded (bottles A and B)"
    )
    assert lines[2] == "Run-in: 14 days; too few to test if fewer than 3 cramps a week in it"
    assert lines[4] == "Benefit worth having: at least 1.5 fewer cramps a week"
    assert lines[7:] == [
        "Started 5 Jan 2026: the plan above is locked.",
        "Amended 1 Feb 2026: benefit: 1 -> 1.5 (my doctor's advice)",
        "Amended 3 Mar 2026: stopped",
    ]


def test_the_estimate_in_words_at_its_boundaries() -> None:
    p = plan()
    # no change at all reads as "lower" by 0.0, never as "higher"
    none = estimate_words(p, Estimate(0.0, -0.4, 0.4, 0.2, 5, 4))
    assert none.startswith("In your trial, cramps were 0.0 a week lower on magnesium ")
    assert "(90% interval 0.4 higher to 0.4 lower)" in none
    # a lower bound of exactly 0 is not "0.0 higher"
    at_zero = estimate_words(p, Estimate(1.2, 0.0, 2.5, 0.6, 5, 4))
    assert "(90% interval 0.0 to 2.5);" in at_zero
    # higher on magnesium, the whole interval too: the bounds swap and read as higher
    worse = estimate_words(p, Estimate(-1.2, -2.5, -0.3, 0.0, 5, 4))
    assert "1.2 a week higher on magnesium (90% interval 0.3 to 2.5);" in worse
    # the stated benefit and the probability to two places
    two = estimate_words(plan(benefit=2), Estimate(1.8, 0.4, 3.1, 0.856, 5, 4))
    assert two.endswith("; probability of at least 2 fewer a week: 0.86.")
    sev = estimate_words(plan(weight="severity"), Estimate(1.84, 0.4, 3.16, 0.5, 5, 4))
    assert sev.startswith("In your trial, cramp severity points were 1.8 a week lower ")
    assert "(90% interval 0.4 to 3.2)" in sev
    early = estimate_words(p, Estimate(1.8, 0.4, 3.1, 0.86, 1, 2))
    assert "(after 2 pairs too early for a useful 90% interval)" in early


def test_diarrhea_is_counted_and_named_by_bottle_only_once_unsealed() -> None:
    t = Trial(plan()).started(START)
    assert diarrhea_line(t, result()) is None
    assert diarrhea_line(t, result(diarrhea={"A": 0})) is None
    assert diarrhea_line(t, result(diarrhea={"B": 1})) == (
        "Diarrhea logged on 1 day of the periods (magnesium: 0, no supplement: 1)"
    )
    assert diarrhea_line(t, result(diarrhea={"A": 2, "B": 1})) == (
        "Diarrhea logged on 3 days of the periods (magnesium: 2, no supplement: 1)"
    )
    sealed = blinded()
    assert diarrhea_line(sealed, result(diarrhea={"A": 1, "B": 1})) == (
        "Diarrhea logged on 2 days of the periods (by bottle once unsealed)"
    )
    # unsealed: bottle B held magnesium, and magnesium is named first
    opened = sealed.opened(LAST_DAY + timedelta(days=1))
    assert diarrhea_line(opened, result(diarrhea={"A": 3})) == (
        "Diarrhea logged on 3 days of the periods (magnesium: 0, placebo: 3)"
    )


def test_result_lines_of_a_run_in_with_too_few_symptoms() -> None:
    t = Trial(plan()).started(START)
    on = PERIOD_1
    lines = result_lines(t, result("waiting", run_in_rate=1.9), on)
    assert lines[0] == (
        "Run-in: 1.9 cramps a week, too few for this trial to answer anything; "
        "consider not going on"
    )
    # exactly twice the benefit is enough to go on; it leaves no room for a drop of 2,
    # so there is no chance to tell either
    lines = result_lines(t, result("waiting", run_in_rate=2.0), on)
    assert lines[:2] == [
        "Run-in: 2.0 cramps a week",
        "No complete pair of periods yet: the first ends on 1 Mar 2026, and its result "
        "shows from 2 Mar 2026.",
    ]
    assert lines[2:] == ["Doses: 0 taken, 0 missed, 0 not recorded"]


def test_result_lines_while_sealed_say_only_whether_to_stop() -> None:
    t = blinded()
    on = date(2026, 3, 2)
    going = result_lines(t, result("continue", differences=[1.5]), on)
    assert going[0] == "Sealed: the result shows once the seal is opened. Complete pairs: 1 of 3."
    est = Estimate(1.8, 0.4, 3.1, 0.95, 1, 2)
    met = result_lines(t, result("helps", differences=[2.0, 1.5], estimate=est), on)
    assert met[0] == (
        "Sealed: the result shows once the seal is opened. "
        "The stopping rule is met: the trial can end (to stop it: `mg-journal trial stop`)."
    )
    assert not any("1.8" in line or "Each pair" in line or "likely" in line for line in met)
    guessed = t.guessed("a", PERIOD_1)
    assert result_lines(guessed, result(), on)[-1] == (
        "Blinding check: you guessed bottle A held magnesium"
    )
    opened = guessed.opened(on)
    assert result_lines(opened, result(), on)[-1] == (
        "Blinding check: you guessed bottle A held magnesium; it was bottle B"
    )


def test_result_lines_once_open_give_each_pair_the_estimate_and_the_verdict() -> None:
    t = Trial(plan()).started(START).dose(PERIOD_1, "taken")
    t = t.dose(PERIOD_1 + timedelta(days=1), "missed")
    on = PERIOD_1 + timedelta(days=5)  # 19-23 Jan are past: 3 of them not recorded
    est = Estimate(1.8, 0.4, 3.1, 0.86, 5, 4)
    lines = result_lines(t, result("continue", differences=[1.5, -0.25], estimate=est), on)
    assert lines == [
        "Each pair, no supplement minus magnesium, a week: +1.5, -0.2",
        "In your trial, cramps were 1.8 a week lower on magnesium (90% interval 0.4 to 3.1); "
        "probability of at least 1 fewer a week: 0.86.",
        "Not clear yet: the trial goes on.",
        "Doses: 1 taken, 1 missed, 3 not recorded",
    ]
    placebo = Trial(plan(comparator="placebo")).started(START)
    assert result_lines(placebo, result(differences=[0.0]), on)[0] == (
        "Each pair, placebo minus magnesium, a week: +0.0"
    )


def test_each_verdict_in_words_and_a_4th_pair_offered_only_when_one_is_left() -> None:
    t = Trial(plan()).started(START)
    on = LAST_DAY + timedelta(days=1)

    def said(verdict: str, trial: Trial = t) -> list[str]:
        return result_lines(trial, result(verdict), on)[:-1]  # without the doses

    assert said("helps") == [
        "The stopping rule is met: the benefit is likely (probability above 0.9)."
    ]
    assert said("short") == [
        "The stopping rule is met: a benefit of that size is unlikely (below 0.1)."
    ]
    assert said("unclear") == [
        "The planned pairs are done and the answer is still unclear.",
        "A 4th pair may settle it: mg-journal trial amend pairs 4",
    ]
    four = Trial(plan(pairs=4)).started(START)
    assert said("unclear", four) == ["The planned pairs are done and the answer is still unclear."]


def test_result_lines_tell_the_chance_of_the_plan_after_the_run_in() -> None:
    longest = Trial(plan(pairs=4, period_days=84, washout_days=14)).started(START)
    lines = result_lines(longest, result("waiting", run_in_rate=9.0), PERIOD_1)
    assert lines[0] == "Run-in: 9.0 cramps a week"
    assert lines[1].startswith(
        "At your run-in rate of 9.0 cramps a week, this plan finds a real drop of 2 a week in "
        "about "
    )
    assert lines[1].endswith(
        " of 10 trials; no longer design on offer does better. "
        "Fewer if your symptoms come in spells."
    )
    assert lines[2] == (  # 2 periods of 84 days from 19 Jan 2026
        "No complete pair of periods yet: the first ends on 5 Jul 2026, and its result "
        "shows from 6 Jul 2026."
    )


@pytest.mark.parametrize(
    ("verdict", "said"),
    [
        ("stopped", "The trial was stopped before the stopping rule was met: no answer."),
        ("unrecorded", "The periods are over but some were not recorded"),
    ],
)
def test_a_trial_that_can_give_no_more_pairs_says_why(verdict: str, said: str) -> None:
    t = Trial(plan()).started(START)
    lines = result_lines(t, result(verdict), PERIOD_1 + timedelta(days=5))
    assert any(line.startswith(said) for line in lines), lines
    assert not any("goes on" in line for line in lines)


def test_each_way_a_trial_is_stopped_says_stopped_once() -> None:
    """Before: the app's early stop read "stopped (stopped early for another reason)"."""
    day = date(2026, 3, 3)

    def stop_line(reason: str) -> str:
        return plan_lines(blinded().stopped_on(day, reason))[-1]

    assert stop_line("") == "Amended 3 Mar 2026: stopped"
    assert stop_line("the stopping rule is met") == (
        "Amended 3 Mar 2026: stopped (the stopping rule is met)"
    )
    assert stop_line("early, for another reason") == (
        "Amended 3 Mar 2026: stopped (early, for another reason)"
    )
    # as the app recorded it before, in journals kept since
    assert stop_line("stopped early for another reason") == (
        "Amended 3 Mar 2026: stopped (early for another reason)"
    )
    # only a stop's reason loses the word: another amendment's reason is kept whole
    amended = blinded().amended("benefit", "1.5", day, "stopped cramping at night")
    assert plan_lines(amended)[-1] == (
        "Amended 3 Mar 2026: benefit: 1 -> 1.5 (stopped cramping at night)"
    )


def test_a_sealed_trial_over_says_how_to_see_its_result() -> None:
    """Before, the day after the last: "Sealed: the result shows once the seal is opened.
    The stopping rule is met: the trial can end." of a trial already over, and not how."""
    t = blinded()
    est = Estimate(1.8, 0.4, 3.1, 0.95, 3, 3)
    over = result("helps", differences=[2.0, 1.5, 1.0], estimate=est)
    on_last = result_lines(t, over, LAST_DAY)  # its last day: not over yet
    assert on_last[0].endswith(
        "The stopping rule is met: the trial can end (to stop it: `mg-journal trial stop`)."
    )
    after = LAST_DAY + timedelta(days=1)
    assert result_lines(t, over, after)[0] == (
        "Sealed: the trial is over. To see its result, record your guess (`mg-journal trial "
        "guess A` or `B`), then open the seal (`mg-journal trial unseal`)."
    )
    guessed = t.guessed("B", LAST_DAY)
    assert result_lines(guessed, result("unclear"), after, ("g", "o"))[0] == (
        "Sealed: the trial is over. To see its result, open the seal (o)."
    )
    stopped = t.stopped_on(PERIOD_2, "moved abroad")  # stopped: over too
    assert result_lines(stopped, result("stopped"), PERIOD_2)[0].startswith(
        "Sealed: the trial is over. To see its result, record your guess"
    )
    assert not any("1.8" in x or "likely" in x for x in result_lines(t, over, after))


def test_too_few_symptoms_for_the_benefit_sought_is_not_said_as_evidence() -> None:
    """Before, from 1 cramp in 66 analysed days: "a benefit of that size is unlikely
    (below 0.1)", read as evidence against magnesium when 1 fewer a week could not be
    seen at all; and with no cramp at all, "0.0 a week lower (90% interval 0.0 to 0.0)"."""
    t = Trial(plan()).started(START)
    on = LAST_DAY + timedelta(days=1)
    few = Estimate(0.07, -0.79, 0.09, 0.0, 3, 3, 0.1)
    lines = result_lines(t, result("short", differences=[0, 0, 0.6], estimate=few), on)
    assert lines[1].startswith("In your trial, cramps were 0.1 a week lower on magnesium")
    assert lines[2] == (
        "The stopping rule is met, but only because there were too few cramps: off "
        "magnesium, 0.1 cramps a week, no more than the 1 fewer cramp a week sought; so this "
        "trial cannot show that benefit either way."
    )
    none = Estimate(0.0, 0.0, 0.0, 0.0, 3, 3, 0.0)
    lines = result_lines(t, result("short", differences=[0, 0, 0], estimate=none), on)
    assert not any("interval" in x for x in lines)
    assert "0.0 cramps a week, no more than the 1 fewer" in lines[1]
    # just above the benefit: the rule's own words
    enough = Estimate(0.2, -0.5, 0.6, 0.05, 3, 3, 1.01)
    lines = result_lines(t, result("short", estimate=enough), on)
    assert "The stopping rule is met: a benefit of that size is unlikely (below 0.1)." in lines
    severity = Trial(plan(weight="severity")).started(START)
    lines = result_lines(severity, result("short", estimate=few), on)
    said = "off magnesium, 0.1 cramp severity points a week, no more than the 1 cramp severity"
    assert said in "\n".join(lines)


@pytest.mark.parametrize(
    ("start", "run_in", "ends", "shows"),
    [
        (START, 14, "1 Mar 2026", "2 Mar 2026"),  # across February's end
        (date(2026, 11, 1), 14, "26 Dec 2026", "27 Dec 2026"),
        (date(2026, 11, 11), 14, "5 Jan 2027", "6 Jan 2027"),  # across the year's end
        (date(2026, 12, 31), 0, "10 Feb 2027", "11 Feb 2027"),  # no run-in: day 1 is period 1
    ],
)
def test_waiting_says_when_the_first_pair_ends_and_its_result_shows(
    start: date, run_in: int, ends: str, shows: str
) -> None:
    """Before: "No complete pair of periods yet: nothing to say." and not when."""
    t = Trial(plan(run_in_days=run_in)).started(start)
    lines = result_lines(t, result("waiting"), start)
    assert lines[0] == (
        f"No complete pair of periods yet: the first ends on {ends}, and its result shows "
        f"from {shows}."
    )
