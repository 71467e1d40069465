"""The ``zonetrack`` command: parse arguments, call one library function, map errors to exit codes.

Exit codes: 0 success, 1 a problem with the data (or a failed report), 2 a usage error.
"""

from __future__ import annotations

import argparse
import os
import sys
import warnings
from collections.abc import Sequence
from typing import NoReturn

from .exceptions import (
    CatalogError,
    ReportError,
    ReportWarning,
    UsageError,
    ZonetrackError,
    escape_controls,
)

EXIT_DATA = 1
EXIT_USAGE = 2

# Library errors name parameters; the user typed these flags.
_FLAGS = {
    "as_of": "--as-of",
    "quarter": "--quarter",
    "zone": "--zone",
    "zones": "--zone",
    "only": "--only",
    "lang": "--lang",
    "langs": "--lang",
    "out": "--out",
    "jobs": "--jobs",
    "retries": "--retries",
    "scheduler": "--scheduler",
    "data_dir": "--data",
    "seeds_dir": "--seeds",
    "title": "--title",
    "publisher": "--publisher",
    "published": "--published",
    "published_basis": "--published-basis",
    "url": "--url",
    "language": "--language",
    "retrieved": "--retrieved",
    "draft": "--draft",
    "currency": "--currency",
    "file": "FILE",
}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, exit 2, without the usage spam
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _catalog_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data", metavar="DIR", help="catalogue folder (default: data/ or $ZONETRACK_DATA)"
    )
    parser.add_argument(
        "--seeds", metavar="DIR", help="source folder (default: seeds/ or $ZONETRACK_SEEDS)"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="zonetrack", description=__doc__.splitlines()[0] if __doc__ else None)
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    validate = sub.add_parser("validate", help="check the catalogue against its sources")
    _catalog_args(validate)

    export = sub.add_parser("export", help="print a validated table with canonical values")
    export.add_argument("table", choices=["zones", "indicators", "targets", "observations"])
    export.add_argument("--format", choices=["csv", "json"], default="csv")
    _catalog_args(export)

    status = sub.add_parser("status", help="assess every target as of a date")
    when = status.add_mutually_exclusive_group()
    when.add_argument("--as-of", metavar="YYYY-MM-DD", help="as-of date (default: today)")
    when.add_argument("--quarter", metavar="YYYYQn", help="as of the quarter's last day")
    status.add_argument(
        "--zone", metavar="ID", help="this zone's targets and those of the zones below it"
    )
    status.add_argument(
        "--only", action="store_true", help="with --zone: the zone's own targets only"
    )
    status.add_argument("--format", choices=["table", "csv", "json"], default="table")
    status.add_argument(
        "--wide", action="store_true", help="table format: every column, names in full"
    )
    _catalog_args(status)

    extract = sub.add_parser("extract", help="list every quantified figure in a document")
    extract.add_argument(
        "file", metavar="FILE", help="a UTF-8 text or HTML file, or a seed's name in sources.csv"
    )
    extract.add_argument(
        "--source", metavar="NAME", help="source name for the rows (default: file name)"
    )
    extract.add_argument("--format", choices=["table", "csv", "json"], default="table")
    extract.add_argument(
        "--draft",
        metavar="DRAFT.csv",
        help="write a draft of catalogue rows to review (FILE: a seed name or a file)",
    )
    extract.add_argument(
        "--currency",
        metavar="CODE",
        help="the document's own currency: 元 written alone is this (HKD, TWD, ...;"
        " default CNY; for a seed its own sources.csv currency, which this may only"
        " repeat)",
    )
    _catalog_args(extract)

    add_source = sub.add_parser("add-source", help="store a new document in seeds/")
    add_source.add_argument("file", metavar="FILE", help="a UTF-8 text or HTML file")
    add_source.add_argument("--title", required=True)
    add_source.add_argument("--publisher", required=True)
    add_source.add_argument("--published", required=True, metavar="DATE")
    add_source.add_argument("--published-basis", metavar="TEXT", help="how the date is known")
    add_source.add_argument("--url")
    add_source.add_argument("--language", choices=["zh-Hans", "zh-Hant", "en", "mixed"])
    add_source.add_argument("--retrieved", metavar="DATE", help="default: today")
    add_source.add_argument(
        "--currency",
        metavar="CODE",
        help="the document's own currency, when not the yuan: HKD for a Hong Kong page,"
        " TWD for a Taiwan one (元 written alone in it means this; asked for when such"
        " amounts may not be yuan)",
    )
    _catalog_args(add_source)

    add_figures = sub.add_parser("add-figures", help="append a draft's kept rows to data/")
    add_figures.add_argument("draft", metavar="DRAFT.csv")
    _catalog_args(add_figures)

    report = sub.add_parser("report", help="render the quarterly reports with papermill")
    report.add_argument("--quarter", metavar="YYYYQn", help="default: the last complete quarter")
    report.add_argument(
        "--zone",
        metavar="ID",
        nargs="+",
        action="extend",
        dest="zones",
        help="zones to re-render, repeatable (default: every zone with data, replacing the "
        "quarter); the other published reports are kept",
    )
    report.add_argument(
        "--lang",
        choices=["en", "zh", "both"],
        default="both",
        help="one language re-renders only its reports (default: both)",
    )
    report.add_argument(
        "--replace",
        action="store_true",
        help="replace the published quarter even with --zone or one --lang",
    )
    report.add_argument("--out", metavar="DIR", help="output folder (default: reports/)")
    report.add_argument("--jobs", metavar="N", type=int, help="notebooks at once (default: cores)")
    report.add_argument(
        "--retries", metavar="N", type=int, default=1, help="retries per notebook (default: 1)"
    )
    report.add_argument("--quiet", action="store_true", help="no progress on stderr")
    report.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="run on a Dask cluster, e.g. tcp://host:8786 ($ZONETRACK_SCHEDULER)",
    )
    _catalog_args(report)
    return parser


