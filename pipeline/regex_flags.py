"""`regex.compile`'s flag arithmetic on plain ints (a speed change only).

The `regex` module parses a pattern in Python (`regex._regex_core`), and
its flags are members of `RegexFlag`, an `enum.IntFlag`: every
`info.flags & IGNORECASE` the parser makes (a dozen a character set, about
300,000 when the parsers' modules are imported) goes through enum's
`__and__`, `__call__` and `__new__` in Python, several times the cost of an
int's `&`.  Compiling the patterns `pipeline.warm` loads took 0.61-0.64 CPU s,
0.36-0.43 with the flags as plain ints (measured 2026-11-29, the same
patterns, alternated): the fork server's serial start, which no worker
shares out, is shorter by that much.

`use_int_flags` (run when the `pipeline` package is imported, before the
stages import the parsers and their patterns are compiled; parsers/ and
normalizers/ used as a library leave `regex` as it is) gives the parser's module-level flag
constants and the tables keyed by them (`DEFAULT_FLAGS`, `REGEX_FLAGS`,
`CASE_FLAGS_COMBINATIONS`, `CASE_TEXT`) as the ints they are equal to, and
makes the parser's `Info` hold the caller's flags as an int.  An `IntFlag`
member is an int subclass of the same value and hash, so every `&`, `|`,
`==` and dict lookup gives the same number, and the compiled pattern (the
code `regex._regex_core` hands to the C engine, its groups, its named lists)
is the same: `tests/test_regex_flags.py` compiles every pattern the
project's modules hold both ways and compares what reaches the engine.
What the callers see does not change: `regex.IGNORECASE` and the other
public names stay `RegexFlag` members, and a compiled pattern's `.flags` was
already an int.  A `regex` release that renames what this touches is left
as it is (the flags stay enum members: slower, the same patterns; the tests
that compare both ways are skipped then)."""

from __future__ import annotations

from typing import Any

import regex._main as _main
import regex._regex_core as _core

# the module-level tables of regex._regex_core whose keys or values are flags
_TABLES = ("DEFAULT_FLAGS", "REGEX_FLAGS", "CASE_FLAGS_COMBINATIONS", "CASE_TEXT")

_saved: dict[tuple[Any, str], Any] = {}  # (module, name) -> the value it had: what restore_enum_flags puts back


def _as_int(value: Any) -> Any:
    return int(value) if isinstance(value, _core.RegexFlag) else value


def use_int_flags() -> bool:
    """Make regex's pattern parser compute its flags on ints (see the
    module's docstring); whether it does (False: this `regex` is not laid
    out as expected, nothing changed)."""
    if _saved:
        return True
    flag_type = getattr(_core, "RegexFlag", None)
    info = getattr(_core, "Info", None)
    if flag_type is None or info is None or not all(isinstance(getattr(_core, name, None), dict) for name in _TABLES):
        return False
    changes: dict[tuple[Any, str], Any] = {}
    for module in (_core, _main):
        for name, value in list(vars(module).items()):
            if isinstance(value, flag_type):
                changes[(module, name)] = int(value)
    for name in _TABLES:
        table = getattr(_core, name)
        changes[(_core, name)] = {_as_int(key): _as_int(value) for key, value in table.items()}
    enum_init = info.__init__

    def __init__(self, flags=0, char_type=None, kwargs={}):  # noqa: B006 - the signature of regex's own
        enum_init(self, int(flags), char_type, kwargs)

    changes[(info, "__init__")] = __init__
    for (owner, name), value in changes.items():
        _saved[(owner, name)] = vars(owner)[name]
        setattr(owner, name, value)
    return True


def restore_enum_flags() -> None:
    """Undo use_int_flags (for the test that compares both ways)."""
    for (owner, name), value in _saved.items():
        setattr(owner, name, value)
    _saved.clear()
