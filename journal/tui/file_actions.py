"""Export, backup and screenshot from the app, in the folder it was started from.

`mg-journal export --format csv` and `mg-journal backup` call the same store
functions with the same default names, in a thread worker that posts `FileWritten`;
the app notifies where the file went, or why not. A screenshot goes there too:
never into the journal folder, which may be synced or encrypted.
"""

from __future__ import annotations

from pathlib import Path

from textual import work
from textual.app import App
from textual.message import Message

from journal.core import clock
from journal.store.errors import StoreError
from journal.store.journal import Journal
from journal.store.paths import free_name


class FileWritten(Message):
    """Where a file went, or why not. A plain class, not a dataclass: its module loads
    before the first frame, and a dataclass costs half a millisecond to make."""

    def __init__(self, what: str, path: Path | None, error: str | None = None) -> None:
        super().__init__()
        self.what, self.path, self.error = what, path, error


def failure(exc: StoreError | OSError, target: Path) -> str:
    """A store error's own line (it says what to do); the system's bare one ("[Errno 2]
    No such file or directory") as what, where, and what to do."""
    if isinstance(exc, StoreError):
        return str(exc)
    return f"{exc.strerror or exc}: {target}; start mg-journal in a folder you can write to"


class FileActions(App[None]):
    """Mixed into the app: the palette's Export and Back up commands."""

    journal: Journal

    def export_csv(self) -> None:
        self._export()

    def backup(self) -> None:
        self._backup()

    @work(thread=True, group="files")
    def _export(self) -> None:
        from journal.store.export import default_name, export_csv

        target = default_name("csv")
        try:
            target = free_name(target.absolute())  # fails too if the folder was removed
            self.post_message(FileWritten("Exported", export_csv(self.journal, target, None, None)))
        except (StoreError, OSError) as exc:
            self.post_message(FileWritten("Export", None, failure(exc, target)))

    @work(thread=True, group="files")
    def _backup(self) -> None:
        from journal.store.archive import write_backup

        target = Path(f"mg-journal-backup-{clock.today().isoformat()}.zip")
        try:
            target = free_name(target.absolute())
            self.post_message(FileWritten("Backed up", write_backup(self.journal, target)))
        except (StoreError, OSError) as exc:
            self.post_message(FileWritten("Backup", None, failure(exc, target)))

    def screenshot(self) -> None:
        """The screen as an SVG, named like the backup (Textual's own went to a Downloads
        folder that many systems lack, and said only "Failed to save screenshot")."""
        picture, stamp = self.export_screenshot(), clock.now().strftime("%Y-%m-%d-%H%M%S")
        for n in range(1, 100):
            target = Path(f"mg-journal-screen-{stamp}{f'-{n}' if n > 1 else ''}.svg")
            try:
                target = target.absolute()  # fails too if the folder was removed
                with target.open("x", encoding="utf-8") as out:  # never over another file
                    out.write(picture)
            except FileExistsError:
                continue  # two in one second
            except OSError as exc:
                self.on_file_written(FileWritten("Screenshot", None, failure(exc, target)))
                return
            self.on_file_written(FileWritten("Screenshot saved", target))
            return

    def on_file_written(self, message: FileWritten) -> None:
        if message.path is None:
            self.notify(
                str(message.error),
                title=f"{message.what} failed",
                severity="error",
                timeout=10,
                markup=False,
            )
        else:
            self.notify(f"{message.what} to {message.path}", timeout=8, markup=False)
