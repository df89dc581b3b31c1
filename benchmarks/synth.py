"""Synthetic agreement lists made from the real one, for benchmarks and robustness tests.

The rows recombine what the real list holds (its parties, partners, fields, title
shapes and summary sentences, with the names inside them replaced) with other real
Japanese municipalities and partner cities, and vary the signing date across the
forms the lists use (`[2011年8月31日締結]`, `・2014年5月12日締結`, `平成26年5月12日に…
締結`, `[調印日 2007年5月3日]`). Output is the published TSV layout with header blocks.

Deterministic: the same `(n, seed)` gives the same rows, and the rows of a smaller `n`
are a prefix of those of a larger one (an incremental rebuild adds exactly one row).
Every (自治体名, 協定名, 協定締結先) triple is unique, so record ids never collide.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from teikei_qa.dates import find_dates
from teikei_qa.gazetteer import (
    CITY_PREFECTURE,
    COUNTRY_ALIASES,
    PREFECTURES,
    country_of,
)
from teikei_qa.lists import load_file
from teikei_qa.records import HEADER_FIRST, record_key
from teikei_qa.settings import DEFAULT_DATA
from teikei_qa.text import nfkc

LIST_TITLE = "姉妹友好都市以外の提携リスト"
LIST_DATE = "平成28年9月現在 (地方自治体からの提供)"
HEADER = [HEADER_FIRST, "協定名", "協定締結先(国・地域名/都市名)", "分野", "概要(骨子、締結年等)",
          "URL"]
FIRST_YEAR, LAST_YEAR = 1985, 2016  # the list is as of 平成28年9月

# Real towns and cities that the lists write with their prefecture (佐賀県有田町).
TOWNS = """
北海道ニセコ町 北海道東川町 北海道釧路市 青森県弘前市 岩手県遠野市 宮城県気仙沼市 秋田県仙北市
山形県鶴岡市 福島県会津若松市 栃木県日光市 群馬県草津町 千葉県成田市 神奈川県箱根町
山梨県富士河口湖町 長野県白馬村 新潟県佐渡市 富山県南砺市 石川県加賀市 岐阜県高山市
静岡県熱海市 三重県伊勢市 京都府宮津市 兵庫県豊岡市 奈良県明日香村 和歌山県高野町 島根県出雲市
岡山県備前市 広島県尾道市 山口県萩市 徳島県鳴門市 香川県小豆島町 愛媛県今治市 高知県四万十市
福岡県太宰府市 福岡県柳川市 佐賀県唐津市 佐賀県伊万里市 長崎県対馬市 長崎県五島市
熊本県阿蘇市 大分県別府市 大分県由布市 宮崎県日南市 鹿児島県屋久島町 沖縄県石垣市
""".split()

# Partner cities and provinces by country as the lists write them (国/都市).
PARTNER_CITIES: dict[str, tuple[str, ...]] = {
    "米国": ("シアトル市", "アトランタ市", "ポートランド市", "サンフランシスコ市", "ホノルル市",
           "ハワイ州", "ワシントン州"),
    "中国": ("上海市", "大連市", "青島市", "広州市", "杭州市", "天津市", "武漢市", "江蘇省",
           "福建省", "浙江省", "湖北省", "遼寧省", "山東省"),
    "韓国": ("釜山広域市", "仁川広域市", "大邱広域市", "光州広域市", "蔚山広域市", "済州特別自治道",
           "慶尚南道"),
    "台湾": ("高雄市", "台北市", "台南市", "台中市", "新北市"),
    "ベトナム": ("ハイフォン市", "ホーチミン市", "ダナン市", "ハノイ市"),
    "タイ王国": ("バンコク都", "チェンマイ県", "プーケット県"),
    "インドネシア": ("スラバヤ市", "ジャカルタ特別州", "バリ州"),
    "マレーシア": ("ジョホール州", "ペナン州", "クアラルンプール市"),
    "シンガポール": ("シンガポール",),
    "フィリピン": ("ダバオ市", "セブ州", "マニラ市"),
    "ミャンマー": ("ヤンゴン市", "マンダレー市"),
    "カンボジア": ("プノンペン都", "シェムリアップ州"),
    "モンゴル": ("ウランバートル市",),
    "インド": ("グジャラート州", "チェンナイ市", "デリー準州"),
    "ロシア": ("ウラジオストク市", "ハバロフスク地方", "サハリン州"),
    "オーストラリア": ("ケアンズ市", "ブリスベン市", "クイーンズランド州"),
    "ニュージーランド": ("オークランド市", "クライストチャーチ市"),
    "カナダ": ("バンクーバー市", "アルバータ州"),
    "フランス": ("リヨン市", "ボルドー市", "ストラスブール市"),
    "ドイツ": ("ミュンヘン市", "フランクフルト市", "バイエルン州"),
    "イタリア": ("フィレンツェ市", "ミラノ市"),
    "スペイン": ("バルセロナ市", "バレンシア州"),
    "英国": ("エディンバラ市", "マンチェスター市"),
    "オランダ": ("ロッテルダム市", "ライデン市"),
    "ブラジル": ("サンパウロ州", "パラナ州"),
    "メキシコ": ("グアナファト州",),
    "トルコ": ("イスタンブール市",),
}

# Kinds of partner organisation, appended to a city's stem (釜山 + 外国語大学校).
ORGANISATIONS = ("外国語大学", "市立美術館", "博物館", "商工会議所", "観光局", "水道公社",
                 "港湾局", "国際交流センター", "医科大学", "農業科学院")

FIELDS = ("経済", "文化", "教育", "環境", "水道", "観光", "スポーツ", "水産", "友好交流", "防災",
          "医療", "港湾", "農林", "青少年交流", "まちづくり", "国際協力")

# Summary sentences written for each field, so that topic questions find their words.
FIELD_SENTENCES: dict[str, tuple[str, ...]] = {
    "経済": ("{c}との経済交流を促進するため、企業間の商談会や見本市への相互出展を行う。",
           "地元中小企業の海外展開を支援し、貿易と投資の拡大を図ることを目的とする。"),
    "文化": ("伝統芸能の公演や美術展の相互開催を通じて、両地域の文化交流を深める。",
           "資料の相互利用、研究成果の相互利用、学芸員の人的交流を行う。"),
    "教育": ("{p}の高等学校卒業生の長期留学と、短期研修生の受け入れに協力する。",
           "日本語教師の派遣と、学生の相互留学を通じて人材育成を図る。"),
    "環境": ("大気汚染対策や廃棄物の削減など、環境分野の技術協力を行う。",
           "低炭素社会づくりに向けて、省エネルギー技術と環境関連企業のビジネス参入を支援する。"),
    "水道": ("漏水の削減と配水ブロックの整備について、{p}上下水道局の職員を派遣する。",
           "安全な水の供給に向けて、浄水処理技術の普及と技術者の研修を行う。"),
    "観光": ("観光客の相互誘致を図るため、共同で観光プロモーションを実施する。",
           "定期便の就航を契機として、観光と物産の交流を拡大する。"),
    "スポーツ": ("東京オリンピック・パラリンピック競技大会の事前キャンプ誘致に向けて協力する。",
             "青少年のスポーツ交流と指導者の相互派遣を行う。"),
    "水産": ("漁業に関する交流協力関係を樹立し、漁業代表団や水産関係者の相互派遣を行う。",
           "養殖技術と水産資源の管理について共同研究を行う。"),
    "友好交流": ("両地域の友好親善を推進するため、市民の相互訪問を行う。",
             "これまで築きあげてきた友好関係を確認し、より一層交流を深める。"),
    "防災": ("地震や津波などの災害に備え、防災技術と救援物資の相互支援について協力する。",
           "防災担当職員の研修と、災害時の情報共有の仕組みを整える。"),
    "医療": ("医療人材の育成と、病院間の医師・看護師の研修受け入れを行う。",
           "高齢化に対応した保健医療と介護の分野で知見を交換する。"),
    "港湾": ("コンテナ航路の誘致と港湾物流の効率化について協力する。",
           "姉妹港として、港湾管理の技術交流と職員の相互派遣を行う。"),
    "農林": ("各種農林業分野での技術交流を図るため、相互に研究調査団を派遣する。",
           "農産物の輸出促進と、森林資源の保全について共同で取り組む。"),
    "青少年交流": ("中学生・高校生のホームステイによる青少年交流事業を毎年実施する。",
               "次世代を担う青少年の相互理解を深めるため、交流団を派遣する。"),
    "まちづくり": ("上水道分野をはじめ下水道、廃棄物処理等の分野におけるまちづくりに協力する。",
              "都市計画と公共交通の整備について、職員研修と専門家派遣を行う。"),
    "国際協力": ("JICAの草の根技術協力事業を活用し、行政職員の研修を受け入れる。",
             "技術協力を通じて、{c}の地域課題の解決に貢献する。"),
}

TITLE_SHAPES = (
    "{p}と{c}との{f}交流促進に関する覚書",
    "{p}・{c}{f}交流協定書",
    "{c}との{f}協力に関する協定",
    "{p}と{c}の友好交流に関する協議書",
    "{f}分野における相互協力に関する覚書",
    "{c}{o}との{f}交流に関する協定書",
    "{p}・{c}友好交流項目協議書",
    "{f}協力合意書",
    "{p}と{c}との{f}連携に関する合意書",
    "{c}{o}と{p}の交流促進に関する覚書",
)


@dataclass(frozen=True)
class Material:
    """What the real list lends the generator: parties, partners, fields, title shapes
    and summary sentences (both with their names replaced by slots)."""

    parties: tuple[str, ...]
    partners: tuple[tuple[str, str], ...]      # (country as written, city or organisation)
    fields: tuple[str, ...]
    titles: tuple[tuple[str, str], ...]        # (country it names or "", shape)
    sentences: tuple[tuple[str, str, str], ...]  # (field word of its row, country, sentence)


def _slots(text: str, names: dict[str, str]) -> str:
    """`text` with each name replaced by its slot ({p}, {ps}, {c}, {cs}), longest first,
    and any other brace escaped for str.format."""
    text = text.replace("{", "{{").replace("}", "}}")
    for name in sorted(names, key=len, reverse=True):
        if len(name) >= 2:
            text = text.replace(name, f"{{{names[name]}}}")
    return re.sub(r"\{c\}(、\{c\})+", "{c}", text)  # 上海市、武漢市 … → one partner


_BRACKETED = re.compile(r"\[[^\]]*\]")
_BULLET = re.compile(r"(?<=。)|(?:^|\s+)・")
_PLACE = re.compile(r"(広域市|特別自治道|特別州|準州|市|省|州|都|県|道|町|村|地方)$")


def _stem(name: str) -> str:
    """釜山広域市 → 釜山, 長崎県 → 長崎; a name that would vanish stays whole."""
    stem = _PLACE.sub("", name)
    return stem if len(stem) >= 2 else name


def _field_word(field_text: str) -> str:
    """The first field of a 分野 cell: `経済,文化` → 経済, `科学技術(農林)` → 科学技術."""
    return re.split(r"[ ,、・(（]", nfkc(field_text).strip())[0] or "友好交流"


def _country_named(text: str) -> str:
    """The canonical country a title or sentence names (中華人民共和国… → 中国), or ""."""
    folded = nfkc(text).casefold()
    found = [(len(a), c) for a, c in COUNTRY_ALIASES.items()
             if len(a) >= 2 and not a.isascii() and a in folded]
    return max(found)[1] if found else ""


def material(source: str | Path = DEFAULT_DATA) -> Material:
    """Read the real list and take it apart into reusable pieces."""
    records = load_file(source).records
    parties, partners, fields, titles, sentences = [], [], [], [], []
    for rec in records:
        parties.append(rec.municipality)
        head, sep, _ = nfkc(rec.partner).partition("/")
        if sep:
            partners.extend((head.strip(), ent) for ent in rec.partners)
        fields.append(rec.field_text)
        names = {}
        for party in rec.parties:
            names.update({_stem(party.name): "ps", party.name: "p", party.written: "p"})
        for ent in rec.partners:
            names.update({_stem(ent): "cs", ent: "c"})
        titles.append((_country_named(rec.title), _slots(rec.title, names)))
        for piece in _BULLET.split(_BRACKETED.sub("", rec.summary)):
            piece = (piece or "").strip()
            if len(piece) >= 12 and not find_dates(nfkc(piece)):
                sentences.append((_field_word(rec.field_text), _country_named(piece),
                                  _slots(piece, names)))
    return Material(*(tuple(dict.fromkeys(x)) for x in
                      (parties, partners, fields, titles, sentences)))


def _party_pool(mat: Material) -> list[str]:
    cities = list(CITY_PREFECTURE)
    # A prefecture together with its capital, written as the list does (熊本県 熊本県熊本市).
    joint = [f"{pref} {pref}{city}" for city, pref in list(CITY_PREFECTURE.items())[::9]]
    return list(dict.fromkeys([*mat.parties, *PREFECTURES, *cities, *TOWNS, *joint]))


def _short(party: str) -> str:
    """The name a title uses for a party: the last one written, without its prefecture."""
    last = party.split()[-1]
    for pref in PREFECTURES:
        if last.startswith(pref) and len(last) > len(pref):
            return last[len(pref):]
    return last


def _era(year: int) -> str:
    if year >= 1989:
        n = year - 1988
        return "平成元年" if n == 1 else f"平成{n}年"
    return f"昭和{year - 1925}年"


def _date_phrase(rng: random.Random, year: int, month: int, day: int
                 ) -> tuple[str, str]:
    """(where, text): the signing date in one of the lists' forms; `where` is
    'end', 'start' or 'only' (the summary is the date alone)."""
    kind = rng.randrange(10)
    full = f"{year}年{month}月{day}日"
    if kind == 0:
        return "only", f"[{year}年締結]"
    if kind == 1:
        return "end", f"[{full}締結]"
    if kind == 2:
        return "end", f"[{full}提携]"
    if kind == 3:
        return "end", f"[調印日 {full}]"
    if kind == 4:
        return "start", f"・{full}締結"
    if kind == 5:
        return "start", f"{_era(year)}{month}月{day}日に協定を締結した。"
    if kind == 6:
        return "end", f"{full}に覚書を締結。"
    if kind == 7:
        return "start", f"[{year}年締結]"
    if kind == 8:
        return "start", f"{_era(year)}{month}月に協議書を締結し、交流が始まった。"
    return "start", f"・{year}年{month}月締結"


class _Generator:
    def __init__(self, seed: int, mat: Material) -> None:
        self.rng = random.Random(seed)
        self.parties = _party_pool(mat)
        self.partners = list(dict.fromkeys([*mat.partners, *(
            (country, city) for country, cities in PARTNER_CITIES.items() for city in cities)]))
        self.fields = list(dict.fromkeys([*mat.fields, *FIELDS]))
        # A shape or sentence that names a country only serves partners in it.
        self.titles = [*mat.titles, *(("", shape) for shape in TITLE_SHAPES)]
        self.sentences = [*mat.sentences, *((fword, "", sentence)
                                            for fword, own in FIELD_SENTENCES.items()
                                            for sentence in own)]
        self.seen: set[str] = set()
        self._fits: dict[str, tuple[list[str], list[str], dict[str, list[str]]]] = {}

    def fitting(self, canon: str) -> tuple[list[str], list[str], dict[str, list[str]]]:
        """Title shapes, sentences, and sentences by field word that suit a partner in
        the country `canon`."""
        if canon not in self._fits:
            sentences = [(f, x) for f, c, x in self.sentences if c in ("", canon)]
            by_field: dict[str, list[str]] = {}
            for f, x in sentences:
                by_field.setdefault(f, []).append(x)
            self._fits[canon] = ([t for c, t in self.titles if c in ("", canon)],
                                 [x for _, x in sentences], by_field)
        return self._fits[canon]

    def rows(self) -> Iterator[list[str]]:
        rng = self.rng
        while True:
            # The lists group a party's agreements; a party has a few usual partners.
            party = rng.choice(self.parties)
            usual = [rng.choice(self.partners) for _ in range(rng.randint(1, 3))]
            for _ in range(rng.randint(1, 15)):
                partner = rng.choice(usual) if rng.random() < 0.7 else rng.choice(self.partners)
                yield self.row(party, partner)

    def partner_cell(self, country: str, city: str) -> tuple[str, str]:
        """(the 協定締結先 cell, the city or organisation a title names)."""
        rng = self.rng
        roll = rng.random()
        is_place = bool(_PLACE.search(city))
        if roll < 0.1 and is_place and country in PARTNER_CITIES:
            more = rng.sample(PARTNER_CITIES[country], min(3, len(PARTNER_CITIES[country])))
            return f"{country}/{'、'.join(dict.fromkeys([city, *more]))}", city
        if roll < 0.2 and is_place:
            org = f"{_stem(city)}{rng.choice(ORGANISATIONS)}"
            return f"{country}/ {org}", org
        if roll < 0.23:
            return country, country
        return f"{country}/{city}", city

    def row(self, party: str, partner: tuple[str, str]) -> list[str]:
        rng = self.rng
        country, city = partner
        cell, named = self.partner_cell(country, city)
        field = rng.choice(self.fields)
        fword = _field_word(field)
        p = _short(party)
        slots = {"p": p, "ps": _stem(p), "c": named, "cs": _stem(named), "f": fword,
                 "o": rng.choice(ORGANISATIONS)}
        titles, sentences, by_field = self.fitting(country_of(country) or "")
        title = rng.choice(titles).format(**slots)
        base, k, key = title, 1, record_key(party, title, cell)
        while key in self.seen:  # the same party, title and partner again: a later round
            k += 1
            title = f"{base}(第{k}次)"
            key = record_key(party, title, cell)
        self.seen.add(key)

        year = rng.randint(FIRST_YEAR, LAST_YEAR)
        where, date = _date_phrase(rng, year, rng.randint(1, 12), rng.randint(1, 28))
        body: list[str] = []
        if where != "only":
            own = by_field.get(fword, [])
            for _ in range(rng.randint(1, 4)):
                pool = own if own and rng.random() < 0.7 else sentences
                body.append(rng.choice(pool).format(**slots))
        sep = " ・" if date.startswith("・") else " "
        parts = [date, *body] if where == "start" else [*body, date]
        summary = sep.join(dict.fromkeys(parts))
        url = ""
        if rng.random() < 0.05:
            href = f"https://www.example.lg.jp/kokusai/{rng.randrange(10**6):06d}.html"
            url = f'<a href="{href}">{href}</a>' if rng.random() < 0.5 else href
        return [party, title, cell, field, summary, url]


def generate_rows(n: int, seed: int = 0, source: str | Path = DEFAULT_DATA) -> list[list[str]]:
    """`n` agreement rows of six cells (自治体名 … URL), made from the real list at
    `source`; the same `(n, seed)` always gives the same rows."""
    if n < 0:
        raise ValueError("n must be 0 or more")
    return list(islice(_Generator(seed, material(source)).rows(), n))


def render(rows: list[list[str]], seed: int = 0) -> str:
    """The rows as the published file: blocks of rows, each under the list's title,
    date line and header row."""
    rng = random.Random(f"blocks-{seed}")
    out: list[str] = [""]
    i = 0
    while i < len(rows) or not out[1:]:
        size = rng.randint(3, 30)
        out += ["", LIST_TITLE, "", LIST_DATE, "", "\t".join(HEADER)]
        out += ["\t".join(r) for r in rows[i:i + size]]
        i += size
    return "\n".join(out) + "\n"


def write_list(path: str | Path, n: int, seed: int = 0, encoding: str = "utf-8") -> Path:
    """Write a synthetic list of `n` rows to `path` (utf-8, or cp932 as some
    municipalities save it); returns the path."""
    path = Path(path)
    path.write_text(render(generate_rows(n, seed), seed), encoding=encoding, newline="\n")
    return path
