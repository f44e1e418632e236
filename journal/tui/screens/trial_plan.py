"""The trial plan form: what is tested, against what, and the design (defaults in plan.py).

Every field is checked by `Plan` itself, and a refused value is named beside its
field; nothing is stored until the whole plan is valid. Enter saves from any field
(space ticks the box and opens a list), Esc goes back.
With the person's symptoms a week now (optional, not stored), the form says how often
this design finds a real benefit and which design would reach 8 in 10 (`power.py`,
worked out in a thread: a few designs take a few tenths of a second).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Checkbox, Input, Label, Select, Static

from journal.core import clock
from journal.core.food.supplements import FORMS
from journal.core.trial import plan as defaults
from journal.core.trial.plan import Plan
from journal.core.validate import ValidationError
from journal.store import trial as store
from journal.store.errors import StoreError
from journal.tui.widgets.field_error import first_escape_warns
from journal.tui.widgets.toggles import Tick

if TYPE_CHECKING:
    from journal.tui.journal_app import JournalApp

# field id -> (label, default text, placeholder); `Plan` names its fields the same way in its errors
NUMBERS = {
    "dose": ("Elemental mg a day", "", "the label's figure, e.g. 300"),
    "run-in": ("Run-in days", str(defaults.DEFAULT_RUN_IN_DAYS), "14"),
    "pairs": ("Pairs of periods (3-4)", str(defaults.DEFAULT_PAIRS), "3"),
    "period": ("Days a period", str(defaults.DEFAULT_PERIOD_DAYS), "21"),
    "benefit": ("Fewer a week worth having", f"{defaults.DEFAULT_BENEFIT:g}", "1"),
    "seed": ("Seed of the order", "", "any whole number"),
    "rate": ("Cramps a week now", "", "if you know: how often it finds a benefit"),
}
DESIGN = ("run-in", "pairs", "period", "benefit", "rate")  # what the power line depends on


class PlanTick(Tick, inherit_bindings=False):
    """Space ticks; Enter saves the plan, as the hint says (it ticked the box)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("space", "toggle_button", "Tick", show=False)]


