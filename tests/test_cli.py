"""geo/cli.py: exit codes and one-line errors shared by every command."""

import subprocess
import sys

import pytest

from geo.cli import main


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["geocode", ""], "corridors geocode: geocode() needs a non-empty place name"),
        (["geocode", "Qwxyzvorld"], "corridors geocode: No place matches 'Qwxyzvorld'"),
        (["parse", "{binary}"], "corridors parse: {binary} is not UTF-8 text"),
        (["story", "{binary}", "--out", "{out}"], "corridors story: {binary} is not UTF-8 text"),
        (["parse", "{folder}"], "corridors parse: {folder} is a folder, not a text file"),
        (["story", "{blank}", "-o", "{out}"], "corridors story: {blank} holds no text"),
    ],
)
def test_bad_input_is_one_line_on_stderr_and_exit_1(tmp_path, capsys, argv, message):
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\xff\xfe\x00Nakhchivan")
    blank = tmp_path / "blank.txt"
    blank.write_text(" \n\n", encoding="utf-8")
    where = {"binary": binary, "out": tmp_path / "out.html", "folder": tmp_path, "blank": blank}
    assert main([a.format(**where) for a in argv]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(message.format(**where))
    assert len(err.strip().splitlines()) == 1
    assert not (tmp_path / "out.html").exists()


def test_non_utf8_standard_input_is_one_line(monkeypatch, capsys):
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Baku \xff"), "utf-8"))
    assert main(["parse", "-"]) == 1
    assert capsys.readouterr().err.startswith("corridors parse: standard input is not UTF-8")


def test_a_closed_pipe_ends_quietly():
    """`corridors links --json | head -c 100`: no BrokenPipeError traceback."""
    code = "import sys; from geo.cli import main; sys.exit(main(['links', '--json']))"
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    with proc:
        head = proc.stdout.read(100)
        proc.stdout.close()  # the reader goes away, as `head` does
        err = proc.stderr.read().decode()
    assert proc.returncode == 0
    assert head.startswith(b'{"type": "FeatureCollection"')
    assert err == ""
