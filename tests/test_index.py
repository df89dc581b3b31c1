"""Saving and loading the index: manifest, round trip, stale refusal, interrupted builds."""

from __future__ import annotations

import json
import shutil

import pytest

from teikei_qa import index as index_mod
from teikei_qa.engine import Engine, build
from teikei_qa.errors import IndexMissingError, IndexStaleError
from teikei_qa.index import MANIFEST, load_index, read_manifest
from teikei_qa.settings import Settings

from .conftest import DATA

NEW_ROW = "福岡市\t新しい協定\t米国/シアトル市\t経済\t[2020年締結]\t"


def _append_row(path):
    text = path.read_text("utf-8")
    path.write_text(text.rstrip("\n") + "\n" + NEW_ROW + "\n", "utf-8")


@pytest.fixture
def fresh(tmp_path, encoder, tokenizer):
    data = tmp_path / DATA.name
    shutil.copyfile(DATA, data)
    settings = Settings(data=(data,), index_dir=tmp_path / "index")
    build(settings, encoder=encoder, tokenizer=tokenizer)
    return settings


def test_manifest_describes_the_index(built):
    settings, report = built
    m = json.loads((settings.index_dir / MANIFEST).read_text("utf-8"))
    assert set(m) == {"format", "model", "dim", "records", "data_checksum", "sources",
                      "generation", "files", "dense", "created", "pipeline"}
    assert (m["format"], m["model"], m["dim"], m["records"], m["dense"]) == \
        (3, "usem3", 512, 43, "flat")
    assert sorted(m["files"]) == sorted([
        "table.bin", "vectors.npy", "bm25/data.csc.index.npy",
        "bm25/indices.csc.index.npy", "bm25/indptr.csc.index.npy", "bm25/vocab.index.json",
        "bm25/params.index.json", "bm25/nonoccurrence_array.index.npy"][:len(m["files"])])
    assert (report.read, report.indexed, len(report.skipped)) == (43, 43, 0)


def test_round_trip_keeps_every_record(built, engine):
    settings, _ = built
    loaded = load_index(settings.index_dir, data=settings.data, model="usem3")
    assert list(loaded.records) == list(engine.records)
    rec = next(r for r in loaded.records if r.line == 61)
    assert rec.title == ("長崎県水産部と福建省海洋と漁業局との漁業協力に関する交流協議書  現在は"
                         "「海洋と漁業庁」")
    assert rec.date.iso() == "2002-07"
    assert loaded.vectors.shape == (43, 512)


def test_missing_index(tmp_path):
    with pytest.raises(IndexMissingError, match="run `teikei-qa build"):
        read_manifest(tmp_path / "nothing")


def test_other_data_is_refused(fresh, tmp_path):
    data = fresh.data[0]
    _append_row(data)
    with pytest.raises(IndexStaleError, match=r"other data.*run `teikei-qa build"):
        load_index(fresh.index_dir, data=fresh.data)


def test_other_model_is_refused(fresh):
    with pytest.raises(IndexStaleError, match="built with model 'usem3', not 'pkg:x'"
                                              ".*teikei-qa build"):
        load_index(fresh.index_dir, data=fresh.data, model="pkg:x")


@pytest.mark.parametrize("victim", ["table.bin", "vectors.npy", "bm25/vocab.index.json"])
def test_damaged_file_is_refused(fresh, victim):
    m = read_manifest(fresh.index_dir)
    p = fresh.index_dir / m.generation / victim
    p.write_bytes(p.read_bytes()[: max(1, p.stat().st_size // 2)])
    with pytest.raises(IndexStaleError, match="missing or damaged.*teikei-qa build"):
        load_index(fresh.index_dir, data=fresh.data)


def test_damaged_manifest_is_refused(fresh):
    (fresh.index_dir / MANIFEST).write_text("{not json", "utf-8")
    with pytest.raises(IndexStaleError, match="damaged.*teikei-qa build"):
        load_index(fresh.index_dir, data=fresh.data)


def test_build_that_dies_leaves_the_old_index(fresh, encoder, tokenizer, monkeypatch):
    before = Engine.open(fresh, encoder=encoder, tokenizer=tokenizer).ask("北九州市の協定は何件？")
    data = fresh.data[0]
    _append_row(data)

    def die(*args, **kwargs):
        raise KeyboardInterrupt("killed while writing")

    monkeypatch.setattr(index_mod, "write_bytes", die)
    with pytest.raises(KeyboardInterrupt):
        build(fresh, encoder=encoder, tokenizer=tokenizer)
    monkeypatch.undo()
    # The old generation is intact: its manifest and every file still check out.
    m = read_manifest(fresh.index_dir)
    gen = fresh.index_dir / m.generation
    assert all(index_mod.sha256_file(gen / rel) == digest for rel, digest in m.files.items())
    assert m.records == 43
    with pytest.raises(IndexStaleError):  # the data changed, so it is stale …
        load_index(fresh.index_dir, data=fresh.data)
    # … and once the build completes, the new index is there.
    report = build(fresh, encoder=encoder, tokenizer=tokenizer)
    assert (report.read, report.indexed, report.cached, report.embedded) == (44, 44, 43, 1)
    after = Engine.open(fresh, encoder=encoder, tokenizer=tokenizer).ask("北九州市の協定は何件？")
    assert after.text == before.text


def test_ensure_rebuilds_when_data_changed(fresh, encoder, tokenizer):
    data = fresh.data[0]
    _append_row(data)
    messages = []
    engine = Engine.ensure(fresh, say=messages.append)
    assert len(engine.records) == 44
    assert messages[0].startswith("building the index (index built from other data")
    assert messages[1] == "read 44 rows: indexed 44, skipped 0, merged 0"
