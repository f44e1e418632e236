"""Every screen the screenshot script lists renders from the real app."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from tests.helpers import ROOT

spec = importlib.util.spec_from_file_location("screenshots", ROOT / "scripts" / "screenshots.py")
assert spec is not None and spec.loader is not None
screenshots = importlib.util.module_from_spec(spec)
sys.modules["screenshots"] = screenshots  # dataclasses look their module up there
spec.loader.exec_module(screenshots)


async def test_every_listed_screen_renders(tmp_path: Path) -> None:
    paths = await screenshots.take_all(screenshots.SHOTS, tmp_path)
    assert [p.name for p in paths] == [f"{shot.name}.svg" for shot in screenshots.SHOTS]
    for path in paths:
        svg = path.read_text()
        assert svg.startswith("<svg") and "Mg&#160;Journal" in svg, path.name
