"""teikei-qa: questions and answers over the international agreements of Japanese
local governments other than sister cities (姉妹友好都市以外の提携リスト).

The names below are imported on first use (PEP 562), so that the CLI can start loading
the encoder before it imports the question grammar (cli.py).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .answer import Answer
    from .conditions import Plan
    from .dates import SignDate
    from .engine import Engine, build
    from .errors import (
        DataError,
        IndexMissingError,
        IndexStaleError,
        ModelError,
        QuestionError,
        TeikeiError,
        UnknownRecordError,
    )
    from .lists import load_file, load_files
    from .records import Party, Record
    from .retrieve import Hit
    from .settings import Settings, from_env

_HOME = {
    "Answer": "answer", "Plan": "conditions", "SignDate": "dates", "Engine": "engine",
    "build": "engine", "DataError": "errors", "IndexMissingError": "errors",
    "IndexStaleError": "errors", "ModelError": "errors", "QuestionError": "errors",
    "TeikeiError": "errors", "UnknownRecordError": "errors", "load_file": "lists",
    "load_files": "lists", "Party": "records", "Record": "records", "Hit": "retrieve",
    "Settings": "settings", "from_env": "settings",
}

__all__ = [
    "Answer", "DataError", "Engine", "Hit", "IndexMissingError", "IndexStaleError",
    "ModelError", "Party", "Plan", "QuestionError", "Record", "Settings", "SignDate",
    "TeikeiError", "UnknownRecordError", "build", "from_env", "load_file", "load_files",
]


def __getattr__(name: str) -> object:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module 'teikei_qa' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{home}", __name__), name)
    globals()[name] = value  # later lookups find it without this function
    return value
