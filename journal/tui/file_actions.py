"""Export and backup from the app, in a thread worker, as the shell commands write them.

`mg-journal export --format csv` and `mg-journal backup` call the same store
functions with the same default names (in the folder the app was started from).
The worker posts `FileWritten`; the app notifies where the file went, or why not.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual import work
from textual.app import App
from textual.message import Message

from journal.core import clock
from journal.store.errors import StoreError
from journal.store.journal import Journal


@dataclass
class FileWritten(Message):
    what: str
    path: Path | None
    error: str | None = None


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

        target = default_name("csv").absolute()
        try:
            self.post_message(FileWritten("Exported", export_csv(self.journal, target, None, None)))
        except (StoreError, OSError) as exc:
            self.post_message(FileWritten("Export", None, str(exc)))

    @work(thread=True, group="files")
    def _backup(self) -> None:
        from journal.store.archive import write_backup

        target = Path(f"mg-journal-backup-{clock.today().isoformat()}.zip").absolute()
        try:
            self.post_message(FileWritten("Backed up", write_backup(self.journal, target)))
        except (StoreError, OSError) as exc:
            self.post_message(FileWritten("Backup", None, str(exc)))

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
