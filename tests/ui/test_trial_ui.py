"""A blinded trial walked through in the app: plan, start, doses, guess, unseal, result."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

from textual.widgets import Checkbox, Input, Select, Static

from journal.core import clock
from journal.store.journal import Journal
from journal.tui.app import MgJournalApp
from journal.tui.screens.today import TodayScreen
from journal.tui.screens.trial import TrialScreen
from journal.tui.screens.trial_plan import TrialPlanScreen
from tests.helpers import onboarded, symptom
from tests.ui.painted import painted, told

START = date(2026, 9, 1)


def _text(app: MgJournalApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


async def _open_trial(pilot, app: MgJournalApp) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("ctrl+p")
    await pilot.press(*"open the trial")
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(app.screen, TrialScreen)


async def test_a_blinded_trial_from_plan_to_result(data_dir: Path) -> None:
    clock.set_now(datetime(2026, 9, 1, 8, 0))
    journal = onboarded(Journal.open(data_dir))
    app = MgJournalApp(journal)
    async with app.run_test(size=(100, 40)) as pilot:
        await _open_trial(pilot, app)
        assert "No trial yet" in _text(app, "#trial-status")
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, TrialPlanScreen)
        # A bad value is named at its field and nothing is stored
        await pilot.press("enter")
        assert "elemental mg" in _text(app, "#plan-dose-error")
        assert not (data_dir / "trial.json").exists()
        app.screen.query_one("#plan-against", Select).value = "placebo"
        await pilot.click("#plan-blind")
        assert app.screen.query_one("#plan-blind", Checkbox).value
        app.screen.query_one("#plan-dose", Input).focus()
        await pilot.press(*"300", "enter")
        await pilot.pause()
        assert isinstance(app.screen, TrialScreen)
        assert "against a placebo, blinded" in _text(app, "#trial-plan")
        await pilot.press("s", "2")  # asked first: a start locks the plan
        await pilot.pause()
        assert "Started 1 Sep 2026" in _text(app, "#trial-plan")
        await pilot.press("escape")

        # Day 23: Today shows the trial day; b then 1 records the dose as taken
        clock.set_now(datetime(2026, 9, 23, 8, 0))
        today = app.screen
        assert isinstance(today, TodayScreen)
        today.shown = clock.today()
        await pilot.pause()
        line = _text(app, "#trial-line")
        assert line.startswith("Trial day 23 of 140 · period 1, bottle ")
        await pilot.press("b")
        await pilot.pause()
        await pilot.press("1")
        await pilot.pause()
        assert "(dose taken)" in _text(app, "#trial-line")
        assert journal.day(clock.today()).supplement_mg == 300  # counts toward intake
        doc = json.loads((data_dir / "trial.json").read_text())["trial"]["1"]
        assert doc["doses"]["2026-09-23"]["state"] == "taken"

        # Weeks of cramps, fewer on magnesium; then the end of the trial
        trial = app.screen.trial  # type: ignore[attr-defined]
        for p in trial.periods:
            per_day = 1 if trial.on_magnesium(p) else 2
            for n in range(10, 21, 2):
                for _ in range(per_day):
                    journal.add(symptom(p.start + timedelta(days=n)))
        clock.set_now(datetime(2027, 1, 20, 8, 0))
        await _open_trial(pilot, app)
        result = _text(app, "#trial-result")
        assert (
            "Sealed: the trial is over. To see its result, record your guess (g), then open "
            "the seal (o)." in result
        )
        assert "In your trial" not in result
        await pilot.press("g")
        await pilot.pause()
        await pilot.press("1")  # bottle A
        await pilot.pause()
        result = _text(app, "#trial-result")
        assert "Sealed: the trial is over. To see its result, open the seal (o)." in result
        await pilot.press("o")
        await pilot.pause()
        await pilot.press("1")  # yes, unseal
        await pilot.pause()
        result = _text(app, "#trial-result")
        assert "In your trial, cramps were " in result
        assert "a week lower on magnesium (90% interval" in result
        assert "you guessed bottle A held magnesium; it was bottle" in result
        doc = json.loads((data_dir / "trial.json").read_text())["trial"]["1"]
        assert doc["guess"] == "A" and doc["unsealed"] == "2027-01-20"
        whats = [a["what"] for a in doc["amendments"]]
        assert whats == ["guess: bottle A held magnesium", "unsealed at the end"]


async def _sealed_screens(root: Path, token: str) -> list[str]:
    from journal.store import trial as store

    clock.set_now(datetime(2026, 11, 10, 8, 0))
    journal = onboarded(Journal.open(root))
    store.save_plan(journal, _blind_plan())
    store.update(journal, lambda t: type(t)(t.plan, token).started(START))
    for n in range(0, 60, 3):
        journal.add(symptom(START + timedelta(days=14 + n)))
    store.record_dose(journal, date(2026, 11, 10), "taken", clock.current_time())
    app = MgJournalApp(journal)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        shown = [_text(app, "#trial-line"), _text(app, "#mg-bar")]
        await _open_trial(pilot, app)
        shown += [_text(app, f"#trial-{part}") for part in ("status", "plan", "timeline", "result")]
    return shown


def _blind_plan():  # type: ignore[no-untyped-def]
    from journal.core.trial.plan import Plan

    return Plan("glycinate", 300, 5, "placebo", True, created=START)


async def test_a_sealed_allocation_never_reaches_the_screen(tmp_path: Path) -> None:
    from journal.core.trial.seal import magnesium_bottle

    tokens = [f"{i:032x}" for i in range(40)]
    a = next(t for t in tokens if magnesium_bottle(t) == "A")
    b = next(t for t in tokens if magnesium_bottle(t) == "B")
    one = await _sealed_screens(tmp_path / "a", a)
    two = await _sealed_screens(tmp_path / "b", b)
    assert one == two
    assert "bottle" in one[0] and "300" in one[1]  # the dose counts, whichever bottle


async def test_the_dashboard_says_when_a_trial_is_running(data_dir: Path) -> None:
    from journal.store import trial as store
    from journal.tui.screens.dashboard import DashboardScreen

    clock.set_now(datetime(2026, 9, 23, 8, 0))
    journal = onboarded(Journal.open(data_dir))
    app = MgJournalApp(journal)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)
        assert not app.screen.query_one("#dash-trial", Static).display
        await pilot.press("escape")
        store.save_plan(journal, _blind_plan())
        store.update(journal, lambda t: t.started(START))
        await pilot.press("d")
        await pilot.pause()
        note = app.screen.query_one("#dash-trial", Static)
        assert note.display
        assert str(note.render()).startswith("A personal trial is running (day 23 of 140)")


async def test_the_plan_form_and_the_trial_screen_say_how_often_it_finds_a_benefit(
    data_dir: Path,
) -> None:
    from journal.core.trial.plan import Plan
    from journal.core.trial.power import power_line

    clock.set_now(datetime(2026, 9, 1, 8, 0))
    journal = onboarded(Journal.open(data_dir))
    app = MgJournalApp(journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_trial(pilot, app)
        await pilot.press("n")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, TrialPlanScreen)
        assert _text(app, "#plan-power") == ""
        form.query_one("#plan-rate", Input).focus()
        await pilot.press(*"4.1")
        await app.workers.wait_for_complete()
        await pilot.pause()
        design = Plan("glycinate", 1, 0, created=START)
        want = power_line(design, 4.1, "expected rate")
        assert want is not None and "this plan finds a real drop of 2 a week in about" in want
        assert _text(app, "#plan-power").split() == want.split()  # as wrapped on screen
        # a longer period changes the answer; a rate that is not a number takes it away
        form.query_one("#plan-period", Input).value = "42"
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        longer = power_line(Plan("glycinate", 1, 0, period_days=42), 4.1, "expected rate")
        assert longer is not None and _text(app, "#plan-power").split() == longer.split()
        form.query_one("#plan-period", Input).value = "21"
        form.query_one("#plan-rate", Input).value = "lots"
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert _text(app, "#plan-power") == ""
        form.query_one("#plan-dose", Input).value = "300"
        form.query_one("#plan-dose", Input).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert "cramps a week now" in _text(app, "#plan-rate-error")
        assert not (data_dir / "trial.json").exists()  # nothing stored
        form.query_one("#plan-rate", Input).value = ""
        form.query_one("#plan-dose", Input).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, TrialScreen)  # the rate is optional
        await pilot.press("s", "2")
        await pilot.pause()
        # after the run-in, 12 cramps in 14 days logged: the chance at the person's own rate
        for n in range(12):
            journal.add(symptom(START + timedelta(days=n)))
        for n in (12, 13):  # no cramp, and said so
            journal.set_complete(START + timedelta(days=n), True)
        clock.set_now(datetime(2026, 9, 20, 8, 0))
        await pilot.press("escape")
        await _open_trial(pilot, app)
        trial = app.screen.trial  # type: ignore[attr-defined]
        line = power_line(trial.plan, 6.0)
        assert line is not None and line.startswith("At your run-in rate of 6.0 cramps a week")
        assert " ".join(line.split()) in " ".join(_text(app, "#trial-result").split())


async def test_q_on_the_trial_screen_goes_back_as_on_the_dashboard(data_dir: Path) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=(100, 40)) as pilot:
        await _open_trial(pilot, app)
        await pilot.press("q")
        await pilot.pause()
        assert app.is_running and not isinstance(app.screen, TrialScreen)  # back, not quit


async def test_stopping_on_run_in_day_1_cannot_claim_the_stopping_rule(data_dir: Path) -> None:
    """The rule is not met on the first day, so it is not offered as the reason: the
    doctor's page must not say "stopped (the stopping rule is met)"."""
    from textual.widgets import OptionList

    from journal.core.trial.plan import Plan
    from journal.core.trial.words import plan_lines
    from journal.store.trial import load_trial, save_plan, update

    journal = onboarded(Journal.open(data_dir))
    today = clock.today()
    save_plan(journal, Plan("glycinate", 300, seed=3, created=today))
    update(journal, lambda t: t.started(today))
    app = MgJournalApp(journal)
    async with app.run_test(size=(100, 40)) as pilot:
        await _open_trial(pilot, app)
        await pilot.press("x")
        await pilot.pause()
        options = app.screen.query_one(OptionList)
        shown = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        # Before: "1 Yes: stop it early" first, and x Enter (a factor, on Today) ended
        # the running trial for good.
        assert shown == ["1 No, keep it running", "2 Yes: stop it early"]
        await pilot.press("enter")
        await pilot.pause()
        assert load_trial(Journal.open(data_dir)).stopped is None  # type: ignore[union-attr]
        await pilot.press("x", "2")
        await pilot.pause()
        shown_plan = str(app.screen.query_one("#trial-plan", Static).render())
    trial = load_trial(Journal.open(data_dir))
    assert trial is not None and trial.stopped == today
    assert plan_lines(trial)[-1] in shown_plan
    assert plan_lines(trial)[-1] == (
        f"Amended {today:%-d %b %Y}: stopped (early, for another reason)"
    )  # before: "stopped (stopped early for another reason)"


