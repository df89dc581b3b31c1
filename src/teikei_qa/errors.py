"""The package's own exceptions. Each message says what happened and what to do."""

from __future__ import annotations


class TeikeiError(Exception):
    """Base class: an expected failure the CLI reports on one line with exit code 2."""


class DataError(TeikeiError):
    """A data file cannot be read as an agreement list."""

    def __init__(self, source: str, line: int | None, problem: str) -> None:
        self.source = source
        self.line = line
        self.problem = problem
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {problem}")


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
