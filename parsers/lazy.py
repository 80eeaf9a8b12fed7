"""Patterns compiled at their first use.

A parser module compiles its patterns on import, and a worker pool's fork
server imports every parser before the first worker starts (pipeline.warm):
about 0.4 CPU s of `regex.compile` (0.65 before its flags were computed on
ints: pipeline.regex_flags), serial, that no worker can share out.  A
pattern only a rare path uses (a repair that fires on a document in a
hundred, or a pattern kept as written only for the tests that check its
faster form) need not be paid for there: `lazy_compile` gives an object
that holds the pattern's text and compiles it with `regex` the first time
anything else of it is asked for, then answers as the compiled pattern does.

After the first use its methods are the compiled pattern's own bound
methods, kept on the object (`search`, `match`, `finditer`, `sub`, ...), so
a call costs what a compiled pattern's call costs.  Only its text,
`.pattern`, is answered without compiling (a larger pattern may be built
from it at import).  It is no `regex.Pattern`: pass it to nothing that
wants one (`regex.sub(p, ...)`, `isinstance`); call its methods."""

from __future__ import annotations

from typing import Any

import regex

# what a compiled pattern answers (its methods and attributes), kept on the object after its first use
_ANSWERS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subf", "subn", "subfn", "split",
            "splititer", "scanner", "flags", "groups", "groupindex", "named_lists")


class LazyPattern:
    """A `regex` pattern compiled at its first use (see the module's docstring)."""

    def __init__(self, pattern: str, flags: int = 0, **kwargs: Any) -> None:
        self.pattern = pattern
        self._flags = flags
        self._kwargs = kwargs

    def compiled(self) -> regex.Pattern:
        """The compiled pattern (compiled now if it was not yet)."""
        found = self.__dict__.get("_compiled")
        if found is None:
            found = regex.compile(self.pattern, self._flags, **self._kwargs)
            for name in _ANSWERS:
                setattr(self, name, getattr(found, name))
            self._compiled = found
        return found

    def __getattr__(self, name: str) -> Any:
        # asked only for what the object does not hold yet: before the first use
        if name.startswith("__") or name in ("_compiled", "_flags", "_kwargs"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}{', compiled' if '_compiled' in self.__dict__ else ''})"


def lazy_compile(pattern: str, flags: int = 0, **kwargs: Any) -> LazyPattern:
    """`regex.compile(pattern, flags, **kwargs)`, made at the first use."""
    return LazyPattern(pattern, flags, **kwargs)
