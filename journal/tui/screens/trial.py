"""The trial: the plan as decided, the periods on a timeline with the outcome of each, the result.

Keys: n writes a plan (before the start), s starts it, g records the blinding
guess, o opens the seal, x stops the trial, r writes the report for a doctor
(HTML), Esc goes back. Only the keys that make sense now are offered; the others say
why when pressed (`trial_why_not`).
While sealed, only "bottle A / bottle B" shows and no outcome or result.
"""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Header, Static

from journal.core import clock
from journal.core.trial.trial import Trial
from journal.core.trial.words import CAVEAT, plan_lines, result_lines
from journal.store import trial as store
from journal.store.errors import StoreError
from journal.tui.journal_app import AsJournalApp
from journal.tui.screens.today_keys_elsewhere import TodayKeysElsewhere
from journal.tui.screens.trial_why_not import why_not
from journal.tui.widgets.trial_timeline import timeline

EARLY = "early, for another reason"  # the amendment reads "stopped (early, for another reason)"
# What u on Today says after each step, none of which it takes back: it undid the entry
# logged before the step instead.
STARTED = "The trial was started: a start cannot be undone. Nothing else was undone."
STOPPED = "The trial was stopped: a stop cannot be undone. Nothing else was undone."
UNSEALED = "The seal was opened: it cannot be closed again. Nothing else was undone."


