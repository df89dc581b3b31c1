"""Japanese tokens for the BM25 leg: fugashi (MeCab) with the unidic-lite dictionary."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from functools import cached_property
from typing import NamedTuple, Protocol

from .lazy_re import pattern
from .text import clean, nfkc

# Parts of speech that carry content; particles, auxiliaries and symbols do not.
CONTENT_POS = ("名詞", "動詞", "形容詞", "接尾辞", "接頭辞", "代名詞", "形状詞", "副詞")
# Verbs that carry no content on their own (する, ある, なる …).
_LIGHT = {"非自立可能"}
# Parts of a noun compound (教育 委員 会 → 教育委員会): one definition for the BM25
# tokens here and the question's compounds in grammar.py.
NOUN_PARTS = ("名詞", "接尾辞", "接頭辞", "形状詞")
_ASCII_WORD = pattern(r"[a-z0-9][a-z0-9.\-]*")

# Words that carry no condition and no topic in a question about agreements:
# agreement words, question words, generic nouns for parties and partners.
STOP_WORDS = frozenset("""
協定 協定書 覚書 合意書 協議書 合意 合意文 提携 連携 締結 協力 交流 宣言 契約 取り決め 取決め
結ぶ 結べる 交わす する ある いる なる 教える 知る 見る 分かる わかる 調べる 探す 示す くださる 教示
入る 含む 含まれる 同じ 並び 並びに 要る 不要 該当 多寡 平均 直接
ください 国際
一覧 リスト 全部 全て すべて 件 個 件数 数 何 いつ どこ 誰 だれ どれ どちら 相手 相手先 先 目的 内容
概要 詳細 中身 自治体 市町村 地方自治体 都市 市 町 村 県 機関 団体 組織 国 地域 国・地域 海外 外国
当事者 県内 正確 協定名 約束 やくそく 比べる くらべる
日本 関係 関する 関連 分野 もの こと ため 等 など 年 月 日 締結先 提携先 教えて 一覧表 表
相手国 載る 載せる 掲載 分ける 分かれる またがる 跨る 問題 課題 別 組む 要約 要約する
その うち 中 それ これ どの 以降 以前 まで から 前 後 より 全体 ほか 他 各 同士 結ばれる 結ぶ
つく 取り組み 取り組む 取組 取組み 関わる 係る 行う 関係する 思う 言う できる 持つ ありますか 向ける
どんな どのよう 種類 事例 例 具体 具体的 最近 最も もっとも 一番 いちばん 古い 新しい 最初 初めて
最新 直近 最古 早い 遅い 締結日 調印日 日付 年月日 諸国 各国 国々 とも でも ともとも 違う 異なる
agreement agreements agreement's about which what are is the of with in on for and or to any
list all show me tell how many number same city cities signed sign signing concluded made
between there do does did have has was were been be please give find oldest newest latest
earliest recent most first last no neither nor s more fewer fewest less had who whom from
make made involving involve involves including include includes
only them they their this that data table
please a an it its when what which those these ones compare versus vs except other than
excluding era purpose content contents details detail one two three four five six seven
eight nine ten partner partners
local government governments
japanese japan prefecture
以外 除く 除外 除ける 合わせる まとめる 時代 詳しい 比較 絞る 並べる 順 多い 少ない 比べる ほう 方
残る 扱う 関わる 集計 数える なる 見せる やつ もの 分 締結分 ござる 持ちかける
concluded agreed signed entered year years country countries region regions count counts
each every not wonder m re ve ll
場合
時点 現在 たつ 経つ 経過 まとめる
恐れ入る 恐縮 すみません すいません お願い 願う いただける いただく 頂く 頂ける もらえる
申し上げる 申す 賜る 存ずる 存じる 幸い 差し支える 属する 確かめる 検証 上回る 下回る 紹介
持つ もつ
お ご 程度
きょうてい ていけい むすぶ おしえる しる しりたい みせる がらみ 絡み 系 まわり
could would you break down want know like related regarding concerning curious
合計 総数 全体数 そもそも 載る 掲載 収録 total listed overall 対比 それぞれ
mou mous memorandum memoranda memorandums foreign overseas abroad itself themselves
that where whose whom みたい outside besides apart by トップ ランキング 上位 ベスト
含める 含む 限る 限定 次 残り まち こと ところ
抜く 抜き 省く 外す 入れる 引く なし 倍 倍以上 半分 半分以上
tally tallies inclusive anything ちょうど exactly 所在 所在地 列挙 相手方 年前 ago i
明治 大正 昭和 平成 令和 前半 後半 確認 如何 あわせる つまり すなわち 要するに
cover covers covered covering concern concerns connect connects connected connecting
link links linked linking altogether now just
並べ替える 並び替える 並べかえる ソート sort sorted order ordered arrange arranged
データ データベース データセット data database dataset 登録 registered 逆
なんぼ w ｗ 笑 本当 ほんとう ほんと 正しい 事実 聞く 実際 実は
対象 主体 締結主体 全協定 kyotei oboegaki conclude at least
締約 協約 取極 取極め 案件 向け 加盟 加盟国 計算 めぐる
nations nation member members states なおかつ 尚且つ
触れる 言及 記す 書く 書かれる 盛り込む 明記
mention mentions mentioned mentioning
""".split())



_SMALL_KANA = str.maketrans("ァィゥェォッャュョヮヵヶー", "アイウエオツヤユヨワカケ ")


_HAS_KANJI = pattern(r"[\u4e00-\u9fff]")


def _voiceless(text: str) -> str:
    """ブラド and プラド share a key: voicing marks and small kana folded away."""
    import unicodedata

    out = []
    for ch in unicodedata.normalize("NFD", text):
        if ch in "\u3099\u309a":
            continue
        out.append(ch)
    s = unicodedata.normalize("NFC", "".join(out))
    return s.translate(_SMALL_KANA).replace(" ", "")


class Word(NamedTuple):
    """One MeCab token: surface form, part of speech, its subclass, dictionary form, and
    the subclass's own (一般; 副詞可能 for あと, なか, うち)."""

    surface: str
    pos: str
    sub: str
    base: str
    detail: str = ""


