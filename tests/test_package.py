"""The installed package can render: the report template ships inside it, and `make report`
installs only what rendering needs."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import PROJECT

from zonetrack import config
from zonetrack.execute import TEMPLATE, template_path

pytestmark = pytest.mark.slow


def test_the_shipped_template_is_the_notebook_analysts_edit() -> None:
    shipped = config.PACKAGE_DIR / TEMPLATE
    assert template_path() == shipped
    # `make notebooks` copies it after refreshing the outputs; an edit must be copied too.
    assert shipped.read_bytes() == (PROJECT / "notebooks" / TEMPLATE).read_bytes()


def test_a_wheel_built_from_the_project_contains_the_template(tmp_path: Path) -> None:
    source = tmp_path / "src"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(PROJECT / name, source / name)
    shutil.copytree(
        PROJECT / "zonetrack", source / "zonetrack", ignore=shutil.ignore_patterns("__pycache__")
    )
    subprocess.run(
        [
            sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
            "--no-index", "--quiet", "--wheel-dir", str(tmp_path / "dist"), str(source),
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    [wheel] = (tmp_path / "dist").glob("zonetrack-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        shipped = archive.read(f"zonetrack/{TEMPLATE}")
        archive_method = archive.read("zonetrack/method.md")
        names = archive.namelist()
    assert shipped == (PROJECT / "notebooks" / TEMPLATE).read_bytes()
    assert "zonetrack/labels.csv" in names and "zonetrack/units.txt" in names
    # The glossary of every page links to method.html, written from the method's text.
    assert archive_method == (PROJECT / "docs" / "method.md").read_bytes()


def test_make_report_installs_no_test_extras(tmp_path: Path) -> None:
    for name in ("Makefile", "pyproject.toml"):
        shutil.copy(PROJECT / name, tmp_path / name)
    dry = subprocess.run(
        ["make", "-n", "-B", "report"], cwd=tmp_path, capture_output=True, text=True, check=True
    ).stdout
    installs = [line for line in dry.splitlines() if "pip install" in line]
    assert any(line.rstrip().endswith("-e .") for line in installs), dry
    assert not any("[test]" in line or "distributed" in line for line in installs), dry
    assert "zonetrack report" in dry
