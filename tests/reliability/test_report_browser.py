"""The HTML report opened in a real browser (headless Chromium, offline): its parts are there.

Chromium loads the file with networking off; the DOM after load must hold the
headings and the chart, and a screenshot must not be blank. Skipped only when
no Chromium is installed (CI installs Debian's `chromium`).
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from journal.store.demo import build_demo_journal
from tests.helpers import run_cli

CHROMIUM = next(
    (p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None
)
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="no chromium binary (apt-get install chromium) to render the report"
)
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--no-first-run",
    "--disable-component-update",
    "--disable-sync",
]


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    profile = tmp_path / "chromium-profile"
    return subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def png_pixels(data: bytes) -> tuple[int, int, set[bytes]]:
    """Width, height and the distinct pixel values of an 8-bit RGB(A) PNG, stdlib only."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width, height, channels = 8, b"", 0, 0, 0
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, color = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and color in (2, 6)
            channels = 3 if color == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels + 1
    # Filter bytes aside, sample the raw scanlines: a blank page has one value throughout.
    seen = {
        raw[r * stride + 1 + i : r * stride + 1 + i + channels]
        for r in range(0, height, 7)
        for i in range(0, width * channels, channels * 5)
    }
    return width, height, seen


def test_report_renders_offline_in_chromium(tmp_path: Path, data_dir: Path) -> None:
    build_demo_journal(data_dir, 60, seed=3)
    page = tmp_path / "visit.html"
    made = run_cli("report", "--format", "html", "-o", str(page))
    assert made.returncode == 0, made.stderr
    dom = chromium(tmp_path, "--dump-dom", page.as_uri())
    assert dom.returncode == 0, dom.stderr[-2000:]
    for part in (
        "<h1>Magnesium intake and muscle symptoms</h1>",
        "<h2>Daily intake</h2>",
        "<h2>Symptom days</h2>",
        "<h2>Answer</h2>",
        "<h2>Data coverage</h2>",
        'id="intake-chart"',
        'class="day"',
        "This is not medical advice",
    ):
        assert part in dom.stdout
    shot = tmp_path / "visit.png"
    taken = chromium(tmp_path, "--window-size=900,1400", f"--screenshot={shot}", page.as_uri())
    assert taken.returncode == 0 and shot.exists(), taken.stderr[-2000:]
    width, height, values = png_pixels(shot.read_bytes())
    assert (width, height) == (900, 1400)
    assert len(values) > 3  # text, bars and background: not a blank page
