"""A cache on disk for what every process would otherwise rebuild: :func:`load_or_build`.

The geoparser's automaton over every name of the gazetteer, the fold tables
over every code point and the matcher's character tables cost most of a second
to build and a tenth of a second to read back (the automaton most of it); the links
drawn along their routes (:func:`geo.links.links`) a third of a second, and a hundredth. They are kept in
``settings.cache_dir`` (``~/.cache/azir-corridors``, or
``CORRIDORS_CACHE_DIR``), one pickle per artefact (an automaton in a file of
its own beside it, in pyahocorasick's format: :class:`_Pickler`), named by a hash of
everything they are built from (the data files, the package's source, the
versions of Python, numpy, pyahocorasick, babel and the Unicode tables): a change to
any of them is a new name, so a stale file is never read (old ones are removed).

Writes are atomic (a temporary file in the same folder, then ``os.replace``), so
two processes that build at once each write a whole file and a reader sees one
of them whole. A file that cannot be read (cut short, another format) is
rebuilt; a folder that cannot be written (read-only home) leaves the cache off.
``CORRIDORS_NO_CACHE=1`` turns it off. The files are pickles: they are read only
from the user's own cache folder, as any cache of the user's is.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import os
import pickle
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from importlib import metadata
from pathlib import Path
from typing import BinaryIO, TypeVar

from geo._atomic import save_atomic, write_atomic_with

T = TypeVar("T")

_PACKAGE = Path(__file__).resolve().parent


@functools.cache
def _environment() -> bytes:
    """Return what the cached objects depend on besides the data: versions and source."""
    parts = [sys.version, unicodedata.unidata_version]
    for dist in ("numpy", "pyahocorasick", "babel"):
        try:
            parts.append(f"{dist} {metadata.version(dist)}")
        except metadata.PackageNotFoundError:  # pragma: no cover - a broken install
            parts.append(f"{dist} ?")
    digest = hashlib.blake2b("\n".join(parts).encode())
    for path in sorted(_PACKAGE.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.digest()


def data_files(folder: Path) -> list[Path]:
    """Return the files of a data folder the cached objects may be built from (all of them).

    Hashing the few that are not read (the notes, the seed article) costs
    microseconds and at worst one rebuild when they change.
    """
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file())


def cache_key(files: Iterable[Path], *extra: str) -> str:
    """Return the hash naming a cached object built from ``files`` (and ``extra``)."""
    digest = hashlib.blake2b(_environment(), digest_size=16)
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    for part in extra:
        digest.update(part.encode())
    return digest.hexdigest()


def _enabled() -> bool:
    return os.environ.get("CORRIDORS_NO_CACHE", "").strip().lower() in ("", "0", "false", "no")


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the garbage collector (when it is on) while a cached object is read.

    Unpickling the gazetteer makes ~200,000 objects and no garbage: the passes the
    new objects would set off find nothing, and each walks the heap read so far
    (they cost reading it twice).
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def load_or_build(name: str, key: str, build: Callable[[], T], *, parts: int = 0) -> T:
    """Return the object ``name`` cached under ``key``, or build it and cache it.

    Parameters
    ----------
    name : str
        What the object is (the file name's prefix: ``geoparse``, ``fold``).
    key : str
        The hash of what it is built from (:func:`cache_key`).
    build : callable
        Makes the object when the cache has none (its result must pickle).
    parts : int
        When more than 0, ``build`` returns a tuple of that many objects sharing
        nothing, pickled one after the other: the pickler then never holds one's
        pickle and another's objects at once (the automaton and the entries' tables:
        what the first run after a change of the data needs at its peak).
    """
    if not _enabled():
        return build()
    from geo.settings import settings

    folder = settings.cache_dir
    path = folder / f"{name}-{key}.pickle"
    try:
        with path.open("rb") as f, _collector_paused():
            if parts:  # (S301: the user's own cache folder)
                return tuple(pickle.load(f) for _ in range(parts))  # type: ignore[return-value] # noqa: S301
            return pickle.load(f)  # noqa: S301 - the user's own cache folder
    except Exception:  # noqa: BLE001 - missing, cut short or foreign: (re)build it
        pass
    value = build()
    _write(folder, path, value, parts)
    _release_freed()
    return value


def _release_freed() -> None:
    """Give the heap's freed pages back to the system after a build (glibc only).

    Building leaves tens of megabytes freed inside the C heap (the names' tables, the
    pickler's buffers) that the process would keep to the end: the first run after a
    change of the data held 40 MB more than a run that reads the cache. ``malloc_trim``
    returns them; elsewhere this does nothing.
    """
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        pass


#: The suffix of an automaton's own file beside the pickle that names it (:class:`_Pickler`).
_AUTOMATON = ".automaton"


def _load_automaton(path: str) -> object:
    """Return the pyahocorasick automaton saved at ``path`` (what :class:`_Pickler` pickles)."""
    import ahocorasick

    return ahocorasick.load(path, pickle.loads)


class _Pickler(pickle.Pickler):
    """A pickler that writes each pyahocorasick automaton to its own file beside the pickle.

    An automaton pickles as one bytes object of all its nodes (18 MB for the geoparser's:
    the first run's peak of memory, on top of what built it); its ``save`` writes them to
    a file as it walks them. The pickle holds the file's path; the file is written whole
    (temporary file, then ``os.replace``) before the pickle that names it.
    """

    def __init__(self, f: BinaryIO, path: Path) -> None:
        super().__init__(f, protocol=pickle.HIGHEST_PROTOCOL)
        self._path, self._saved = path, 0

    def reducer_override(self, obj: object) -> object:
        if type(obj).__module__ != "ahocorasick" or not hasattr(obj, "save"):
            return NotImplemented
        side = self._path.with_name(f"{self._path.stem}.{self._saved}{_AUTOMATON}")
        self._saved += 1
        import ahocorasick

        # (an automaton of ints keeps its values in its nodes; of objects, pickles each)
        ints = obj.store == ahocorasick.STORE_INTS  # type: ignore[attr-defined]
        save_atomic(side, lambda name: obj.save(name) if ints else obj.save(name, pickle.dumps))  # type: ignore[attr-defined]
        return _load_automaton, (str(side),)


def _write(folder: Path, path: Path, value: object, parts: int = 0) -> None:
    """Pickle ``value`` (or its ``parts``) to ``path`` atomically; remove older files of the same name."""

    def write(f: BinaryIO) -> None:  # (streamed to the file: the automaton's own beside it)
        pickler = _Pickler(f, path)
        for part in value if parts else (value,):  # type: ignore[attr-defined]
            pickler.dump(part)
            pickler.clear_memo()  # (each part as pickle.dump would write it alone)

    try:
        write_atomic_with(path, write)
    except OSError:
        return  # a read-only or full disk: no cache
    prefix = path.name.rsplit("-", 1)[0] + "-"
    for old in folder.glob(prefix + "*"):
        if old.name.split(".", 1)[0] == path.stem or not old.name.endswith(
            (".pickle", _AUTOMATON)
        ):
            continue  # (this pickle and its automata; a temporary file of a write under way)
        if old.name.rsplit("-", 1)[0] + "-" == prefix:
            with contextlib.suppress(OSError):  # another user's file in a shared folder
                old.unlink(missing_ok=True)
