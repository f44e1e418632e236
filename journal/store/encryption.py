"""Turning encryption of a whole journal on and off, and carrying its key to another computer.

Both directions rewrite every journal file and every daily backup copy in one
all-or-nothing change under the lock (transaction.py), the marker file
included, after reading each one: a file that cannot be read stops it with
nothing changed.
"""

from __future__ import annotations

import json
from pathlib import Path

from journal.store.archive import journal_files
from journal.store.conflicts import KEPT_IN, LOG
from journal.store.crypt import (
    AGE_HEADER,
    MARKER,
    exact_bytes,
    identity,
    key_path,
    new_key,
    plain,
    recipient,
    write_key,
)
from journal.store.errors import AlreadyDoneError, DamagedFileError, StoreError
from journal.store.journal import Journal
from journal.store.paths import FILE_MODE, ensure_private_dir
from journal.store.storage import decode
from journal.store.summaries import forget_cache
from journal.store.transaction import replace_all


def _all_files(journal: Journal) -> list[Path]:
    """The journal's files and the copies of them kept in backups/ (not .zip archives)."""
    backups = journal.root / "backups"
    copies = [p for p in backups.glob("*.json.*") if p.is_file()] if backups.is_dir() else []
    kept = journal.root / KEPT_IN
    merged = [p for p in kept.glob("*.json") if p.is_file()] if kept.is_dir() else []
    return journal_files(journal) + sorted(copies) + sorted(merged)


def _check(plain: bytes, path: Path) -> None:
    """Stop on a file that cannot be read: a journal file, or the merge log (a plain list,
    conflicts.LOG), which is no table file but is kept as private as the rest."""
    if path.name == LOG and path.parent.name == KEPT_IN.name:
        try:
            json.loads(plain)
        except (UnicodeDecodeError, ValueError):
            raise DamagedFileError(path, "not valid JSON") from None
        return
    decode(plain, path)


def _nothing(path: Path) -> None:
    """No daily backup on the way: it would keep a plain copy of an encrypted file."""


def mixed(journal: Journal) -> list[Path]:
    """Files in the other state than the journal's: plain ones in an encrypted journal,
    age files in a plain one (encryption turned on or off on another computer while
    this one wrote; a second encrypt or decrypt finishes the change)."""
    sealed = recipient(journal.root) is not None
    found = []
    for path in _all_files(journal):
        with path.open("rb") as f:
            if f.read(len(AGE_HEADER)).startswith(AGE_HEADER) != sealed:
                found.append(path)
    return found


def encrypt(journal: Journal) -> tuple[int, Path]:
    """Encrypt every file to this computer's key (made now if it has none); in an
    encrypted journal, the files a copy wrote plain meanwhile, to the journal's key."""
    import pyrage
    from pyrage import x25519

    with journal.lock:
        already = recipient(journal.root)
        if already is not None and not mixed(journal):
            raise AlreadyDoneError(f"The journal in {journal.root} is already encrypted.")
        read = {path: path.read_bytes() for path in _all_files(journal)}
        for path, raw in read.items():  # a damaged file stops it here: no key made, nothing written
            _check(plain(raw, path), path)
        key = identity() or new_key()
        to = key.to_public() if already is None else x25519.Recipient.from_str(already)
        files: dict[Path, bytes | None] = {
            path: raw if raw.startswith(AGE_HEADER) else bytes(pyrage.encrypt(raw, [to]))
            for path, raw in read.items()
        }
        files[journal.root / MARKER] = f"{to}\n".encode()
        with exact_bytes():
            replace_all(journal.root, files, _nothing)
        forget_cache(journal.root)  # its figures, written while the journal was plain
    return len(files) - 1, key_path()


def decrypt(journal: Journal) -> int:
    """Write every file back as plain JSON; needs this computer to hold the journal's key."""
    with journal.lock:
        if recipient(journal.root) is None and not mixed(journal):
            raise AlreadyDoneError(
                f"The journal in {journal.root} is already plain (not encrypted)."
            )
        files: dict[Path, bytes | None] = {}
        for path in _all_files(journal):
            files[path] = text = plain(path.read_bytes(), path)
            _check(text, path)
        if (journal.root / MARKER).exists():
            files[journal.root / MARKER] = None
        with exact_bytes():
            replace_all(journal.root, files, _nothing)
    return len(files) - 1


def export_key(passphrase: str) -> bytes:
    """This computer's key as an age file protected by `passphrase` (scrypt)."""
    from pyrage import passphrase as scrypt

    key = identity()
    if key is None:
        raise StoreError(f"This computer has no key yet ({key_path()}); run mg-journal encrypt.")
    return bytes(scrypt.encrypt(f"{key}\n".encode(), passphrase))


def import_key(raw: bytes, passphrase: str, source: Path, root: Path | None = None) -> Path:
    """Keep the key in an exported file as this computer's; refuse to replace another.

    With the journal folder `root` given, a key that is not the one its files are
    encrypted to is refused: kept, it would only turn every later read into "cannot
    be decrypted", and block the right key's import behind it."""
    import pyrage
    from pyrage import passphrase as scrypt
    from pyrage.x25519 import Identity

    try:
        text = bytes(scrypt.decrypt(raw, passphrase)).decode("utf-8").strip()
        key = Identity.from_str(text.splitlines()[-1].strip())
    except (pyrage.DecryptError, pyrage.IdentityError, UnicodeDecodeError, IndexError, ValueError):
        raise StoreError(
            f"{source} could not be opened with that passphrase (or is not an exported key); "
            "nothing was changed."
        ) from None
    wanted = recipient(root) if root is not None else None
    if wanted is not None and str(key.to_public()) != wanted:
        raise StoreError(
            f"{source} holds another key than the journal in {root} is encrypted to; "
            "nothing was changed. Export the key on the computer that reads the journal."
        )
    current = identity()
    if current is not None:
        if str(current) == str(key):
            return key_path()
        if wanted is not None and str(current.to_public()) != wanted:
            raise StoreError(
                f"This computer's key ({key_path()}) does not open this journal; nothing was "
                f"changed. If no other journal needs it, move it aside (mv {key_path()} "
                f"{key_path()}.old) and import again."
            )
        raise StoreError(
            f"This computer already has another key ({key_path()}); nothing was changed. "
            "Move it aside first if it is no longer needed."
        )
    path = ensure_private_dir(key_path().parent) / key_path().name
    write_key(str(key), path, FILE_MODE)
    return path
