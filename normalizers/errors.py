"""The one error type every normalizer raises when a value does not parse."""

from __future__ import annotations


class ValueParseError(ValueError):
    """A value that could not be converted.

    `kind` names the converter ("date", "baht", ...), `text` is the input as
    given, `reason` says what was wrong.  Parsers turn it into an `issues` row
    with the source lines attached; nothing returns "" or None for "failed".
    """

    def __init__(self, kind: str, text: object, reason: str):
        self.kind = kind
        self.text = text
        self.reason = reason
        super().__init__(f"cannot read {kind} from {text!r}: {reason}")