_LETTERS_NUMBER = pattern(r"^[A-Za-z]{1,4}\d+(?:\.\d*)?$")  # CO2, PM2., PM2.5


def is_noun_part(w: Word) -> bool:
    """A token that joins a noun compound (not a numeral, not Latin letters, not the
    stem of an auxiliary: 連合会みたい, 同じよう)."""
    return w.pos in NOUN_PARTS and w.sub not in ("数詞", "助動詞語幹") and \
        not w.surface.isascii()


def run_start(words: Sequence[Word], i: int) -> int:
    """Where the noun run ending just before `i` starts (`i`: none there)."""
    while i > 0 and is_noun_part(words[i - 1]):
        i -= 1
    return i


def run_end(words: Sequence[Word], i: int) -> int:
    """Where the noun run starting at `i` ends (`i`: none there)."""
    while i < len(words) and is_noun_part(words[i]):
        i += 1
    return i


def noun_runs_of(words: Sequence[Word]) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """Each noun run said before の and the noun run after it (ロボットの共同研究 →
    (ロボット,), (共同, 研究)), as lower-case surfaces."""
    out = []
    for i, w in enumerate(words):
        if w.surface != "の" or w.pos != "助詞":
            continue
        j, k = run_start(words, i), run_end(words, i + 1)
        if j < i and k > i + 1:
            out.append((tuple(x.surface.lower() for x in words[j:i]),
                        tuple(x.surface.lower() for x in words[i + 1:k])))
    return out


class _Feature(Protocol):
    """What this module reads of a fugashi token's UniDic features (orthBase and kana
    are read with getattr: not every dictionary has them)."""

    @property
    def pos1(self) -> str | None: ...
    @property
    def pos2(self) -> str | None: ...
    @property
    def pos3(self) -> str | None: ...


class _Node(Protocol):
    """What this module reads of a fugashi token (fugashi ships no type hints)."""

    @property
    def surface(self) -> str: ...
    @property
    def feature(self) -> _Feature: ...
    @property
    def is_unk(self) -> bool: ...


class _Tagger(Protocol):
    def __call__(self, text: str) -> list[_Node]: ...


