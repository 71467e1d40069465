"""The intake steps the tests of add-source and of drafts share (not a test module).

A news release and a Hong Kong press release written for these tests; the steps an
analyst takes (store a document, draft it, mark rows to keep) as short functions; and a
seam that kills a command at its second file write.
"""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

import zonetrack.draft
from zonetrack import intake, writing
from zonetrack.draft import write_draft
from zonetrack.intake import add_source

# A news release written for these tests, in the style of a municipal science bureau's.
RELEASE = (
    "重庆市孵化载体建设取得新进展\n"
    "发布时间:2025年2月10日\n"
    "截至2024年底,全市已建成孵化载体总面积820万平方米,市级以上科技企业孵化器130家。\n"
    "到2027年,力争孵化载体总面积达到1200万平方米以上。\n"
)

HK_RELEASE = (
    "創新科技署新聞公報\n2025年3月12日\n"
    "政府將在2025/26財政年度投入30億元,推動創新科技發展。\n"
    "截至2024年9月31日,科學園共有租戶1,380間。\n"
)


def write_document(path: Path, text: str) -> Path:
    """``text`` written to ``path`` in UTF-8; ``path``."""
    path.write_text(text, encoding="utf-8")
    return path


def catalog_args(seeds: Path, data: Path) -> list[str]:
    """The CLI options naming the catalogue ``data`` and ``seeds``."""
    return ["--data", str(data), "--seeds", str(seeds)]


def read_rows(path: Path) -> list[dict[str, str]]:
    """The rows of the CSV file at ``path``, as the analyst's spreadsheet would see them."""
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def write_rows(path: Path, rows: list[dict[str, str]]) -> None:
    """``rows`` saved to ``path`` as a spreadsheet would (header from the first row)."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def add_document(release: Path, data: Path, seeds: Path, **kw) -> intake.AddedSource:
    """``add_source`` of ``release`` with the test release's title, publisher and date."""
    return add_source(
        release,
        kw.pop("title", "孵化载体建设取得新进展"),
        kw.pop("publisher", "重庆市科学技术局"),
        kw.pop("published", "2025-02-10"),
        kw.pop("published_basis", "stated: the date line under the title"),
        data_dir=data,
        seeds_dir=seeds,
        **kw,
    )


def draft_of(
    text: str, data: Path, seeds: Path, tmp_path: Path, published: str = "2025"
) -> tuple[Path, list[dict[str, str]]]:
    """Store ``text`` as a new seed and draft it: (the draft's path, its rows)."""
    doc = tmp_path / "doc.txt"
    doc.write_text(text, encoding="utf-8")
    name = add_source(doc, "t", "p", published, "stated: test", data_dir=data, seeds_dir=seeds).name
    draft = tmp_path / "d.csv"
    write_draft(name, draft, data, seeds)
    return draft, read_rows(draft)


def keep_all(draft: Path) -> list[dict[str, str]]:
    """Every row of ``draft`` marked ``keep=yes``, as the analyst would; the rows."""
    rows = read_rows(draft)
    for row in rows:
        row["keep"] = "yes"
    write_rows(draft, rows)
    return rows


def add_and_draft(
    data: Path, seeds: Path, release: Path, tmp_path: Path
) -> tuple[Path, Path, Path, str]:
    """``release`` stored as a seed and drafted to ``tmp_path/draft.csv``.

    Returns (data, seeds, draft, the seed's name).
    """
    name = add_document(release, data, seeds).name
    draft = tmp_path / "draft.csv"
    write_draft(name, draft, data, seeds)
    return data, seeds, draft, name


def kill_on_second_write(patch: pytest.MonkeyPatch) -> None:
    """The process is killed when the command replaces its second file (a seam, no edit)."""
    real, calls = writing.write_atomic, []

    def killed_on_second(path: Path, payload: bytes) -> None:
        calls.append(path)
        if len(calls) == 2:
            raise KeyboardInterrupt
        real(path, payload)

    # Each command writes through the write_atomic its own module imported.
    for module in (intake, zonetrack.draft):
        patch.setattr(module, "write_atomic", killed_on_second)


def run_cli(*argv: str) -> subprocess.Popen:
    """``zonetrack ARGV`` started as its own process."""
    return subprocess.Popen(
        [sys.executable, "-m", "zonetrack.cli", *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
