"""Test helper: the Line records of a few text lines, numbered from `start`
(kind "text"), as the clean-up hands them to the parsers."""
from schemas.document import Line


def numbered_lines(*texts: str, start: int = 1) -> list[Line]:
    return [Line(no, text) for no, text in enumerate(texts, start=start)]


def celled_lines(*rows: tuple[str, tuple[int, ...]], start: int = 100) -> list[Line]:
    """Lines with their cells' start columns (`cols`), numbered from `start`:
    a table row as the clean-up hands it over."""
    return [Line(i, text, cols=cols) for i, (text, cols) in enumerate(rows, start=start)]


def untransposed_dates(lines: list[Line]) -> list[str | None]:
    """Each BMA entry's date, as the untransposed text gives it (":: date :"
    under its header "รายงานครั้งที่ N"), in order; None where none stands."""
    from parsers.bma_progress.transposed import untranspose_with_doubts
    out, _ = untranspose_with_doubts(lines)
    got: list[str | None] = []
    for ln in out:
        if ln.text.startswith("รายงานครั้งที่"):
            got.append(None)
        elif ln.text.startswith("::") and got and got[-1] is None:
            got[-1] = ln.text.strip(": ")
    return got