class Tokenizer:
    """Callable: text → content tokens (NFKC, lower-cased), plus noun compounds.

    Nouns keep their surface form; verbs and adjectives their dictionary form
    (結んだ → 結ぶ). Runs of nouns are also emitted joined (教育委員会), so a
    phrase in the question scores above its scattered words.
    """

    @cached_property
    def _tagger(self) -> _Tagger:
        try:
            import fugashi
        except ImportError as exc:  # pragma: no cover - an install problem
            from .errors import ModelError

            raise ModelError(
                "fugashi is not installed; run `pip install fugashi unidic-lite`") from exc
        tagger: _Tagger = fugashi.Tagger()
        return tagger

    def words(self, text: str) -> tuple[Word, ...]:
        """(surface, part of speech, subclass, dictionary form) per token of NFKC `text`.

        The last few texts are remembered: one question is tokenised for its
        conditions, its BM25 terms and its coverage, and MeCab runs once.
        """
        return self._words(text)

    @functools.lru_cache(maxsize=256)  # noqa: B019 - one Tokenizer lives per process
    def _words(self, text: str) -> tuple[Word, ...]:
        out: list[Word] = []
        for w in self._tagger(clean(nfkc(text))):
            f = w.feature
            # Latin letters and the number written on to them are one word (CO2, PM2.5:
            # MeCab cuts CO | 2, PM | 2 | . | 5), as the concepts and the data write them.
            spaced = getattr(w, "white_space", "")  # (fugashi's, not in its stubs)
            if out and not spaced and _LETTERS_NUMBER.match(out[-1].surface + w.surface):
                last = out[-1]
                joined = last.surface + w.surface
                out[-1] = Word(joined, last.pos, last.sub, joined, last.detail)
                continue
            base = getattr(f, "orthBase", None) or w.surface
            pos, sub = f.pos1 or "", f.pos2 or ""
            out.append(Word(w.surface, pos, sub, base, f.pos3 or ""))
        return tuple(out)

    @functools.lru_cache(maxsize=4096)  # noqa: B019 - one Tokenizer lives per process
    def reading(self, text: str) -> str:
        """The katakana reading of `text` (UniDic), or "" when a word has none."""
        out: list[str] = []
        for w in self._tagger(clean(nfkc(text))):
            kana = getattr(w.feature, "kana", None)
            if not kana or kana == "*":
                return ""
            out.append(kana)
        return "".join(out)

    @functools.lru_cache(maxsize=4096)  # noqa: B019 - one Tokenizer lives per process
    def lemma(self, word: str) -> str | None:
        """The kanji UniDic writes a word typed in hiragana with (くうき → 空気, へらす →
        減らす), when it is one noun or verb it knows; else None."""
        ws = self._tagger(clean(nfkc(word)))
        if len(ws) != 1 or ws[0].is_unk or ws[0].feature.pos1 not in ("名詞", "動詞"):
            return None
        lemma = (getattr(ws[0].feature, "lemma", None) or "").split("-")[0]
        return lemma if _HAS_KANJI.search(lemma) else None

    def cuts(self, text: str) -> frozenset[int]:
        """Where MeCab cuts `text` (NFKC): the offsets at which its tokens start and end."""
        out, at = {0, len(text)}, 0
        for w in self.words(text):
            i = text.find(w.surface, at)
            if i >= 0:
                at = i + len(w.surface)
                out |= {i, at}
        return frozenset(out)

    def common_or_place(self, word: str) -> bool:
        """A word UniDic has whole as a common noun or a place's name (長期, 長崎; not a
        family name such as 大楽, nor a stretch it had to cut)."""
        return self.known(word) or self.is_place(word)

    def known(self, word: str) -> bool:
        """A word UniDic has whole as a common noun (not a name it had to guess)."""
        ws = self._tagger(clean(nfkc(word)))
        return len(ws) == 1 and not ws[0].is_unk and ws[0].feature.pos2 == "普通名詞"

    def is_place(self, word: str) -> bool:
        """A word UniDic has whole as a place's name (ハワイ, グアム: 固有名詞・地名)."""
        ws = self._tagger(clean(nfkc(word)))
        return len(ws) == 1 and not ws[0].is_unk and ws[0].feature.pos3 == "地名"

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

        for word in self.words(text):
            surface, pos, sub, base, _ = word
            s = surface.lower()
            if is_noun_part(word):
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
        words = {w.surface.lower() for w in ws} | {w.base.lower() for w in ws}
        return [t for t in tokens if t not in extra or t in words]

    def compounds(self, text: str) -> list[tuple[str, ...]]:
        """The noun compounds of `text`, each as its parts in order (宇宙開発 → 宇宙, 開発)."""
        out: list[tuple[str, ...]] = []
        run: list[str] = []
        for word in (*self.words(text), None):
            if word is not None and is_noun_part(word):
                run.append(word.surface.lower())
                continue
            if len(run) > 1:
                out.append(tuple(run))
            run = []
        return out

    def many(self, texts: Iterable[str]) -> list[list[str]]:
        return [self(t) for t in texts]


def fuzzy_key(token: str) -> str:
    """The key under which spelling variants of a katakana word meet."""
    return _voiceless(token)
