"""Score read_spec's drafts against the hand labels of the spec corpus.

    .venv/bin/python bench/spec_corpus.py [CORPUS_DIR ...] [--verbose] [--json OUT]
    .venv/bin/python bench/spec_corpus.py --backends [--only 25 50]   # drafts -> backends -> their tests

CORPUS_DIR defaults to ../shared/corpus; pass several folders (a scratch set labelled the same way,
e.g. /tmp/unseen) to score them together. For each entry, read_spec gets the feature as a user
would name it: the entity (entries 01-45) or the Spec Kit feature folder (46+). Fields are matched
by name in snake_case (the labels keep camelCase as written; FeatureSpec names are snake_case).
Reports field precision, recall and F1, and, over matched fields, agreement on type, required,
max_length, default, enum values and single-column index; per entry and overall (micro-averaged).
"wire" is the share of labelled fields whose JSON key, as the generated backend answers it
(snake_case, or camelCase under `api.casing: camel`), is the key the spec wrote; PascalCase
keys (C# properties, which ASP.NET serialises as camelCase) count as their camelCase form.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

from backend_builder import operations
from backend_builder.errors import BuilderError
from backend_builder.spec.api import camel
from backend_builder.spec.extract.raw import normal_name, singular, snake, without_accents
from backend_builder.spec.model import default_plural

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus"
NOW = {"now", "now()", "current_timestamp", "current_timestamp()", "getdate()", "getutcdate()", "sysdatetime()", "sysutcdatetime()", "datetime.utcnow", "datetime.now", "utcnow", "utcnow()",
       "date()", "date.now", ".now"}  # (Swift's `Date()`)


def feature_name(entry: Path, label: dict[str, Any]) -> str:
    source = (entry / "SOURCE.txt").read_text(encoding="utf-8", errors="replace")
    match = re.search(r"feature_dir:\s*(\S+)", source)
    if match and not re.fullmatch(r"n/?a|none|null|-+|—", match.group(1).rstrip("/"), re.IGNORECASE):  # ('n/a (not Spec Kit)')
        return match.group(1).rstrip("/").split("/")[-1]
    return snake(label["entity"])


def same_default(expected: Any, got: Any, kind: str) -> bool:
    if isinstance(expected, str) and (expected.lower() in NOW or re.search(r"\bnow\b", expected.lower())):
        return got == "now"
    if isinstance(expected, str) and expected.lower() in ("current_date", "curdate()", "today", "hoy", "hoje", "heute",
                                                         "aujourd'hui", "oggi", "今日", "今天", "오늘", "today's date",
                                                         "current date", "the current date"):  # (a label's word for today)
        return got == "today"
    if kind == "decimal" and expected is not None and got is not None:
        return float(expected) == float(got)
    return expected == got


def wire_key(name: str, casing: str) -> str:
    return camel(name) if casing == "camel" else name


def spec_key(name: str) -> str:
    """The key as the spec's client sends it: PascalCase C# properties go out as camelCase."""
    return name[:1].lower() + name[1:] if re.fullmatch(r"[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)*", name) else name


def same_entity(label: str, got: str | None, result: dict[str, Any]) -> bool:
    """The draft's entity is the labelled one (by class or table name; `account_item` for a reserved `account`), or
    its table is the labelled table (`### Audit Record` stored in `audit`)."""
    if got is None:
        return False
    if result.get("table") and result.get("drafted_table") and normal_name(result["drafted_table"]) == normal_name(result["table"]) \
            and result["drafted_table"] != default_plural(got):  # (a table the spec names, not one the name implies)
        return True
    table = result.get("table") or ""

    def every_word_singular(name: str) -> str:  # (`plans_entrainement` is the PlanEntrainement)
        return "_".join(singular(w) for w in normal_name(name).split("_"))

    label, table = without_accents(label), without_accents(table)  # (`Usuário` is drafted as `usuario`)
    wanted = {normal_name(label), normal_name(table), every_word_singular(label)}
    return any(form in wanted for form in (normal_name(got), normal_name(got).removesuffix("_item"), every_word_singular(got)))


