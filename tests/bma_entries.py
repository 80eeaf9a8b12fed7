"""Test helper: a BMA progress form's entries read from a few text lines,
numbered from `start` (parsers.bma_progress.entries.parse_entries), with
each entry's plan and target flags by report number."""

from parsers.bma_progress.entries import parse_entries
from tests.lines import numbered_lines


def entry_flags(*texts: str, start: int = 1):
    """({report number: (on_plan, on_target)}, the whole EntriesResult)."""
    result = parse_entries(numbered_lines(*texts, start=start))
    return {seq: (e.figures.get("plan"), e.figures.get("target")) for seq, e in sorted(result.entries.items())}, result


def assert_entry_figures(entries: dict, want: dict) -> None:
    """Each entry of `want` ({report number: (progress, disbursed, on_plan,
    the description's opening)}) read with no figure in doubt, its figures
    those, its target flag on, its description opening so."""
    from parsers.bma_progress.entries import figure_values

    for seq, (progress, paid, on_plan, opens) in want.items():
        values, bad = figure_values(entries[seq])
        assert not bad, seq
        assert values["progress_pct"] == progress and values["disbursed"] == paid, seq
        assert values["on_plan"] is on_plan and values["on_target"] is True, seq
        assert entries[seq].description.startswith(opens), seq