class PlanSelect(Select[str], inherit_bindings=False):
    """Space or an arrow opens the list; Enter saves the plan (it opened the list)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,space,up", "show_overlay", "Show menu", show=False)
    ]


def _whole(text: str, field: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise ValidationError(field, f"'{text}' is not a whole number") from None


def washout_line(period: str) -> str:
    """The outcome and the washout in days, as the plan will say them: "the first half"
    read as a guess beside a plan that says 10 of 21 days."""
    try:
        plan = Plan("glycinate", 1, 0, period_days=int(period))
    except (ValueError, ValidationError):
        return "Outcome: cramps a week. The first half of each period is washout, not analysed."
    return (
        f"Outcome: cramps a week. The first {plan.washout} days of each {plan.period_days}-day "
        "period are washout, not analysed."
    )


class TrialPlanScreen(ModalScreen[Plan | None]):
    CSS_PATH = "trial_plan.tcss"
    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("enter", "save", "Save", show=False),  # on the box or a list: a field's is its own
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="plan-dialog"):
            yield Static("Trial plan (fixed at the start)", classes="panel-title")
            with Horizontal(classes="plan-row"):
                yield Label("Supplement")
                yield PlanSelect(
                    ((f, f) for f in FORMS),
                    value="glycinate",
                    allow_blank=False,
                    compact=True,
                    id="plan-form",
                )
            with Horizontal(classes="plan-row"):
                yield Label("Against")
                yield PlanSelect(
                    (("no supplement", "none"), ("a placebo", "placebo")),
                    value="none",
                    allow_blank=False,
                    compact=True,
                    id="plan-against",
                )
            # Tick: the stock box draws X ticked or not, which without colour reads "yes".
            yield PlanTick("Blinded: a helper packs bottles A and B", id="plan-blind", compact=True)
            for key, (label, value, hint) in NUMBERS.items():
                if key == "seed":
                    value = str(defaults.default_seed())
                with Horizontal(classes="plan-row"):
                    yield Label(label)
                    yield Input(value, placeholder=hint, id=f"plan-{key}", compact=True)
                yield Static(id=f"plan-{key}-error", classes="error")
            yield Static(id="plan-power", classes="hint")
            yield Static(id="plan-error", classes="error")
            yield Static(id="escape-warning", classes="error")
            yield Static(washout_line(NUMBERS["period"][1]), id="plan-washout", classes="hint")
            yield Static("Enter saves · space ticks or opens a list · Esc back", classes="hint")

    def on_mount(self) -> None:
        self.query_one("#plan-dose", Input).focus()
        self._as_opened = self._fields()

    def _fields(self) -> list[object]:
        typed: list[object] = [i.value for i in self.query(Input)]
        typed += [s.value for s in self.query(Select)]
        return typed + [c.value for c in self.query(Checkbox)]

    def action_back(self) -> None:
        # A plan typed field by field was thrown away by one Escape pressed from habit.
        if first_escape_warns(self, self._fields() != self._as_opened):
            self.query_one("#escape-warning").scroll_visible()
            return
        self.dismiss(None)

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "plan-period":
            self.query_one("#plan-washout", Static).update(washout_line(event.value))
        if event.input.id and event.input.id.removeprefix("plan-") in DESIGN:
            self.show_power(self._design())

    def _design(self) -> tuple[Plan, float] | None:
        """The design as typed so far with the rate, or None while either is not valid."""
        try:
            rate = float(self._value("rate"))
            design = Plan(
                "glycinate",
                1,
                0,
                run_in_days=int(self._value("run-in")),
                pairs=int(self._value("pairs")),
                period_days=int(self._value("period")),
                benefit=float(self._value("benefit")),
            )
        except (ValueError, ValidationError):
            return None
        return (design, rate) if 0 < rate <= 1_000 else None

    @work(thread=True, exclusive=True, group="power")
    def show_power(self, design: tuple[Plan, float] | None) -> None:
        from textual.worker import get_current_worker

        from journal.core.trial.power import power_words

        line = None if design is None else power_words(*design)
        if not get_current_worker().is_cancelled:  # a newer design was typed meanwhile
            self.app.call_from_thread(self._set_power, line or "")

    def _set_power(self, line: str) -> None:
        if self.is_attached:  # not after the form was closed
            self.query_one("#plan-power", Static).update(Text(line))

    def _value(self, key: str) -> str:
        return self.query_one(f"#plan-{key}", Input).value

    def read(self) -> Plan:
        if self._value("rate").strip():  # optional, not stored: checked all the same
            try:
                fine = 0 < float(self._value("rate")) <= 1_000
            except ValueError:
                fine = False
            if not fine:
                raise ValidationError("rate", "your cramps a week now, above 0, or leave it empty")
        if not self._value("dose").strip():
            raise ValidationError("dose", "type the elemental mg a day (the label's figure)")
        against = str(self.query_one("#plan-against", Select).value)
        return Plan(
            form=str(self.query_one("#plan-form", Select).value),
            dose_mg=self._value("dose"),  # type: ignore[arg-type]  # checked by Plan
            seed=_whole(self._value("seed"), "seed"),
            comparator=against,
            blinded=self.query_one("#plan-blind", Checkbox).value,
            run_in_days=_whole(self._value("run-in"), "run-in"),
            pairs=_whole(self._value("pairs"), "pairs"),
            period_days=_whole(self._value("period"), "period"),
            benefit=self._value("benefit"),  # type: ignore[arg-type]
            created=clock.today(),
        )

    def action_save(self) -> None:
        self.on_input_submitted()

    def on_input_submitted(self) -> None:
        for error in self.query(".error"):
            cast(Static, error).update("")
            error.display = False
        try:
            plan = self.read()
        except ValidationError as exc:
            field = exc.field if exc.field in NUMBERS else ""
            target = f"#plan-{field}-error" if field else "#plan-error"
            shown = self.query_one(target, Static)
            shown.update(Text(exc.message if field else str(exc)))
            shown.display = True
            return
        app = cast("JournalApp", self.app)
        try:
            store.save_plan(app.journal, plan)
        except StoreError as exc:
            shown = self.query_one("#plan-error", Static)
            shown.update(Text(str(exc)))
            shown.display = True
            return
        app.hold_undo(
            "The trial plan was saved: n on the trial screen rewrites it. Nothing else was undone."
        )
        app.say(
            "Trial plan saved"
            + (
                ": print the packing sheet for your helper (mg-journal trial packing --helper)"
                if plan.blinded
                else ""
            )
        )
        self.dismiss(plan)
