"""The computer's name: kept in the config folder; the same at every run even when it
cannot be kept, so a killed import is still known as this computer's own."""

from __future__ import annotations

from pathlib import Path

import pytest

from journal.store import device


@pytest.fixture(autouse=True)
def _fresh(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(device.ENV_DEVICE, raising=False)
    monkeypatch.setattr(device, "_cached", {})


def test_a_name_is_made_once_and_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(device.ENV_CONFIG, str(tmp_path / "config"))
    first = device.device_name()
    device._cached.clear()
    assert device.device_name() == first
    assert (tmp_path / "config" / "device").read_text().strip() == first


def test_a_name_that_cannot_be_kept_is_the_same_at_every_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv(device.ENV_CONFIG, str(blocker / "config"))  # cannot be made
    first = device.device_name()
    device._cached.clear()
    assert device.device_name() == first  # was a new random name at every run
    assert first.startswith(device._host())