async def test_the_blinded_box_is_blank_until_ticked(data_dir: Path) -> None:
    """The stock box drew "X" either way: without colour, 'blinded' read as chosen."""
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=(100, 40)) as pilot:
        await _open_trial(pilot, app)
        await pilot.press("n")
        await pilot.pause()
        box = app.screen.query_one("#plan-blind", Checkbox)
        assert not box.value and "▐ ▌" in str(box.render())
        box.value = True
        await pilot.pause()
        assert "▐X▌" in str(box.render())


def _running_blinded(data_dir: Path) -> Journal:
    from journal.core.trial.plan import Plan
    from journal.store.trial import save_plan, update

    journal = onboarded(Journal.open(data_dir))
    begun = clock.today() - timedelta(days=30)
    save_plan(journal, Plan("glycinate", 300, 3, "placebo", blinded=True, created=begun))
    update(journal, lambda t: t.started(begun))
    return journal


async def test_enter_alone_keeps_the_seal_of_a_running_trial(data_dir: Path) -> None:
    """A helper's report: mid-trial, `o Enter` broke the blind at once ("Yes" first)."""
    from textual.widgets import OptionList

    from journal.store.trial import load_trial

    journal = _running_blinded(data_dir)
    app = MgJournalApp(journal)
    async with app.run_test(size=(100, 40)) as pilot:
        await _open_trial(pilot, app)
        await pilot.press("o")
        await pilot.pause()
        options = app.screen.query_one(OptionList)
        shown = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert shown == ["1 No, keep it sealed", "2 Yes, open it and end the blinding"]
        assert "its stopping rule is not met" in painted(app)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, TrialScreen)
        assert load_trial(journal).sealed  # type: ignore[union-attr]
        # "New plan" is not offered while the plan is locked
        assert "New plan" not in painted(app)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, TrialScreen)
        await pilot.press("o", "2")
        await pilot.pause()
        assert not load_trial(journal).sealed  # type: ignore[union-attr]


