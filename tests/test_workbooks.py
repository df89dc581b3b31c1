"""Workbooks (issue 13): the shipped list written as .xlsx/.ods/.xls in every shape an
office keeps it gives exactly the records of the text file; several lists with their
dates; the same agreement in two lists; damaged workbooks."""

from __future__ import annotations

import datetime as dt
import io
import json
import struct
import subprocess
import sys
import zipfile
from dataclasses import replace

import pytest

from teikei_qa.engine import Engine, build
from teikei_qa.errors import DataError
from teikei_qa.lists import as_of_dates, as_of_key, expand, load_file, load_lists
from teikei_qa.records import Origin
from teikei_qa.settings import Settings
from teikei_qa.workbooks import NO_HEADER, PASSWORD, cell_text, column_key, header_columns

from .conftest import DATA, EVAL
from .workbook_files import (
    HEADER,
    LINES,
    TEXT,
    TITLE,
    WRITERS,
    by_prefecture,
    cells,
    merge_down,
    text_rows,
    write_xls,
    write_xlsx,
)

BY_LINE = {r.line: r for r in TEXT}


def same_fields(r):
    """A record without where it was read."""
    return replace(r, source="", line=0, sheet=None)


# ---------------------------------------------------------------- the pure core


@pytest.mark.parametrize("value, text", [
    (None, ""), ("長崎県\r\n上海市", "長崎県\n上海市"), (3.0, "3"), (1.5, "1.5"), (2014, "2014"),
    (True, "TRUE"), (dt.date(2014, 5, 12), "2014年5月12日"),
    (dt.datetime(2014, 5, 12), "2014年5月12日"),
    (dt.datetime(2014, 5, 12, 9, 30), "2014年5月12日 09:30"),
    (dt.time(9, 30), "09:30"), ("a\x00b", "ab"),
])
def test_cell_text(value, text):
    assert cell_text(value) == text


@pytest.mark.parametrize("row, where", [
    (HEADER, [0, 1, 2, 3, 4, 5]),
    (["No.", *HEADER], [1, 2, 3, 4, 5, 6]),
    (["ＵＲＬ", "内容", "提携分野", "相手先", "協定の名称", "団体名"], [5, 4, 3, 2, 1, 0]),
    (["自治体名", "協定名", "相手先（国名）"], [0, 1, 2, None, None, None]),
    (["自治体名", "協定名"], None),
    (["北九州市", "協力合意書", "マレーシア", "環境", "", ""], None),
])
def test_header_columns(row, where):
    assert header_columns(row) == where


def test_column_key_drops_notes_and_space():
    assert column_key("協定締結先(国・地域名/都市名)") == "協定締結先"
    assert column_key(" 概要（骨子、締結年等） ") == "概要"


def test_as_of_key_orders_eras_and_years():
    assert as_of_key("平成28年9月現在") == (2016, 9, 0)
    assert as_of_key("令和元年5月1日現在") == (2019, 5, 1)
    assert as_of_key(None) == (0, 0, 0) < as_of_key("2017年4月現在")


# ---------------------------------------------------------------- the shipped list


@pytest.mark.parametrize("suffix", [".xlsx", ".ods", ".xls"])
def test_one_sheet_with_page_titles_is_the_text_list(tmp_path, suffix):
    """Row n of the sheet is line n of the text: same records, line for line."""
    path = WRITERS[suffix](tmp_path / f"list{suffix}", {"リスト": text_rows()})
    result = load_file(path)
    assert [replace(r, source=DATA.name, sheet=None) for r in result.records] == list(TEXT)
    assert {r.sheet for r in result.records} == {"リスト"}
    assert result.records[0].where() == f"list{suffix}:リスト!8"
    assert result.skipped == ()


