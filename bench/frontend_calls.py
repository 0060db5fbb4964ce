"""Score the frontend reader (backend_builder.contract.scan_frontend) against the labelled contracts.

    .venv/bin/python bench/frontend_calls.py [CONTRACTS_DIR] [--verbose] [--json OUT]

CONTRACTS_DIR defaults to ../shared/contracts (entries CNN-*/ with contract.json). For each labelled
call: is there an extracted call with the same method and path (placeholders compared as `{}`), and
do its query keys and body keys agree. Keys are compared on the call itself and on each of its
callers (a client function called with an object literal narrows the keys to those passed):

  exact       the key names equal the label's
  compatible  the label's keys lie between the keys always sent and the keys sometimes sent (`k?`)

Precision: extracted calls of kind "api" whose method+path matches a labelled call. Calls that match
a client function the label lists in `unused_client_calls` are counted apart ("unused"), as are
calls of kind auth/health/external. Also reported: agreement on the accepted statuses.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

from backend_builder.contract import FrontendCall, normalize_path, scan_frontend

HERE = Path(__file__).resolve().parent
DEFAULT_DIR = HERE.parent.parent / "shared" / "contracts"
UNUSED_CALL = re.compile(r"\b(GET|POST|PUT|PATCH|DELETE)\s+(/[^\s),;]*)")


def _split(keys: list[str]) -> tuple[set[str], set[str]]:
    required = {k for k in keys if not k.endswith("?")}
    every = {k.rstrip("?") for k in keys}
    return required, every


def _agree(label: set[str] | None, variants: list[tuple[list[str] | None, bool]]) -> tuple[bool, bool]:
    """(exact, compatible) over the variants (keys, open) of one extracted call."""
    exact = compatible = False
    for keys, open_ in variants:
        if label is None or keys is None:
            same = (label is None) == (keys is None) or (label == set() and keys == [])
            exact = exact or same
            compatible = compatible or same
            continue
        required, every = _split(keys)
        if every == label:
            exact = True
        if required <= label and (open_ or label <= every):
            compatible = True
    return exact, compatible


def _variants(call: FrontendCall, what: str) -> list[tuple[list[str] | None, bool]]:
    if what == "query":
        out = [(list(call.query_keys), call.query_open)]
        out += [(list(cs.query_keys), False) for cs in call.callers]
    else:
        out = [(None if call.body_keys is None else list(call.body_keys), call.body_open)]
        out += [(None if cs.body_keys is None else list(cs.body_keys), False) for cs in call.callers]
    return out


def unused_routes(label: dict[str, Any]) -> set[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    for note in label.get("unused_client_calls") or []:
        for method, path in UNUSED_CALL.findall(str(note)):
            out.add((method, normalize_path(path)))
    return out


def score_entry(entry: Path) -> dict[str, Any]:
    label = json.loads((entry / "contract.json").read_text(encoding="utf-8"))
    started = time.perf_counter()
    scan = scan_frontend(str(entry))
    seconds = time.perf_counter() - started
    by_route: dict[tuple[str, str], list[FrontendCall]] = {}
    for call in scan.calls:
        by_route.setdefault((call.method, normalize_path(call.path)), []).append(call)
    labelled = label.get("calls") or []
    found = q_exact = q_ok = b_exact = b_ok = status_ok = 0
    missing: list[str] = []
    key_misses: list[str] = []
    for lc in labelled:
        route = (lc["method"], normalize_path(lc["path"]))
        candidates = by_route.get(route, [])
        if not candidates:
            missing.append(f"{lc['method']} {lc['path']} ({lc.get('name', '')})")
            continue
        found += 1
        lq = set((lc.get("query") or {}).keys())
        lb = None if lc.get("body") is None else set(lc["body"].keys())
        qe = qc = be = bc = False
        for call in candidates:
            e, c = _agree(lq, _variants(call, "query"))
            qe, qc = qe or e, qc or c
            e, c = _agree(lb, _variants(call, "body"))
            be, bc = be or e, bc or c
        q_exact += qe
        q_ok += qc
        b_exact += be
        b_ok += bc
        if not (qe and be):
            key_misses.append(f"{lc['method']} {lc['path']} query {sorted(lq)} body "
                              f"{None if lb is None else sorted(lb)}; got "
                              + "; ".join(f"q={c.query_keys} b={c.body_keys} callers="
                                          f"{[(cs.query_keys, cs.body_keys) for cs in c.callers]}"
                                          for c in candidates))
        expected_status = set((lc.get("expect") or {}).get("status") or [])
        status_ok += any(set(c.expect_status) == expected_status for c in candidates)
    labelled_routes = {(lc["method"], normalize_path(lc["path"])) for lc in labelled}
    unused = unused_routes(label)
    api_calls = [c for c in scan.calls if c.kind == "api"]
    tp = [c for c in api_calls if (c.method, normalize_path(c.path)) in labelled_routes]
    unused_calls = [c for c in api_calls if (c.method, normalize_path(c.path)) in unused - labelled_routes]
    fp = [c for c in api_calls if c not in tp and c not in unused_calls]
    return {
        "entry": entry.name, "labelled": len(labelled), "found": found,
        "query_exact": q_exact, "query_compatible": q_ok, "body_exact": b_exact, "body_compatible": b_ok,
        "status_agree": status_ok,
        "extracted_api": len(api_calls), "true_positive": len(tp), "unused": len(unused_calls),
        "false_positive": len(fp), "false_positive_with_callers": sum(1 for c in fp if c.callers),
        "other_kinds": sum(1 for c in scan.calls if c.kind != "api"),
        "unresolved": [f"{u.file}:{u.line} {u.reason}" for u in scan.unresolved],
        "missing": missing, "key_misses": key_misses,
        "fp_calls": [f"{c.method} {c.path} {c.file}:{c.line} {c.function}{'' if c.callers else ' (no callers)'}"
                     for c in fp],
        "seconds": round(seconds, 3), "files": scan.files_scanned,
    }


def score_all(directory: Path) -> dict[str, Any]:
    entries = sorted(p for p in directory.iterdir() if (p / "contract.json").is_file())
    rows = [score_entry(e) for e in entries]
    total = {k: sum(r[k] for r in rows) for k in (
        "labelled", "found", "query_exact", "query_compatible", "body_exact", "body_compatible", "status_agree",
        "extracted_api", "true_positive", "unused", "false_positive", "false_positive_with_callers", "other_kinds")}
    total["unresolved"] = sum(len(r["unresolved"]) for r in rows)
    total["seconds"] = round(sum(r["seconds"] for r in rows), 3)
    total["recall"] = total["found"] / total["labelled"] if total["labelled"] else 0.0
    judged = total["true_positive"] + total["false_positive"]
    total["precision"] = total["true_positive"] / judged if judged else 0.0
    with_callers = total["true_positive"] + total["false_positive_with_callers"]
    total["precision_called"] = total["true_positive"] / with_callers if with_callers else 0.0
    return {"entries": rows, "total": total}


def _pct(a: int, b: int) -> str:
    return f"{a}/{b} ({100 * a / b:.0f}%)" if b else "0/0"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?", default=str(DEFAULT_DIR))
    parser.add_argument("--verbose", "-v", action="store_true")
    parser.add_argument("--json", dest="json_out")
    args = parser.parse_args(argv)
    directory = Path(args.directory)
    if not directory.is_dir():
        print(f"no contracts folder at {directory}", file=sys.stderr)
        return 2
    result = score_all(directory)
    for r in result["entries"]:
        n = r["found"]
        print(f"{r['entry'][:40]:40} found {r['found']}/{r['labelled']}  query exact {r['query_exact']}/{n} "
              f"compat {r['query_compatible']}/{n}  body exact {r['body_exact']}/{n} compat {r['body_compatible']}/{n}"
              f"  status {r['status_agree']}/{n}  extracted {r['extracted_api']} (fp {r['false_positive']}, "
              f"unused {r['unused']})  unresolved {len(r['unresolved'])}  {r['seconds']:.2f}s")
        if args.verbose:
            for line in r["missing"]:
                print(f"    MISSING  {line}")
            for line in r["key_misses"]:
                print(f"    KEYS     {line}")
            for line in r["fp_calls"]:
                print(f"    EXTRA    {line}")
            for line in r["unresolved"]:
                print(f"    UNRESOLVED {line}")
    t = result["total"]
    print(f"TOTAL recall (method+path) {_pct(t['found'], t['labelled'])}; "
          f"precision {_pct(t['true_positive'], t['true_positive'] + t['false_positive'])} "
          f"(among calls someone calls: {_pct(t['true_positive'], t['true_positive'] + t['false_positive_with_callers'])}); "
          f"unused client calls {t['unused']}; auth/health/external {t['other_kinds']}; unresolved {t['unresolved']}")
    print(f"TOTAL query keys exact {_pct(t['query_exact'], t['found'])}, compatible {_pct(t['query_compatible'], t['found'])}; "
          f"body keys exact {_pct(t['body_exact'], t['found'])}, compatible {_pct(t['body_compatible'], t['found'])}; "
          f"statuses {_pct(t['status_agree'], t['found'])}; {t['seconds']:.2f}s")
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
