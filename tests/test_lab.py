"""The notebooks in a real JupyterLab and in nbconvert's HTML, offline: every map draws inline.

One JupyterLab server (127.0.0.1, a free port, no token) serves copies of the
notebooks from a temporary folder, with its settings, workspaces, runtime
files and notebook signatures in temporary folders too, so nothing is written
into the repository, the venv or the home folder. The browser aborts every
request that does not go to that server.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import nbformat
import pytest
from browser import COUNT_FEATURES, block_remote, inline_map_frames

from geo import maps
from geo.build import notebooks
from geo.display import FALLBACK_TEXT

#: JupyterLab renders only the cells in view unless windowing is off.
#: (And no "official Jupyter news?" notification over the page.)
OVERRIDES = {
    "@jupyterlab/notebook-extension:tracker": {"windowingMode": "none"},
    "@jupyterlab/apputils-extension:notification": {"fetchNews": "false"},
}
#: A code cell whose last line is one of these shows a map.
SHOWS_MAP = re.compile(r"^(m|maps\.\w+_map\(.*\)|geo\.story_map\(.*\))$")
#: Generous bounds (polled, never slept): a notebook's cells run in ~2-15 s here.
START_SECONDS = 60
RUN_SECONDS = 180
MAP_OUTPUT = ".jp-OutputArea-output .corridors-map iframe"
#: Tracebacks and warnings (JupyterLab 4 renders an error output as stderr).
ERROR_OUTPUT = ", ".join(
    f'.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.{kind}"]'
    for kind in ("error", "stderr")
)


@dataclass
class Lab:
    """A running JupyterLab server and the folder it serves."""

    url: str
    root: Path
    log: Path

    def sessions(self, method: str = "GET", session: str = "") -> Any:
        url = f"{self.url}/api/sessions" + (f"/{session}" if session else "")
        request = urllib.request.Request(url, method=method)
        with urllib.request.urlopen(request, timeout=10) as response:
            body = response.read()
        return json.loads(body) if body else None

    def shut_down_kernels(self) -> None:
        for session in self.sessions():
            self.sessions("DELETE", session["id"])


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_until_up(url: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"JupyterLab exited with {process.returncode}:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(f"{url}/lab", timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.2)  # polling interval, not a correctness condition
    pytest.fail(f"JupyterLab did not answer within {START_SECONDS} s:\n{log.read_text()[-3000:]}")


@pytest.fixture(scope="module")
def lab(tmp_path_factory) -> Iterator[Lab]:
    """JupyterLab serving copies of the notebooks; always stopped at the end."""
    base = tmp_path_factory.mktemp("lab")
    root = base / "notebooks"
    root.mkdir()
    for path in notebooks():
        shutil.copy(path, root / path.name)
    app_settings = base / "app-settings"
    app_settings.mkdir()
    (app_settings / "overrides.json").write_text(json.dumps(OVERRIDES))
    env = {
        **os.environ,
        "CORRIDORS_MAPS_DIR": str(base / "maps"),
        "JUPYTER_RUNTIME_DIR": str(base / "runtime"),
        "IPYTHONDIR": str(base / "ipython"),
    }
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    log = base / "lab.log"
    command = [
        sys.executable,
        "-m",
        "jupyterlab",
        f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0",
        "--ServerApp.ip=127.0.0.1",
        "--ServerApp.token=",
        "--ServerApp.password=",
        f"--ServerApp.root_dir={root}",
        "--allow-root",
        "--no-browser",
        f"--LabApp.app_settings_dir={app_settings}",
        f"--LabApp.user_settings_dir={base / 'user-settings'}",
        f"--LabApp.workspaces_dir={base / 'workspaces'}",
        "--LabApp.news_url=",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        "--NotebookNotary.db_file=:memory:",
        f"--NotebookNotary.secret_file={base / 'notebook_secret'}",
        "--ServerApp.disable_check_xsrf=True",  # the test shuts kernels down over REST
    ]
    with log.open("w") as out:
        process = subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        _wait_until_up(url, process, log)
        yield Lab(url=url, root=root, log=log)
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture
def lab_page(lab, browser) -> Iterator[tuple[Any, list[str]]]:
    """A page with every request not to the server aborted, and the blocked URLs."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        blocked = block_remote(page, allow=(lab.url, lab.url.replace("http", "ws", 1)))
        yield page, blocked
    finally:
        context.close()
        lab.shut_down_kernels()


def _open(page: Any, lab: Lab, name: str) -> None:
    """Open a notebook in a fresh workspace and wait until its kernel is idle.

    (Also before a test that runs nothing: a kernel still starting makes the server's
    shutdown wait for it.)
    """
    page.goto(f"{lab.url}/lab/tree/{name}?reset")
    page.locator(".jp-Notebook .jp-Cell").first.wait_for(timeout=START_SECONDS * 1000)
    page.locator(".jp-StatusBar-Widget", has_text="Idle").first.wait_for(
        timeout=START_SECONDS * 1000
    )