@pytest.mark.parametrize("suffix", [".xlsx", ".ods", ".xls"])
def test_merged_municipality_cells_are_filled_down(tmp_path, suffix):
    rows, merges = merge_down(text_rows())
    # 北九州市 ×8, 福岡市 ×13, 長崎県 ×8 and ×9: a block per page
    assert merges == [(8, 0, 15, 0), (22, 0, 34, 0), (44, 0, 51, 0), (58, 0, 66, 0)]
    # The page title merged across the six columns, as offices format it.
    merges.append((1, 0, 1, 5))
    path = WRITERS[suffix](tmp_path / f"merged{suffix}", {"Sheet1": rows}, {"Sheet1": merges})
    result = load_file(path)
    assert [replace(r, source=DATA.name, sheet=None) for r in result.records] == list(TEXT)


@pytest.mark.parametrize("suffix", [".xlsx", ".ods"])
def test_one_sheet_per_prefecture(tmp_path, suffix):
    sheets, _ = by_prefecture()
    assert list(sheets) == ["福岡県", "佐賀県", "長崎県", "熊本県"]
    path = WRITERS[suffix](tmp_path / f"prefs{suffix}", sheets)
    result = load_file(path)
    assert sorted(map(same_fields, result.records), key=lambda r: r.id) == \
        sorted(map(same_fields, TEXT), key=lambda r: r.id)
    nagasaki = next(r for r in result.records if r.sheet == "長崎県")
    assert (nagasaki.where(), nagasaki.as_of) == (f"prefs{suffix}:長崎県!6", "平成28年9月現在")
    summary = result.lists[0]
    assert [(s.name, s.indexed, s.skipped) for s in summary.sheets] == \
        [("福岡県", 22, 0), ("佐賀県", 2, 0), ("長崎県", 17, 0), ("熊本県", 2, 0)]


def test_other_column_names_in_another_order(tmp_path):
    names = ["ホームページ", "内容", "提携分野", "相手先", "協定の名称", "団体名"]
    rows = [["平成28年9月現在"], names] + [list(reversed(cells(LINES[r.line - 1])))
                                          for r in TEXT]
    result = load_file(write_xlsx(tmp_path / "reordered.xlsx", {"一覧": rows}))
    assert list(map(same_fields, result.records)) == list(map(same_fields, TEXT))


def test_excel_dates_and_numbers_become_text_the_parser_reads(tmp_path):
    """A date cell (the 概要 of one row, and the list's date beside 現在) and a number."""
    rows = text_rows()
    rows[2] = [dt.date(2016, 9, 1), "現在 (地方自治体からの提供)"]
    rows[43] = rows[43][:4] + [dt.datetime(2014, 5, 12), rows[43][5]]   # line 44
    rows[21] = rows[21][:4] + [1993, rows[21][5]]                      # line 22
    result = load_file(write_xlsx(tmp_path / "dates.xlsx", {"Sheet1": rows}))
    got = {r.line: r for r in result.records}
    assert (got[44].summary, got[44].date.iso()) == ("2014年5月12日", "2014-05-12")
    assert got[22].summary == "1993"
    assert got[44].as_of == "2016年9月1日現在"
    # Every other field of every row is the text file's.
    assert [replace(same_fields(r), summary="", date=None, as_of=None) for r in result.records] \
        == [replace(same_fields(r), summary="", date=None, as_of=None) for r in TEXT]


def test_a_cell_with_line_breaks_is_kept(tmp_path):
    rows = text_rows()
    rows[7][4] = "ASEAN 地域の産業拠点として、\n環境関連企業を支援。\r\n[2011年8月31日締結]"
    rec = load_file(write_xlsx(tmp_path / "breaks.xlsx", {"S": rows})).records[0]
    assert rec.summary == "ASEAN 地域の産業拠点として、\n環境関連企業を支援。\n[2011年8月31日締結]"
    assert rec.date.iso() == "2011-08-31"


