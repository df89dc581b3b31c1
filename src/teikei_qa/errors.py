"""The package's own exceptions. Each message says what happened and what to do."""

from __future__ import annotations


def where(source: str, line: int | None, sheet: str | None = None) -> str:
    """A place in the data as citations and messages show it: `file:line`, `file:sheet!row`
    (a workbook), or `file` / `file:sheet` when no row is meant."""
    out = source if sheet is None else f"{source}:{sheet}"
    if line is not None:
        out += f"!{line}" if sheet is not None else f":{line}"
    return out


class TeikeiError(Exception):
    """Base class: an expected failure the CLI reports on one line with exit code 2."""


class DataError(TeikeiError):
    """A data file cannot be read as an agreement list: `file:line`, or `file:sheet!row`
    for a workbook."""

    def __init__(self, source: str, line: int | None, problem: str,
                 sheet: str | None = None) -> None:
        self.source = source
        self.line = line
        self.problem = problem
        self.sheet = sheet
        super().__init__(f"{where(source, line, sheet)}: {problem}")


class IndexMissingError(TeikeiError):
    """No index where one was expected."""


class IndexStaleError(TeikeiError):
    """The index was built from other data, with another model, or is damaged."""


class UnknownRecordError(TeikeiError):
    """A record id or title that is not in the index."""


class ModelError(TeikeiError):
    """An encoder that cannot be loaded."""


class QuestionError(TeikeiError):
    """A question that cannot be asked (empty, say)."""
