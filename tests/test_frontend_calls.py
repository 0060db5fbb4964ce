"""The frontend reader: each style of API client, written here as small snippets, and the labelled contracts."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from backend_builder.contract import FrontendCall, FrontendScan, scan_frontend

from .conftest import REPO

CONTRACTS = REPO.parent / "shared" / "contracts"


def write(root: Path, files: dict[str, str]) -> None:
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(content).lstrip(), encoding="utf-8")


def scan(root: Path, files: dict[str, str]) -> FrontendScan:
    write(root, files)
    return scan_frontend(str(root))


def one(result: FrontendScan, method: str, path: str) -> FrontendCall:
    found = [c for c in result.calls if c.method == method and c.path == path]
    assert len(found) == 1, [(c.method, c.path) for c in result.calls]
    return found[0]


def test_fetch_template_with_env_base_typed_bodies_and_callers(root: Path) -> None:
    result = scan(root, {
        "web/types/note.ts": """
            export interface NoteInput { heading: string; body?: string; pinned?: boolean }
            export type NotePatch = Partial<NoteInput>
            export interface NotePage { notes: Note[]; count: number }
            export interface Note { id: number; heading: string }
        """,
        "web/lib/client.ts": """
            import type { NoteInput, NotePatch, NotePage } from '@/types/note'
            const BASE = process.env.NEXT_PUBLIC_BACKEND || 'http://localhost:9000'

            export async function listNotes(ownerId: string): Promise<NotePage> {
              const res = await fetch(`${BASE}/api/${ownerId}/notes`, { headers: {} })
              if (!res.ok) {
                const err = await res.json()
                throw new Error(err.detail || 'failed')
              }
              return res.json()
            }

            export async function addNote(ownerId: string, input: NoteInput) {
              const res = await fetch(`${BASE}/api/${ownerId}/notes`, {
                method: 'POST', body: JSON.stringify(input),
              })
              return res.json()
            }

            export async function editNote(ownerId: string, noteId: number, patch: NotePatch) {
              const res = await fetch(BASE + '/api/' + ownerId + '/notes/' + noteId, {
                method: 'PATCH', body: JSON.stringify(patch),
              })
              return res.json()
            }

            export async function removeNote(ownerId: string, noteId: number) {
              const res = await fetch(`${BASE}/api/${ownerId}/notes/${noteId}`, { method: 'DELETE' })
              if (res.status === 204) return
              if (!res.ok) throw new Error('no')
            }
        """,
        "web/components/Board.tsx": """
            import { listNotes, addNote, editNote } from '@/lib/client'
            export function Board({ user }: { user: { id: string } }) {
              const load = async () => {
                const page = await listNotes(user.id)
                console.log(page.notes, page.count)
              }
              const create = async (heading: string) => { await addNote(user.id, { heading, pinned: false }) }
              const pin = async (id: number) => { await editNote(user.id, id, { pinned: true }) }
              return null
            }
        """,
    })
    listing = one(result, "GET", "/api/{owner_id}/notes")
    assert listing.base == "NEXT_PUBLIC_BACKEND"
    assert listing.query_keys == [] and listing.body_keys is None
    assert listing.parses_json and listing.checks_ok and listing.error_key == "detail"
    assert listing.response_type == "Promise<NotePage>" and listing.response_keys == ["notes", "count"]
    assert listing.function == "listNotes" and listing.file == "web/lib/client.ts" and listing.line == 5
    assert listing.expect_status == [200, 201, 202]
    assert [(c.file, c.function, c.reads) for c in listing.callers] == [
        ("web/components/Board.tsx", "load", ["count", "notes"])]

    create = one(result, "POST", "/api/{owner_id}/notes")
    assert create.body_keys == ["heading", "body?", "pinned?"]
    assert create.callers[0].body_keys == ["heading", "pinned"]

    edit = one(result, "PATCH", "/api/{owner_id}/notes/{note_id}")  # a concatenation
    assert edit.body_keys == ["heading?", "body?", "pinned?"]
    assert edit.callers[0].body_keys == ["pinned"]

    delete = one(result, "DELETE", "/api/{owner_id}/notes/{note_id}")
    assert delete.status_checks == [204] and 204 in delete.expect_status and not delete.parses_json
    assert result.unresolved == []


def test_url_search_params_and_call_site_narrowing(root: Path) -> None:
    result = scan(root, {
        "frontend/src/services/items.ts": """
            const API = process.env.NEXT_PUBLIC_API_URL ?? 'http://127.0.0.1:8000/v2'
            export const items = {
              async search(opts?: { q?: string; page?: number; size?: number }) {
                const params = new URLSearchParams()
                if (opts?.q) params.append('q', opts.q)
                if (opts?.page) params.set('page', String(opts.page))
                params.append('size', '50')
                const r = await fetch(`${API}/items?${params.toString()}`)
                return r.json()
              },
              async byTag(tag: string) {
                const r = await fetch(`${API}/items?tag=${tag}&archived=false`)
                return r.json()
              },
              async all(filters?: { kind?: string; owner?: string }) {
                const qs = filters ? `?${new URLSearchParams(filters)}` : ''
                const r = await fetch(API + '/items' + qs)
                return r.json()
              },
            }
        """,
        "frontend/src/app/page.tsx": """
            import { items } from '../services/items'
            export default function Page() {
              const run = async () => {
                await items.search({ q: 'pen' })
                await items.all()
              }
              return null
            }
        """,
    })
    search = next(c for c in result.calls if c.function == "search")
    assert search.path == "/v2/items" and search.query_keys == ["q?", "page?", "size"]
    assert [c.query_keys for c in search.callers] == [["q", "size"]]
    tagged = next(c for c in result.calls if c.function == "byTag")
    assert tagged.path == "/v2/items" and tagged.query_keys == ["tag", "archived"]
    every = next(c for c in result.calls if c.function == "all")
    assert every.query_keys == ["kind?", "owner?"]
    assert [c.query_keys for c in every.callers] == [[]]


def test_axios_instance_with_base_url_params_and_data(root: Path) -> None:
    result = scan(root, {
        "apps/web/lib/http.ts": """
            import axios from 'axios'
            export const http = axios.create({ baseURL: `${process.env.NEXT_PUBLIC_API}/api/v1`, timeout: 5000 })
        """,
        "apps/web/lib/todos.ts": """
            import { http } from './http'
            interface TodoDraft { label: string; due?: string }
            export const todos = {
              list: async (state: string, limit = 20) => {
                const { data } = await http.get('/todos', { params: { state, limit } })
                return data.results
              },
              add: async (draft: TodoDraft) => {
                const response = await http.post('/todos/', draft)
                return response.data
              },
              flip: (id: number) => http.patch(`/todos/${id}/flip`, {}),
              drop: async (id: number) => { await http.delete(`/todos/${id}`) },
            }
            export function explain(err: any) { return err.response?.data?.detail }
        """,
    })
    listing = one(result, "GET", "/api/v1/todos")
    assert listing.query_keys == ["state", "limit"] and listing.reads == ["results"]
    assert listing.base == "NEXT_PUBLIC_API" and listing.error_key == "detail"
    add = one(result, "POST", "/api/v1/todos/")  # the trailing slash is kept
    assert add.body_keys == ["label", "due?"]
    assert one(result, "PATCH", "/api/v1/todos/{id}/flip").body_keys == []
    drop = one(result, "DELETE", "/api/v1/todos/{id}")
    assert drop.body_keys is None and 204 in drop.expect_status


def test_request_wrapper_that_prepends_a_base_and_spreads_options(root: Path) -> None:
    result = scan(root, {
        "frontend/lib/api.ts": """
            const ROOT = process.env.NEXT_PUBLIC_API_URL || 'http://localhost:8000'
            async function request<T>(path: string, options: RequestInit = {}): Promise<T> {
              const res = await fetch(`${ROOT}/api${path}`, { ...options, headers: { 'Content-Type': 'application/json' } })
              if (!res.ok) {
                const body = await res.json().catch(() => ({}))
                throw new Error(body.message || res.statusText)
              }
              if (res.status === 204) return undefined as T
              return res.json()
            }
            export const getBooks = (shelf: string) => request<Book[]>(`/shelves/${shelf}/books`)
            export const addBook = (shelf: string, title: string, author?: string) =>
              request(`/shelves/${shelf}/books`, { method: 'POST', body: JSON.stringify({ title, author }) })
            type Book = { id: number; title: string }
        """,
    })
    books = one(result, "GET", "/api/shelves/{shelf}/books")
    assert books.via and books.via[0].startswith("request (frontend/lib/api.ts:2)")
    assert books.function == "getBooks" and books.line == 11
    assert books.error_key == "message" and books.status_checks == [204]
    add = one(result, "POST", "/api/shelves/{shelf}/books")
    assert add.body_keys == ["title", "author"]
    assert result.unresolved == []


def test_nextjs_rewrites_and_auth_calls(root: Path) -> None:
    result = scan(root, {
        "frontend/next.config.js": """
            module.exports = {
              async rewrites() {
                return [{ source: '/backend/:path*', destination: `${process.env.BACKEND_URL || 'http://localhost:8000'}/api/:path*` }]
              },
            }
        """,
        "frontend/lib/api.ts": """
            export async function projects() {
              const r = await fetch('/backend/projects?archived=true')
              return r.json()
            }
            export async function signIn(email: string, password: string) {
              const r = await fetch('/backend/auth/sign-in', { method: 'POST', body: JSON.stringify({ email, password }) })
              return r.json()
            }
        """,
    })
    projects = one(result, "GET", "/api/projects")
    assert projects.rewritten and projects.kind == "api" and projects.query_keys == ["archived"]
    assert one(result, "POST", "/api/auth/sign-in").kind == "auth"


def test_class_client_with_this_request(root: Path) -> None:
    result = scan(root, {
        "src/lib/client.ts": """
            class Client {
              private base: string
              constructor(base: string = process.env.NEXT_PUBLIC_API_URL || 'http://localhost:8000') { this.base = base }
              private async call<T>(endpoint: string, init: RequestInit = {}): Promise<T> {
                const res = await fetch(`${this.base}${endpoint}`, init)
                return res.json()
              }
              async rooms(userId: string) {
                const data = await this.call<{ rooms: unknown[] }>(`/api/${userId}/rooms`)
                return data.rooms
              }
              async close(userId: string, roomId: string) {
                return this.call(`/api/${userId}/rooms/${roomId}/close`, { method: 'POST' })
              }
            }
            export const client = new Client()
        """,
    })
    rooms = one(result, "GET", "/api/{user_id}/rooms")
    assert rooms.reads == ["rooms"] and rooms.function == "rooms"
    assert one(result, "POST", "/api/{user_id}/rooms/{room_id}/close").body_keys is None


def test_dynamic_urls_are_reported_not_dropped(root: Path) -> None:
    result = scan(root, {
        "frontend/lib/misc.ts": """
            import { buildUrl } from './urls'
            export async function load(kind: string) {
              const r = await fetch(buildUrl(kind))
              return r.json()
            }
            export async function raw(endpoint: string) {
              return fetch(endpoint)
            }
            export async function part(x: string) {
              const suffix = x.split(',')[0]
              return fetch(`/api/things${suffix}`)
            }
        """,
    })
    assert result.calls == []
    reasons = {u.function: u.reason for u in result.unresolved}
    assert set(reasons) == {"load", "raw", "part"}
    assert "nobody here calls it" in reasons["raw"]
    assert all(u.file == "frontend/lib/misc.ts" and u.line > 0 for u in result.unresolved)


def test_skips_dependencies_and_build_output_and_stays_inside_the_root(root: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    write(outside, {"secret.ts": "export const go = () => fetch('/api/leak')\n"})
    write(root, {
        "frontend/node_modules/lib/index.js": "fetch('/api/from-node-modules')\n",
        "frontend/.next/server/page.js": "fetch('/api/from-build')\n",
        "frontend/lib/api.ts": "export const ping = () => fetch('/api/tasks')\n",
        "frontend/lib/api.test.ts": "fetch('/api/from-a-test')\n",
    })
    (root / "frontend" / "linked").symlink_to(outside, target_is_directory=True)
    (root / "frontend" / "lib" / "leak.ts").symlink_to(outside / "secret.ts")
    result = scan_frontend(str(root))
    assert [c.path for c in result.calls] == ["/api/tasks"]


def test_bounds_on_files_and_sizes(root: Path) -> None:
    write(root, {f"web/lib/api{i}.ts": f"export const f{i} = () => fetch('/api/r{i}')\n" for i in range(5)})
    write(root, {"web/lib/big.ts": "export const big = () => fetch('/api/big')\n" + "// pad\n" * 5000})
    result = scan_frontend(str(root), max_files=3, max_bytes=10_000)
    assert len(result.calls) == 3
    assert any("big.ts" in s for s in result.skipped) and any("parsed" in s for s in result.skipped)


def test_tree_sitter_is_loaded_only_when_scanning() -> None:
    code = ("import sys, backend_builder.contract, backend_builder.mcp_server; "
            "print('tree_sitter' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.skipif(not CONTRACTS.is_dir(), reason="needs ../shared/contracts")
def test_labelled_contracts_recall_floor() -> None:
    sys.path.insert(0, str(REPO / "bench"))
    try:
        import frontend_calls  # type: ignore[import-not-found]
    finally:
        sys.path.pop(0)
    total = frontend_calls.score_all(CONTRACTS)["total"]
    # measured on C01-C08: 53/53 calls, query keys exact 49, body keys exact 52, precision 38/48
    assert total["labelled"] >= 53
    assert total["found"] / total["labelled"] >= 1.0
    assert total["query_compatible"] / total["found"] >= 1.0
    assert total["query_exact"] / total["found"] >= 0.9
    assert total["body_exact"] / total["found"] >= 0.95
    assert total["precision_called"] >= 0.95
    assert total["seconds"] < 5
