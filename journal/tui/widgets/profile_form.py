"""The profile's fields, shared by the profile screen and first-run onboarding.

Shows the target the fields give, its basis and the supplement upper limit
as the person types, and a bad value's message under its field.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Grid, Horizontal, Vertical
from textual.widgets import Button, Checkbox, Input, Label, RadioSet, Select, Static

from journal.core.person.eras import MIN_TYPED_TARGET_MG, typed_target
from journal.core.person.profile import (
    CONDITIONS,
    CONDITIONS_FOOTER,
    SEX_LABELS,
    UNIT_LABELS,
    UNITS,
    Profile,
    condition_notes,
    supplement_limit,
    target,
)
from journal.core.validate import ValidationError
from journal.tui.widgets.toggles import Choice, Tick

# Which error line shows a ValidationError for each field of the profile.
ERROR_LINE = {
    "birth_year": "#born-error",
    "pregnant": "#pregnancy-error",
    "lactating": "#pregnancy-error",
    "target": "#target-error",
}
# How the target line names a field to fix or finish.
FIELD_NAME = {
    "birth_year": "birth year",
    "pregnant": "pregnancy",
    "lactating": "breastfeeding",
    "target": "custom target",
}
# The field each input holds: typing in it takes back Save's "no longer unfinished".
INPUT_FIELD = {"born": "birth_year", "custom-target": "target"}


class ProfileForm(Vertical):
    """Fields for a `Profile`; `read()` gives the profile or shows why it cannot."""

    DEFAULT_CSS = """
    ProfileForm { height: auto; }
    ProfileForm .row { height: auto; }
    ProfileForm .field-label { width: 15; padding: 0 1 0 0; text-style: bold; }
    ProfileForm Select { width: 28; }
    ProfileForm #born { width: 12; }
    ProfileForm #custom-target { width: 10; }
    ProfileForm #use-rda { margin-left: 2; min-width: 10; }
    ProfileForm Checkbox { margin-right: 2; }
    ProfileForm #conditions { grid-size: 2; grid-columns: 26 26; height: auto; width: 1fr; }
    ProfileForm RadioSet { border: none; padding: 0; layout: horizontal; width: auto; }
    ProfileForm RadioSet > RadioButton { width: auto; margin-right: 2; }
    ProfileForm .field-error { color: $text-error; padding: 0 0 0 15; height: auto; }
    ProfileForm .field-error { display: none; }
    ProfileForm #result { margin-top: 1; height: auto; }
    ProfileForm #notes { height: auto; color: $text-warning; }
    """

    def __init__(self, profile: Profile, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.profile = profile
        # The target as the form shows it on opening (see `_custom_target`).
        self._opened_with = (
            "" if profile.custom_target_mg is None else f"{profile.custom_target_mg:g}"
        )
        # Fields whose value Save refused: a "199" there is wrong now, not on its way.
        self._refused: set[str] = set()

    def compose(self) -> ComposeResult:
        p = self.profile
        with Horizontal(classes="row"):
            yield Label("Sex", classes="field-label")
            yield Select(
                [(label, key) for key, label in SEX_LABELS.items()],
                value=p.sex,
                allow_blank=False,
                compact=True,
                id="sex",
            )
        with Horizontal(classes="row"):
            yield Label("Birth year", classes="field-label")
            born = "" if p.birth_year is None else str(p.birth_year)
            # No length cap: a space typed first pushed the year's last digit out of four
            # (" 199"); the year's own check names whatever is wrong with it.
            yield Input(born, placeholder="e.g. 1990", compact=True, id="born")
        yield Static(classes="field-error", id="born-error")
        with Horizontal(classes="row"):
            yield Label("", classes="field-label")
            yield Tick("Pregnant", p.pregnant, compact=True, id="pregnant")
            yield Tick("Breastfeeding", p.lactating, compact=True, id="lactating")
        yield Static(classes="field-error", id="pregnancy-error")
        with Horizontal(classes="row"):
            yield Label("Conditions", classes="field-label")
            with Grid(id="conditions"):
                for key, (label, _note) in CONDITIONS.items():
                    yield Tick(label, key in p.conditions, compact=True, id=f"cond-{key}")
        with Horizontal(classes="row"):
            yield Label("Units", classes="field-label")
            with RadioSet(id="units"):
                for key in UNITS:
                    yield Choice(UNIT_LABELS[key], key == p.units, id=f"units-{key}")
        with Horizontal(classes="row"):
            yield Label("Custom target", classes="field-label")
            custom = "" if p.custom_target_mg is None else f"{p.custom_target_mg:g}"
            yield Input(custom, placeholder="RDA", compact=True, id="custom-target")
            yield Label(" mg a day")
            yield Button("Use RDA", id="use-rda", compact=True)
        yield Static(classes="field-error", id="target-error")
        yield Static(id="result")
        yield Static(id="notes")

    def on_mount(self) -> None:
        self._sync_pregnancy()
        self.preview()

    def read(self, *, typing: bool = False) -> Profile:
        """The profile the fields describe; raises ValidationError, each field's error
        shown at its field and the target line naming the one to fix (or finish) first.
        `typing`: a value on its way to a good one ("199") is not called wrong yet."""
        profile, errors = self._check()
        if not typing:
            self._refused = {e.field for e in errors}
        shown = [e for e in errors if e.field in self._refused or not self._unfinished(e)]
        self._show_errors(shown)
        if profile is None:
            first = (shown or errors)[0]
            name = FIELD_NAME.get(first.field, "field")
            words = f"fix the {name} marked above" if shown else f"finish the {name}"
            self.query_one("#result", Static).update(
                Text(f"Your target: {words} to see it.", "bold")
            )
            raise first
        return profile

    def _check(self) -> tuple[Profile | None, list[ValidationError]]:
        """The profile the fields give, or every field's error in the form's order: the
        target is checked apart, so its "5" never hides a birth year of 2030."""
        errors = []
        try:
            custom = self._custom_target()
        except ValidationError as exc:
            errors.append(exc)
            custom = self.profile.custom_target_mg
        units = self.query_one(RadioSet).pressed_button
        try:
            profile = self.profile.but(
                sex=str(self.query_one("#sex", Select).value),
                birth_year=self.query_one("#born", Input).value,
                pregnant=self.query_one("#pregnant", Checkbox).value,
                lactating=self.query_one("#lactating", Checkbox).value,
                conditions=tuple(
                    key for key in CONDITIONS if self.query_one(f"#cond-{key}", Checkbox).value
                ),
                units=(units.id or "").removeprefix("units-") if units else self.profile.units,
                custom_target_mg=custom,
            )
        except ValidationError as exc:
            errors.insert(0, exc)
            return None, errors
        return (None if errors else profile), errors

    def _unfinished(self, exc: ValidationError) -> bool:
        """True if the field is on its way to a good value, no mistake yet: "199" on the
        way to 1990, a target's "5" on the way to 50 or 500 (said when saved)."""
        if exc.field == "birth_year":
            born = self.query_one("#born", Input).value.strip()
            return born.isdigit() and len(born) < 4
        typed = self.query_one("#custom-target", Input).value.strip()
        return exc.field == "target" and typed.isdigit() and float(typed) < MIN_TYPED_TARGET_MG

    def _custom_target(self) -> float | None:
        typed = self.query_one("#custom-target", Input).value
        if typed.strip() == self._opened_with:
            # A target saved before the lowest bound (5): the profile still opens and
            # its other fields can be changed; only a newly typed one is held to it.
            return self.profile.custom_target_mg
        return typed_target(typed, rda="or leave it empty for the RDA")

    def changed(self) -> bool:
        """True if the fields say other than the profile the form opened with, and no
        error line says already that nothing was saved (Escape may then close at once)."""
        try:
            return self.read(typing=True) != self.profile
        except ValidationError:  # "199", not yet a year, shows no error
            lines = (self.query_one(line, Static) for line in set(ERROR_LINE.values()))
            return not any(line.display for line in lines)

    def _show_errors(self, errors: list[ValidationError]) -> None:
        # Shown and hidden by `display`: in Textual 8 `:empty` matches a Static whatever
        # its text, so a stylesheet rule on it would hide the message for good.
        for selector in set(ERROR_LINE.values()):
            line = self.query_one(selector, Static)
            line.update("")
            line.display = False
        for error in reversed(errors):  # the first one scrolled into view last
            line = self.query_one(ERROR_LINE.get(error.field, "#born-error"), Static)
            line.update(Text(error.message))
            line.display = True
            line.scroll_visible()

    def preview(self) -> None:
        """Show the target the fields give now, or, while a field is wrong, that it cannot."""
        try:
            profile = self.read(typing=True)
        except ValidationError:
            return  # the target line says which field it waits for
        goal = target(profile)
        ul = supplement_limit(profile)
        custom = " (custom)" if goal.is_custom else ""
        limit = (
            f"Supplements: at most {ul} mg a day from supplements and medicines "
            "(food has no limit)."
            if ul is not None
            else "Supplements: no upper limit is set for infants; ask a clinician."
        )
        # Advice for the person belongs here, not in the basis a doctor's page prints.
        hint = "" if profile.birth_year is not None else " Give your birth year for your age's."
        self.query_one("#result", Static).update(
            Text.assemble(
                ("Your target: ", "bold"),
                (f"{goal.mg:g} mg a day{custom}", "bold green"),
                f"\n{goal.basis}.{hint}\n{limit}",
            )
        )
        notes = condition_notes(profile)
        self.query_one("#notes", Static).update(
            Text("\n".join([*notes, CONDITIONS_FOOTER])) if notes else ""
        )

    def _sync_pregnancy(self) -> None:
        male = self.query_one("#sex", Select).value == "male"
        for box in (self.query_one("#pregnant", Checkbox), self.query_one("#lactating", Checkbox)):
            if male:
                box.value = False
            box.disabled = male

    def on_select_changed(self, event: Select.Changed) -> None:
        event.stop()
        self._sync_pregnancy()
        self.preview()

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._refused.discard(INPUT_FIELD.get(event.input.id or "", ""))
        self.preview()

    def on_checkbox_changed(self, event: Checkbox.Changed) -> None:
        event.stop()
        self.preview()

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        event.stop()
        self.preview()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "use-rda":
            event.stop()
            self.query_one("#custom-target", Input).value = ""
