"""A magnesium supplement: its form and the elemental mg per dose, or the salt's mass.

Labels usually state elemental magnesium; when only the salt's mass is known we
convert with the approximate fractions of FACTS.md (`supplements.ELEMENTAL_FRACTION`)
and say so. The Upper Limit applies to supplemental magnesium only, not to food.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Select, Static

from journal.core import clock
from journal.core.entries.kinds import entry_time
from journal.core.entries.models import SupplementEntry
from journal.core.food.supplements import ELEMENTAL_FRACTION, FORMS, elemental_mg, far_above
from journal.core.validate import ValidationError, amount
from journal.tui.widgets.field_error import first_escape_warns


def conversion_note(form: str, salt_mg: float, mg: float) -> str:
    """`1,430 mg magnesium glycinate ≈ 200 mg elemental (14%, approximate)`."""
    share = ELEMENTAL_FRACTION[form] or 0.0
    return (
        f"{salt_mg:,.0f} mg magnesium {form} ≈ {mg:,.0f} mg elemental "
        f"({share * 100:.3g}%, approximate)"
    )


def read_supplement(form: str, mg_text: str, salt_text: str) -> tuple[float, float | None]:
    """(elemental mg, salt mg or None) from the fields; ValidationError names the field."""
    if salt_text.strip():
        if mg_text.strip():
            raise ValidationError("salt", "give the elemental mg or the salt's mass, not both")
        salt = amount(salt_text, "salt", maximum=100_000)
        try:
            return elemental_mg(form, salt), salt
        except ValueError as exc:
            raise ValidationError("salt", str(exc)) from None
    if not mg_text.strip():
        raise ValidationError("magnesium", "type the elemental mg per dose (the label's figure)")
    return amount(mg_text, "magnesium", maximum=5_000), None


class SupplementScreen(ModalScreen[SupplementEntry | None]):
    CSS_PATH = "supplement.tcss"
    BINDINGS = [Binding("escape", "back", "Back")]

    def __init__(self, day: date, ul_mg: float | None, old: SupplementEntry | None = None) -> None:
        super().__init__()
        self.day, self.ul_mg, self.old = day, ul_mg, old
        self.opened = clock.now()  # midnight may pass while it is open: see entry_time
        self.asked: float | None = None  # the dose far above the limit already asked about

    def compose(self) -> ComposeResult:
        old = self.old
        form = old.form if old and old.form in FORMS else "citrate"
        mg = "" if old is None or old.salt_mg else f"{old.mg:g}"
        salt = f"{old.salt_mg:g}" if old and old.salt_mg else ""
        with Vertical(id="supplement-dialog"):
            yield Static("Magnesium supplement", classes="panel-title")
            yield Select(((f, f) for f in FORMS), value=form, allow_blank=False, id="supp-form")
            yield Input(mg, placeholder="elemental mg per dose, as on the label", id="supp-mg")
            yield Static(id="supp-mg-error", classes="error")
            yield Input(salt, placeholder="or: the salt's mass in mg", id="supp-salt")
            yield Static(id="supp-salt-error", classes="error")
            yield Static(id="supp-preview")
            yield Static(id="escape-warning", classes="error")
            ul = f"{self.ul_mg:,.0f} mg a day" if self.ul_mg else "none set"
            yield Static(
                f"Upper limit for supplemental magnesium: {ul} (food magnesium has none).",
                classes="hint",
            )
            yield Static("Enter logs · Esc back", classes="hint")

    def on_mount(self) -> None:
        self.query_one("#supp-mg", Input).focus()
        self._update(quiet=True)
        self.query_one("#escape-warning").display = False
        self._as_opened = self._fields()

    def _fields(self) -> tuple[object, ...]:
        return (self.query_one(Select).value, *(i.value for i in self.query(Input)))

    def action_back(self) -> None:
        # A dose typed was thrown away by one Escape pressed from habit.
        if not first_escape_warns(self, self._fields() != self._as_opened):
            self.dismiss(None)

    def on_input_changed(self) -> None:
        self._update(quiet=True)

    def on_select_changed(self) -> None:
        self._update(quiet=True)
        self.query_one("#supp-mg", Input).focus()  # the form chosen, Enter logs

    def _update(self, quiet: bool = False) -> SupplementEntry | None:
        """Preview the entry; ``quiet`` keeps "type something" to itself while nothing is typed."""
        form = str(self.query_one(Select).value)
        mg_text = self.query_one("#supp-mg", Input).value
        salt_text = self.query_one("#supp-salt", Input).value
        errors = {"magnesium": "#supp-mg-error", "salt": "#supp-salt-error"}
        for target in errors.values():
            self.query_one(target, Static).update("")
        preview = self.query_one("#supp-preview", Static)
        try:
            mg, salt = read_supplement(form, mg_text, salt_text)
            if self.old is None:
                at = entry_time(self.day, self.opened)
                entry = SupplementEntry(self.day, at, form, round(mg, 1), salt)
            else:
                entry = dataclasses.replace(self.old, form=form, mg=round(mg, 1), salt_mg=salt)
        except ValidationError as exc:
            preview.update("")
            if not (quiet and not (mg_text.strip() or salt_text.strip())):
                target = errors.get(exc.field, "#supp-mg-error")
                self.query_one(target, Static).update(Text(exc.message))
            return None
        if salt is None:
            preview.update(Text(f"{mg:,.0f} mg elemental magnesium ({form})", "bold"))
        else:
            preview.update(Text(conversion_note(form, salt, mg), "bold"))
        return entry

    def on_input_submitted(self) -> None:
        entry = self._update()
        if entry is None:
            return
        what = far_above(entry.mg, self.ul_mg)
        if what is not None and self.asked != entry.mg:
            # Asked once at the field, as the shell asks: Enter again stores it as given.
            self.asked = entry.mg
            salt = " If that is the salt's mass, clear it and type it below."
            advice = "" if entry.salt_mg else salt
            field = "#supp-salt-error" if entry.salt_mg else "#supp-mg-error"
            self.query_one(field, Static).update(
                Text(f"{what}.{advice} Enter again stores it as given.")
            )
            return
        self.dismiss(entry)
