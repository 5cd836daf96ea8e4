"""Paths and folders → the files to read, in a stable order, with loops and strays caught."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# The file kinds eventwire reads, by lower-cased suffix.
KINDS = {".txt": "txt", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}


@dataclass(frozen=True)
class Found:
    """A file to read, or a problem met while looking for files (then `problem` says what)."""

    path: Path
    rel: str  # path relative to the input given, without its suffix: the base of the id
    problem: str | None = None

    @property
    def kind(self) -> str | None:
        return KINDS.get(self.path.suffix.lower())


def os_reason(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symlink loop"
    if exc.errno == errno.ENOENT:
        return "no such file or directory"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    return exc.strerror or str(exc)


def expand(name: str) -> Iterator[Found]:
    """The files behind one input path: itself, or a folder's article files, recursively.

    In a folder, hidden entries and files of other kinds (README.md, images) are skipped
    silently: a folder of reports often carries them. A file named explicitly is always
    yielded, so that a wrong kind is reported.
    """
    path = Path(name)
    try:
        info = path.stat()
    except OSError as exc:
        yield Found(path, path.stem or name, os_reason(exc))
        return
    if not stat.S_ISDIR(info.st_mode):
        yield Found(path, path.stem or name)
        return
    count = 0
    for found in walk(path, path, frozenset({(info.st_dev, info.st_ino)}), set()):
        count += 1
        yield found
    if count == 0:
        yield Found(path, path.name or name, "no .txt, .html, .htm or .jsonl files in this folder")


def walk(
    root: Path, folder: Path, ancestors: frozenset[tuple[int, int]], seen: set[tuple[int, int]]
) -> Iterator[Found]:
    """Depth-first, entries sorted by name; a folder that is its own ancestor is a loop."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        yield Found(folder, relative(root, folder), f"cannot list folder: {os_reason(exc)}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            info = path.stat()
        except OSError as exc:
            # A dangling link to some other kind of file is as uninteresting as the file.
            if exc.errno == errno.ELOOP or path.suffix.lower() in KINDS:
                yield Found(path, relative(root, path), os_reason(exc))
            continue
        key = (info.st_dev, info.st_ino)
        if stat.S_ISDIR(info.st_mode):
            if key in ancestors:
                problem = f"symlink loop: {path} leads back to {os.path.realpath(path)}"
                yield Found(path, relative(root, path), problem)
            elif key not in seen:  # a folder linked twice is read once
                seen.add(key)
                yield from walk(root, path, ancestors | {key}, seen)
        elif stat.S_ISREG(info.st_mode) and path.suffix.lower() in KINDS:
            yield Found(path, relative(root, path))


def relative(root: Path, path: Path) -> str:
    rel = path.relative_to(root).with_suffix("")
    return rel.as_posix()
