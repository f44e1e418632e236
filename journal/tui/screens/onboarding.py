"""First run: a short welcome that asks for the fields the target needs, or lets you skip.

Shown whenever the app opens with no profile saved, entries or not: foods logged from
the shell or imported first set no target. Saving or skipping stores a profile marked
onboarded, so it never returns;
skipping keeps the default 310 mg target and says so.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Footer, Input, Static

from journal.core.person.profile import Profile, target
from journal.core.validate import ValidationError
from journal.tui.journal_app import AsJournalApp
from journal.tui.widgets.profile_form import ProfileForm

# Skipping keeps the profile nobody filled in: sex not given takes the higher adult figure.
SKIPPED_MG = target(Profile()).mg
WELCOME = (
    "Your daily magnesium target depends on your age and sex. Fill in what you like, "
    f"or skip (Escape): the target stays at {SKIPPED_MG:g} mg, the adult figure for men, "
    "so it is never set too low (women 310 mg). Change it any time with p."
)


class OnboardingScreen(Screen[None]):
    CSS_PATH = "onboarding.tcss"
    AUTO_FOCUS = "#sex"
    BINDINGS = [
        Binding("ctrl+s", "save", "Save"),
        Binding("escape", "skip", "Skip"),
        # The app's q quits; here it would throw the half-filled form away.
        Binding("q", "stay", "Stays here (Escape skips)", show=False),
    ]

    journal_app = AsJournalApp()
    _warned = False  # the first Escape with fields filled in only warns

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="onboarding"):
            yield Static("Welcome to Mg Journal", classes="panel-title")
            yield Static(WELCOME, id="welcome")
            yield ProfileForm(self.journal_app.profile, id="onboarding-form")
        # Outside the scrolling part: Save stays in view however long the form grows.
        with Horizontal(id="onboarding-buttons"):
            yield Button("Save and start", variant="primary", id="save", compact=True)
            yield Button("Skip", id="skip", compact=True)
        yield Footer()

    def action_save(self) -> None:
        try:
            profile = self.query_one(ProfileForm).read()
        except ValidationError:
            return  # the form shows the message at the field
        if self.journal_app.save_profile(profile.but(onboarded=True), record=False):
            self.dismiss()

    def action_stay(self) -> None:
        self.journal_app.say(
            "q does not quit the welcome: ctrl+s saves, Escape skips, ctrl+q quits anyway."
        )

    def action_skip(self) -> None:
        app = self.journal_app
        # Escape pressed from habit threw a typed birth year away: the first one says so.
        if not self._warned and self.query_one(ProfileForm).changed():
            self._warned = True
            app.say("Escape again skips without what you typed; ctrl+s saves it.")
            return
        if app.save_profile(app.profile.but(onboarded=True), announce=False, record=False):
            app.say(
                f"Skipped: your target stays at {SKIPPED_MG:g} mg a day, the higher adult "
                "figure. Press p to set your own."
            )
            self.dismiss()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "save":
            self.action_save()
        elif event.button.id == "skip":
            self._warned = True  # a click on the button is meant, not from habit
            self.action_skip()
