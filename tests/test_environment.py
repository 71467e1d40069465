"""Set-up files agree with each other: environment.yml lists pyproject's dependencies."""

from __future__ import annotations

import re

import tomllib
import yaml
from conftest import PROJECT


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~\[ ;]", requirement.strip(), maxsplit=1)[0].lower()


def test_environment_yml_matches_pyproject() -> None:
    project = tomllib.loads((PROJECT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    env = yaml.safe_load((PROJECT / "environment.yml").read_text(encoding="utf-8"))
    assert "conda-forge" in env["channels"]
    conda = {_name(d) for d in env["dependencies"] if isinstance(d, str)} - {"python", "pip"}
    pip = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    assert pip[-1] == "-e ."
    # conda-forge splits dask[distributed] into dask and distributed.
    extra = {_name(d) for d in project["optional-dependencies"]["distributed"]} | {"distributed"}
    wanted = {_name(d) for d in project["dependencies"]} | extra
    assert conda | {_name(p) for p in pip[:-1]} == wanted


def test_ci_and_readme_use_the_two_commands() -> None:
    assert "make test" in (PROJECT / ".ci" / "run").read_text(encoding="utf-8")
    # The first lines say what zonetrack is, then show the two commands.
    head = (PROJECT / "README.md").read_text(encoding="utf-8")[:1500]
    assert "make report" in head and "make test" in head
    assert 0 < head.index("zonetrack tracks") < head.index("make report")


def test_no_module_shadows_the_standard_library() -> None:
    """Run from inside the package folder, a module named like a standard one (numbers.py)
    would be imported in its place, breaking fractions, and with it numpy and pandas."""
    import sys

    names = {p.stem for p in (PROJECT / "zonetrack").glob("*.py")}
    assert not names & set(sys.stdlib_module_names)