async def test_todays_dose_key_is_named_and_its_entry_changes_only_with_the_dose(
    data_dir: Path,
) -> None:
    """A helper's report: b was nowhere on screen, and deleting the dose's entry left the
    trial saying 'dose taken'."""
    from textual.widgets import DataTable

    from journal.store.trial import load_trial

    journal = _running_blinded(data_dir)
    app = MgJournalApp(journal)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        assert _text(app, "#trial-line").endswith("bottle A (dose not recorded: press b)")
        await pilot.press("b", "1")
        await pilot.pause()
        [dose] = journal.day(clock.today()).supplements
        table = app.screen.query_one("#foods", DataTable)
        table.focus()
        await pilot.press("delete")
        await pilot.pause()
        assert any("is the trial's dose of" in said for said in told(app))
        assert journal.day(clock.today()).supplements == [dose]  # still on disk
        assert load_trial(journal).doses[clock.today()].state == "taken"  # type: ignore[union-attr]


async def test_b_on_the_stop_day_records_no_dose_and_says_why(data_dir: Path) -> None:
    """A reviewer's report: the line said stopped today, yet b took a dose (300 mg)."""
    from journal.store.trial import load_trial, update

    journal = _running_blinded(data_dir)
    update(journal, lambda t: t.stopped_on(clock.today(), "travel"))
    app = MgJournalApp(journal)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        assert _text(app, "#trial-line").endswith("bottle A (stopped today)")
        await pilot.press("b", "1")
        await pilot.pause()
        assert isinstance(app.screen, TodayScreen)  # nothing asked
        stopped = f"The trial was stopped on {clock.today():%-d %b %Y}, so it takes no dose"
        assert any(said.startswith(stopped) for said in told(app))
    assert journal.day(clock.today()).supplements == []
    assert load_trial(journal).doses == {}  # type: ignore[union-attr]


def test_the_timelines_legend_names_the_bottles_once_unsealed() -> None:
    """A helper's report: after unsealing, the legend still said 'A, B: the bottles'."""
    from journal.core.trial.analysis import analyse
    from journal.core.trial.plan import Plan
    from journal.core.trial.seal import magnesium_bottle
    from journal.core.trial.trial import Trial
    from journal.tui.widgets.trial_timeline import timeline

    token = "0" * 32
    plan = Plan("glycinate", 300, 3, "placebo", blinded=True, created=START)
    sealed = Trial(plan, token).started(START)
    end = START + timedelta(days=plan.total_days)
    legend = str(timeline(sealed, analyse(sealed, {}, end), end, 80)).splitlines()[-1]
    assert legend.startswith("A, B: the bottles;")
    opened = sealed.opened(end)
    mg = magnesium_bottle(token)
    legend = str(timeline(opened, analyse(opened, {}, end), end, 80)).splitlines()[-1]
    assert legend.startswith(f"{mg}: magnesium, {'AB'.replace(mg, '')}: placebo;")
