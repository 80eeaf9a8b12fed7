"""Test helper: a BMA progress form's entries read from a few text lines,
numbered from `start` (parsers.bma_progress.entries.parse_entries), with
each entry's plan and target flags by report number."""

from parsers.bma_progress.entries import parse_entries
from tests.lines import numbered_lines


def entry_flags(*texts: str, start: int = 1):
    """({report number: (on_plan, on_target)}, the whole EntriesResult)."""
    result = parse_entries(numbered_lines(*texts, start=start))
    return {seq: (e.figures.get("plan"), e.figures.get("target")) for seq, e in sorted(result.entries.items())}, result
