"""Build every map: execute the notebooks, which export their maps into one folder.

The notebooks read the output folder from ``geo.settings.maps_dir`` (set from
the ``CORRIDORS_MAPS_DIR`` environment variable, which :func:`build` passes to
each kernel), so a notebook run by hand in JupyterLab and one run here write to
the same place.
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from geo._errors import GeoError

log = logging.getLogger(__name__)
_ANSI = re.compile(r"\x1b\[[0-9;]*m")  # colours in IPython tracebacks

#: The notebooks folder of the repository.
NOTEBOOKS_DIR = Path(__file__).resolve().parent.parent / "notebooks"


class NotebookFailed(GeoError, RuntimeError):
    """A notebook raised an error while being executed."""


@dataclass(frozen=True)
class NotebookRun:
    """The result of executing one notebook."""

    path: Path
    seconds: float


def notebooks(folder: Path | None = None) -> list[Path]:
    """Return the ``NN-name.ipynb`` notebooks of ``folder`` in order."""
    folder = Path(folder) if folder else NOTEBOOKS_DIR
    return sorted(p for p in folder.glob("[0-9][0-9]-*.ipynb"))


def run_notebook(path: Path, *, timeout: int = 600) -> NotebookRun:
    """Execute one notebook top to bottom in its folder (outputs are not saved).

    The kernel inherits this process's environment, so ``CORRIDORS_MAPS_DIR``
    tells it where to write.

    Raises
    ------
    NotebookFailed
        Naming the notebook and the cell that failed.
    """
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    start = time.perf_counter()
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb,
        timeout=timeout,
        kernel_name="python3",
        resources={"metadata": {"path": str(path.parent)}},
        # the kernel's own start-up warnings (TCP on localhost) are noise in a build log
        extra_arguments=["--IPKernelApp.log_level=ERROR"],
    )
    try:
        # asyncio.run closes its event loop; nbclient's sync wrapper leaves one per thread
        asyncio.run(client.async_execute())
    except CellExecutionError as e:
        last = _ANSI.sub("", str(e)).strip().splitlines()[-1]
        msg = f"{path.name} failed: {last}"
        raise NotebookFailed(msg) from e
    return NotebookRun(path, time.perf_counter() - start)


def build(
    out_dir: Path,
    *,
    folder: Path | None = None,
    jobs: int = 2,
    progress: Callable[[str], None] = log.info,
) -> list[NotebookRun]:
    """Execute every notebook (``jobs`` at a time); they write their maps into ``out_dir``.

    Parameters
    ----------
    out_dir : pathlib.Path
        Where the maps go (created if missing).
    folder : pathlib.Path, optional
        The notebooks folder (default: the repository's ``notebooks/``).
    jobs : int
        Notebooks executed in parallel.
    progress : callable
        Called with one line of text as each notebook starts and ends.

    Returns
    -------
    list of NotebookRun
        In notebook order.
    """
    out_dir = Path(out_dir).resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    os.environ["CORRIDORS_MAPS_DIR"] = str(out_dir)
    paths = notebooks(folder)
    if not paths:
        msg = f"No NN-name.ipynb notebooks in {folder or NOTEBOOKS_DIR}."
        raise NotebookFailed(msg)
    runs: dict[Path, NotebookRun] = {}
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        futures = {pool.submit(run_notebook, p): p for p in paths}
        for p in paths:
            progress(f"running  {p.name}")
        for done, future in enumerate(as_completed(futures), 1):
            run = future.result()
            runs[run.path] = run
            progress(f"[{done}/{len(paths)}] {run.path.name} done in {run.seconds:.1f} s")
    return [runs[p] for p in paths]
