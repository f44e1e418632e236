"""One-file backups of the whole journal, and a restore that checks everything first.

A backup is a zip of the journal's files (entries/YYYY-MM-DD.json and the
files beside them) with a manifest naming the format. Restore reads the whole archive
and decodes every member with the store's own checks before it replaces
anything, and keeps the journal it replaces in backups/ as another archive.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
import zlib
from pathlib import Path
from typing import Any

from journal.core import clock
from journal.store.atomic import atomic_write_bytes
from journal.store.bulk import write_all
from journal.store.crypt import recipient
from journal.store.day_files import check_entries, parse_day_file
from journal.store.errors import DamagedFileError, StoreError
from journal.store.journal import Journal
from journal.store.known_files import CHECKS, check_doc_ids, check_known_file
from journal.store.layout import DAY_FILE, split_month
from journal.store.paths import ensure_private_dir, free_name
from journal.store.storage import checked, decode, read_with_stamp
from journal.store.summaries import DaySummaries

FORMAT = "mg-journal-backup"
VERSION = 1
MANIFEST = "mg-journal-backup.json"
# Day files, and month files from before day files (split again on restore).
ENTRIES = re.compile(r"^entries/\d{4}-\d{2}(-\d{2})?\.json$")
# Ten years of entries is ~20 MB in ~3,650 day files, which deflate some 5-15 times.
MAX_UNPACKED = 256 * 1024 * 1024
MAX_MEMBERS = 40_000  # a century of day files
MAX_RATIO = 100  # JSON deflates far less; a 1 MB zip of 1 GB is a bomb
RATIO_FLOOR = 16 * 1024 * 1024


class BadArchiveError(StoreError):
    def __init__(self, path: Path, why: str) -> None:
        super().__init__(f"{path} cannot be restored ({why}); your journal was left untouched.")


def journal_files(journal: Journal) -> list[Path]:
    """The files a backup holds: entries and the files beside them, not backups or the lock."""
    entries = [p for p in journal.entries_dir.glob("*.json") if ENTRIES.match(f"entries/{p.name}")]
    others = [p for p in journal.root.glob("*.json") if p.name in CHECKS]
    return sorted(entries) + sorted(others)


def check_member(name: str, raw: bytes) -> None:
    """Decode one file as the store would, entries included; raise DamagedFileError if bad."""
    data = decode(raw, Path(name))
    if not ENTRIES.match(name):
        check_known_file(name, data, Path(name))
        return
    for table in data.values():
        check_doc_ids(table, Path(name))
    if DAY_FILE.match(Path(name).name):
        parse_day_file(data, Path(name))
    else:
        split_month(data, Path(name))
        check_entries(data, Path(name))


def build_archive(journal: Journal, check: bool = True) -> bytes:
    files: dict[str, bytes] = {}
    for path in journal_files(journal):
        raw, stamp = read_with_stamp(path)
        files[str(path.relative_to(journal.root))] = raw
        # A day file validated at these very bytes (storage.checked) is not checked again.
        if check and checked.get(str(path)) != stamp:
            try:
                check_member(str(path.relative_to(journal.root)), raw)
            except DamagedFileError as exc:  # named where it lies, with its own backups
                raise DamagedFileError(path, exc.why) from None
    manifest: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "created": clock.now().isoformat(timespec="seconds"),
        "files": sorted(files),
        # The members are the journal's files as stored: age files when it is encrypted.
        "encrypted": recipient(journal.root) is not None,
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, json.dumps(manifest, indent=1))
        for name, raw in files.items():
            archive.writestr(name, raw)
    return buffer.getvalue()


def write_backup(journal: Journal, path: Path) -> Path:
    if path.exists():
        raise StoreError(
            f"{path} already exists; nothing was written. Choose another name with -o."
        )
    if not path.parent.is_dir():  # as export says it, not "free some space" from the write
        raise StoreError(f"{path.parent} is not a folder; nothing was written.")
    DaySummaries.open(journal).mark_validated()
    with journal.lock:  # a consistent copy: no write lands half way through
        payload = build_archive(journal)
    atomic_write_bytes(path, payload)
    return path


def read_archive(raw: bytes, source: Path) -> dict[str, bytes]:
    """Every member's bytes, after checking the whole archive; BadArchiveError otherwise."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
    except zipfile.BadZipFile:
        # A JSON export is what a person most likely gives instead: say where it goes.
        json_export = raw.lstrip()[:1] == b"{"
        raise BadArchiveError(
            source,
            "it is a JSON export, which mg-journal import json reads"
            if json_export
            else "it is a zip file cut short or damaged: copied only in part?"
            if raw.startswith(b"PK\x03\x04")
            else "it is not a zip file, as a backup from mg-journal backup is",
        ) from None
    with archive:
        infos = archive.infolist()
        names = [i.filename for i in infos]
        if MANIFEST not in names:
            raise BadArchiveError(source, "it has no Mg Journal manifest")
        if len(set(names)) != len(names):
            raise BadArchiveError(source, "it names a file twice")
        if len(names) > MAX_MEMBERS:
            raise BadArchiveError(source, f"it holds {len(names):,} files, more than a journal has")
        for name in names:
            if name != MANIFEST and not (ENTRIES.match(name) or name in CHECKS):
                raise BadArchiveError(source, f"it holds an unexpected path {name[:60]!r}")
        # zipfile reads no more than each member's stated size, so these bound the memory.
        unpacked = sum(i.file_size for i in infos)
        if unpacked > MAX_UNPACKED:
            raise BadArchiveError(source, f"it unpacks to more than {MAX_UNPACKED >> 20} MB")
        if unpacked > MAX_RATIO * len(raw) and unpacked > RATIO_FLOOR:
            raise BadArchiveError(
                source,
                f"it unpacks to {unpacked // max(len(raw), 1):,} times its size (a zip bomb?)",
            )
        try:
            manifest = json.loads(archive.read(MANIFEST))
            members = {n: archive.read(n) for n in names if n != MANIFEST}
        # A member's bytes damaged (zlib.error) or cut short (EOFError), or packed in a
        # way zipfile cannot open (a password, an unknown method): said, not a traceback.
        except (
            zipfile.BadZipFile,
            ValueError,
            OSError,
            RecursionError,
            zlib.error,
            EOFError,
            NotImplementedError,
            RuntimeError,
        ) as exc:
            raise BadArchiveError(source, f"it is damaged: {exc}") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BadArchiveError(source, "its manifest is not an Mg Journal backup's")
    version = manifest.get("version")
    if not isinstance(version, int) or version < 1 or version > VERSION:
        raise BadArchiveError(source, f"backup format {version!r} is not one this version reads")
    for name, member in members.items():
        try:
            check_member(name, member)
        except DamagedFileError as exc:  # its advice is about the live journal: not here
            raise BadArchiveError(source, f"{name} is damaged ({exc.why})") from None
        except StoreError as exc:
            raise BadArchiveError(source, str(exc)) from None
    return members


def restore(journal: Journal, raw: bytes, source: Path) -> Path | None:
    """Replace the journal with the archive's files; return where the old journal was
    kept, or None when the folder held none (an empty backup would say it had one)."""
    members = read_archive(raw, source)
    with journal.lock:
        old = set(journal_files(journal))
        kept = None
        if old:
            folder = ensure_private_dir(journal.root / "backups")
            kept = free_name(folder / f"before-restore-{clock.now():%Y-%m-%dT%H%M%S}.zip")
            atomic_write_bytes(kept, build_archive(journal, check=False))
        ensure_private_dir(journal.entries_dir)
        files: dict[Path, bytes | None] = {journal.root / n: d for n, d in members.items()}
        # Files the archive lacks go in the same all-or-nothing write.
        files.update({path: None for path in old - set(files)})
        write_all(journal, files)
        journal.split_months()  # a backup from before day files holds months
    return kept
