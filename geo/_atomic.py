"""Atomic file writes: a temporary file in the same folder, then :func:`os.replace`.

Readers see the old file or the new one, never a part; two writers racing leave
one whole file. Every file the package writes (maps, PNGs, caches) goes through
:func:`write_atomic`.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

__all__ = ["save_atomic", "write_atomic", "write_atomic_with"]


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically, creating its folder; mode 0644.

    Raises
    ------
    OSError
        When the folder or file cannot be written; no temporary file is left.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "sub" / "a.txt"
    >>> write_atomic(p, b"ok")
    >>> p.read_bytes(), sorted(x.name for x in p.parent.iterdir())
    (b'ok', ['a.txt'])
    """
    write_atomic_with(path, lambda f: f.write(data))


def write_atomic_with(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """Write to ``path`` atomically what ``write`` writes to the open file it is given.

    For a large file made piece by piece (a pickle): the pieces go to the
    temporary file as they come, never all held in memory at once.

    Raises
    ------
    OSError
        When the folder or file cannot be written; no temporary file is left.

    Examples
    --------
    >>> import pickle, tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "b.pickle"
    >>> write_atomic_with(p, lambda f: pickle.dump([1, 2], f))
    >>> pickle.loads(p.read_bytes()), sorted(x.name for x in p.parent.iterdir())
    ([1, 2], ['b.pickle'])
    """

    def save(tmp: str) -> None:
        with open(tmp, "wb") as f:
            write(f)
            f.flush()
            os.fsync(f.fileno())

    save_atomic(path, save)


def save_atomic(path: Path, save: Callable[[str], object]) -> None:
    """Write ``path`` atomically with ``save``, a writer given a file's name to write.

    For a library that writes its objects to a named file itself (pyahocorasick's
    ``Automaton.save``): it writes the temporary file, which then takes the name.

    Raises
    ------
    OSError
        When the folder or file cannot be written; no temporary file is left.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "c.txt"
    >>> save_atomic(p, lambda name: pathlib.Path(name).write_text("saved"))
    >>> p.read_text(), sorted(x.name for x in p.parent.iterdir())
    ('saved', ['c.txt'])
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        save(tmp)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
