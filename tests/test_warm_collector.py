"""pipeline.warm loads everything with the cyclic collector off and makes no
collection of its own before the freeze (its docstring): the collector is
on again after it, as before, and what it loaded is frozen."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_PROBE = """
import gc, sys
collections = []
gc.callbacks.append(lambda phase, info: phase == "start" and info["generation"] == 2 and collections.append(2))
{before}
import pipeline.warm
print(gc.isenabled(), len(collections), gc.get_freeze_count() > 100_000, "pipeline.stages" in sys.modules)
"""


def _probe(before: str = "") -> str:
    out = subprocess.run([sys.executable, "-c", _PROBE.format(before=before)], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    return out.stdout.strip()


def test_warm_loads_without_collecting_and_turns_the_collector_back_on():
    # on again after the loading; no full collection during it (there were three, and one more before the
    # freeze: before the module runs, finding it may still set off a young one); the loaded objects frozen
    assert _probe() == "True 0 True True"


def test_warm_leaves_a_collector_turned_off_off():
    assert _probe("gc.disable()") == "False 0 True True"
