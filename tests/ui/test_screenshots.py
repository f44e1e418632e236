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


async def test_every_listed_screen_shows_what_it_must(tmp_path: Path) -> None:
    paths = await screenshots.take_all(screenshots.SHOTS, tmp_path)
    assert [p.name for p in paths] == [f"{shot.name}.svg" for shot in screenshots.SHOTS]
    for shot, path in zip(screenshots.SHOTS, paths, strict=True):
        screen = "\n".join(screenshots.svg_lines(path.read_text()))
        assert shot.shows, f"{shot.name}: say what the screen must show"
        missing = [phrase for phrase in shot.shows if phrase not in screen]
        assert not missing, f"{shot.name} does not show {missing}:\n{screen}"


def test_the_reader_finds_text_split_across_styles() -> None:
    svg = (
        '<svg><text class="a" x="0" y="20">Mg&#160;</text>'
        '<text class="b" x="24.4" y="20">Journal</text>'
        '<text class="a" x="0" y="44.4">next</text></svg>'
    )
    assert screenshots.svg_lines(svg) == ["Mg Journal", "next"]
