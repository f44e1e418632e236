"""Encryption of the journal's files with age, to a key kept outside the journal folder.

`mg-journal encrypt` writes `encryption.txt` (the key's public half, an
`age1...` recipient) into the journal folder: from then on every journal file
(entries/*.json and the .json files beside them) is written as an age file to
that recipient, and read back with this computer's key, `key.txt` in the
platform's config folder (0600). A sync engine, a cloud copy or a stolen
backup then holds only ciphertext; daily use needs no passphrase. Any file can
be read with the standard tool: `age -d -i key.txt entries/2026-12-06.json`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import TYPE_CHECKING

from journal.store.errors import StoreError

if TYPE_CHECKING:
    from pyrage.x25519 import Identity

AGE_HEADER = b"age-encryption.org/v1\n"
MARKER = "encryption.txt"
KEY_FILE = "key.txt"
PENDING = "pending-write.json"  # transaction.py's; its contents are copies of sealed files
_identities: dict[Path, tuple[float, Identity]] = {}
_exact: ContextVar[bool] = ContextVar("exact", default=False)


@contextmanager
def exact_bytes() -> Iterator[None]:
    """Write bytes as given (encrypt and decrypt turn the whole journal over themselves)."""
    token = _exact.set(True)
    try:
        yield
    finally:
        _exact.reset(token)


class KeyProblem(StoreError):
    """No key, or not the one the files were encrypted to: one line, nothing written."""


def key_path() -> Path:
    from journal.store.device import config_dir

    return config_dir() / KEY_FILE


def journal_root(path: Path) -> Path | None:
    """The journal folder a journal file belongs to, or None for any other file."""
    if path.suffix != ".json" or path.name == PENDING:
        return None
    return path.parent.parent if path.parent.name == "entries" else path.parent


def recipient(root: Path) -> str | None:
    """The public key the journal in `root` is encrypted to, or None when it is not."""
    try:
        text = (root / MARKER).read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError):
        return None
    for line in text.splitlines():
        if line.startswith("age1"):
            return line.strip()
    raise StoreError(f"{root / MARKER} names no age key (age1...); copy it from the other computer")


def identity() -> Identity | None:
    """This computer's key, or None when it has none."""
    path = key_path()
    try:
        mtime = path.stat().st_mtime
    except FileNotFoundError:
        return None
    cached = _identities.get(path)
    if cached is not None and cached[0] == mtime:
        return cached[1]
    from pyrage import IdentityError
    from pyrage.x25519 import Identity

    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.startswith("AGE-")]
    try:
        key = Identity.from_str(lines[0].strip())
    except (IndexError, IdentityError, ValueError):
        why = f"{path} holds no age key; import it again (mg-journal key import FILE)."
        raise StoreError(why) from None
    _identities[path] = (mtime, key)
    return key


def seal(path: Path, data: bytes) -> bytes:
    """`data` as it is to be written at `path`: encrypted when its journal is."""
    root = journal_root(path)
    if root is None:
        return data
    return seal_for(root, data, path)


def seal_for(root: Path, data: bytes, path: Path | None = None) -> bytes:
    """`data` encrypted when the journal in `root` is: for a file it keeps elsewhere
    in its folder (the merge log in backups/conflicts/), as private as the rest.

    Refused (KeyProblem) without the journal's key: the public half would do to write,
    but this computer could not read back what it wrote, and a first profile or a new
    day was written while every read said "nothing was changed"."""
    if data.startswith(AGE_HEADER) or _exact.get():
        return data
    to = recipient(root)
    if to is None:
        return data
    _check_key(to, path or root)
    import pyrage
    from pyrage.x25519 import Recipient

    return bytes(pyrage.encrypt(data, [Recipient.from_str(to)]))


def _check_key(to: str, path: Path) -> None:
    key = identity()
    if key is None:
        raise KeyProblem(
            f"{path} is in an encrypted journal and this computer has no key for it; nothing "
            "was changed. Bring the key over: mg-journal key import FILE (made by mg-journal "
            "key export)."
        )
    if str(key.to_public()) != to:
        raise KeyProblem(
            f"{path} is in a journal encrypted to another key than this computer's "
            f"({key_path()}); nothing was changed. Import the journal's key: mg-journal key "
            "import FILE."
        )


def plain(raw: bytes, path: Path) -> bytes:
    """`raw` as it reads: an age file's plain bytes (`unseal`), any other file's own."""
    return unseal(raw, path) if raw.startswith(AGE_HEADER) else raw


def unseal(raw: bytes, path: Path) -> bytes:
    """The plain bytes of an age file, with this computer's key; one clear line if it cannot."""
    key = identity()
    if key is None:
        raise KeyProblem(
            f"{path} is encrypted and this computer has no key for it; nothing was changed. "
            "Bring the key over: mg-journal key import FILE (made by mg-journal key export)."
        )
    import pyrage

    try:
        return bytes(pyrage.decrypt(raw, [key]))
    except pyrage.DecryptError:
        raise KeyProblem(
            f"{path} cannot be decrypted with this computer's key ({key_path()}): it is "
            "encrypted to another key, or damaged; nothing was changed. "
            "Import the journal's key: mg-journal key import FILE."
        ) from None


def new_key() -> Identity:
    """Make this computer's key (0600, in a 0700 folder); refuse to replace one."""
    from pyrage.x25519 import Identity

    from journal.store.paths import FILE_MODE, ensure_private_dir

    key = Identity.generate()
    write_key(str(key), ensure_private_dir(key_path().parent) / KEY_FILE, FILE_MODE)
    return key


def write_key(secret: str, path: Path, mode: int) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(f"# Mg Journal's key: keep it secret; copy: mg-journal key export\n{secret}\n")
        handle.flush()
        os.fsync(handle.fileno())
