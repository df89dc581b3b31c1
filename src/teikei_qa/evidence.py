"""Which ranked hits a topic answer cites, and which it only shows as related. Pure.

Each hit comes as (coverage, cosine): the share of the question's word weight the record
holds (Retriever.coverage, 0‥1; words the data never uses count as the rarest, words
read softly where their stand-ins are, at the cosine) and the dense leg's cosine.
Confidence = coverage + cosine (clipped at 0)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

Evidence = tuple[float, float]  # (coverage, cosine) of one ranked hit


@dataclass(frozen=True)
class Thresholds:
    """A hit is cited when its confidence reaches `confidence_min` and `confidence_rel` ×
    the best hit's, with at least `coverage_floor` of the words, and so is any hit holding
    the same share of the words as the best one cited (at least `peer_coverage`: the same
    phrase in four summaries is one piece of evidence). When none does, a hit
    that leads clearly — `lead_ratio` × the next hit's confidence, with at least
    `lead_coverage` of the words — is cited alone. With no hit sharing a word (all below
    `lexical_none`), only the top hit is cited, at a cosine ≥ `dense_only_min` (English,
    say; a question in Japanese, whose cosines to the Japanese summaries run higher, at
    `dense_only_min_japanese`). scripts/citation_sweep.py chose them over the eval files:
    the most cited at which no `none` question cites anything (README, "Answer
    thresholds")."""

    confidence_min: float = 0.6
    confidence_rel: float = 0.6
    coverage_floor: float = 0.3
    lead_ratio: float = 1.8
    lead_coverage: float = 0.4
    lexical_none: float = 0.2
    dense_only_min: float = 0.33
    dense_only_min_japanese: float = 0.4
    related_max: int = 3
    cliff_min: float = 0.3
    cliff_ratio: float = 0.5
    cliff_coverage_rel: float = 0.6
    head_coverage: float = 0.5
    head_cosine: float = 0.3
    companion_cosine: float = 0.9
    companion_cosine_min: float = 0.3
    companion_score: float = 0.5
    companion_depth: int = 6
    peer_coverage: float = 0.5


THRESHOLDS = Thresholds()


def _confidence(e: Evidence) -> float:
    return e[0] + max(e[1], 0.0)


def cited(rows: Sequence[Evidence], t: Thresholds = THRESHOLDS, japanese: bool = False
          ) -> list[int]:
    """The positions (in rank order) of the hits a topic answer cites. With no hit holding
    `lexical_none` of the words, the dense leg's top hit alone — when some hit holds some
    word, even softly: a question none of whose words any row holds (大きな地震や洪水の
    あとの復興) is about something the data does not hold, however near a summary reads."""
    if not rows:
        return []
    if (most := max(c for c, _ in rows)) < t.lexical_none:
        least = t.dense_only_min_japanese if japanese else t.dense_only_min
        return [0] if most > 0 and rows[0][1] >= least else []
    conf = [_confidence(e) for e in rows]
    cut = max(t.confidence_min, t.confidence_rel * max(conf))
    kept = [i for i, (e, cf) in enumerate(zip(rows, conf, strict=True))
            if cf >= cut and e[0] >= t.coverage_floor]
    if kept:  # …and the hits holding as much of the words as the best kept one (資料の
        best = max(rows[i][0] for i in kept)  # 相互利用 in four museums' summaries)
        return sorted({*kept, *(i for i, (c, _) in enumerate(rows)
                                if abs(c - best) < 1e-6 and c >= t.peer_coverage)})
    order = sorted(range(len(rows)), key=lambda i: -conf[i])
    top = order[0]
    second = conf[order[1]] if len(order) > 1 else 0.0
    lead = rows[top][0] >= t.lead_coverage and conf[top] >= t.lead_ratio * second
    return [top] if lead else []


def related(rows: Sequence[Evidence], t: Thresholds = THRESHOLDS) -> list[int]:
    """When nothing is cited: the top hits with some evidence (some of the question's
    words, or a cosine ≥ `dense_only_min`), shown and not cited — 「このデータには
    ありません」 is said only when there are none."""
    return [i for i, (c, d) in enumerate(rows[:t.related_max])
            if c >= t.lexical_none or d >= t.dense_only_min]


def cliff(scores: Sequence[float], t: Thresholds = THRESHOLDS) -> list[int]:
    """The positions of the ranked hits above the first fall to less than `cliff_ratio`
    × the score before it (0.61 0.42 0.41 0.39 | 0.17), when the best reaches `cliff_min`
    and the fall comes: a clear head of hits, for ranking among rows the conditions
    already chose."""
    if not scores or scores[0] < t.cliff_min:
        return []
    for i in range(1, len(scores)):
        if scores[i] < t.cliff_ratio * scores[i - 1]:
            return list(range(i))
    return []


def topic_cited(rows: Sequence[Evidence], scores: Sequence[float], bare_head: bool = False,
                t: Thresholds = THRESHOLDS, heads_only: bool = False, japanese: bool = False
                ) -> list[int]:
    """What a topic answer cites: `cited`, or when that keeps nothing, the clear head of
    the ranking (`cliff`) when its first hit shares some of the question's words
    (`lexical_none`), less the hits of that head holding under `cliff_coverage_rel` of
    the first one's share of the words. When the question's only held word of a
    compound is the compound's head after a word the data never uses (`bare_head`: 開発
    of 宇宙開発, 対策 of 災害対策), the first hit must hold half of the words or have a
    cosine of `head_cosine` for anything to be cited (クルーズ船の寄港誘致: 誘致 of
    キャンプ誘致 is all the first hit holds); when such heads are all the question's
    words the data holds (`heads_only`: 宇宙開発の協定はある？, 感染症対策の協力は？), it
    must hold more than half. Chosen on the eval files (README, "Answer thresholds")."""
    if rows and rows[0][1] < t.head_cosine and (
            heads_only and rows[0][0] <= t.head_coverage or
            bare_head and rows[0][0] < t.head_coverage):
        return []
    kept = cited(rows, t, japanese)
    if kept or not rows or rows[0][0] < t.lexical_none and (
            rows[0][1] < t.head_cosine or max(c for c, _ in rows) == 0):
        return _with_companions(kept, rows, scores, t)
    head = [i for i in cliff(scores, t) if rows[i][0] >= t.cliff_coverage_rel * rows[0][0]]
    return _with_companions(head, rows, scores, t)


def _with_companions(kept: list[int], rows: Sequence[Evidence], scores: Sequence[float],
                     t: Thresholds) -> list[int]:
    """`kept` and the hits near the top (the first `companion_depth`) as close in meaning
    as the closest kept one (`companion_cosine` × its cosine, and at least
    `companion_cosine_min`: a low cosine says little) and ranked with them
    (`companion_score` × the best kept score): the water agreements of a question about
    safe tap water, where one holds more of its words than the others."""
    if not kept:
        return kept
    cosine = max(t.companion_cosine * max(rows[i][1] for i in kept), t.companion_cosine_min)
    score = t.companion_score * max(scores[i] for i in kept)
    more = [j for j in range(min(t.companion_depth, len(rows)))
            if j not in kept and rows[j][1] >= cosine and scores[j] >= score]
    return sorted({*kept, *more})