def score_entry(entry: Path) -> dict[str, Any]:
    label = json.loads((entry / "expected.json").read_text(encoding="utf-8"))
    feature = feature_name(entry, label)
    expected = {snake(f["name"]): f for f in label["fields"]}
    try:
        draft = operations.read_spec(str(entry), feature)
        got = {f["name"]: f for f in (draft.spec or {}).get("fields", [])}
        for name, f in list(got.items()):  # `from` kept as `from_value` (a Python keyword) with `from` on the wire
            spoken = snake(f.get("json_key") or "")
            if name not in expected and spoken in expected and spoken not in got:
                got[spoken] = got.pop(name)
        error = None
    except BuilderError as exc:
        got, error, draft = {}, str(exc).splitlines()[0], None
    except Exception as exc:  # noqa: BLE001 - a crash is a result too: the entry scores nothing, and says why
        got, error, draft = {}, f"crashed: {type(exc).__name__}: {exc}", None
    matched = sorted(set(expected) & set(got))
    casing = ((draft.spec or {}).get("api") or {}).get("casing", "snake") if draft else "snake"
    wire_ok = [n for n in matched if (got[n].get("json_key") or wire_key(n, casing)) == spec_key(expected[n]["name"])]
    result: dict[str, Any] = {
        "entry": entry.name, "feature": feature, "table": label.get("table"), "expected": len(expected), "got": len(got), "matched": len(matched),
        "missing": sorted(set(expected) - set(got)), "extra": sorted(set(got) - set(expected)), "error": error,
        "user_id_type": [label.get("user_id_type"), draft.user_id_type if draft else None],
        "blocking": draft.blocking if draft else [],
        "casing": casing, "wire": len(wire_ok),
        "entity": [label["entity"], (draft.spec or {}).get("name") if draft else None],
        "drafted_table": (draft.spec or {}).get("plural") if draft else None,
        "wire_wrong": sorted(expected[n]["name"] for n in matched if n not in wire_ok),
    }
    checks = {"type": 0, "required": 0, "max_length": 0, "default": 0, "enum": 0, "index": 0}
    wrong: list[str] = []
    for name in matched:
        e, g = expected[name], got[name]
        kind = g.get("type", "str")
        pairs = {
            "type": (e["type"], kind),
            "required": (e["required"], g.get("required", True)),
            "max_length": (e.get("max_length"), g.get("max_length")),
            "default": (e.get("default"), g.get("default")),
            "enum": (sorted(map(str, e.get("enum_values") or [])), sorted(map(str, g.get("enum_values") or []))),  # (a code 1 is "1")
            "index": (bool(e.get("index")), bool(g.get("index"))),
        }
        for check, (want, have) in pairs.items():
            ok = same_default(want, have, kind) if check == "default" else want == have
            checks[check] += ok
            if not ok:
                wrong.append(f"{name}.{check}: want {want!r} got {have!r}")
    result["agree"] = checks
    result["wrong"] = wrong
    return result


def check_backend(entry: Path) -> str:
    """read_spec -> init_project -> scaffold_feature -> run_tests in a scratch copy; one line of result."""
    import shutil
    import tempfile

    label = json.loads((entry / "expected.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch) / "root"
        shutil.copytree(entry, root)
        try:
            draft = operations.read_spec(str(root), feature_name(entry, label))
            operations.init_project(str(root), user_id_type=draft.user_id_type or "str")
            operations.scaffold_feature(str(root), spec=draft.spec)
            return operations.run_tests(str(root)).summary
        except BuilderError as exc:
            return f"could not build: {exc.message.splitlines()[0]}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="*", default=[str(DEFAULT_CORPUS)])
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--json", help="write per-entry results here")
    parser.add_argument("--backends", action="store_true",
                        help="build each entry's backend from its draft and run its own tests (minutes)")
    parser.add_argument("--only", nargs="*", default=[], help="entry name prefixes, e.g. 25 50")
    args = parser.parse_args()
    entries = sorted(p for folder in args.corpus for p in Path(folder).iterdir() if (p / "expected.json").is_file()
                     and (not args.only or p.name.startswith(tuple(args.only))))
    if args.backends:
        lines = [(entry.name, check_backend(entry)) for entry in entries]
        for name, line in lines:
            print(f"{name[:52]:<52} {line}")
        green = sum(1 for _, line in lines if " 0 failed, 0 errors" in line)
        print(f"\nbackends whose own tests all pass: {green} of {len(lines)}")
        return
    results = [score_entry(entry) for entry in entries]
    total_expected = sum(r["expected"] for r in results)
    total_got = sum(r["got"] for r in results)
    total_matched = sum(r["matched"] for r in results)
    precision = total_matched / total_got if total_got else 0.0
    recall = total_matched / total_expected if total_expected else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"{'entry':<52} {'exp':>3} {'got':>3} {'ok':>3}  type req  max  def enum wire")
    for r in results:
        a, m = r["agree"], r["matched"] or 1
        print(f"{r['entry'][:52]:<52} {r['expected']:>3} {r['got']:>3} {r['matched']:>3}  "
              f"{a['type'] / m:4.2f} {a['required'] / m:4.2f} {a['max_length'] / m:4.2f} "
              f"{a['default'] / m:4.2f} {a['enum'] / m:4.2f} {r['wire'] / m:4.2f}" + (f"  ERROR {r['error']}" if r["error"] else ""))
        if args.verbose:
            for line in (r["missing"] and [f"missing {r['missing']}"] or []) + (r["extra"] and [f"extra {r['extra']}"] or []) + r["wrong"] + (r["wire_wrong"] and [f"wire ({r['casing']}) {r['wire_wrong']}"] or []):
                print(f"      {line}")
    agree = {k: sum(r["agree"][k] for r in results) / (total_matched or 1) for k in results[0]["agree"]}
    agree["wire"] = sum(r["wire"] for r in results) / (total_matched or 1)
    uid = sum(1 for r in results if r["user_id_type"][0] == r["user_id_type"][1]) / len(results)
    entity_ok = [r for r in results if same_entity(r["entity"][0], r["entity"][1], r)]
    print(f"\noverall over {len(results)} entries: fields expected {total_expected}, drafted {total_got}, matched {total_matched}")
    print(f"field precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}")
    print("agreement on matched fields: " + "  ".join(f"{k} {v:.3f}" for k, v in agree.items()))
    print(f"user_id_type agreement {uid:.3f}")
    print(f"entity read as labelled {len(entity_ok)} of {len(results)}"
          + "".join(f"\n      {r['entry']}: {r['entity'][1]!r} for {r['entity'][0]!r}" for r in results if r not in entity_ok))
    if args.json:
        Path(args.json).write_text(json.dumps({"precision": precision, "recall": recall, "f1": f1, "agreement": agree,
                                               "user_id_type": uid, "entries": results}, indent=1))


if __name__ == "__main__":
    sys.exit(main())
