"""Project-level checks: dependency lists in step, package typed, outputs not committed."""

import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def _name(req: str) -> str:
    return re.split(r"[<>=!~ \[;]", req.strip(), maxsplit=1)[0].lower().replace("_", "-")


def test_environment_yml_lists_the_same_dependencies_as_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = {_name(r) for r in project["dependencies"] + project["optional-dependencies"]["test"]}
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    conda, pip = set(), set()
    for dep in env["dependencies"]:
        if isinstance(dep, dict):
            pip |= {_name(r) for r in dep["pip"] if not r.startswith("-e")}
        else:
            conda.add(_name(dep))
    listed = (conda | pip) - {"python", "pip"}
    assert listed == wanted, (
        f"only in environment.yml: {listed - wanted}; only in pyproject: {wanted - listed}"
    )


def test_package_is_typed():
    assert (ROOT / "geo" / "py.typed").exists()


def test_committed_notebooks_carry_no_outputs():
    tracked = subprocess.run(
        ["git", "ls-files", "*.ipynb"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    for path in tracked:
        nb = json.loads((ROOT / path).read_text(encoding="utf-8"))
        for cell in nb["cells"]:
            assert not cell.get("outputs"), f"{path} is committed with outputs"
            assert not cell.get("execution_count"), f"{path} is committed with execution counts"


def test_build_outputs_are_git_ignored():
    ignored = (ROOT / ".gitignore").read_text().split()
    for folder in ("maps/", "build/", ".venv/"):
        assert folder in ignored


def test_ruff_lint_and_format_are_clean():
    ruff = Path(sys.executable).with_name("ruff")
    for args in (["check", "--quiet", "."], ["format", "--check", "--quiet", "."]):
        proc = subprocess.run(
            [str(ruff), *args], cwd=ROOT, capture_output=True, text=True, check=False
        )
        assert proc.returncode == 0, proc.stdout + proc.stderr