@pytest.fixture(scope="module")
def workbook_engine(tmp_path_factory, encoder, tokenizer):
    """An index of the list kept as an office keeps it: one sheet per prefecture, a No.
    column, 自治体名 merged down."""
    root = tmp_path_factory.mktemp("wb")
    data = write_xlsx(root / "teikei.xlsx", *by_prefecture(merged=True))
    settings = Settings(data=(data,), index_dir=root / "index")
    build(settings, encoder=encoder, tokenizer=tokenizer)
    return Engine.open(settings, encoder=encoder, tokenizer=tokenizer)


def test_same_answers_to_the_dev_questions(engine, workbook_engine):
    items = [json.loads(line) for line in EVAL.read_text("utf-8").splitlines()]
    questions = [i["question"] for i in items if "question" in i]
    assert len(questions) == 28
    for q in questions:
        a, b = engine.ask(q), workbook_engine.ask(q)
        assert (b.text, [h.record.id for h in b.citations]) == \
            (a.text, [h.record.id for h in a.citations]), q
        assert [h.record.id for h in workbook_engine.search(q, 5)] == \
            [h.record.id for h in engine.search(q, 5)], q
    for ref in [i["of"] for i in items if "of" in i]:
        assert [h.record.id for h in workbook_engine.similar(ref, 3)] == \
            [h.record.id for h in engine.similar(ref, 3)], ref


# ---------------------------------------------------------------- several lists


NEW_TEXT = "・2014年5月12日締結 ・長期留学（改訂：2017年度から受入れ人数を拡大）"


def newer_list(tmp_path, as_of="平成29年9月現在", name="teikei_H29.xlsx"):
    """The 長崎県 sheet of a newer list: the first five rows of the 2016 list, one of
    them with a new summary, and one agreement the old list does not have."""
    rows = [[TITLE], [f"{as_of} (地方自治体からの提供)"], HEADER]
    for rec in [r for r in TEXT if r.line >= 44][:5]:
        rows.append(cells(LINES[rec.line - 1]))
    rows[3][4] = NEW_TEXT
    rows.append(["長崎県", "新しい交流協定", "韓国/釜山広域市", "経済", "[2017年4月1日締結]", ""])
    return write_xlsx(tmp_path / name, {"長崎県": rows})


def test_two_lists_count_the_same_agreement_once(tmp_path):
    new = newer_list(tmp_path)
    for order in ([DATA, new], [new, DATA]):
        result = load_lists(order)
        assert (len(result.records), result.merged, result.read) == (44, 5, 49)
        changed = next(r for r in result.records if r.id == BY_LINE[44].id)
        assert (changed.summary, changed.as_of, changed.where()) == \
            (NEW_TEXT, "平成29年9月現在", "teikei_H29.xlsx:長崎県!4")
        assert changed.also == (Origin(DATA.name, 44, None, "平成28年9月現在"),)
        kept = next(r for r in result.records if r.id == BY_LINE[45].id)
        assert (kept.where(), kept.also[0].where()) == \
            ("teikei_H29.xlsx:長崎県!5", f"{DATA.name}:45")
        assert len({r.id for r in result.records}) == 44
    assert [(s.name, s.as_of, s.indexed, s.merged) for s in result.lists] == [
        ("teikei_H29.xlsx", "平成29年9月現在", 6, 5), (DATA.name, "平成28年9月現在", 43, 5)]


def test_the_dates_of_the_lists_behind_an_answer(tmp_path):
    result = load_lists([DATA, newer_list(tmp_path)])
    nagasaki = [r for r in result.records if r.municipality == "長崎県"]
    assert as_of_dates(nagasaki) == ("平成29年9月現在", "平成28年9月現在")
    assert as_of_dates(result.records[:3]) == ("平成28年9月現在",)
    assert as_of_dates([]) == ()


