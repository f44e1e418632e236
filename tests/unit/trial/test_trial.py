"""A trial as lived (`core/trial/trial.py`): its checks, where it stands, its changes, its file.

The trial below (seed 7, 3 pairs of 21-day periods after a 14-day run-in from Mon 5 Jan
2026, 140 days in all, last day 24 May) has its periods in the order A B | A B | B A:
period 1 runs 19 Jan - 8 Feb, period 2 9 Feb - 1 Mar.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

import pytest

from journal.core.trial.trial import Dose, Trial, trial_day_end
from journal.core.validate import ValidationError
from tests.unit.trial.example import LAST_DAY, PERIOD_1, PERIOD_2, START, TOKEN_A, TOKEN_B, plan


def blinded(token: str = TOKEN_B) -> Trial:
    return Trial(plan(comparator="placebo", blinded=True), seal=token)


def refused(message: str) -> pytest.RaisesExc[ValidationError]:
    return pytest.raises(ValidationError, match=f"^{re.escape(message)}$")


def test_a_trial_refuses_a_missing_or_needless_seal_a_bad_guess_and_a_bad_dose() -> None:
    with refused("seal: a blinded trial needs its seal"):
        blinded(token="not a token")
    with refused("seal: a blinded trial needs its seal"):
        Trial(plan(comparator="placebo", blinded=True))
    with refused("seal: only a blinded trial has a seal"):
        Trial(plan(), seal=TOKEN_A)
    with refused("guess: is bottle A or bottle B"):
        Trial(blinded().plan, seal=TOKEN_B, guess="C")
    with refused("dose: 'late' is not one of: taken, missed"):
        Trial(plan(), doses={PERIOD_1: Dose("late")})
    assert Trial(blinded().plan, seal=TOKEN_B, guess="B").guess == "B"


def test_where_the_trial_stands_from_its_start_to_its_last_day() -> None:
    t = Trial(plan())
    assert not t.locked and t.periods == [] and t.day(START) is None
    assert not t.ended(LAST_DAY + timedelta(days=100))
    t = t.started(START)
    assert t.locked and len(t.periods) == 6
    assert trial_day_end(t.plan, START) == LAST_DAY
    assert not t.ended(LAST_DAY)
    assert t.ended(LAST_DAY + timedelta(days=1))
    assert t.day(LAST_DAY) is not None and t.day(LAST_DAY + timedelta(days=1)) is None


def test_a_stopped_trial_ends_on_its_stop_day() -> None:
    t = Trial(plan()).started(START).stopped_on(PERIOD_2, "could not go on")
    assert t.ended(START)  # stopped: ended whatever the date
    here = t.day(PERIOD_2)
    assert here is not None and here.number == 36
    assert t.day(PERIOD_2 + timedelta(days=1)) is None
    assert t.amendments[-1].what == "stopped" and t.amendments[-1].reason == "could not go on"


def test_the_bottles_in_words_and_which_one_is_magnesium() -> None:
    open_ = Trial(plan()).started(START)
    a, b = open_.periods[0], open_.periods[1]
    assert (a.bottle, b.bottle) == ("A", "B")
    assert open_.magnesium_bottle() == "A"
    assert open_.on_magnesium(a) and not open_.on_magnesium(b)
    assert open_.bottle_words(a) == "magnesium 300 mg"
    assert open_.bottle_words(b) == "no supplement"
    placebo = Trial(plan(comparator="placebo")).started(START)
    assert placebo.bottle_words(b) == "placebo"
    sealed = blinded().started(START)
    assert sealed.sealed and sealed.magnesium_bottle() is None
    assert sealed.bottle_words(a) == "bottle A" and sealed.bottle_words(b) == "bottle B"
    # the analysis knows the truth while the person does not
    assert sealed.on_magnesium(b) and not sealed.on_magnesium(a)
    assert blinded(TOKEN_A).started(START).on_magnesium(a)
    opened = sealed.opened(PERIOD_2)
    assert not opened.sealed and opened.magnesium_bottle() == "B"
    assert opened.bottle_words(a) == "bottle A (placebo)"
    assert opened.bottle_words(b) == "bottle B (magnesium)"


def test_doses_are_taken_on_dosing_days_only() -> None:
    t = Trial(plan()).started(START)
    assert not t.takes_dose(PERIOD_1 - timedelta(days=1))  # run-in
    assert t.takes_dose(PERIOD_1)
    assert not t.takes_dose(PERIOD_2)  # no supplement
    with refused("dose: 9 Feb 2026 is in a period without the supplement: no dose to take"):
        t.dose(PERIOD_2, "taken")
    with refused("dose: 'skipped' is not one of: taken, missed"):
        t.dose(PERIOD_1, "skipped")
    t = t.dose(PERIOD_1, "taken", "entry-1")
    assert t.doses == {PERIOD_1: Dose("taken", "entry-1")}
    # with a placebo, both bottles are taken
    assert Trial(plan(comparator="placebo")).started(START).takes_dose(PERIOD_2)


def test_adherence_counts_taken_missed_and_days_before_today_with_nothing() -> None:
    t = Trial(plan()).started(START)
    t = t.dose(PERIOD_1, "taken").dose(PERIOD_1 + timedelta(days=1), "missed")
    t = t.dose(PERIOD_1 + timedelta(days=2), "taken")
    # today 24 Jan: 19-23 Jan are past, 3 of them recorded
    assert t.adherence(PERIOD_1 + timedelta(days=5)) == (2, 1, 2)
    assert t.adherence(PERIOD_1) == (2, 1, 0)  # nothing past yet
    # bottle B (no supplement) is not a dosing period: period 1's 21 days less 3 recorded,
    # then period 3 (2-11 Mar, 10 days past on 12 Mar)
    assert t.adherence(date(2026, 3, 12)) == (2, 1, 18 + 10)
    # a stopped trial counts up to the day before its stop day: the stop day asks no dose
    stopped = t.stopped_on(PERIOD_1 + timedelta(days=4), "")
    assert stopped.adherence(date(2026, 3, 12)) == (2, 1, 1)
    placebo = Trial(plan(comparator="placebo")).started(START)
    assert placebo.adherence(PERIOD_2 + timedelta(days=1)) == (0, 0, 21 + 1)


def test_the_plan_changes_freely_before_the_start_and_only_by_amendment_after() -> None:
    t = Trial(plan())
    with refused("amend: before the start, change the plan itself"):
        t.amended("benefit", "2", START, "")
    t = t.with_plan(plan(pairs=4)).started(START)
    assert t.plan.pairs == 4 and t.start == START
    with refused(
        "start: the trial started on 5 Jan 2026 already; a start cannot move (stop it, and "
        "plan a new one)"
    ):
        t.started(START + timedelta(days=1))
    with refused("plan: the plan is locked since the start; amend it"):
        t.with_plan(plan())
    back = t.amended("pairs", "3", date(2026, 2, 1), "tired of it")
    assert back.plan.pairs == 3
    assert [(a.on, a.what, a.reason) for a in back.amendments] == [
        (date(2026, 2, 1), "pairs: 4 -> 3", "tired of it")
    ]


def test_fewer_pairs_only_while_they_have_not_ended() -> None:
    t = Trial(plan(pairs=4)).started(START)
    # 3 pairs end on 24 May: cutting to 3 is allowed up to that day, not after it
    assert t.amended("pairs", "3", LAST_DAY, "").plan.pairs == 3
    with refused("pairs: that many pairs would have ended already"):
        t.amended("pairs", "3", LAST_DAY + timedelta(days=1), "")
    # other amendments are not limited by the calendar
    assert t.amended("benefit", "2", LAST_DAY + timedelta(days=1), "").plan.benefit == 2


def test_a_guess_is_a_bottle_made_while_sealed() -> None:
    t = blinded().started(START)
    g = t.guessed(" bottle b ", PERIOD_2)
    assert g.guess == "B"
    assert [(a.on, a.what) for a in g.amendments] == [(PERIOD_2, "guess: bottle B held magnesium")]
    assert t.guessed("Bottle A", PERIOD_2).guess == "A"
    with refused("guess: 'c': say which bottle, A or B"):  # as typed
        t.guessed("c", PERIOD_2)
    with refused("guess: 'bottle': say which bottle, A or B"):  # was ''
        t.guessed("bottle", PERIOD_2)
    with refused("guess: only a blinded trial has a guess to make"):
        Trial(plan()).started(START).guessed("A", PERIOD_2)
    with refused("guess: the seal is already open; a guess now means nothing"):
        t.opened(PERIOD_2).guessed("A", PERIOD_2)


def test_unsealing_is_dated_once_and_says_whether_before_the_end() -> None:
    t = blinded().started(START)
    with refused("unseal: this trial is not blinded"):
        Trial(plan()).started(START).opened(LAST_DAY)
    on_last = t.opened(LAST_DAY)
    assert on_last.unsealed == LAST_DAY
    assert on_last.amendments[-1].what == "unsealed before the end"
    after = t.opened(LAST_DAY + timedelta(days=1))
    # no reason asked for an unsealing: none is kept (the report shows none in brackets)
    assert [(a.on, a.what, a.reason) for a in after.amendments] == [
        (LAST_DAY + timedelta(days=1), "unsealed at the end", "")
    ]
    with refused("unseal: the seal is already open"):
        after.opened(LAST_DAY + timedelta(days=2))


def test_only_a_running_trial_stops() -> None:
    with refused("stop: the trial has not started: nothing to stop (a plan can be rewritten)"):
        Trial(plan()).stopped_on(START, "")
    t = Trial(plan()).started(START).stopped_on(PERIOD_1, "")
    assert t.stopped == PERIOD_1
    with refused(f"stop: the trial was stopped on {PERIOD_1:%-d %b %Y}"):
        t.stopped_on(PERIOD_2, "")


def test_from_its_stop_day_a_trial_takes_no_dose_but_one_recorded_before_is_corrected() -> None:
    """A reviewer's report: the stop day said it asked no dose, yet took one (the `b`
    key, `trial dose`), and adherence counted it as not recorded."""
    stop = PERIOD_1 + timedelta(days=3)
    t = Trial(plan()).started(START).stopped_on(stop, "could not go on")
    assert t.takes_dose(stop - timedelta(days=1)) and not t.takes_dose(stop)
    assert t.dose(stop - timedelta(days=1), "missed").doses  # a day before: backfilled
    why = "the trial was stopped on 22 Jan 2026, so it takes no dose from that day on"
    for day in (stop, stop + timedelta(days=1)):
        with pytest.raises(ValidationError, match=f"^dose: {why}; log a supplement"):
            t.dose(day, "taken")
    # taken in the morning, then stopped: the record stays and can still be corrected
    taken = Trial(plan()).started(START).dose(stop, "taken", "e1").stopped_on(stop, "")
    assert taken.dose_refusal(stop) is None
    assert taken.dose(stop, "missed").doses[stop] == Dose("missed")
    assert taken.dose_refusal(stop + timedelta(days=1)) is not None


def test_the_same_trial_is_its_plan_as_drawn_and_its_seal_whatever_came_after() -> None:
    t = Trial(plan())
    later = t.started(START).amended("pairs", "4", PERIOD_1, "more").dose(PERIOD_1, "taken")
    assert later.same_trial(t) and t.same_trial(later)
    assert not t.same_trial(Trial(plan(seed=8)))  # another order drawn
    assert not t.same_trial(Trial(plan(run_in_days=7)))
    again = Trial(replace(plan(), created=date(2026, 1, 2)))  # planned again, as before
    assert not t.same_trial(again)
    assert not blinded(TOKEN_A).same_trial(blinded(TOKEN_B))


def test_the_file_holds_every_field_and_reads_back_the_same() -> None:
    t = blinded().started(START)
    t = t.dose(PERIOD_2, "missed").dose(PERIOD_1, "taken", "e1").guessed("A", PERIOD_2)
    t = t.opened(date(2026, 3, 1)).stopped_on(date(2026, 3, 2), "done")
    doc = t.to_doc()
    assert doc == {
        "plan": t.plan.to_doc(),
        "seal": TOKEN_B,
        "start": "2026-01-05",
        "doses": {
            "2026-01-19": {"state": "taken", "entry_id": "e1"},
            "2026-02-09": {"state": "missed", "entry_id": None},
        },
        "guess": "A",
        "unsealed": "2026-03-01",
        "stopped": "2026-03-02",
        "amendments": [a.to_doc() for a in t.amendments],
    }
    assert list(doc["doses"]) == ["2026-01-19", "2026-02-09"]  # in date order
    assert len(doc["amendments"]) == 3
    assert Trial.from_doc(doc) == t
    fresh = Trial(plan())
    assert fresh.to_doc()["start"] is None and fresh.to_doc()["unsealed"] is None
    # an older file without the optional fields reads as a trial not started
    assert Trial.from_doc({"plan": plan().to_doc()}) == fresh
    bare = {"plan": plan().to_doc(), "doses": {"2026-01-19": {"state": "taken"}}}
    assert Trial.from_doc(bare).doses == {PERIOD_1: Dose("taken", None)}


def test_a_start_before_the_plan_and_an_amendment_after_a_stop_are_refused_by_field() -> None:
    t = Trial(plan())
    with refused(f"start: before the plan was written ({t.plan.created.isoformat()})"):
        t.started(t.plan.created - timedelta(days=1))
    stopped = t.started(START).stopped_on(PERIOD_2, "moving house")
    with refused(
        f"amend: the trial was stopped on {PERIOD_2:%-d %b %Y}: its plan stays as it ran; to "
        "test another, plan a new trial"
    ):
        stopped.amended("pairs", "4", PERIOD_2, "more")


def test_two_amended_doses_each_hold_from_their_own_date() -> None:
    from dataclasses import replace

    from journal.core.trial.plan import Amendment

    t = Trial(plan()).started(START)
    mid = PERIOD_1 + timedelta(days=10)
    once = t.amended("dose_mg", "200", mid, "upset")
    twice = once.amended("dose_mg", "150", PERIOD_2 + timedelta(days=5), "still upset")
    assert [twice.dose_on(d) for d in (PERIOD_1, mid, PERIOD_2, LAST_DAY)] == [300, 200, 200, 150]
    p1 = twice.periods[0]
    words = twice.bottle_words(p1)
    assert words in ("magnesium 300 then 200 mg", "no supplement")
    on_mg = next(p for p in twice.periods if twice.on_magnesium(p) and p.start <= mid <= p.end)
    assert twice.bottle_words(on_mg) == "magnesium 300 then 200 mg"
    # A note this version did not write is passed over, not a stop to reading the rest.
    odd = replace(twice, amendments=(Amendment(LAST_DAY, "dose_mg: a lot"), *twice.amendments))
    assert odd.dose_on(PERIOD_1) == 300


def test_a_guess_waits_for_the_start() -> None:
    with refused("guess: the trial has not started: guess near its end"):
        blinded().guessed("A", START)
    assert blinded().started(START).guessed("a", PERIOD_2).guess == "A"


@pytest.mark.parametrize(
    ("typed", "stored"), [("GLYCINATE", "glycinate"), (" citrate ", "citrate"), ("Oxide", "oxide")]
)
def test_an_amended_form_is_one_the_plan_takes_spelt_as_listed(typed: str, stored: str) -> None:
    t = Trial(plan()).started(START)
    if stored == "glycinate":  # the form it has: nothing to amend
        with pytest.raises(ValidationError, match="already"):
            t.amended("form", typed, PERIOD_2, "")
        return
    assert t.amended("form", typed, PERIOD_2, "").plan.form == stored


def test_an_amended_form_not_on_the_list_is_refused() -> None:
    """A helper's report: `trial amend form "Zinc pills"` logged 'magnesium Zinc pills'."""
    with pytest.raises(ValidationError, match="'Zinc pills' is not a form; use one of: "):
        Trial(plan()).started(START).amended("form", "Zinc pills", PERIOD_2, "")