class TrialScreen(TodayKeysElsewhere):
    CSS_PATH = "trial.tcss"
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back"),
        Binding("q", "app.pop_screen", "Back", show=False),  # as on the dashboard
        Binding("n", "plan", "New plan"),
        Binding("s", "start", "Start"),
        Binding("g", "guess", "Guess"),
        Binding("o", "unseal", "Unseal"),
        Binding("x", "stop", "Stop"),
        Binding("r", "report", "Report"),
    ]

    journal_app = AsJournalApp()

    def compose(self) -> ComposeResult:
        from journal.tui.widgets.keys_footer import KeysFooter

        yield Header()
        with VerticalScroll(id="trial"):
            yield Static(id="trial-status")
            yield Static("Plan", classes="panel-title")
            yield Static(id="trial-plan")
            yield Static("Periods", classes="panel-title")
            yield Static(id="trial-timeline")
            yield Static("Result", classes="panel-title")
            yield Static(id="trial-result")
        yield KeysFooter()

    def on_mount(self) -> None:
        from journal.tui.screens.day_turn import follow_the_date

        self.load()
        follow_the_date(self, self.load)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Only the steps that make sense now are offered (see `trial_why_not`)."""
        return why_not(action, getattr(self, "trial", None), clock.today()) is None

    def on_key(self, event: events.Key) -> None:
        """A trial key that does nothing now says why: its binding is off, so the key
        would otherwise pass without a word (it reaches the screen before the bindings)."""
        trial, today = getattr(self, "trial", None), clock.today()
        actions = [b.action for b in self.BINDINGS if isinstance(b, Binding) and b.key == event.key]
        why = next((w for a in actions if (w := why_not(a, trial, today))), None)
        if why is not None:
            event.stop()
            self.journal_app.say(why, severity="warning")

    def load(self) -> None:
        app, today = self.journal_app, clock.today()
        status = self.query_one("#trial-status", Static)
        try:
            trial = store.load_trial(app.journal)
            result = None if trial is None else store.trial_result(app.journal, trial, today)
        except StoreError as exc:
            status.update(Text(str(exc)))
            self._show_parts(False)
            return
        self.trial = trial
        self.refresh_bindings()
        self._show_parts(trial is not None and result is not None)
        if trial is None or result is None:
            status.update(
                Text(
                    "No trial yet. Press n to write a plan: magnesium against none "
                    "or a placebo, in pairs of periods in a random order."
                )
            )
            for part in ("#trial-plan", "#trial-timeline", "#trial-result"):
                self.query_one(part, Static).update("")
            return
        from journal.core.trial.words import today_line

        status.update(
            Text(
                today_line(trial, today)
                or (
                    "Not started: press s to start the run-in."
                    if trial.start is None
                    else "The trial is over."
                ),
                "bold",
            )
        )
        self.query_one("#trial-plan", Static).update(Text("\n".join(plan_lines(trial))))
        width = self.size.width or 80
        self.query_one("#trial-timeline", Static).update(timeline(trial, result, today, width))
        lines = result_lines(trial, result, today, ("g", "o"), "press x") if trial.start else []
        self.query_one("#trial-result", Static).update(Text("\n".join([*lines, CAVEAT])))

    def _show_parts(self, shown: bool) -> None:
        """Without a trial the headings Plan, Periods and Result stood over nothing."""
        for title in self.query(".panel-title"):
            title.display = shown

    def _change(self, how: object, done: str, held: str) -> None:
        """`held`: what u on Today says of this change, which it cannot take back."""
        try:
            store.update(self.journal_app.journal, how)  # type: ignore[arg-type]
        except (StoreError, ValueError) as exc:
            self.journal_app.say(str(exc), title="Not saved", severity="error", timeout=10)
            return
        self.journal_app.hold_undo(held)
        self.journal_app.say(done)
        self.load()
        self.journal_app.refresh_today()

    def action_plan(self) -> None:
        from journal.tui.screens.trial_plan import TrialPlanScreen

        why = why_not("plan", getattr(self, "trial", None), clock.today())
        if why is not None:  # reached past check_action: the trial started meanwhile
            self.journal_app.say(why, severity="warning")
            return
        self.app.push_screen(TrialPlanScreen(), lambda _: self.load())

    def action_start(self) -> None:
        # Asked, as stopping is: a start locks the plan, and nothing (not u) takes it back.
        from journal.tui.screens.choice import ChoiceScreen

        today = clock.today()

        def chosen(index: int | None) -> None:
            if index == 1:
                said = f"Trial started {today:%-d %b}: plan locked"
                self._change(lambda t: t.started(today), said, STARTED)

        # "No" first, as for a stop: s then Enter started the trial, locked for good.
        self.app.push_screen(
            ChoiceScreen(
                "Start the trial today? The run-in begins and the plan is locked for good.",
                [Text("No, not yet"), Text("Yes: start it today")],
                "Enter picks · Esc back",
            ),
            chosen,
        )

    def action_guess(self) -> None:
        from journal.tui.screens.choice import ChoiceScreen

        def chosen(index: int | None) -> None:
            if index is not None:
                bottle = "AB"[index]
                self._change(
                    lambda t: t.guessed(bottle, clock.today()),
                    f"Guess kept: bottle {bottle}",
                    f"Your guess (bottle {bottle}) was kept: g on the trial screen changes "
                    "it. Nothing else was undone.",
                )

        self.app.push_screen(
            ChoiceScreen(
                "Which bottle do you think held magnesium?",
                [Text("Bottle A"), Text("Bottle B")],
                "Enter picks · Esc back",
            ),
            chosen,
        )

    def action_unseal(self) -> None:
        from journal.tui.screens.choice import ChoiceScreen

        trial = getattr(self, "trial", None)
        guess = None if trial is None else trial.guess
        early = trial is not None and not trial.ended(clock.today()) and not self._rule_met(trial)
        yes = 1 if early else 0  # early, "No" comes first: Enter alone keeps the blind

        def chosen(index: int | None) -> None:
            if index != yes:
                return
            try:
                trial = store.unseal(self.journal_app.journal, clock.today())
            except (StoreError, ValueError) as exc:
                self.journal_app.say(str(exc), title="Not unsealed", severity="error")
                return
            self.journal_app.hold_undo(UNSEALED)
            self.journal_app.say(f"Unsealed: bottle {trial.magnesium_bottle()} held magnesium")
            self.load()
            self.journal_app.refresh_today()

        question = (
            "Open the seal? Record your guess (g) first."
            if guess is None
            else f"Open the seal? Your guess is recorded: bottle {guess}."
        )
        options = [Text("Yes, show which bottle held magnesium"), Text("No")]
        if early:
            question = (
                "The trial is still running and its stopping rule is not met: opening the "
                "seal now ends its blinding. Open it anyway?"
            )
            options = [Text("No, keep it sealed"), Text("Yes, open it and end the blinding")]
        self.app.push_screen(ChoiceScreen(question, options, "Enter picks · Esc back"), chosen)

    def action_stop(self) -> None:
        from journal.tui.screens.choice import ChoiceScreen

        trial = getattr(self, "trial", None)
        question = "Stop the trial today? It is kept as an amendment."
        if trial is not None and self._rule_met(trial):
            # Only a met rule is offered as the reason: the record must not claim one.
            shown = ["Yes: the stopping rule is met", "Yes: for another reason", "No"]
            reasons = {0: "the stopping rule is met", 1: EARLY}
        else:
            # Early, "No" comes first, as for the seal: nothing takes a stop back, and
            # x then Enter (a factor on Today) stopped a running trial.
            question = "Stop the trial today? Its stopping rule is not met; a stop is final."
            shown = ["No, keep it running", "Yes: stop it early"]
            reasons = {1: EARLY}

        def chosen(index: int | None) -> None:
            why = None if index is None else reasons.get(index)
            if why is not None:
                self._change(lambda t: t.stopped_on(clock.today(), why), "Trial stopped", STOPPED)

        self.app.push_screen(
            ChoiceScreen(question, [Text(line) for line in shown], "Enter picks · Esc back"),
            chosen,
        )

    def _rule_met(self, trial: Trial) -> bool:
        result = store.trial_result(self.journal_app.journal, trial, clock.today())
        return result.stop

    def action_report(self) -> None:
        from pathlib import Path

        from journal.core.trial import report
        from journal.store.export import write_report
        from journal.store.paths import free_name
        from journal.tui.file_actions import failure

        trial = getattr(self, "trial", None)
        if trial is None:
            return
        today = clock.today()
        result = store.trial_result(self.journal_app.journal, trial, today)
        path = Path(f"mg-journal-trial-{today.isoformat()}.html")
        try:
            path = free_name(path.absolute())  # fails too if the folder was removed
            write_report(path, report.render_html(report.gather(trial, result, today)))
        except (StoreError, OSError) as exc:
            said = failure(exc, path)
            self.journal_app.say(said, title="Not written", severity="error", timeout=10)
            return
        self.journal_app.say(f"Wrote the trial report to {path}")
