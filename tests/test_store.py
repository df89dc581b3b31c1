"""The table file (store.py): records, condition maps and vocabulary written as columns
and read back through mmap, each record made when first read."""

from __future__ import annotations

import json

import pytest

from teikei_qa.columns import MAGIC, Table, TableWriter
from teikei_qa.condition_index import MAPS, ConditionIndex, condition_maps
from teikei_qa.conditions import Filter
from teikei_qa.dates import SignDate
from teikei_qa.engine import Engine
from teikei_qa.errors import IndexStaleError
from teikei_qa.index import MANIFEST, TABLE_FILE, load_index, read_manifest, table_bytes
from teikei_qa.lists import load_file
from teikei_qa.records import Origin, Party, Record
from teikei_qa.store import RecordTable, passages, read_vocabulary, write_records
from teikei_qa.text import title_key
from teikei_qa.vocab import TITLE_MIN, TermIndex, Vocabulary, VocabularyParts

from .conftest import DATA

ODD = [
    Record(id="r1", source="リスト.txt", line=3, municipality="熊本県 熊本県熊本市",
           title="友好交流協定（改定）", partner="中国/広西チワン族自治区、南寧市",
           field_text="経済・観光", summary="2014年5月12日締結。\n改行と\tタブ",
           url_text='<a href="https://example.jp/ä">x</a>',
           parties=(Party("熊本県", "熊本県", "熊本県"), Party("熊本県熊本市", "熊本市", None)),
           country="中国", partners=("広西チワン族自治区", "南寧市"), fields=("経済", "観光"),
           date=SignDate(2014, 5, 12), url="https://example.jp/ä", as_of="平成28年9月現在",
           sheet=None, also=(Origin("古いリスト.xlsx", 7, "シート1", "平成27年9月現在"),
                             Origin("別.txt", 9))),
    Record(id="r2", source="s.xlsx", line=10, municipality="北九州市", title="覚書",
           partner="", field_text="", summary="", url_text="", sheet="Sheet 2",
           date=SignDate(1990)),
    Record(id="r3", source="s.xlsx", line=11, municipality="", title="", partner="",
           field_text="", summary="", url_text="", date=SignDate(2001, 4)),
]


def _table(tmp_path, records):
    w = TableWriter()
    write_records(w, records)
    path = tmp_path / "t.bin"
    path.write_bytes(w.to_bytes())
    return Table(path)


def test_records_round_trip_with_japanese_text_and_every_field(tmp_path):
    records = RecordTable(_table(tmp_path, ODD))
    assert len(records) == 3 and records.made == 0
    assert records[1] == ODD[1] and records.made == 1  # one record made, not all
    assert list(records) == ODD and records == ODD
    assert records[-1] == ODD[2] and records[0:2] == ODD[:2]
    with pytest.raises(IndexError):
        records[3]


def test_an_empty_table_reads_back_empty(tmp_path):
    records = RecordTable(_table(tmp_path, []))
    assert len(records) == 0 and list(records) == [] and passages(records) == []


def test_real_list_round_trips_and_passages_match(tmp_path):
    recs = list(load_file(DATA).records)
    path = tmp_path / TABLE_FILE
    path.write_bytes(table_bytes(recs))
    table = Table(path)
    assert list(RecordTable(table)) == recs
    assert passages(RecordTable(Table(path))) == [r.text() for r in recs]


def test_stored_maps_and_vocabulary_give_the_same_answers(tmp_path):
    recs = list(load_file(DATA).records)
    path = tmp_path / TABLE_FILE
    path.write_bytes(table_bytes(recs))
    stored, memory = ConditionIndex.from_table(RecordTable(Table(path))), ConditionIndex(recs)
    built = condition_maps(recs)
    for name in MAPS:
        got = stored._maps[name]
        assert sorted(got, key=str) == sorted(built[name], key=str)
        assert {k: set(got[k]) for k in got} == built[name]
    assert read_vocabulary(Table(path)) == VocabularyParts.of(recs)
    assert stored.vocab == memory.vocab == Vocabulary.from_records(recs)
    titles = [title_key(r.title) for r in recs]
    assert stored.vocab.title_index == TermIndex.of(t for t in titles if len(t) >= TITLE_MIN)
    assert stored.texts() == memory.texts()
    for f in [Filter("party:北九州市", "party", ("北九州市",)),
              Filter("country:中国", "country", ("中国",)),
              Filter("partner:大学", "partner", ("大学",)),
              Filter("field:経済", "field", ("経済",)),
              Filter("text:漁業", "text", ("漁業",))]:
        assert stored.rows_of(f) == memory.rows_of(f) and stored.rows_of(f)


def test_a_file_that_is_not_a_table_is_refused(tmp_path):
    p = tmp_path / "t.bin"
    p.write_bytes(b"[1, 2, 3]\n" * 4)
    with pytest.raises(ValueError, match="not a table file"):
        Table(p)
    w = TableWriter()
    write_records(w, ODD)
    p.write_bytes(w.to_bytes()[:-64])
    with pytest.raises(ValueError, match="runs past the end"):
        Table(p)
    assert p.read_bytes().startswith(MAGIC)


def test_an_index_of_the_old_format_says_to_rebuild(built):
    settings, _ = built
    folder = settings.index_dir
    m = json.loads((folder / MANIFEST).read_text("utf-8"))
    try:
        (folder / MANIFEST).write_text(json.dumps({**m, "format": 2}), "utf-8")
        with pytest.raises(IndexStaleError) as refused:
            read_manifest(folder)
        assert str(refused.value) == (f"index format 2 in {folder} is not 3; "
                                      f"run `teikei-qa build --index {folder}`")
    finally:
        (folder / MANIFEST).write_text(json.dumps(m, ensure_ascii=False, indent=2), "utf-8")
    assert read_manifest(folder).format == 3


def test_opening_makes_no_record_and_search_makes_only_its_hits(built, encoder, tokenizer):
    settings, _ = built
    engine = Engine.open(settings, encoder=encoder, tokenizer=tokenizer)
    assert engine.records.made == 0
    hits = engine.search("漁業", k=3)
    assert len(hits) == 3 and engine.records.made <= 3
    assert [h.record for h in hits] == [load_index(settings.index_dir).records[
        engine.resolve(h.record.id)] for h in hits]


def test_many_rows_read_one_by_one_are_made_together_and_equal(tmp_path, monkeypatch):
    import teikei_qa.store as store

    monkeypatch.setattr(store, "BULK_AFTER", 2)
    records = RecordTable(_table(tmp_path, ODD))
    assert records[2] == ODD[2] and records.made == 1
    assert records[0] == ODD[0] and records.made == 3  # the second miss made the rest
    assert list(records) == ODD