def _write_frame(frame, fmt: str) -> None:
    from .tables import format_status_table, iso_dates, to_json_records

    if fmt == "csv":
        iso_dates(frame).to_csv(sys.stdout, index=False, lineterminator="\n")
    elif fmt == "json":
        sys.stdout.write(to_json_records(frame) + "\n")
    else:
        sys.stdout.write(format_status_table(frame) + "\n")


def _run(args: argparse.Namespace) -> int:
    if args.command == "validate":
        from .validate import validate_catalog

        problems = validate_catalog(args.data, args.seeds)
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            print(f"{len(problems)} problem(s) found", file=sys.stderr)
            return EXIT_DATA
        print("catalogue is valid")
        return 0
    if args.command == "export":
        from .catalog import export_table, load_catalog

        _write_frame(export_table(load_catalog(args.data, args.seeds), args.table), args.format)
        return 0
    if args.command == "status":
        from .progress import status_table

        if args.only and args.zone is None:
            raise UsageError("needs --zone", argument="--only")
        frame = status_table(
            args.data,
            args.seeds,
            as_of=args.as_of,
            quarter=args.quarter,
            zone=args.zone,
            only=args.only,
        )
        from .tables import format_status

        sys.stdout.write(format_status(frame, args.format, wide=args.wide))
        return 0
    if args.command == "extract" and args.draft is not None:
        from .draft import write_draft

        draft = write_draft(args.file, args.draft, args.data, args.seeds, args.currency)
        c = draft.counts
        print(
            f"{c['rows']} rows written to {draft.path} ({c['exact']} exact, {c['likely']} likely,"
            f" {c['none']} unmatched, {c['duplicates']} already in the catalogue);"
            " mark the rows to add with keep=yes, then run: zonetrack add-figures"
            f" {draft.path}"
        )
        return 0
    if args.command == "extract":
        from .extract import extract_source
        from .tables import format_extract_table, spreadsheet_safe

        # A long page takes minutes: a bar on a terminal, never in a pipe or a log.
        progress = sys.stderr.isatty()
        frame = extract_source(args.file, args.source, args.currency, args.seeds, progress=progress)
        if args.format == "table":
            sys.stdout.write(format_extract_table(frame) + "\n")
        else:
            _write_frame(spreadsheet_safe(frame) if args.format == "csv" else frame, args.format)
        return 0
    if args.command == "add-source":
        from .intake import add_source

        added = add_source(
            args.file,
            args.title,
            args.publisher,
            args.published,
            args.published_basis,
            args.url,
            args.language,
            args.retrieved,
            args.data,
            args.seeds,
            args.currency,
        )
        for column in added.ignored:
            print(
                f"note: sources.csv has no {column} column; --{column} not stored", file=sys.stderr
            )
        print(added.name)
        return 0
    if args.command == "add-figures":
        from .draft import add_figures

        figures = add_figures(args.draft, args.data, args.seeds)
        print(f"added {len(figures.targets)} targets and {len(figures.observations)} observations")
        return 0
    if args.command == "report":
        from .report import render_reports

        langs = ("en", "zh") if args.lang == "both" else (args.lang,)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", ReportWarning)
            try:
                result = render_reports(
                    args.quarter,
                    args.zones,
                    langs,
                    args.out,
                    args.jobs,
                    args.data,
                    args.seeds,
                    progress="off" if args.quiet else "auto",
                    scheduler=args.scheduler,
                    replace=args.replace,
                    retries=args.retries,
                )
            finally:
                for warning in caught:
                    if issubclass(warning.category, ReportWarning):
                        print(f"warning: {warning.message}", file=sys.stderr)
        print(
            f"published {result.rendered} reports to {result.folder} "
            f"({len(result.manifest['reports'])} in the quarter)"
        )
        return 0
    raise AssertionError(args.command)  # pragma: no cover - argparse rejects others


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's last flush of what could not be
    written does not print a second, Python-worded error on the way out."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # stdout already closed, or not a real file (tests)
        pass


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``zonetrack`` console script."""
    args = build_parser().parse_args(argv)
    try:
        return _run(args)
    except CatalogError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return EXIT_DATA
    except UsageError as exc:
        where = _FLAGS.get(exc.argument or "", exc.argument)
        if args.command == "add-figures" and exc.argument == "draft":
            where = "DRAFT.csv"  # a positional argument there
        message = f"{where}: {exc.reason}" if where else exc.reason
        print(f"zonetrack {args.command}: error: {escape_controls(message)}", file=sys.stderr)
        return EXIT_USAGE
    except ReportError as exc:
        for name, reason in exc.failures:
            print(f"failed: {name}: {reason}", file=sys.stderr)
        return EXIT_DATA
    except ZonetrackError as exc:
        print(f"zonetrack {args.command}: {exc}", file=sys.stderr)
        return EXIT_DATA
    except BrokenPipeError:  # e.g. `zonetrack export targets | head`
        _silence_stdout()
        return 0
    except OSError as exc:
        # The system's own failure (a full disk, a closed output), not zonetrack's: one
        # line naming what could not be written. What was published or added stays whole
        # (an add-figures stopped between its two tables is completed by running it again).
        where = exc.filename or "the output"
        reason = exc.strerror or str(exc)
        print(f"zonetrack {args.command}: cannot write {where}: {reason}", file=sys.stderr)
        _silence_stdout()
        return EXIT_DATA
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
