"""Where a person waits in the app, timed in a real pty (see bench/pty_frames.py).

    python bench/bench_pty.py [--runs 5] [--years 10 30] [--before DIR] [--only ...]

  launch     from launching the process to its first painted frame and to the
             complete first screen: mg-journal on the ten-year journal against
             a bare Textual app (Header, Static, Footer), at 80x24 and 200x50;
             beside them "widgets", Today's screen drawn by Textual alone
             (bench/today_widgets.py): what the screen costs in Textual itself
  search     a food-search keystroke to the redrawn list (Today, f, then each
             letter of bench_search's phrases typed and erased), 80x24
  dashboard  each key to the frame with its figures, at 160x50: d (open, the
             default 90 days), 4 (all), l, c, 1, 4 again; on 10 and 30 years

With --before DIR (an earlier checkout) its mg-journal runs interleaved with
ours. Each side has its own summary cache, warmed by one untimed run. Medians;
the search figure is the p95 over every keystroke of every run.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_search import PHRASES
from bench.pty_frames import PtyApp, Wait
from bench.run import bench_env

SIZES = ((80, 24), (200, 50))
DASH_KEYS = ("d", "4", "l", "c", "1", "4")
DASH_SIZE = (160, 50)
WIDGETS = "today_widgets.py"  # Today's screen drawn by Textual alone: Textual's share


def figures_shown(screen: list[str]) -> bool:
    """The dashboard has its figures (not 'computing…'), or the app has drawn anything."""
    text = "\n".join(screen)
    return bool(text.strip()) and "computing" not in text


class Side:
    def __init__(self, name: str, code: Path, work: Path) -> None:
        self.name = name
        cache = work / name / "cache"
        self.env = {**bench_env(code), "XDG_CACHE_HOME": str(cache)}

    def app(self, journal: Path | str | None, size: tuple[int, int]) -> PtyApp:
        """mg-journal on `journal`, or (None) the bare app, or (a str) that bench script."""
        if journal is None or isinstance(journal, str):
            argv = [sys.executable, str(ROOT / "bench" / (journal or "bare_app.py"))]
        else:
            argv = [sys.executable, "-m", "journal", "--data-dir", str(journal)]
        return PtyApp(argv, *size, self.env)


def ms(seconds: float | None) -> float:
    return float("nan") if seconds is None else seconds * 1000


def launch(side: Side, journal: Path | str | None, size: tuple[int, int]) -> tuple[float, float]:
    app = side.app(journal, size)
    try:
        shown = app.wait(app.started, figures_shown)
    finally:
        app.close()
    return ms(shown.first_painted), ms(shown.settled)


def search(side: Side, journal: Path) -> list[float]:
    app = side.app(journal, (80, 24))
    try:
        app.wait(app.started, figures_shown)
        app.press(b"f")
        times = []
        for phrase in PHRASES:
            for key in [*phrase.encode(), *[0x7F] * len(phrase)]:  # each letter, then erased
                times.append(ms(app.press(bytes([key])).settled))
        return times
    finally:
        app.close()


def dashboard(side: Side, journal: Path) -> list[float]:
    app = side.app(journal, DASH_SIZE)
    try:
        app.wait(app.started, figures_shown)
        waits: list[Wait] = []
        for key in DASH_KEYS:
            before = app.screen.display  # each key changes the title or the threshold line

            def new_figures(shown: list[str], before: list[str] = before) -> bool:
                return shown != before and figures_shown(shown)

            waits.append(app.press(key.encode(), new_figures))
        return [ms(w.settled) for w in waits]
    finally:
        app.close()


def build(folder: Path, years: int) -> Path:
    journal = folder / f"y{years}"
    cmd = [sys.executable, "-m", "journal", "demo", "--days", str(365 * years), "--no-open"]
    subprocess.run(
        [*cmd, "--data-dir", str(journal)], env=bench_env(), check=True, capture_output=True
    )
    return journal


def median(values: list[float]) -> float:
    return statistics.median(values)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--years", type=int, nargs="+", default=[10, 30])
    parser.add_argument("--before", type=Path)
    parser.add_argument("--only", nargs="+", default=["launch", "search", "dashboard"])
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results-pty.json")
    args = parser.parse_args()
    results: dict[str, Any] = {"runs": args.runs}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        journals = {years: build(work, years) for years in sorted({10, *args.years})}
        sides = [Side("after", ROOT, work)]
        if args.before:
            sides.insert(0, Side("before", args.before.resolve(), work))
        for side in sides:  # warm the OS file cache and each side's summary cache
            dashboard(side, journals[10])
        if "launch" in args.only:
            for size in SIZES:
                label = f"{size[0]}x{size[1]}"
                runs: dict[str, list[tuple[float, float]]] = {}
                for _ in range(args.runs):
                    runs.setdefault("bare", []).append(launch(sides[0], None, size))
                    # this checkout's footer widget: --before may predate it
                    runs.setdefault("widgets", []).append(launch(sides[-1], WIDGETS, size))
                    for side in sides:
                        runs.setdefault(side.name, []).append(launch(side, journals[10], size))
                row = {
                    name: {
                        "first_painted_ms": median([t[0] for t in times]),
                        "complete_ms": median([t[1] for t in times]),
                    }
                    for name, times in runs.items()
                }
                results[f"launch_{label}"] = row
                bare = row["bare"]["first_painted_ms"]
                for name in ["widgets", *[s.name for s in sides]]:
                    mine = row[name]
                    print(
                        f"launch {label} {name:<6} first painted {mine['first_painted_ms']:.0f} ms"
                        f" = {mine['first_painted_ms'] / bare:.2f}x bare ({bare:.0f}); complete "
                        f"{mine['complete_ms']:.0f} vs {row['bare']['complete_ms']:.0f} ms",
                        flush=True,
                    )
        if "search" in args.only:
            for side in sides:
                rounds = max(1, args.runs // 2)
                every = [t for _ in range(rounds) for t in search(side, journals[10])]
                times = sorted(t for t in every if t == t)  # NaN: the key changed no character
                p95 = times[int(0.95 * (len(times) - 1))]
                results[f"search_{side.name}"] = {"median_ms": median(times), "p95_ms": p95}
                print(
                    f"search keystroke to redrawn list {side.name:<6} "
                    f"median {median(times):.0f} ms,"
                    f" p95 {p95:.0f} ms ({len(times)} keys)",
                    flush=True,
                )
        if "dashboard" in args.only:
            for years in args.years:
                for side in sides:
                    per_key = [dashboard(side, journals[years]) for _ in range(args.runs)]
                    keys = {
                        f"{i}:{key}": median([run[i] for run in per_key])
                        for i, key in enumerate(DASH_KEYS)
                    }
                    results[f"dashboard_{years}y_{side.name}"] = keys
                    text = ", ".join(f"{k.split(':')[1]} {v:.0f}" for k, v in keys.items())
                    print(
                        f"dashboard {years}y {side.name:<6} key to figures, ms: {text}", flush=True
                    )
    args.out.write_text(json.dumps(results, indent=2) + "\n")
    print(f"written to {args.out}")


if __name__ == "__main__":
    main()