def test_answers_from_two_lists_name_both_dates(tmp_path, encoder, tokenizer):
    settings = Settings(data=(DATA, newer_list(tmp_path)), index_dir=tmp_path / "index")
    build(settings, encoder=encoder, tokenizer=tokenizer)
    engine = Engine.open(settings, encoder=encoder, tokenizer=tokenizer)
    a = engine.ask("長崎県が中国と結んでいる協定は何件？")
    assert a.count == 11
    first = a.text.splitlines()[0]
    assert "平成29年9月現在" in first and "平成28年9月現在" in first, first
    cited = {h.record.id: h.record for h in a.citations}
    both = cited[BY_LINE[45].id]  # in both lists: the newer one's row, the older one's too
    assert (both.where(), [o.where() for o in both.also]) == \
        ("teikei_H29.xlsx:長崎県!5", [f"{DATA.name}:45"])


def test_between_lists_of_one_date_the_later_given_wins(tmp_path):
    new = newer_list(tmp_path, as_of="平成28年9月現在")
    first = load_lists([new, DATA])
    rec = next(r for r in first.records if r.id == BY_LINE[44].id)
    assert (rec.source, rec.also[0].source) == (DATA.name, "teikei_H29.xlsx")
    last = load_lists([DATA, new])
    assert next(r for r in last.records if r.id == BY_LINE[44].id).summary == NEW_TEXT


def test_a_folder_is_every_list_in_it(tmp_path):
    folder = tmp_path / "lists"
    folder.mkdir()
    newer_list(folder)
    (folder / DATA.name).write_bytes(DATA.read_bytes())
    (folder / "~$teikei_H29.xlsx").write_bytes(b"lock")
    (folder / "README.md").write_text("notes")
    (folder / "old").mkdir()
    assert [p.name for p in expand([folder])] == ["teikei_H29.xlsx", DATA.name]
    assert [p.name for p in expand([folder / DATA.name, folder])] == [DATA.name, "teikei_H29.xlsx"]
    (tmp_path / "empty").mkdir()
    with pytest.raises(DataError, match="^.*empty: a folder with no list in it"):
        expand([tmp_path / "empty"])


def test_two_files_of_one_name_are_cited_with_their_folder(tmp_path):
    for d in ("a", "b"):
        (tmp_path / d).mkdir()
        (tmp_path / d / DATA.name).write_bytes(DATA.read_bytes())
    result = load_lists([tmp_path / "a", tmp_path / "b"])
    assert (len(result.records), result.merged) == (43, 43)
    assert result.records[0].where() == f"b/{DATA.name}:8"
    assert result.records[0].also[0].where() == f"a/{DATA.name}:8"


def cli(*args, env=None):
    return subprocess.run([sys.executable, "-m", "teikei_qa.cli", *map(str, args)],
                          capture_output=True, text=True, timeout=300, env=env)


def test_build_reports_merged_and_sources_lists_them(tmp_path):
    folder = tmp_path / "lists"
    folder.mkdir()
    newer_list(folder)
    (folder / DATA.name).write_bytes(DATA.read_bytes())
    index = tmp_path / "index"
    out = cli("build", "--data", folder, "--index", index)
    assert out.returncode == 0, out.stderr
    # read = indexed + skipped + merged: the 5 rows of the older list folded into the newer
    assert out.stdout.splitlines()[0] == "read 49 rows: indexed 44, skipped 0, merged 5"
    out = cli("sources", "--index", index, "--data", folder)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == [
        "teikei_H29.xlsx  平成29年9月現在  6 rows indexed, 0 skipped, 5 also in another list",
        "  sheet 長崎県  平成29年9月現在  6 rows indexed, 0 skipped",
        f"{DATA.name}  平成28年9月現在  43 rows indexed, 0 skipped, 5 also in another list",
        "2 lists, 1 sheets: 44 agreements (5 duplicate rows merged)"]
    obj = json.loads(cli("sources", "--index", index, "--json").stdout)
    assert (list(obj), obj["agreements"], obj["merged"]) == (["lists", "agreements", "merged"],
                                                             44, 5)
    assert obj["lists"][0] == {
        "name": "teikei_H29.xlsx", "path": str((folder / "teikei_H29.xlsx").resolve()),
        "as_of": "平成29年9月現在", "indexed": 6, "skipped": 0, "merged": 5,
        "sheets": [{"name": "長崎県", "as_of": "平成29年9月現在", "indexed": 6, "skipped": 0}]}
    out = cli("search", "受入れ人数を拡大", "--k", "1", "--json", "--index", index,
              "--data", folder)
    hit = json.loads(out.stdout)["hits"][0]
    assert (hit["source"], hit["sheet"], hit["line"], hit["as_of"]) == \
        ("teikei_H29.xlsx", "長崎県", 4, "平成29年9月現在")
    assert [o["where"] for o in hit["also"]] == [f"{DATA.name}:44"]


