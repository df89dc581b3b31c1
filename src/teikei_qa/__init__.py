"""teikei-qa: questions and answers over the international agreements of Japanese
local governments other than sister cities (姉妹友好都市以外の提携リスト)."""

from __future__ import annotations

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

__all__ = [
    "Answer", "DataError", "Engine", "Hit", "IndexMissingError", "IndexStaleError",
    "ModelError", "Party", "Plan", "QuestionError", "Record", "Settings", "SignDate",
    "TeikeiError", "UnknownRecordError", "build", "from_env", "load_file", "load_files",
]
