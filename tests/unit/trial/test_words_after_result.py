"""What the trial says once it has a result, in a washout, and when its rule is met:
the planning figure gone, the washout's end named, the way to stop named, commands as
code on the doctor's page, and the goalposts kept (`amend_refusal.py`). The example
trial (tests/unit/trial/example.py): period 1 runs 19 Jan - 8 Feb 2026, its washout to
28 Jan; period 2 from 9 Feb, its washout to 18 Feb."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from journal.core import validate as v
from journal.core.trial.amend_refusal import pairs_refusal
from journal.core.trial.analysis import Estimate, Result
from journal.core.trial.report import gather, render_html, render_text
from journal.core.trial.trial import Trial
from journal.core.trial.words import result_lines, today_line
from tests.unit.trial.example import LAST_DAY, PERIOD_1, PERIOD_2, START, TOKEN_B, plan


def _result(verdict: str, **kw: object) -> Result:
    args: dict[str, object] = {
        "run_in_rate": 9.0,
        "outcomes": [],
        "differences": [],
        "estimate": None,
        "verdict": verdict,
    }
    args.update(kw)
    return Result(**args)  # type: ignore[arg-type]


def _blinded() -> Trial:
    return Trial(plan(comparator="placebo", blinded=True), seal=TOKEN_B).started(START)


@pytest.mark.parametrize("sealed", [False, True])
def test_the_chance_of_the_plan_shows_only_before_the_first_result(sealed: bool) -> None:
    """Before: "At your run-in rate of 9.0 cramps a week, this plan finds..." stayed
    under the result once a pair had one, a planning figure beside the answer."""
    t = _blinded() if sealed else Trial(plan()).started(START)
    on = PERIOD_2 + timedelta(days=30)
    before = result_lines(t, _result("waiting"), on)
    assert before[1].startswith("At your run-in rate of 9.0 cramps a week, this plan finds")
    est = Estimate(1.8, 0.4, 3.1, 0.6, 1, 2)
    after = result_lines(t, _result("continue", differences=[1.5], estimate=est), on)
    assert after[0] == "Run-in: 9.0 cramps a week"
    assert not any("this plan finds" in line for line in after)


def test_the_washout_s_last_day_is_said_and_nothing_after_it() -> None:
    """Before: "Trial day 15 of 140 · period 1, magnesium 300 mg (...)" in the washout
    as after it: only the report's table said when the analysed days begin."""
    t = Trial(plan()).started(START)
    washout = "washout until 28 Jan (not analysed)"
    assert today_line(t, PERIOD_1) == (
        f"Trial day 15 of 140 · period 1, magnesium 300 mg, {washout} (dose not recorded yet)"
    )
    last = date(2026, 1, 28)
    assert washout in (today_line(t, last) or "")
    assert today_line(t, last + timedelta(days=1)) == (
        "Trial day 25 of 140 · period 1, magnesium 300 mg (dose not recorded yet)"
    )
    assert today_line(t, PERIOD_1 - timedelta(days=1)) == "Trial day 14 of 140 · run-in"
    assert "washout until 18 Feb" in (today_line(_blinded(), PERIOD_2) or "")
    assert "washout" not in (today_line(t, LAST_DAY) or "")


def test_a_sealed_rule_met_names_how_to_stop_where_it_shows() -> None:
    """Before: "The stopping rule is met: the trial can end." and not how."""
    est = Estimate(1.8, 0.4, 3.1, 0.95, 1, 2)
    met = _result("helps", differences=[2.0, 1.5], estimate=est)
    on = PERIOD_2 + timedelta(days=60)
    shell = result_lines(_blinded(), met, on)
    assert any(line.endswith("(to stop it: `mg-journal trial stop`).") for line in shell)
    screen = result_lines(_blinded(), met, on, ("g", "o"), "press x")
    assert any(line.endswith("the trial can end (to stop it: press x).") for line in screen)
    going = result_lines(_blinded(), _result("continue", differences=[2.0]), on)
    assert not any("to stop it" in line for line in going)


def test_the_doctor_s_page_shows_commands_as_code_and_the_terminal_as_typed() -> None:
    """Before: the HTML page read "`mg-journal trial stop`", backticks and all."""
    est = Estimate(1.8, 0.4, 3.1, 0.95, 1, 2)
    t = _blinded().noted(PERIOD_1, "note", "my `odd` reason")
    doc = gather(t, _result("helps", differences=[2.0, 1.5], estimate=est), PERIOD_2)
    page = render_html(doc)
    assert "(to stop it: <code>mg-journal trial stop</code>)" in page
    assert "(! in the app, <code>mg-journal done</code>)" in page
    assert "my `odd` reason" in page  # a person's backticks are theirs
    assert "<code>odd</code>" not in page
    assert "(to stop it: `mg-journal trial stop`)" in render_text(doc)


@pytest.mark.parametrize(
    ("verdict", "sealed", "said"),
    [
        ("helps", False, "the stopping rule is met (the benefit is likely), and it was fixed"),
        ("short", False, "the stopping rule is met (a benefit of that size is unlikely), and"),
        ("helps", True, "the stopping rule is met, and it was fixed before the start"),
        ("short", True, "the stopping rule is met, and it was fixed before the start"),
        ("unclear", False, None),
        ("continue", True, None),
        ("waiting", False, None),
    ],
)
def test_pairs_are_added_only_where_the_answer_is_not_given(
    verdict: str, sealed: bool, said: str | None
) -> None:
    refusal = pairs_refusal(verdict, sealed)
    assert refusal is None if said is None else (refusal or "").startswith(said)


def test_an_opened_seal_fixes_the_benefit_and_only_it() -> None:
    """Before: unsealed early, 'amend benefit 2' moved the goal after seeing the data."""
    on = PERIOD_2 + timedelta(days=30)
    sealed = _blinded()
    assert sealed.amended("benefit", "2", on, "").plan.benefit == 2  # sealed: may change
    opened = sealed.opened(on)
    with pytest.raises(v.ValidationError, match="the seal was opened on 11 Mar 2026: the "):
        opened.amended("benefit", "2", on, "")
    assert opened.amended("pairs", "4", on, "").plan.pairs == 4
    assert opened.amended("dose_mg", "200", on, "").plan.dose_mg == 200