def _run_all(page: Any) -> None:
    """Run menu, Run All Cells; wait until every code cell has run."""
    page.locator(".lm-MenuBar-item", has_text=re.compile(r"^Run$")).click()
    page.locator(".lm-Menu-item", has_text=re.compile(r"^Run All Cells")).first.click()
    # Done when every cell has run, or a cell failed and the rest are no longer queued.
    page.wait_for_function(
        """([errors]) => {
            const prompts = [...document.querySelectorAll('.jp-CodeCell .jp-InputPrompt')];
            const ran = prompts.map(p => /\\[\\d+\\]/.test(p.textContent));
            const queued = prompts.some(p => p.textContent.includes('[*]'));
            const failed = document.querySelector(errors) !== null;
            return prompts.length > 0 && (ran.every(Boolean) || (failed && !queued));
        }""",
        arg=[ERROR_OUTPUT],
        timeout=RUN_SECONDS * 1000,
    )


def _expected_maps(path: Path) -> int:
    nb = nbformat.read(path, as_version=4)
    return sum(
        1
        for cell in nb.cells
        if cell.cell_type == "code" and SHOWS_MAP.match(cell.source.strip().splitlines()[-1])
    )


def test_every_notebook_runs_in_jupyterlab_offline_and_draws_its_maps(lab, lab_page, tmp_path):
    page, blocked = lab_page
    problems: list[str] = []
    seconds: dict[str, tuple[float, ...]] = {}  # open, run all, check
    for path in notebooks(lab.root):
        start = time.perf_counter()
        _open(page, lab, path.name)
        opened = time.perf_counter()
        _run_all(page)
        ran = time.perf_counter()
        errors = page.locator(ERROR_OUTPUT)
        problems += [f"{path.name}: {text[:300]}" for text in errors.all_inner_texts()]
        wanted = _expected_maps(path)
        try:
            frames = inline_map_frames(page, MAP_OUTPUT, wanted)
        except AssertionError as e:
            problems.append(f"{path.name}: {e}")
            frames = []
        if len(frames) != wanted or wanted == 0:
            problems.append(f"{path.name}: {len(frames)} inline maps, {wanted} expected")
        problems += [
            f"{path.name}: map {i} drew nothing"
            for i, frame in enumerate(frames)
            if frame.evaluate(COUNT_FEATURES) == 0
        ]
        if page.get_by_text(FALLBACK_TEXT).count():
            problems.append(f"{path.name}: the untrusted text shows beside a running map")
        if path.name.startswith("05") and frames:
            page.locator(MAP_OUTPUT).first.scroll_into_view_if_needed()
            page.screenshot(path=tmp_path / f"{path.stem}.png")
        seconds[path.name] = (opened - start, ran - opened, time.perf_counter() - ran)
        lab.shut_down_kernels()
    print(
        "JupyterLab seconds (open, run, check):",
        {k: [round(x, 1) for x in v] for k, v in seconds.items()},
    )
    assert problems == []
    assert blocked == [], "requests that left the machine"


def test_an_untrusted_notebook_in_jupyterlab_says_what_to_do(lab, lab_page):
    # Outputs saved by another session and not signed here: JupyterLab strips their scripts.
    nb = nbformat.read(notebooks()[0], as_version=4)  # for its kernelspec
    cell = nbformat.v4.new_code_cell("m")
    cell.outputs = [
        nbformat.v4.new_output(
            "execute_result",
            data={"text/html": maps.energy_map()._repr_html_(), "text/plain": "<InlineMap>"},
            execution_count=1,
        )
    ]
    cell.execution_count = 1
    nb.cells = [cell]
    nbformat.write(nb, lab.root / "untrusted.ipynb")
    page, blocked = lab_page
    _open(page, lab, "untrusted.ipynb")
    note = page.locator(".jp-OutputArea-output").get_by_text(FALLBACK_TEXT)
    note.wait_for(timeout=START_SECONDS * 1000)
    assert note.is_visible()
    assert page.locator(".jp-OutputArea-output iframe").count() == 0
    assert blocked == []


def test_nbconvert_html_of_an_executed_notebook_draws_its_maps_offline(
    browser, tmp_path, monkeypatch
):
    from nbclient import NotebookClient
    from nbconvert import HTMLExporter

    monkeypatch.setenv("CORRIDORS_MAPS_DIR", str(tmp_path / "maps"))
    path = next(p for p in notebooks() if p.name.startswith("06"))
    nb = nbformat.read(path, as_version=4)
    NotebookClient(
        nb,
        timeout=RUN_SECONDS,
        kernel_name="python3",
        extra_arguments=["--IPKernelApp.log_level=ERROR"],
    ).execute(cwd=str(path.parent))
    exporter = HTMLExporter(template_name="lab")
    body, _ = exporter.from_notebook_node(nb)
    page_path = tmp_path / f"{path.stem}.html"
    page_path.write_text(body, encoding="utf-8")
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        blocked = block_remote(page)
        page.goto(page_path.as_uri())
        wanted = _expected_maps(path)
        frames = inline_map_frames(page, ".jp-OutputArea-output .corridors-map iframe", wanted)
        assert len(frames) == wanted >= 1
        assert all(frame.evaluate(COUNT_FEATURES) > 0 for frame in frames)
        assert errors == []
        # nbconvert's own page asks for MathJax and RequireJS from a CDN; the maps ask nothing
        own = {exporter.mathjax_url, exporter.require_js_url, exporter.jquery_url}
        assert [url for url in blocked if url not in own] == []
    finally:
        context.close()