# ---------------------------------------------------------------- damaged workbooks


def _encrypted(tmp_path):
    from msoffcrypto.format.ooxml import OOXMLFile

    plain = write_xlsx(tmp_path / "plain.xlsx", {"S": text_rows()})
    out = io.BytesIO()
    with open(plain, "rb") as f:
        OOXMLFile(f).encrypt("himitsu", out)
    path = tmp_path / "locked.xlsx"
    path.write_bytes(out.getvalue())
    return path


def _encrypted_ods(tmp_path):
    """An .ods as LibreOffice saves it with a password: content.xml encrypted (bytes that
    are not XML), and the manifest's entry for it carrying encryption-data."""
    plain = WRITERS[".ods"](tmp_path / "plain.ods", {"S": text_rows()})
    path = tmp_path / "locked.ods"
    entry = ('manifest:full-path="content.xml" manifest:media-type="text/xml"'
             ' manifest:size="{}"><manifest:encryption-data manifest:checksum-type="SHA1/1K"'
             ' manifest:checksum="AAAA"><manifest:algorithm manifest:algorithm-name='
             '"Blowfish CFB" manifest:initialisation-vector="AAAA"/></manifest:encryption-data>'
             '</manifest:file-entry')
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w") as out:
        for name in src.namelist():
            body = src.read(name)
            if name == "content.xml":
                body = bytes(range(256)) * 8
            elif name == "META-INF/manifest.xml":
                body = body.replace(b'manifest:full-path="content.xml" manifest:media-type='
                                    b'"text/xml"/', entry.format(2048).encode())
            out.writestr(name, body)
    return path


