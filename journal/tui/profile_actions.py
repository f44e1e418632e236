"""The person's profile in the app: their target, theme and keys, kept in step with the
file (the shell may change it while the app runs), and saved from the forms."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.theme import Theme

from journal.core.person.day_targets import DayTargets
from journal.core.person.profile import Profile, Target, supplement_limit, target
from journal.store.errors import StoreError
from journal.store.journal import Journal
from journal.store.kinds import load_kinds
from journal.store.profile import PROFILE_FILE, load_profile, save_profile
from journal.tui.app_base import AppBase

if TYPE_CHECKING:
    from journal.core.entries.undo import UndoStack


class ProfileActions(AppBase):
    """Mixed into the app: loading, applying and saving the profile."""

    journal: Journal
    profile: Profile
    mg_target: Target
    day_targets: DayTargets
    keymap: dict[str, str]
    _wanted_keys: dict[str, str] | None
    _profile_stamp: tuple[int, int] | None
    # Why the saved profile could not be read (None: read, or none saved): its target
    # is then unknown, and Today says so instead of showing the default as theirs.
    profile_error: str | None = None

    if TYPE_CHECKING:  # the app's, made at its first change

        @property
        def undo_stack(self) -> UndoStack: ...

    @property
    def target_mg(self) -> float:
        """The person's daily magnesium target from their profile (custom or RDA)."""
        return self.mg_target.mg

    def _stamp(self) -> tuple[int, int] | None:
        try:
            st = (self.journal.root / PROFILE_FILE).stat()
        except OSError:
            return None
        return (st.st_mtime_ns, st.st_ino)

    def _set_profile(self, profile: Profile) -> None:
        self.profile = profile
        self.mg_target = target(profile)
        self.day_targets = DayTargets(profile)
        self._profile_stamp = self._stamp()
        self.profile_error = None
        if profile.theme is not None and profile.theme != self.theme:
            if profile.theme in self.available_themes:
                self.theme = profile.theme
            else:
                self.say(
                    f"Theme '{profile.theme}' is not known; keeping {self.theme}",
                    severity="warning",
                )
        if profile.keymap != self._wanted_keys:
            self._apply_keymap(profile.keymap)
        self.refresh_today()

    def _apply_keymap(self, wanted: dict[str, str]) -> None:
        """Use the person's keys; clashing or unknown entries are named and ignored."""
        self._wanted_keys = dict(wanted)
        if not wanted and not self.keymap:
            return  # nothing asked, nothing to undo: the check and its modules can wait
        from journal.tui.keys import check

        try:
            kinds = load_kinds(self.journal)
        except StoreError:
            kinds = []  # Today says so when it binds the kinds' keys
        result = check(self, wanted, kinds)
        self.keymap = result.accepted
        self.set_keymap(result.accepted)
        if result.refused:
            self.say(
                "Keymap: " + "; ".join(result.refused),
                title="Keys not changed",
                severity="warning",
                timeout=10,
            )

    def _theme_chosen(self, theme: Theme) -> None:
        """Keep a theme chosen in the palette in the profile, so the next start uses it."""
        if theme.name != self.profile.theme and self.save_profile(
            self.profile.but(theme=theme.name), announce=False
        ):
            self.say(f"Theme: {theme.name}")

    def _load_profile(self) -> None:
        """Read the profile; one that cannot be read is said on Today, which stays open."""
        try:
            self._set_profile(load_profile(self.journal))
        except StoreError as exc:
            self._profile_stamp = self._stamp()
            self.profile_error = str(exc)
            self.refresh_today()

    def _reload_profile_if_changed(self) -> None:
        if self._stamp() != self._profile_stamp:
            self._load_profile()
            if self.profile_error is not None:  # a screen over Today may hide its line
                self.say(self.profile_error, title="Profile not read", severity="error")

    def save_profile(
        self,
        profile: Profile,
        *,
        announce: bool = True,
        base: Profile | None = None,
        record: bool = True,
    ) -> bool:
        """Store the profile and use its target everywhere at once; False (shown) on failure.

        `base`: the profile a form opened with (None: the app's own now); only what
        differs from it is applied, so a change another copy made meanwhile is kept.
        `record`: u takes the save back (the profile as it was before it).
        """
        before = self.profile
        settings_before = self.profile.settings
        facts_before = (self.profile.sex, self.profile.birth_year)
        try:
            profile = save_profile(self.journal, profile, base=base or self.profile)
        except StoreError as exc:
            self.say(str(exc), title="Not saved", severity="error", timeout=10)
            return False
        self._set_profile(profile)
        if record and profile != before:
            from journal.core.entries.undo import ProfileSave

            self.undo_stack.push(ProfileSave(before, profile))
        if announce:
            custom = " (custom)" if self.mg_target.is_custom else ""
            dated = ""
            if profile.settings != settings_before:
                dated = "; from today, earlier days keep theirs"
                # Sex and birth year are no settings of a time: every day's row changes.
                if (profile.sex, profile.birth_year) != facts_before:
                    dated += " (your sex and birth year count for every day)"
            self.say(f"Profile saved: target {self.mg_target.mg:g} mg a day{custom}{dated}")
        return True

    def undo_profile(self, before: Profile, after: Profile) -> None:
        """u after a profile save: the fields it changed as they were before it (a change
        another copy made meanwhile to another field stays)."""
        if before.theme is None and after.theme is not None:
            # No theme saved meant Textual's default: saved by name, so the screen turns
            # back to it too (an unset theme left the chosen one on screen).
            from textual.constants import DEFAULT_THEME

            before = before.but(theme=DEFAULT_THEME)
        if not self.save_profile(before, announce=False, base=after, record=False):
            return
        if before.but(theme=after.theme) == after:  # a theme chosen in the palette
            self.say(f"Undone: theme {after.theme} · back to {self.theme}")
            return
        custom = " (custom)" if self.mg_target.is_custom else ""
        self.say(f"Undone: profile saved · target {self.mg_target.mg:g} mg a day{custom}")

    @property
    def supplement_ul_mg(self) -> float | None:
        """Upper limit for supplemental magnesium at the person's age (None for infants)."""
        return supplement_limit(self.profile)
