"""Where the journal lives, created private: this is health data."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from journal.store.errors import StoreError

APP_NAME = "mg-journal"
ENV_DIR = "MG_JOURNAL_DIR"
DIR_MODE = 0o700
FILE_MODE = 0o600


def default_data_dir() -> Path:
    # platformdirs is imported here, not at module level, so shell commands
    # that never need the default pay nothing for it.
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """--data-dir wins over $MG_JOURNAL_DIR, which wins over the platform's data dir.

    A blank --data-dir is refused, never read as "the usual place": a script's empty
    variable must not write into the person's own journal."""
    if explicit is not None and not os.fspath(explicit).strip():
        raise StoreError(
            "--data-dir is empty: give the journal's folder, or leave --data-dir out "
            "for the usual one. Nothing was changed."
        )
    if explicit:
        return Path(explicit).expanduser().absolute()
    env = os.environ.get(ENV_DIR)
    if env:
        return Path(env).expanduser().absolute()
    return default_data_dir()


# What a journal's folder holds (opening one makes entries/ at once): a folder with none
# of them is someone else's (`--data-dir ~/Documents list` made entries/ in it, and
# took the folder's group and other bits off, for a command that only reads).
JOURNAL_NAMES = (
    "entries",
    "profile.json",
    "journal.lock",
    "backups",
    "trial.json",
    "custom_foods.json",
    "kinds.json",
    "encryption.txt",
)


def free_name(target: Path) -> Path:
    """`target`, or beside it the first of NAME-2, NAME-3... not taken: a second backup,
    export or report the same day (or two restores in one second) keeps both. A writer
    still refuses a name taken in between."""
    candidate, n = target, 1
    while candidate.exists():
        n += 1
        candidate = target.with_name(f"{target.stem}-{n}{target.suffix}")
    return candidate


def holds_a_journal(root: Path) -> bool:
    """False while `root` is not there, is empty or holds none of a journal's names: a
    folder made for the journal holds nothing to read, and opening it would leave an
    empty entries/ in it."""
    try:
        return any(name in JOURNAL_NAMES for name in os.listdir(root))
    except FileNotFoundError:
        return False
    except OSError:
        return True  # a file, or not readable: opening it says which


def ensure_private_dir(path: Path, *, inside: bool = True) -> Path:
    """Create `path` (and parents) as 0700; take group and other bits off an existing one.

    A folder `inside` the journal (entries, backups) must not be a symbolic link:
    our files and chmod would land in whatever it points to (a shared folder).
    The journal's own folder may be one (people link it into their sync folder).
    """
    if inside and path.is_symlink():
        raise StoreError(
            f"{path} is a symbolic link; Mg Journal keeps its files only in real folders "
            f"inside its own. Replace the link by a folder (mv, then mkdir '{path}')."
        )
    if path.exists() and not path.is_dir():  # mkdir would say only "File exists"
        todo = (
            "move the file away"
            if inside
            else "give the journal's folder with --data-dir or $MG_JOURNAL_DIR"
        )
        raise StoreError(f"{path} is a file, not a folder: {todo}. Nothing was changed.")
    try:
        # Each missing folder 0700, the parents too (mkdir's `parents` makes them with
        # the umask's mode: backups/ was 0755 when backups/conflicts came first).
        for folder in [*reversed([p for p in path.parents if not p.exists()]), path]:
            folder.mkdir(mode=DIR_MODE, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            f"Cannot create the journal folder {path} ({exc.strerror or exc}); nothing was "
            "saved. Give a folder you can write with --data-dir or $MG_JOURNAL_DIR."
        ) from None
    mode = path.stat().st_mode & 0o777
    if mode & ~DIR_MODE:
        # Only ever tightened: a folder the person made read-only (0500) stays so.
        # Not ours to change on, e.g., a read-only mount; reads still work.
        with contextlib.suppress(PermissionError):
            path.chmod(mode & DIR_MODE)
    return path


def open_root(root: Path) -> str | None:
    """Create (or tighten) the journal's own folder; a warning when others could change it."""
    before = unsafe_reason(root) if root.is_dir() else None
    ensure_private_dir(root, inside=False)
    now = unsafe_reason(root)
    if now is not None:
        return f"{now}; keep the journal in a folder of your own (chmod 700)"
    if before is not None:
        return f"{before} until now; it was made private (0700): check its files are yours"
    return None


def unsafe_reason(path: Path) -> str | None:
    """Why others could read or change the journal's folder, or None when it is private."""
    try:
        st = path.stat()
    except OSError:
        return None
    if st.st_uid != os.getuid():
        return f"{path} belongs to another user (uid {st.st_uid}), who can read and change it"
    if st.st_mode & 0o022:
        return f"{path} can be changed by others ({st.st_mode & 0o777:04o})"
    return None
