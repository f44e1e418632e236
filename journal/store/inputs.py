"""Read a file the person gave us (an import, a backup): every way it can be wrong, one line."""

from __future__ import annotations

from pathlib import Path

from journal.store.errors import StoreError

MAX_INPUT_BYTES = 512 * 1024 * 1024  # far beyond any export; refuses /dev/zero and the like


class InputFileError(StoreError):
    """A file given on the command line that cannot be used; nothing was written."""


def read_input_bytes(path: Path) -> bytes:
    if not path.exists():
        raise InputFileError(f"{path} does not exist; nothing was written.")
    if path.is_dir():
        raise InputFileError(f"{path} is a folder; give the file inside it. Nothing was written.")
    if not path.is_file():
        raise InputFileError(f"{path} is not a regular file; nothing was written.")
    if path.stat().st_size > MAX_INPUT_BYTES:
        raise InputFileError(f"{path} is larger than 512 MB; nothing was written.")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputFileError(f"Cannot read {path} ({exc.strerror}); nothing was written.") from None


def read_input_text(path: Path) -> str:
    """The file's text (UTF-8, a byte-order mark allowed), refusing binary files."""
    raw = read_input_bytes(path)
    if raw.startswith(b"PK\x03\x04"):  # a backup, most likely: restore reads those
        raise InputFileError(
            f"{path} is a zip file, not CSV or JSON text; nothing was written. A backup "
            "from mg-journal backup is put back with mg-journal restore."
        )
    if b"\x00" in raw[:8192]:
        raise InputFileError(f"{path} is a binary file, not CSV or JSON text; nothing was written.")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputFileError(
            f"{path} is not UTF-8 text (byte {exc.start + 1}); save or export it as UTF-8. "
            "Nothing was written."
        ) from None
