"""Reading the catalogue's CSV files: one problem per place, spreadsheets' habits tolerated."""

from __future__ import annotations

from pathlib import Path

import pytest

from zonetrack.files import read_table


@pytest.mark.parametrize(
    ("text", "rows", "problems"),
    [
        # Empty columns right of the table, as a spreadsheet saves them: dropped.
        ("a,b,,\n1,2,,\n3,4\n", [["1", "2"], ["3", "4"]], []),
        ("a,b,\r\n1,2,\r\n", [["1", "2"]], []),
        # ... unless a row has a value there, which would be lost.
        ("a,b,,\n1,2,,x\n3,4,,\n", [["3", "4"]], [(2, "*", "a value stands under an unnamed")]),
        # An unnamed column inside the table is named once, with every position.
        ("a,,c,,e\n1,2,3,4,5\n", [], [(1, "*", "header cells 2, 4 are empty")]),
        (",b\n1,2\n", [], [(1, "*", "header cell 1 is empty")]),
        ("a,b,a\n1,2,3\n", [], [(1, "a", "column 'a' appears twice")]),
        ("a,b\n1,2,3\n", [], [(2, "*", "row has 3 fields, the header has 2")]),
        # A stray quote: named where its row starts, with the rows it swallowed (up to the
        # next quote, or to the end of the file).
        (
            'a,b\n1,"x\n2,y\n3,"z"q\n4,w\n',
            [["4", "w"]],
            [(2, "*", "lines 3-4 swallowed into this row")],
        ),
        ('a,b\n1,"x\n2,y\n', [], [(2, "*", "line 3 swallowed into this row")]),
        ('a,b\n1,"x"y\n2,z\n', [["2", "z"]], [(2, "*", "malformed CSV")]),
    ],
)
def test_read_table(tmp_path: Path, text: str, rows: list[list[str]], problems: list) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes(text.encode("utf-8"))
    table = read_table(path)
    assert table.frame.values.tolist() == rows
    assert [(p.row, p.column) for p in table.problems] == [(r, c) for r, c, _ in problems]
    for problem, (_, _, words) in zip(table.problems, problems, strict=True):
        assert words in problem.message


@pytest.mark.parametrize(
    ("text", "unread"),
    [
        # The row with the stray quote and every row it swallowed are unread, by their ids.
        ('id,b\nr1,y\nr2,"x\nr3,y\nr4,"z"q\nr5,w\n', {"r2", "r3", "r4"}),
        # The id's column need not be the first.
        ('b,id\ny,r1\n"x,r2\ny,r3\n', {"r2", "r3"}),
    ],
)
def test_rows_a_stray_quote_swallowed_are_unread(tmp_path: Path, text: str, unread: set) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes(text.encode("utf-8"))
    assert read_table(path, id_column="id").unread == unread


# --- the catalogue's lock ----------------------------------------------------------------------


def _locked_elsewhere(folder: Path) -> bool:
    """Whether another holder has the folder's lock (an exclusive try fails at once)."""
    import fcntl
    import os

    fd = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False


def test_loading_holds_the_lock_writers_wait_for_until_every_file_is_read(
    minimal_catalog: tuple[Path, Path], tmp_path: Path
) -> None:
    # A named pipe among the seeds holds load_catalog in the middle of reading the files,
    # for as long as the test keeps it open: no sleeping, no timing.
    import os
    import threading

    import zonetrack
    from zonetrack.exceptions import CatalogError

    data, seeds = minimal_catalog
    pipe = seeds / "slow.txt"
    os.mkfifo(pipe)
    outcome: list[object] = []

    def load() -> None:
        try:
            outcome.append(zonetrack.load_catalog(data, seeds))
        except CatalogError as exc:  # the pipe is an unlisted seed: reported, as it should be
            outcome.append(exc)

    reader = threading.Thread(target=load, daemon=True)
    reader.start()
    plain = tmp_path / "plain.txt"
    plain.write_bytes(b"x")
    with open(pipe, "wb") as fh:  # opens once load_catalog has opened the pipe to read it
        # Later reads of the seed (validation reads it again) find a plain file.
        os.replace(plain, pipe)
        held = _locked_elsewhere(data)  # a writer would wait here
        fh.write(b"x")
    reader.join()
    assert held and not _locked_elsewhere(data) and isinstance(outcome[0], CatalogError)


def test_a_reader_inside_a_writer_of_the_same_process_does_not_wait_for_itself(
    minimal_catalog: tuple[Path, Path],
) -> None:
    import zonetrack
    from zonetrack.files import catalog_lock

    data, seeds = minimal_catalog
    with catalog_lock(data):
        assert zonetrack.load_catalog(data, seeds).zones is not None
        with catalog_lock(data, shared=True):
            pass
    assert not _locked_elsewhere(data)


def test_threads_of_one_process_exclude_each_other_as_processes_do(
    minimal_catalog: tuple[Path, Path],
) -> None:
    # A writer thread holds the lock: a reader thread of the same process is not let in.
    import threading

    from zonetrack.files import catalog_lock

    data, _ = minimal_catalog
    inside = threading.Event()
    release = threading.Event()
    entered: list[str] = []

    def writer() -> None:
        with catalog_lock(data):
            inside.set()
            release.wait()
            entered.append("writer out")

    def reader() -> None:
        with catalog_lock(data, shared=True):
            entered.append("reader in")

    w = threading.Thread(target=writer, daemon=True)
    w.start()
    inside.wait()
    r = threading.Thread(target=reader, daemon=True)
    r.start()
    assert _locked_elsewhere(data)
    release.set()  # the reader can only enter after the writer has left
    w.join()
    r.join()
    assert entered == ["writer out", "reader in"]
