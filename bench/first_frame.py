"""Start an app headless until its first screen is drawn; print when, and its peak memory.

    python bench/first_frame.py ours DATA_DIR   # mg-journal on that journal
    python bench/first_frame.py bare            # a Textual app: Header, Static, Footer

Prints two numbers: the wall-clock time (`time.time()`) at which the first
screen was drawn and idle, and the process's peak memory in KiB. bench/run.py
takes the time of launch from the same clock, so (a) runs from launching the
process (interpreter start, imports, first frame) to that moment, both apps
through the same headless driver; it also times the whole process, exit
included.
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


FIRST_FRAME: list[float] = []


async def exit_when_ready(pilot: Any) -> None:
    await pilot.pause()
    FIRST_FRAME.append(time.time())
    pilot.app.exit()


def bare() -> Any:
    from textual.app import App, ComposeResult
    from textual.widgets import Footer, Header, Static

    class Bare(App[None]):
        def compose(self) -> ComposeResult:
            yield Header()
            yield Static("Hello")
            yield Footer()

    return Bare()


def ours(data_dir: str) -> Any:
    from journal.store.journal import Journal
    from journal.tui.app import MgJournalApp

    return MgJournalApp(Journal.open(data_dir))


def main() -> None:
    app = bare() if sys.argv[1] == "bare" else ours(sys.argv[2])
    app.run(headless=True, auto_pilot=exit_when_ready)
    print(f"{FIRST_FRAME[0]!r} {peak_kib()}")


def peak_kib() -> int:
    """This process's peak resident memory. ru_maxrss would carry the parent's
    high-water mark across fork and exec; VmHWM belongs to this image alone."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


if __name__ == "__main__":
    main()