def _truncated(tmp_path):
    good = write_xlsx(tmp_path / "good.xlsx", {"S": text_rows()}).read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(good[: len(good) // 2])
    return path


def _looping_xls(tmp_path):
    """An .xls whose directory's sector chain points at itself: calamine, following it,
    asks for memory without end and aborts the process it runs in."""
    data = bytearray(write_xls(tmp_path / "good.xls", {"S": text_rows()}).read_bytes())
    sector = 1 << struct.unpack_from("<H", data, 0x1E)[0]
    directory = struct.unpack_from("<I", data, 0x30)[0]
    fat = struct.unpack_from("<I", data, 0x4C)[0]
    struct.pack_into("<I", data, (fat + 1) * sector + 4 * directory, directory)
    path = tmp_path / "loop.xls"
    path.write_bytes(data)
    return path


def _no_header(tmp_path):
    rows = [r for r in text_rows() if r != HEADER]
    return write_xlsx(tmp_path / "noheader.xlsx", {"Sheet1": rows})


def _no_partner_column(tmp_path):
    rows = [[c for j, c in enumerate(r) if j != 2] if len(r) == 6 else r for r in text_rows()]
    return write_xlsx(tmp_path / "fivecols.xlsx", {"Sheet1": rows})


def _empty_title(tmp_path):
    rows = text_rows()
    rows[9][1] = ""
    return write_xlsx(tmp_path / "notitle.xlsx", {"一覧": rows})


DAMAGED = [
    (_encrypted, f"locked.xlsx: {PASSWORD}"),
    (_encrypted_ods, f"locked.ods: {PASSWORD}"),
    (_truncated, "cut.xlsx: a corrupt workbook, or not a workbook (invalid Zip archive: "
     "Could not find EOCD); open it in Excel or LibreOffice and save it again"),
    (_looping_xls, "loop.xls: a corrupt workbook, or not a workbook (reading it needed more "
     "than 1 GB of memory); open it in Excel or LibreOffice and save it again"),
    (_no_header, "noheader.xlsx:Sheet1!3: no header row (自治体名 協定名 協定締結先 分野 概要 URL) "
     "in this sheet; add one above the agreements"),
    (_no_partner_column, "fivecols.xlsx:Sheet1!7: the header row has no 協定締結先 column; "
     "name the columns 自治体名 協定名 協定締結先 分野 概要 URL"),
    (_empty_title, "notitle.xlsx:一覧!10: 協定名 (the agreement's name) is empty"),
]


def test_password_message_says_what_to_do():
    assert PASSWORD == ("a password-protected workbook; save a copy without a password "
                        "(Excel: ファイル > 情報 > ブックの保護; LibreOffice: 名前を付けて保存) "
                        "and give that")


@pytest.mark.parametrize("make, message", DAMAGED, ids=[m.__name__ for m, _ in DAMAGED])
def test_damaged_workbook_is_one_line_and_exit_2(tmp_path, make, message):
    path = make(tmp_path)
    with pytest.raises(DataError) as err:
        load_file(path)
    assert str(err.value) == message
    out = cli("build", "--data", path, "--index", tmp_path / "index")
    assert (out.returncode, out.stdout, out.stderr) == (2, "", f"teikei-qa: {message}\n")
    assert not (tmp_path / "index" / "manifest.json").exists()


def test_without_python_calamine_the_message_says_what_to_install(tmp_path, monkeypatch):
    """The reader run by a Python that lacks python-calamine (a bare venv)."""
    import venv

    venv.create(tmp_path / "bare", with_pip=False)
    bare = tmp_path / "bare" / "bin" / "python"
    if subprocess.run([bare, "-c", "import python_calamine"], capture_output=True).returncode == 0:
        pytest.skip("python_calamine is importable without the venv (PYTHONPATH)")
    path = write_xlsx(tmp_path / "list.xlsx", {"S": text_rows()})
    monkeypatch.setattr(sys, "executable", str(bare))
    with pytest.raises(DataError) as err:
        load_file(path)
    assert str(err.value) == ("list.xlsx: reading workbooks needs python-calamine, which is not "
                              "installed; run `pip install python-calamine` (or scripts/setup.sh)")


def test_lenient_skips_the_bad_row_and_the_header_less_sheet(tmp_path):
    rows = text_rows()
    rows[9][1] = ""
    path = write_xlsx(tmp_path / "mixed.xlsx", {"一覧": rows, "注記": [["※ 提供: 各自治体"]]})
    result = load_file(path, lenient=True)
    assert (len(result.records), result.read) == (42, 44)
    assert [s.where() for s in result.skipped] == ["mixed.xlsx:一覧!10", "mixed.xlsx:注記!1"]
    out = cli("build", "--data", path, "--index", tmp_path / "index", "--lenient")
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines()[0] == "read 44 rows: indexed 42, skipped 2, merged 0"
    assert [ln for ln in out.stderr.splitlines() if ln.startswith("skipped")] == [
        "skipped mixed.xlsx:一覧!10: 協定名 (the agreement's name) is empty",
        f"skipped mixed.xlsx:注記!1: {NO_HEADER}"]


def test_an_empty_or_hidden_notes_sheet_is_no_rows(tmp_path):
    import openpyxl

    path = write_xlsx(tmp_path / "hidden.xlsx",
                      {"一覧": text_rows(), "空": [], "選択肢": [["長崎県"]]})
    wb = openpyxl.load_workbook(path)
    wb["選択肢"].sheet_state = "hidden"
    wb.save(path)
    result = load_file(path)
    assert len(result.records) == 43
    assert [(s.name, s.indexed) for s in result.lists[0].sheets] == \
        [("一覧", 43), ("空", 0), ("選択肢", 0)]
