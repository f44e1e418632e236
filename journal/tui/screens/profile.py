"""The profile screen (key `p`): sex, age, pregnancy, conditions, units and a custom target.

Saving goes through the app, which stores the profile and updates Today at
once; the screen stays open with the message if the file cannot be written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.events import Resize
from textual.screen import ModalScreen
from textual.widgets import Button, Footer, Input, Static

from journal.core.person.profile import Profile
from journal.core.validate import ValidationError
from journal.tui.widgets.profile_form import ProfileForm

if TYPE_CHECKING:
    from journal.tui.journal_app import JournalApp


class ProfileScreen(ModalScreen[Profile | None]):
    """Dismisses with the saved profile, or None when cancelled."""

    CSS_PATH = "profile.tcss"
    AUTO_FOCUS = "#sex"
    BINDINGS = [
        Binding("ctrl+s", "save", "Save"),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self, profile: Profile) -> None:
        super().__init__()
        self.profile = profile
        self._warned = False  # the first Escape with changes only warns

    def compose(self) -> ComposeResult:
        with Vertical(id="profile-dialog"):
            with VerticalScroll(id="profile-fields"):
                yield Static("Your profile", classes="panel-title")
                yield Static(
                    "Your daily magnesium target comes from your age and sex; "
                    "conditions add a note but never change it.",
                    id="profile-intro",
                )
                yield ProfileForm(self.profile, id="profile-form")
            # Outside the scrolling part: Save stays in view on a short terminal.
            with Horizontal(id="profile-buttons"):
                yield Button("Save", variant="primary", id="save", compact=True)
                yield Button("Cancel", id="cancel", compact=True)
        yield Footer()

    def on_resize(self, event: Resize) -> None:
        # The fields scroll, the buttons stay: border 2, buttons 2, footer 1.
        self.query_one("#profile-fields").styles.max_height = max(4, event.size.height - 5)

    def action_save(self) -> None:
        try:
            profile = self.query_one(ProfileForm).read()
        except ValidationError:
            return  # the form shows the message at the field
        # Against the profile the form opened with: a field left alone keeps what
        # another copy saved meanwhile (the app reloads its own when that happens).
        if cast("JournalApp", self.app).save_profile(profile, base=self.profile):
            self.dismiss(profile)

    def action_cancel(self) -> None:
        # Escape pressed from habit threw the changes away: the first one says so.
        if not self._warned and self.query_one(ProfileForm).changed():
            self._warned = True
            self.notify("Escape again cancels your changes; ctrl+s saves them.", markup=False)
            return
        self.dismiss(None)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "save":
            self.action_save()
        elif event.button.id == "cancel":
            self._warned = True  # a click on the button is meant, not from habit
            self.action_cancel()
