"""The symptom form's labels are bold, its choices are not, as on the other forms."""

from __future__ import annotations

from pathlib import Path

from journal.store.journal import Journal
from journal.tui.app import MgJournalApp
from tests.helpers import onboarded
from tests.waiting import until


def painted_bold(app: MgJournalApp) -> dict[str, bool]:
    """Each painted word of the screen and whether any cell of it is drawn bold."""
    bold: dict[str, bool] = {}
    for strip in app.screen._compositor.render_strips():
        cells = [
            (char, bool(segment.style and segment.style.bold))
            for segment in strip
            for char in segment.text
        ]
        word: list[tuple[str, bool]] = []
        for char, thick in [*cells, (" ", False)]:
            if char.strip():
                word.append((char, thick))
            elif word:
                text = "".join(c for c, _ in word)
                bold[text] = bold.get(text, False) or any(t for _, t in word)
                word = []
    return bold


async def test_only_the_labels_of_severity_and_place_are_bold(data_dir: Path) -> None:
    app = MgJournalApp(onboarded(Journal.open(data_dir)))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c")
        await until(pilot, lambda: "Severity" in painted_bold(app), "the symptom form")
        await pilot.press("3", "c")
        await pilot.pause()
        bold = painted_bold(app)
        assert bold["Severity"] and bold["Where"]
        for word in ["1", "2", "4", "5", "foot", "thigh", "eyelid", "other", "clears"]:
            assert not bold[word], word
