"""Screenshots of the real app, driven by the pilot on a journal with a pinned clock.

    python scripts/screenshots.py [--out screenshots]

Writes one SVG per screen, and a PNG copy of each when `rsvg-convert`
(Debian's librsvg2-bin) is on the PATH. `SHOTS` lists the screens; a test
renders every one of them, so a screen that breaks fails the suite.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from journal.core import clock
from journal.store.journal import Journal
from journal.tui.app import MgJournalApp

NOW = datetime(2026, 11, 25, 9, 30)


@dataclass(frozen=True)
class Shot:
    name: str
    keys: tuple[str, ...] = ()
    size: tuple[int, int] = (100, 32)
    settle: Callable[[MgJournalApp], Awaitable[None]] | None = None


SHOTS = [
    Shot("today"),
    Shot("today-small", size=(80, 24)),
]


def fill(root: Path) -> Journal:
    """The journal the screenshots show."""
    from tests.ui.test_snapshots_today import filled_app

    return filled_app(root).journal


async def take(shot: Shot, root: Path, out: Path) -> Path:
    app = MgJournalApp(fill(root / shot.name))
    async with app.run_test(size=shot.size) as pilot:
        await pilot.pause()
        if shot.keys:
            await pilot.press(*shot.keys)
        if shot.settle is not None:
            await shot.settle(app)
        await pilot.pause(0.3)
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
