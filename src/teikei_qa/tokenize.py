"""Japanese tokens for the BM25 leg: fugashi (MeCab) with the unidic-lite dictionary."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from functools import cached_property

from .gazetteer import clean, nfkc

# Parts of speech that carry content; particles, auxiliaries and symbols do not.
CONTENT_POS = ("名詞", "動詞", "形容詞", "接尾辞", "接頭辞", "代名詞", "形状詞", "副詞")
# Verbs that carry no content on their own (する, ある, なる …).
_LIGHT = {"非自立可能"}
_NOUNISH = ("名詞", "接尾辞", "接頭辞", "代名詞", "形状詞")
_ASCII_WORD = re.compile(r"[a-z0-9][a-z0-9.\-]*")


def _voiceless(text: str) -> str:
    """ブラド and プラド share a key: voicing marks and small kana folded away."""
    import unicodedata

    out = []
    for ch in unicodedata.normalize("NFD", text):
        if ch in "\u3099\u309a":
            continue
        out.append(ch)
    s = unicodedata.normalize("NFC", "".join(out))
    return s.translate(str.maketrans("ァィゥェォッャュョヮヵヶー", "アイウエオツヤユヨワカケ "))\
        .replace(" ", "")


class Tokenizer:
    """Callable: text → content tokens (NFKC, lower-cased), plus noun compounds.

    Nouns keep their surface form; verbs and adjectives their dictionary form
    (結んだ → 結ぶ). Runs of nouns are also emitted joined (教育委員会), so a
    phrase in the question scores above its scattered words.
    """

    @cached_property
    def _tagger(self):
        try:
            import fugashi
        except ImportError as exc:  # pragma: no cover - an install problem
            from .errors import ModelError

            raise ModelError("fugashi is not installed; run `pip install fugashi unidic-lite`") from exc
        return fugashi.Tagger()

    def words(self, text: str) -> tuple[tuple[str, str, str, str], ...]:
        """(surface, part of speech, subclass, dictionary form) per token of NFKC `text`.

        The last few texts are remembered: one question is tokenised for its
        conditions, its BM25 terms and its coverage, and MeCab runs once.
        """
        return self._words(text)

    @functools.lru_cache(maxsize=256)  # noqa: B019 - one Tokenizer lives per process
    def _words(self, text: str) -> tuple[tuple[str, str, str, str], ...]:
        out = []
        for w in self._tagger(clean(nfkc(text))):
            f = w.feature
            base = getattr(f, "orthBase", None) or w.surface
            pos, sub = f.pos1 or "", f.pos2 or ""
            out.append((w.surface, pos, sub, base))
        return tuple(out)

    def __call__(self, text: str) -> list[str]:
        return self._tokens(text)[0]

    def _tokens(self, text: str) -> tuple[list[str], set[str]]:
        """(all tokens, the extra ones: compounds and their character bigrams)."""
        tokens: list[str] = []
        extra: set[str] = set()
        run: list[str] = []

        def flush() -> None:
            if len(run) > 1:
                compound = "".join(run)
                tokens.append(compound)
                extra.add(compound)
                # Bigrams of a compound let 大学 find 釜慶大学校, which MeCab splits as
                # 釜/慶大/学校: the dictionary's cut is not always the reader's.
                if len(compound) >= 3:
                    grams = [compound[i:i + 2] for i in range(len(compound) - 1)]
                    tokens.extend(grams)
                    extra.update(grams)
            run.clear()

        for surface, pos, sub, base in self.words(text):
            s = surface.lower()
            if pos in _NOUNISH and sub != "数詞" and not s.isascii():
                run.append(s)
            else:
                flush()
            content = pos in CONTENT_POS and sub not in _LIGHT and sub != "数詞"
            if not content and not (pos != "補助記号" and _ASCII_WORD.fullmatch(s)):
                continue
            if pos in ("動詞", "形容詞"):
                tokens.append(base.lower())
            else:
                tokens.append(s)
        flush()
        return tokens, extra

    def parts(self, text: str) -> list[str]:
        """The words of `text` as MeCab cuts them, without compounds and bigrams."""
        tokens, extra = self._tokens(text)
        ws = self.words(text)
        words = {w[0].lower() for w in ws} | {w[3].lower() for w in ws}
        return [t for t in tokens if t not in extra or t in words]

    def many(self, texts: Iterable[str]) -> list[list[str]]:
        return [self(t) for t in texts]


def fuzzy_key(token: str) -> str:
    """The key under which spelling variants of a katakana word meet."""
    return _voiceless(token)
