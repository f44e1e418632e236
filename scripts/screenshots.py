"""Screenshots of the real app, driven by the pilot on a journal with a pinned clock.

    python scripts/screenshots.py [--out screenshots]

Writes one SVG per screen, and a PNG copy of each when `rsvg-convert`
(Debian's librsvg2-bin) is on the PATH. `SHOTS` lists the screens; a test
renders every one of them, so a screen that breaks fails the suite.
"""

from __future__ import annotations

import argparse
import asyncio
import html
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from journal.core import clock
from journal.core.entries.models import SymptomEntry
from journal.core.person.profile import Profile
from journal.core.trial.plan import Plan
from journal.store.demo import build_demo_journal
from journal.store.journal import Journal
from journal.store.profile import save_profile
from journal.store.trial import record_dose, save_plan, update
from journal.tui.app import MgJournalApp

NOW = datetime(2026, 11, 25, 20, 30)


@dataclass(frozen=True)
class Shot:
    name: str
    keys: tuple[str, ...] = ()
    size: tuple[int, int] = (100, 32)
    settle: Callable[[MgJournalApp], Awaitable[None]] | None = None
    prepare: Callable[[Journal], None] | None = None  # more in the journal before the app opens
    # Phrases the screen must show; the test reads them from the SVG's visible lines.
    shows: tuple[str, ...] = ()


async def foods_loaded(app: MgJournalApp) -> None:
    while app.foods is None:
        await asyncio.sleep(0.05)


async def workers_done(app: MgJournalApp) -> None:
    await app.workers.wait_for_complete()


def running_trial(journal: Journal) -> None:
    """A blinded trial on its 23rd day, today's dose not yet recorded."""
    started = NOW.date() - timedelta(days=22)
    plan = Plan("glycinate", 300, seed=42, comparator="placebo", blinded=True, created=started)
    save_plan(journal, plan)
    update(journal, lambda t: t.started(started))


def finished_trial(journal: Journal) -> None:
    """An unblinded trial of 3 pairs of 2-week periods, over before today, doses taken."""
    start = NOW.date() - timedelta(days=105)
    plan = Plan("glycinate", 300, seed=7, period_days=14, created=start)
    save_plan(journal, plan)
    trial = update(journal, lambda t: t.started(start))
    for p in trial.periods:
        if trial.takes_dose(p.start):
            for n in range(0, plan.period_days, 1):
                day = p.start + timedelta(days=n)
                record_dose(journal, day, "taken" if n != 5 else "missed", time(8, 0))
        per_day = 0 if trial.on_magnesium(p) else 1
        for n in range(plan.washout, plan.period_days, 3 - (p.number % 2)):
            for _ in range(per_day + (n % 4 == 0)):
                journal.add(SymptomEntry(p.start + timedelta(days=n), time(6, 30), "cramp", 3))


OPEN_TRIAL = ("ctrl+p", *"open the trial", "enter")


SHOTS = [
    Shot("today", shows=("Wednesday 25 November 2026", "Foods and supplements", "Cramp")),
    Shot("today-small", size=(80, 24), shows=("Wednesday 25 November 2026", "Magnesium")),
    Shot(
        "food-search",
        keys=("f", *"almonds"),
        settle=foods_loaded,
        shows=("Log food", "almonds", "Nuts, almonds"),
    ),
    Shot(
        "portion",
        keys=("f", *"almonds", "enter"),
        settle=foods_loaded,
        shows=("Nuts, almonds", "per 100 g: 268 mg magnesium", "1 oz = 28 g"),
    ),
    Shot("symptom-form", keys=("c", "3", "c"), shows=("cramp", "Severity", "Where")),
    Shot(
        "dashboard",
        keys=("d", "3"),
        size=(160, 50),
        settle=workers_done,
        shows=("last 365 days", "Intake", "t: the full tables"),
    ),
    Shot(
        "dashboard-small",
        keys=("d",),
        size=(80, 24),
        settle=workers_done,
        shows=("last 90 days", "Found: "),
    ),
    Shot("profile", keys=("p",), shows=("Your profile", "Your target: 320 mg a day")),
    Shot("help", keys=("question_mark",), size=(120, 40), shows=("Help", "Cramp", "Next day")),
    Shot(
        "food-search-egg",  # eggs as eaten first
        keys=("f", *"egg"),
        settle=foods_loaded,
        shows=("Egg, whole, cooked",),
    ),
    Shot(
        "trial-plan",
        keys=(*OPEN_TRIAL, "n", *"300"),
        size=(80, 24),
        shows=("Trial plan (fixed at the start)", "Elemental mg a day"),
    ),
    Shot("trial-today", size=(80, 24), prepare=running_trial, shows=("Trial day 23",)),
    Shot(
        "trial-result",
        keys=OPEN_TRIAL,
        size=(80, 34),
        prepare=finished_trial,
        shows=("The trial is over.", "probability of at least 1 fewer a week"),
    ),
]


SVG_TEXT = re.compile(r'<text[^>]*\bx="([\d.]+)"[^>]*\by="([\d.]+)"[^>]*>(.*?)</text>', re.S)


def svg_lines(svg: str) -> list[str]:
    """The text a person sees in a Textual SVG screenshot, one string per screen row."""
    rows: dict[float, list[tuple[float, str]]] = {}
    for m in re.finditer(
        r'<text[^>]*\bx="([\d.]+)"[^>]*\by="([\d.]+)"[^>]*>(.*?)</text>', svg, re.S
    ):
        text = html.unescape(m[3]).replace("\xa0", " ")
        rows.setdefault(float(m[2]), []).append((float(m[1]), text))
    return ["".join(text for _, text in sorted(spans)) for _, spans in sorted(rows.items())]


def fill(root: Path) -> Journal:
    """The journal the screenshots show: the 120-day demo, with a profile."""
    journal = build_demo_journal(root, 120)
    save_profile(journal, Profile(sex="female", birth_year=1988, onboarded=True))
    return journal


async def take(shot: Shot, root: Path, out: Path) -> Path:
    journal = fill(root / shot.name)
    if shot.prepare is not None:
        shot.prepare(journal)
    app = MgJournalApp(journal)
    async with app.run_test(size=shot.size) as pilot:
        await pilot.pause()
        keys = list(shot.keys)
        if keys and shot.settle is foods_loaded:
            await pilot.press(keys.pop(0))  # open the food screen, then wait for the table
            await foods_loaded(app)
        await pilot.press(*keys)
        if shot.settle is not None:
            await shot.settle(app)
        await pilot.pause(0.5)
        path = out / f"{shot.name}.svg"
        app.save_screenshot(filename=path.name, path=str(out))
    return path


def to_png(svg: Path) -> Path | None:
    tool = shutil.which("rsvg-convert")
    if tool is None:
        return None
    png = svg.with_suffix(".png")
    subprocess.run([tool, "--zoom", "1.0", "-o", str(png), str(svg)], check=True)
    return png


async def take_all(shots: list[Shot], out: Path) -> list[Path]:
    clock.set_now(NOW)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        return [await take(shot, Path(tmp), out) for shot in shots]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    args = parser.parse_args()
    for svg in asyncio.run(take_all(SHOTS, args.out)):
        png = to_png(svg)
        print(svg, png or "(no rsvg-convert: SVG only)")


if __name__ == "__main__":
    main()
