"""read_spec's rules on small hand-written specs, one kind of spec at a time (issue 10: specs it has never seen)."""

from __future__ import annotations

from pathlib import Path

import pytest
from backend_builder import operations

from .spec_reading import read, write

# 1. a schema file that is code, with no markdown fences ------------------------------------------------------------

PLAIN_SQLMODEL = """from typing import Optional
from sqlmodel import Field, SQLModel


class Parcel(SQLModel, table=True):
    __tablename__ = "parcels"
    id: Optional[int] = Field(default=None, primary_key=True)
    user_id: str = Field(index=True)
    label: str = Field(max_length=80)
    weight_kg: Optional[float] = None
    fragile: bool = False
"""

PLAIN_SQL = """-- shipping schema
CREATE TABLE parcels (
    id SERIAL PRIMARY KEY,
    user_id VARCHAR(64) NOT NULL,
    label VARCHAR(80) NOT NULL,
    weight_kg REAL,
    fragile BOOLEAN NOT NULL DEFAULT FALSE
);
"""

PLAIN_PRISMA = """model Parcel {
  id        Int      @id @default(autoincrement())
  userId    String
  label     String   @db.VarChar(80)
  weightKg  Float?
  fragile   Boolean  @default(false)
}
"""

PLAIN_TS = """export interface Parcel {
  id: string;
  userId: string;
  label: string; // max 80 characters
  weightKg?: number;
  fragile: boolean;
  status: 'packed' | 'sent' | 'lost';
}
"""


@pytest.mark.parametrize("text", [PLAIN_SQLMODEL, PLAIN_SQL, PLAIN_PRISMA, PLAIN_TS], ids=["sqlmodel", "sql", "prisma", "ts"])
def test_a_schema_file_that_is_code_without_fences(root: Path, text: str) -> None:
    draft, got = read(root, {"specs/database/schema.md": text}, "parcel")
    assert draft.spec["name"] == "parcel" and draft.user_id_type == "str"
    assert got["label"]["max_length"] == 80 and got["label"]["required"]
    assert got["weight_kg"]["type"] == "float" and not got["weight_kg"]["required"]
    assert got["fragile"]["type"] == "bool"


def test_typescript_interface_fields(root: Path) -> None:
    _draft, got = read(root, {"specs/database/schema.md": PLAIN_TS}, "parcel")
    assert got["status"]["enum_values"] == ["packed", "sent", "lost"]
    assert got["fragile"]["required"] and "default" not in got["fragile"]


# 2. domain entities named like auth tables --------------------------------------------------------------------

FINANCE = """# Schema

## account

| Column | Type | Constraints |
|---|---|---|
| id | UUID | PK |
| user_id | UUID | NOT NULL |
| name | VARCHAR(60) | NOT NULL |
| kind | VARCHAR(12) | NOT NULL, CHECK (kind IN ('checking', 'savings', 'card')) |
| balance | NUMERIC(12,2) | NOT NULL DEFAULT 0 |
| currency | CHAR(3) | NOT NULL |

## budget

| Column | Type | Constraints |
|---|---|---|
| id | UUID | PK |
| user_id | UUID | NOT NULL |
| month | DATE | NOT NULL |
"""

BETTER_AUTH_ACCOUNT = """# Schema

## account

| Column | Type | Constraints |
|---|---|---|
| id | TEXT | PK |
| user_id | TEXT | NOT NULL |
| provider_id | TEXT | NOT NULL |
| access_token | TEXT | |
| password | TEXT | |

## wallet

| Column | Type | Constraints |
|---|---|---|
| id | UUID | PK |
| user_id | TEXT | NOT NULL |
| nickname | VARCHAR(40) | NOT NULL |
"""


def test_a_finance_account_is_an_entity_not_the_auth_table(root: Path) -> None:
    draft, got = read(root, {"specs/database/schema.md": FINANCE}, "account")
    assert draft.spec["name"] == "account_item"  # "account" is a module of the generated project
    assert got["kind"]["enum_values"] == ["checking", "savings", "card"] and "max_length" not in got["kind"]
    assert got["balance"]["type"] == "decimal"
    assert any("budget" in d for d in draft.diagnostics)  # the other entity is named in the answer


def test_better_auths_account_table_is_still_left_out(root: Path) -> None:
    draft, _got = read(root, {"specs/database/schema.md": BETTER_AUTH_ACCOUNT}, "wallet")
    assert draft.spec["name"] == "wallet"
    assert any("auth provider" in d and "account" in d for d in draft.diagnostics)


# 3. closed value lists stated apart from the column -------------------------------------------------------------

SEPARATE_CHECK = """# Schema

```sql
CREATE TABLE tickets (
    id SERIAL PRIMARY KEY,
    user_id TEXT NOT NULL,
    priority VARCHAR(10) NOT NULL DEFAULT 'low',
    severity SMALLINT NOT NULL,
    labels TEXT[] NOT NULL DEFAULT '{}',
    note TEXT, -- free text -- not a list
    CONSTRAINT tickets_priority_ck CHECK (priority IN ('low', 'high', 'urgent')),
    CONSTRAINT tickets_severity_ck CHECK (severity IN (1, 2, 3, 4))
);
```
"""

ENUMS_SECTION = """# Data model

## Ticket

| Field | Type | Notes |
|---|---|---|
| subject | VARCHAR(120) | required |
| channel | VARCHAR(20) | |
| mood | VARCHAR(10) | Calm, Tense, Angry |
| area | VARCHAR(30) | Billing, Shipping, etc. |

## Enums

- `channel`: email, phone, chat
"""

CSHARP_ENUM = """# Data model

## Ticket

| Field | Type | Constraints |
|---|---|---|
| Subject | string | required, max 120 chars |
| Stage | TicketStage | NOT NULL, default = Open |

```csharp
public enum TicketStage
{
    Open = 0,
    Waiting = 1,
    Closed = 2
}
```
"""


def test_check_constraints_apart_from_the_column(root: Path) -> None:
    _draft, got = read(root, {"specs/database/schema.md": SEPARATE_CHECK}, "ticket")
    assert got["priority"]["type"] == "enum" and got["priority"]["enum_values"] == ["low", "high", "urgent"]
    assert "max_length" not in got["priority"] and got["priority"]["default"] == "low"
    assert got["severity"] == {**got["severity"], "type": "enum", "enum_values": [1, 2, 3, 4]}  # codes stay numbers
    assert got["labels"]["type"] == "list[str]" and got["labels"]["default"] == []
    assert got["note"]["type"] == "text"  # '--' inside a comment is no list


def test_enums_section_and_notes_cell(root: Path) -> None:
    _draft, got = read(root, {"specs/database/schema.md": ENUMS_SECTION}, "ticket")
    assert got["channel"]["enum_values"] == ["email", "phone", "chat"] and "max_length" not in got["channel"]
    assert got["mood"]["enum_values"] == ["Calm", "Tense", "Angry"]
    assert got["area"]["type"] == "str"  # "etc." leaves the list open


def test_enum_declared_as_a_csharp_enum_in_a_code_block(root: Path) -> None:
    _draft, got = read(root, {"specs/001-support-desk/data-model.md": CSHARP_ENUM}, "001-support-desk")
    assert got["stage"]["enum_values"] == ["Open", "Waiting", "Closed"] and got["stage"]["default"] == "Open"
    assert not got["stage"]["required"] and got["subject"]["max_length"] == 120


# 4. required flags ---------------------------------------------------------------------------------------

PROSE_SQL_BULLETS = """# Schema

## visits

- id: SERIAL PRIMARY KEY
- user_id: VARCHAR(64) NOT NULL
- place: VARCHAR(100) NOT NULL
- remark: TEXT
- rating: INTEGER
"""

AUDIT = """# Data model

## Invoice

| Field | Type | Constraints |
|---|---|---|
| Number | string | NOT NULL, max 20 chars |
| Created | DateTime | NOT NULL |
| CreatedBy | string | NOT NULL |
| LastModified | DateTime | NOT NULL |
| LastModifiedBy | string | NOT NULL |
"""

PRISMA_FENCED = """# Data model

```prisma
model Visit {
  id      Int     @id @default(autoincrement())
  userId  String
  place   String
  remark  String?
  stars   Int     @default(3)
}
```
"""

PROSE_AND_DDL = """# Schema

## visits

- place (string, optional): where

```sql
CREATE TABLE visits (
  id SERIAL PRIMARY KEY,
  user_id TEXT NOT NULL,
  place VARCHAR(100) NOT NULL
);
```
"""


def test_prose_bullets_with_sql_types_and_no_not_null_are_optional(root: Path) -> None:
    _draft, got = read(root, {"specs/database/schema.md": PROSE_SQL_BULLETS}, "visit")
    assert got["place"]["required"] and not got["remark"]["required"] and not got["rating"]["required"]


def test_audit_columns_are_never_required(root: Path) -> None:
    _draft, got = read(root, {"specs/001-billing/data-model.md": AUDIT}, "001-billing")
    assert got["number"]["required"] and got["number"]["max_length"] == 20
    assert not any(got[n]["required"] for n in ("created_by", "last_modified_by"))
    # (`Created` and `LastModified` DateTime are the row's own timestamps, which the generated backend keeps itself)
    assert "created" not in got and "last_modified" not in got


def test_prisma_fields_without_a_question_mark_are_required(root: Path) -> None:
    _draft, got = read(root, {"specs/database/schema.md": PRISMA_FENCED}, "visit")
    assert got["place"]["required"] and not got["remark"]["required"] and not got["stars"]["required"]


def test_not_null_in_the_ddl_wins_over_prose(root: Path) -> None:
    _draft, got = read(root, {"specs/database/schema.md": PROSE_AND_DDL}, "visit")
    assert got["place"]["required"] and got["place"]["max_length"] == 100


# 5. constraints stated elsewhere, and only for their own entity ---------------------------------------------------

BLOG_SCHEMA = """# Schema

## blog_posts

| Column | Type | Constraints |
|---|---|---|
| id | SERIAL | PK |
| user_id | TEXT | NOT NULL |
| title | TEXT | NOT NULL |
| content | TEXT | NOT NULL |

## comments

| Column | Type | Constraints |
|---|---|---|
| id | SERIAL | PK |
| post_id | INTEGER | NOT NULL |
| content | TEXT | NOT NULL |

### Comment rules

- content: 1-500 characters
"""

BLOG_API = """# API

## POST /api/posts

```python
class PostCreate(BaseModel):
    title: str = Field(min_length=3, max_length=140)
```

```json
{"content": {"type": "string", "maxLength": 20000}}
```
"""


def test_lengths_from_request_models_and_no_leak_from_another_entity(root: Path) -> None:
    draft, got = read(root, {"specs/database/schema.md": BLOG_SCHEMA, "specs/api/posts.md": BLOG_API}, "blog_post")
    assert draft.spec["name"] == "blog_post"
    assert got["title"]["max_length"] == 140 and got["title"]["min_length"] == 3
    assert got["content"]["max_length"] == 20000  # not the comment's 500
    assert any("comments" in d for d in draft.diagnostics)


# 6. entity choice ----------------------------------------------------------------------------------------

MULTI = """# Data model

## Blog

| Field | Type |
|---|---|
| name | string |
| theme | string |

## BlogPost

| Field | Type |
|---|---|
| headline | string |
| body | text |
"""


def test_multi_word_entity_and_folder_named_unlike_it(root: Path) -> None:
    draft, got = read(root, {"specs/database/schema.md": MULTI}, "blog-post")
    assert draft.spec["name"] == "blog_post" and set(got) == {"headline", "body"}
    write(root, {"specs/003-writing/data-model.md": MULTI, "specs/003-writing/spec.md": "# Writing\n\nAuthors write BlogPost entries.\n"})
    draft = operations.read_spec(str(root), "blog")
    assert draft.spec["name"] == "blog" and any("BlogPost" in d for d in draft.diagnostics)


# 7. wire names -------------------------------------------------------------------------------------------

CAMEL = """# Data model

## Review

| Field | Type | Required |
|---|---|---|
| id | uuid | yes |
| authorName | string | yes |
| starCount | integer | no |
| createdAt | datetime | yes |
"""

MIXED = """# Data model

## Review

| Field | Type | Required |
|---|---|---|
| authorName | string | yes |
| star_count | integer | no |
| body_text | text | no |
"""


def test_camel_case_keys_stay_on_the_wire(root: Path) -> None:
    draft, got = read(root, {"specs/001-reviews/data-model.md": CAMEL}, "001-reviews")
    assert set(got) == {"author_name", "star_count"}  # Python names
    assert draft.spec["api"]["casing"] == "camel"  # wire names: authorName, starCount
    assert any("camel" in d and "authorName" in d for d in draft.diagnostics)
    assert any(s.part == "api.casing" for s in draft.sources)


def test_mixed_casings_are_reported(root: Path) -> None:
    draft, _got = read(root, {"specs/001-reviews/data-model.md": MIXED}, "001-reviews")
    assert (draft.spec.get("api") or {}).get("casing", "snake") == "snake"
    assert any("mixes camelCase" in d for d in draft.diagnostics)


# 8. defaults and text forms ------------------------------------------------------------------------------

DEFAULTS = """# Schema\r\n\r\n```sql\r\nCREATE TABLE pesanan (\r\n    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),\r\n    user_id UUID NOT NULL,\r
    kod UUID NOT NULL DEFAULT gen_random_uuid(),\r\n    nama_pelanggan VARCHAR(100) NOT NULL,\r\n    dihantar_pada TIMESTAMP DEFAULT NOW(),\r
    dibayar_pada TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP\r\n);\r\n```\r\n"""


def test_server_defaults_crlf_and_malay_names(root: Path) -> None:
    draft, got = read(root, {"specs/database/schema.md": DEFAULTS}, "pesanan")
    assert draft.spec["name"] == "pesanan" and draft.user_id_type == "uuid"
    assert got["kod"]["default"] == "uuid4" and got["dihantar_pada"]["default"] == "now"
    assert got["dibayar_pada"]["default"] == "now" and not got["dibayar_pada"]["required"]
    assert got["nama_pelanggan"]["required"] and got["nama_pelanggan"]["max_length"] == 100
    line = next(s.line for s in draft.sources if s.part == "fields.nama_pelanggan")
    assert (root / "specs/database/schema.md").read_text().splitlines()[line - 1].strip().startswith("nama_pelanggan")


SPANISH = """# Esquema

## Tabla: gastos

| Campo | Tipo | Obligatorio | Descripción |
|---|---|---|---|
| id | UUID | sí | |
| user_id | UUID | sí | |
| concepto | VARCHAR(80) | sí | |
| importe | DECIMAL(10,2) | sí | |
| categoria | VARCHAR(20) | no | comida, transporte, ocio |
"""


def test_spanish_table(root: Path) -> None:
    draft, got = read(root, {"specs/database/schema.md": SPANISH}, "gasto")
    assert draft.spec["name"] == "gasto"
    assert got["concepto"]["max_length"] == 80 and got["importe"]["type"] == "decimal"
    assert got["categoria"]["enum_values"] == ["comida", "transporte", "ocio"]


def test_what_cannot_be_read_is_said_with_file_and_line(root: Path) -> None:
    text = "# Schema\n\n| Column | Type |\n|---|---|\n| id | SERIAL |\n| title | VARCHAR(50) |\n| photo | BYTEA |\n"
    draft = operations.read_spec(str(write(root, {"specs/database/schema.md": text})), "thing")
    assert any("photo" in b and "specs/database/schema.md:7" in b for b in draft.blocking)


DRIZZLE = """# Data model

```ts
export const moodEnum = pgEnum("mood", ["calm", "busy"]);

export const journalEntries = pgTable("journal_entries", {
  id: uuid("id").defaultRandom().primaryKey(),
  userId: text("user_id").notNull(),
  headline: varchar("headline", { length: 90 }).notNull(),
  body: text("body"),
  mood: moodEnum("mood").default("calm").notNull(),
  tags: text("tags").array().default([]),
  writtenAt: timestamp("written_at").defaultNow().notNull(),
});
```
"""

SQLALCHEMY = """# Models

```python
class JournalEntry(Base):
    __tablename__ = "journal_entries"
    id = Column(Integer, primary_key=True)
    user_id = Column(String(64), ForeignKey("users.id"), nullable=False)
    headline = Column(String(90), nullable=False)
    body = Column(Text)
    mood = Column(Enum("calm", "busy", name="mood"), nullable=False, default="calm")
    rating: Mapped[int | None] = mapped_column(Integer)
```
"""


@pytest.mark.parametrize("text", [DRIZZLE, SQLALCHEMY], ids=["drizzle", "sqlalchemy"])
def test_orm_tables_drizzle_and_sqlalchemy(root: Path, text: str) -> None:
    draft, got = read(root, {"specs/database/schema.md": text}, "journal_entry")
    assert draft.spec["name"] == "journal_entry" and draft.user_id_type == "str"
    assert got["headline"] == {**got["headline"], "type": "str", "max_length": 90, "required": True}
    assert got["body"]["type"] == "text" and not got["body"]["required"]
    assert got["mood"]["enum_values"] == ["calm", "busy"] and got["mood"]["default"] == "calm"


MALAY = """# Skema

## 2. kategori

| Medan | Jenis | Kekangan |
| --- | --- | --- |
| id | SERIAL | PK |
| nama | VARCHAR(40) | NOT NULL |

## 3. soalan

| Medan | Jenis | Kekangan | Penerangan |
| --- | --- | --- | --- |
| id | `SERIAL PRIMARY KEY` | NOT NULL | |
| teks_soalan | `TEXT` | NOT NULL | 5-500 aksara |
| tahap | `VARCHAR(15)` | NOT NULL | Enum lihat di bawah |

### Jenis Enum

**tahap**: `'mudah'`, `'sederhana'`, `'sukar'`
"""

FORM = """# Check-in form

| Field | Control | Values |
|---|---|---|
| place | select | home, office, outdoors |
"""


def test_malay_headers_and_an_enum_section_below_the_table(root: Path) -> None:
    draft, got = read(root, {"specs/database/schema.md": MALAY}, "soalan")
    assert draft.spec["name"] == "soalan" and set(got) == {"teks_soalan", "tahap"}
    assert got["tahap"]["enum_values"] == ["mudah", "sederhana", "sukar"] and got["teks_soalan"]["type"] == "text"


def test_a_select_control_in_the_feature_spec_closes_the_list(root: Path) -> None:
    schema = "# Schema\n\n| Column | Type | Constraints |\n|---|---|---|\n| id | UUID | PK |\n| place | VARCHAR(20) | NOT NULL |\n| mood | INTEGER | |\n"
    _draft, got = read(root, {"specs/database/schema.md": schema, "specs/features/checkin.md": FORM}, "checkin")
    assert got["place"]["enum_values"] == ["home", "office", "outdoors"]


DESK = """# Data model

## Agent

| Field | Type | Required |
|---|---|---|
| user_id | uuid | yes |
| display_name | string | yes |
| team | string | no |
| shift | string | no |

## Ticket

| Field | Type | Required |
|---|---|---|
| user_id | uuid | yes |
| subject | string | yes |
| body | text | yes |
"""


def test_a_feature_folder_named_unlike_its_entity_reads_the_one_its_spec_is_about(root: Path) -> None:
    spec = "# Support desk\n\nA customer opens a ticket. Each ticket has a subject. Agents answer tickets.\n"
    draft, got = read(root, {"specs/004-support-desk/data-model.md": DESK, "specs/004-support-desk/spec.md": spec},
                      "004-support-desk")
    assert draft.spec["name"] == "ticket" and set(got) == {"subject", "body"}
    assert any("Agent" in d for d in draft.diagnostics)


ENUM_HEADINGS = """# Data model

## Task

| Field | Type | Constraints |
|---|---|---|
| title | string | required |
| priority | Priority | required |
| stage | string | optional |

## Enums

### Priority

- LOW
- MEDIUM
- HIGH

### stage

- `backlog`
- `doing`
- `done`
"""


def test_enums_listed_one_value_per_line_under_their_own_heading(root: Path) -> None:
    _draft, got = read(root, {"specs/001-tasks/data-model.md": ENUM_HEADINGS}, "001-tasks")
    assert got["priority"]["enum_values"] == ["LOW", "MEDIUM", "HIGH"]
    assert got["stage"]["enum_values"] == ["backlog", "doing", "done"]


def test_words_for_defaults_and_lengths(root: Path) -> None:
    schema = """# Schema

## notes

- id: integer (primary key)
- user_id: string
- body: text - the note
- labels: jsonb (default empty array) - array of short labels
- archived: boolean - false by default
- pinned: boolean
"""
    feature = "# Notes\n\n- A note's body holds up to 20,000 characters.\n- pinned (optional, default false)\n"
    _draft, got = read(root, {"specs/database/schema.md": schema, "specs/features/notes.md": feature}, "note")
    assert got["body"]["max_length"] == 20000
    assert got["labels"]["type"] == "list[str]" and got["labels"]["default"] == []
    assert got["archived"]["default"] is False and got["pinned"]["default"] is False and not got["pinned"]["required"]


CSHARP_CLASS = """# Data model

```csharp
public enum PriorityLevel { None = 0, Low = 1, Medium = 2, High = 3 }

public class TodoItem : BaseAuditableEntity
{
    public int ListId { get; set; }

    [Required]
    [MaxLength(200)]
    public string Title { get; set; } = string.Empty;

    public string? Note { get; set; }

    public PriorityLevel Priority { get; set; } = PriorityLevel.None;

    public DateTime? Reminder { get; set; }

    public bool Done { get; set; } = false;

    public TodoList List { get; set; } = null!;
}
```
"""


def test_csharp_entity_class(root: Path) -> None:
    draft, got = read(root, {"specs/002-todo-items/data-model.md": CSHARP_CLASS}, "002-todo-items")
    assert draft.spec["name"] == "todo_item" and set(got) == {"list_id", "title", "note", "priority", "reminder", "done"}
    assert got["title"] == {**got["title"], "type": "str", "max_length": 200, "required": True}
    assert not got["note"]["required"] and got["reminder"]["type"] == "datetime"
    assert got["priority"]["enum_values"] == ["None", "Low", "Medium", "High"] and got["priority"]["default"] == "None"
    assert got["done"]["default"] is False and draft.spec["api"]["casing"] == "camel"


def test_a_json_schema_block_is_an_entity(root: Path) -> None:
    model = """# Data model: Links

## Link

```json
{
  "$id": "link",
  "type": "object",
  "required": ["url"],
  "properties": {
    "id": {"type": "integer"},
    "url": {"type": "string", "maxLength": 2048},
    "caption": {"type": "string", "maxLength": 140},
    "clicks": {"type": "integer", "default": 0}
  }
}
```
"""
    _draft, got = read(root, {"specs/005-links/data-model.md": model}, "005-links")
    assert got["url"] == {**got["url"], "required": True, "max_length": 2048}
    assert not got["caption"]["required"] and got["clicks"]["default"] == 0


@pytest.mark.parametrize(("path", "text"), [("specs/database/schema.sql", PLAIN_SQL), ("specs/database/schema.prisma", PLAIN_PRISMA),
                                            ("specs/database/models.py", PLAIN_SQLMODEL)], ids=["sql", "prisma", "py"])
def test_a_schema_kept_as_a_code_file_under_specs(root: Path, path: str, text: str) -> None:
    draft, got = read(root, {path: text, "specs/features/parcels.md": "# Parcels\n\nTrack parcels.\n"}, "parcel")
    assert draft.spec["name"] == "parcel" and got["label"]["max_length"] == 80 and path in draft.files_used


JAPANESE = """# データモデル

## ユーザー (users)

| カラム名 | データ型 | 必須 | 説明 |
|---|---|---|---|
| id | UUID | ○ | |
| email | VARCHAR(255) | ○ | |

## 読書記録 (reading_logs)

| カラム名 | データ型 | 必須 | 説明 |
|---|---|---|---|
| id | UUID | ○ | 主キー |
| user_id | UUID | ○ | |
| book_title | VARCHAR(120) | ○ | 1〜120文字 |
| memo | TEXT | × | 最大2000文字 |
"""


def test_japanese_headings_and_headers(root: Path) -> None:
    draft, got = read(root, {"specs/database/schema.md": JAPANESE}, "reading_log")
    assert draft.spec["name"] == "reading_log" and set(got) == {"book_title", "memo"}
    assert got["book_title"]["required"] and got["book_title"]["max_length"] == 120
    assert not got["memo"]["required"] and got["memo"]["max_length"] == 2000


def test_a_columns_comment_is_its_own_tables_and_enum_words(root: Path) -> None:
    schema = """# Schema

```sql
CREATE TABLE companies (
    id SERIAL PRIMARY KEY,
    kind VARCHAR(20) NOT NULL          -- sole, partnership, limited
);
CREATE TABLE invoices (
    id SERIAL PRIMARY KEY,
    user_id TEXT NOT NULL,
    kind VARCHAR(10) NOT NULL,         -- issued, received
    channel invoice_channel
);
CREATE TYPE invoice_channel AS ENUM (
    'email',
    'post'
);
```

| Field | Type | Notes |
|---|---|---|
| stage | text enum | Draft, Sent or Paid; new invoices are Draft. |
"""
    _draft, got = read(root, {"specs/database/schema.md": schema}, "invoice")
    assert got["kind"]["enum_values"] == ["issued", "received"]
    assert got["channel"]["enum_values"] == ["email", "post"]


def test_an_enum_default_stated_in_words(root: Path) -> None:
    model = "# Data model\n\n## Invoice\n\n| Field | Type | Notes |\n|---|---|---|\n| number | string | required |\n" \
            "| stage | text enum | Draft, Sent or Paid; new invoices are Draft. |\n"
    _draft, got = read(root, {"specs/006-invoices/data-model.md": model}, "006-invoices")
    assert got["stage"]["enum_values"] == ["Draft", "Sent", "Paid"] and got["stage"]["default"] == "Draft"


def test_bold_names_described_in_words(root: Path) -> None:
    model = """# Data model

### StockMove

- **id**: unique identifier
- **warehouseId**: linked warehouse
- **quantity**: integer change applied (+/-)
- **reason**: RESTOCK | SALE | LOSS
- **note**: optional free text
- **movedOn**: String (YYYY-MM-DD). The day of the move.
"""
    draft, got = read(root, {"specs/007-stock/data-model.md": model}, "007-stock")
    assert set(got) == {"warehouse_id", "quantity", "reason", "note", "moved_on"}
    assert got["reason"]["enum_values"] == ["RESTOCK", "SALE", "LOSS"] and got["moved_on"]["type"] == "date"
    assert got["warehouse_id"]["required"] and got["reason"]["required"] and not got["note"]["required"]
    assert draft.spec["api"]["casing"] == "camel"


def test_bold_sentences_and_field_words_do_not_name_the_entity(root: Path) -> None:
    schema = """# Esquema

### notas
**Description**: Stores short notes of the user

| Column | Type | Constraints |
|---|---|---|
| id | SERIAL | PK |
| user_id | TEXT | NOT NULL |
| texto | VARCHAR(280) | NOT NULL |

### etiquetas

Campos:

- `id`
- `nome`
- `cor`
"""
    draft, _got = read(root, {"specs/database/schema.md": schema}, "nota")
    assert draft.spec["name"] == "nota"
    draft = operations.read_spec(str(root), "etiqueta")
    assert draft.spec["name"] == "etiqueta"


# held-out set 2 (issue 10): misses seen at first contact, each written here as a small spec of its own --------------


def test_a_declared_enum_names_its_values_in_code_spans(root: Path) -> None:
    model = """# Data Model: Ledger

## Entity: Movement

### Fields

- `id` (string, required): unique identifier.
- `kind` (enum, required): `IN` or `OUT`.
- `note` (string, optional): see `id` or `kind` for the rules.
"""
    _draft, got = read(root, {"specs/001-ledger/data-model.md": model}, "001-ledger")
    assert got["kind"]["type"] == "enum" and got["kind"]["enum_values"] == ["IN", "OUT"]
    assert got["note"]["type"] == "str" and not got["note"].get("enum_values")  # a str field keeps its type


def test_a_format_in_parentheses_is_not_a_value_list(root: Path) -> None:
    model = """# Data Model

## Entity: Bookmark

| Field | Type | Description | Validation |
|-------|------|-------------|------------|
| `id` | `string` | Unique identifier | Unique |
| `target` | `string` | Where it points | Valid URL format (http/https) |
| `mode` | `string` | How it opens | (tab/window) |
"""
    _draft, got = read(root, {"specs/001-bookmarks/data-model.md": model}, "001-bookmarks")
    assert got["target"]["type"] == "str" and not got["target"].get("enum_values")
    assert got["mode"]["enum_values"] == ["tab", "window"]


def test_an_iso_8601_string_is_a_timestamp_unless_said_to_be_a_date(root: Path) -> None:
    model = """# Data Model

## Entity: Card

| Field | Type | Required |
|---|---|---|
| `id` | `string` | Yes |
| `front` | `string` | Yes |
| `archivedAt` | `string` (ISO 8601) \\| `null` | No |
| `dueOn` | `string` (ISO 8601 date) | No |
"""
    _draft, got = read(root, {"specs/001-cards/data-model.md": model}, "001-cards")
    assert got["archived_at"]["type"] == "datetime" and got["due_on"]["type"] == "date"


def test_an_integer_column_holding_a_timestamp_is_a_datetime(root: Path) -> None:
    model = """# Data Model

### `meetings` Table

```typescript
export const meetings = sqliteTable('meetings', {
  id: text('id').primaryKey(),
  topic: text('topic', { length: 120 }).notNull(),
  startsAt: integer('starts_at', { mode: 'timestamp' }).notNull(),
  seats: integer('seats').notNull(),
})
```

```sql
CREATE TABLE meetings (
  id TEXT PRIMARY KEY,
  topic TEXT NOT NULL,
  starts_at INTEGER NOT NULL,
  seats INTEGER NOT NULL
);
```
"""
    _draft, got = read(root, {"specs/001-meetings/data-model.md": model}, "001-meetings")
    assert got["starts_at"]["type"] == "datetime" and got["seats"]["type"] == "int"


def test_members_of_a_nested_object_and_a_default_stated_in_spanish(root: Path) -> None:
    model = """# Data Model

## Entity: Sticker

| Campo | Tipo | Requerido | Descripción |
|---|---|---|---|
| `id` | `string` (UUID) | Sí | Identificador único |
| `label` | `string` | Sí | Texto |
| `meta.tags` | `string[]` | No | Lista de tags |
| `meta.color` | `string` (hex) | Sí | Color de fondo (#AABBCC por defecto) |
"""
    _draft, got = read(root, {"specs/001-stickers/data-model.md": model}, "001-stickers")
    assert set(got) == {"label", "tags", "color"}
    assert got["tags"]["type"] == "list[str]"
    assert got["color"]["default"] == "#AABBCC" and not got["color"]["required"]


def test_a_js_constant_object_named_like_the_column_is_its_enum(root: Path) -> None:
    model = """# Data Model

### Payment

```javascript
const PayChannel = {
  CASH: 'cash',
  CARD: 'card',
  BANK_TRANSFER: 'bank_transfer'
};

const Limits = { MAX: 10 };
```

```sql
CREATE TABLE payments (
  id TEXT PRIMARY KEY,
  payChannel TEXT NOT NULL,
  memo TEXT
);
```
"""
    _draft, got = read(root, {"specs/001-payments/data-model.md": model}, "001-payments")
    assert got["pay_channel"]["type"] == "enum" and got["pay_channel"]["enum_values"] == ["cash", "card", "bank_transfer"]
    assert got["memo"]["type"] == "text"


def test_a_fields_own_validation_object_in_code(root: Path) -> None:
    model = """# Data Model

```sql
CREATE TABLE memos (
  id TEXT PRIMARY KEY,
  heading TEXT NOT NULL,
  body TEXT
);
```

## Validation

```javascript
const memoValidation = {
  heading: {
    required: true,
    maxLength: 120
  },
  body: {
    required: false,
    maxLength: 4000
  }
};
```
"""
    _draft, got = read(root, {"specs/001-memos/data-model.md": model}, "001-memos")
    assert got["heading"]["max_length"] == 120 and got["body"]["max_length"] == 4000


# Third held-out round (issue 10): kinds of miss found on folders read for the first time ------------------------


def test_a_sentence_under_the_heading_does_not_name_the_table_and_constraint_lists_are_not_columns(root: Path) -> None:
    schema = """# Schema

### Parcels Table
This table keeps every parcel a user ships:

| Column | Type | Constraints | Description |
|--------|------|-------------|-------------|
| id | SERIAL | PRIMARY KEY | id |
| user_id | VARCHAR(64) | NOT NULL | owner |
| label | VARCHAR(80) | NOT NULL | what it is |
| weight_kg | NUMERIC(6,2) | NULL | weight |

**Indexes**:
- `idx_parcels_user_id`: Index on user_id for the owner's list

**Constraints**:
- `fk_parcels_user_id`: Foreign key constraint linking to users
- `ck_parcels_label_not_empty`: Check constraint ensuring the label is not empty
- `chk_parcels_weight`: Check constraint limiting weight to 70 kg
"""
    draft, fields = read(root, {"specs/database/schema.md": schema}, "parcel")
    assert sorted(fields) == ["label", "weight_kg"], fields
    assert draft.spec["name"] == "parcel" and draft.user_id_type == "str"
    assert not any("This" in d for d in draft.diagnostics), draft.diagnostics


def test_a_definition_under_a_future_heading_yields_to_the_current_one(root: Path) -> None:
    schema = """# Parcel model

## Parcel Entity

### Field Definitions

| Field | Type | Required | Default | Description |
|-------|------|----------|---------|-------------|
| label | str | Yes | - | what it is |
| note | str | No | "" | free text |

## Storage

### Phase I: In-Memory (Current)

A dict of parcels.

### Phase II: PostgreSQL (Future)

```sql
CREATE TABLE parcels (
    id SERIAL PRIMARY KEY,
    user_id INTEGER NOT NULL,
    label VARCHAR(80) NOT NULL,
    note TEXT DEFAULT '',
    archived_at TIMESTAMPTZ
);
```
"""
    draft, fields = read(root, {"specs/database/schema.md": schema}, "parcel")
    assert sorted(fields) == ["label", "note"] and fields["note"]["type"] == "str"
    assert draft.user_id_type is None
    assert any("archived_at appear in another definition" in d for d in draft.diagnostics), draft.diagnostics


def test_storage_types_read_as_what_they_hold(root: Path) -> None:
    data_model = """# Data Model

## Parcel

| Field | Type | Attributes | Description |
|-------|------|------------|-------------|
| label | `text` | Required | name |
| tags | `text` | JSON Array | list of tags |
| extra | `text` | JSON Object | carrier metadata |
| expires_at | `integer` | Nullable, Timestamp | when the label expires |
| picked_at | TEXT | NULL | when it was picked up |
| pickup_time | TEXT | NULL | HH:MM (24h) |
"""
    _draft, fields = read(root, {"specs/001-parcels/data-model.md": data_model}, "parcel")
    assert fields["tags"]["type"] == "list[str]" and fields["extra"]["type"] == "json"
    assert fields["expires_at"]["type"] == "datetime" and fields["picked_at"]["type"] == "datetime"
    assert fields["pickup_time"]["type"] == "str" and fields["label"]["type"] == "text"


def test_a_domain_table_says_what_the_sqlite_columns_hold(root: Path) -> None:
    data_model = """# Data Model

## Parcel

| Field | Type | Notes |
|-------|------|-------|
| ship_on | date | calendar day |
| state | enum | `waiting` · `sent` |
| sent_at | datetime | nullable |

```sql
CREATE TABLE parcels (
    id INTEGER PRIMARY KEY,
    ship_on TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'waiting',  -- 'waiting' | 'sent'
    sent_at TEXT NULL,
    size TEXT,  -- 'small', 'large'
    meta JSON DEFAULT '[]'::json
);
```
"""
    draft, fields = read(root, {"specs/001-parcels/data-model.md": data_model}, "parcel")
    assert fields["ship_on"]["type"] == "date" and fields["sent_at"]["type"] == "datetime"
    assert fields["state"]["type"] == "enum" and fields["state"]["enum_values"] == ["waiting", "sent"]
    assert fields["size"] == {**fields["size"], "type": "enum", "enum_values": ["small", "large"]}
    assert fields["meta"]["default"] == []
    assert any("ship_on: text at" in d and "read as date" in d for d in draft.diagnostics), draft.diagnostics


def test_a_check_across_two_columns_is_no_columns_list(root: Path) -> None:
    schema = """```sql
CREATE TABLE payments (
  id SERIAL PRIMARY KEY,
  method VARCHAR(20) NOT NULL,
  wallet VARCHAR(20),
  CONSTRAINT chk_method CHECK (method IN ('card', 'wallet', 'cash')),
  CONSTRAINT chk_wallet CHECK (wallet IS NULL OR method IN ('card', 'wallet'))
);
```
"""
    _draft, fields = read(root, {"specs/database/schema.md": schema}, "payment")
    assert fields["method"]["enum_values"] == ["card", "wallet", "cash"]


def test_an_enum_named_in_the_field_and_listed_in_its_own_section(root: Path) -> None:
    data_model = """# Data Model

## Booking

Fields:
- id: string, primary key
- title: string, required
- state: enum BookingState, required, default OPEN

## Enum: BookingState

Values:
- OPEN
- CLOSED

Semantics:
- OPEN takes part in the checks

## Enum Constraints

### Channel
- `web`
- `phone` (default)

---

## Notes
"""
    _draft, fields = read(root, {"specs/001-booking/data-model.md": data_model}, "booking")
    assert fields["state"]["type"] == "enum" and fields["state"]["enum_values"] == ["OPEN", "CLOSED"]
    assert fields["state"]["default"] == "OPEN"


def test_a_required_column_wins_over_a_word_in_the_notes(root: Path) -> None:
    data_model = """# Data Model

## Product

| Field | Type | Required | Constraints |
|-------|------|----------|-------------|
| name | String | YES | Non-empty |
| imageUrl | String | YES | Non-empty string; pattern optional |
| deletedAt | `string` (ISO 8601) \\| `null` | YES | null while active |
"""
    _draft, fields = read(root, {"specs/001-products/data-model.md": data_model}, "product")
    assert fields["image_url"]["required"] is True
    assert fields["deleted_at"]["required"] is False and fields["deleted_at"]["type"] == "datetime"


def test_a_table_under_a_generic_heading_is_the_same_entity_and_list_str_in_json_stays_a_list(root: Path) -> None:
    schema = """# Database Schema Specification

## Parcels Table

```sql
CREATE TABLE parcels (
    id SERIAL PRIMARY KEY,
    label VARCHAR(80) NOT NULL,
    tags JSON DEFAULT '[]'::json NOT NULL
);
```

## Column Specifications

| Column | Type | Nullable | Default | Notes |
|--------|------|----------|---------|-------|
| label | VARCHAR(80) | NOT NULL | - | name |
| tags | JSON | NOT NULL | '[]' | Array of strings |

## SQLModel Definition

```python
class Parcel(SQLModel, table=True):
    __tablename__ = "parcels"
    id: Optional[int] = Field(default=None, primary_key=True)
    label: str = Field(max_length=80)
    tags: list[str] = Field(default_factory=list, sa_column=Column(JSON))
```
"""
    draft, fields = read(root, {"specs/database/schema.md": schema}, "parcel")
    assert fields["tags"]["type"] == "list[str]" and fields["tags"]["default"] == []
    assert not any("Database" in d for d in draft.diagnostics), draft.diagnostics


def test_a_typescript_number_in_whole_units_is_an_int(root: Path) -> None:
    data_model = """# Data Model

```typescript
interface Workout {
  id: string;
  name: string;
  duration?: number;       // total time in seconds
  weight?: number;         // kilograms
}
```
"""
    _draft, fields = read(root, {"specs/001-workouts/data-model.md": data_model}, "workout")
    assert fields["duration"]["type"] == "int" and fields["weight"]["type"] == "float"


SCHEMA_ONE_TABLE = """| Field | Type | Constraints |
|-------|------|-------------|
| title | VARCHAR(100) | NOT NULL |
"""


@pytest.mark.parametrize(("api_text", "path"), [
    ("## Base URL\n\n```\nhttps://api.example.com/v1\n```\n\n### GET /{user_id}/job-applications\n", "/v1/{user_id}/job-applications"),
    ("- Base URL: `/api`\n\n### GET /job-applications\n### POST /job-applications\n", "/api/job-applications"),
    ("**Base URL:** `https://x.execute-api.amazonaws.com/dev`\n\n### GET /api/job-applications\n", "/api/job-applications"),
    ("openapi: 3.0.0\nservers:\n  - url: http://localhost:3001/api\npaths:\n  /applications:\n    get: {}\n", "/api/applications"),
    ("### GET /api/applications\n### POST /api/applications\n", "/api/applications"),
])
def test_the_served_path_takes_the_declared_base_url_and_the_specs_own_collection_name(
        root: Path, api_text: str, path: str) -> None:
    name = "specs/api/contract.yaml" if api_text.startswith("openapi") else "specs/api/rest-endpoints.md"
    draft, _ = read(root, {"specs/database/schema.md": "## Job Applications Table\n\n" + SCHEMA_ONE_TABLE,
                           name: api_text}, "job_application")
    assert (draft.spec.get("api") or {}).get("path", "/api/{user_id}/job-applications") == path


def test_single_column_indexes_stated_in_prose_lists_and_tables(root: Path) -> None:
    schema = """# Schema

## Parcels Table

| Column | Type | Constraints |
|--------|------|-------------|
| label | VARCHAR(80) | NOT NULL |
| carrier | VARCHAR(40) | NULL |
| sent | BOOLEAN | DEFAULT FALSE |
| weight | INTEGER | NULL |
| zone | VARCHAR(10) | NULL |
| owner_ref | VARCHAR(40) | NULL |
| note | TEXT | NULL |

**Indexes**:
- `INDEX idx_parcels_carrier ON parcels(carrier)`
- Index on `sent` for status filters
- parcels.weight (for sorting)
- Composite index: (zone, owner_ref)

| Index Name | Columns | Purpose |
|------------|---------|---------|
| idx_parcels_zone_owner | zone, owner_ref | combined |

```sql
CREATE INDEX idx_search ON parcels USING gin(to_tsvector('english', label || ' ' || note));
CREATE INDEX idx_labels_zone ON labels(zone);
```
"""
    _draft, fields = read(root, {"specs/database/schema.md": schema}, "parcel")
    indexed = sorted(name for name, f in fields.items() if f.get("index"))
    assert indexed == ["carrier", "sent", "weight"], indexed


def test_korean_table_headers_and_mysql_tinyint_1(root: Path) -> None:
    schema = """### `bookmarks`

| 컬럼 | 타입 | 설명 |
| ---- | ---- | ---- |
| id | BINARY(16) PK | |
| title | VARCHAR(120) | 제목 |
| is_public | TINYINT(1) | 공개 여부 |
| visits | INT UNSIGNED | 방문 수 |
"""
    _draft, fields = read(root, {"specs/db/schema.md": schema}, "bookmark")
    assert fields["title"]["max_length"] == 120 and fields["is_public"]["type"] == "bool"
    assert fields["visits"]["type"] == "int"


def test_an_enum_stated_in_another_spec_file_that_the_schema_points_to(root: Path) -> None:
    schema = """## parcels

| Column | Type | Notes |
|--------|------|-------|
| label | `text` | NOT NULL |
| state | `text` | NOT NULL DEFAULT 'waiting' (enum INV-2) |
"""
    overview = """# Overview

## Invariants

- **INV-2:** Parcel `state` MUST be one of `waiting`, `sent`, `lost`. No other value is writable.
"""
    _draft, fields = read(root, {"specs/data/schema.md": schema, "specs/overview.md": overview}, "parcel")
    assert fields["state"]["type"] == "enum" and fields["state"]["enum_values"] == ["waiting", "sent", "lost"]
    assert fields["state"]["default"] == "waiting"


def test_a_complete_route_over_a_status_value_invents_no_bool_column(root: Path) -> None:
    schema = """## tasks

| Column | Type | Constraints |
|--------|------|-------------|
| title | VARCHAR(200) | NOT NULL |
| status | VARCHAR(20) | DEFAULT 'pending', CHECK (status IN ('pending', 'completed')) |
| completed_at | TIMESTAMP | NULL |
"""
    api = "### PATCH /api/{user_id}/tasks/{task_id}/complete\n\nMarks the task completed.\n"
    draft, fields = read(root, {"specs/database/schema.md": schema, "specs/api/rest-endpoints.md": api}, "task")
    assert "completed" not in fields and not draft.spec.get("actions")
    assert any("completion is a value of status" in d for d in draft.diagnostics), draft.diagnostics


# Fourth held-out round (issue 10) --------------------------------------------------------------------------------


def test_a_numbered_entity_list_with_field_names_and_fluent_validation_rules(root: Path) -> None:
    data_model = """# Data Model

## Core Entities

1. **Shelf**
   - Fields: `Id`, `Label`, `Position`

2. **Lesson**
   - Fields: `Id`, `Title`, `Level` (Easy, Medium, Hard), `FileId` (Guid), `ArchivedAt` (Soft Delete)
   - Relationships: Shelf

## Validation

- **Title**: `NotEmpty()`, `MaximumLength(120)`.
"""
    _draft, fields = read(root, {"specs/001-lessons/data-model.md": data_model}, "lesson")
    assert sorted(fields) == ["archived_at", "file_id", "level", "title"]
    assert fields["level"]["enum_values"] == ["Easy", "Medium", "Hard"] and fields["file_id"]["type"] == "uuid"
    assert fields["archived_at"]["type"] == "datetime" and fields["archived_at"]["required"] is False
    assert fields["title"]["required"] is True and fields["title"]["max_length"] == 120


def test_a_zod_schema_adds_defaults_and_typescript_scalars_and_counters(root: Path) -> None:
    data_model = """# Data Model

```typescript
interface Client {
  id: string;
  name: string;
  tags: string[];
  totalVisits: number;
  lastVisitAt?: Timestamp;
  weight: number;
}
```

```typescript
export const createClientSchema = z.object({
  name: z.string().min(2).max(80),
  tags: z.array(z.string()).default([]),
});
```
"""
    _draft, fields = read(root, {"specs/001-clients/data-model.md": data_model}, "client")
    assert fields["tags"] == {**fields["tags"], "type": "list[str]", "required": False, "default": []}
    assert fields["name"]["max_length"] == 80 and fields["name"]["min_length"] == 2
    assert fields["total_visits"]["type"] == "int" and fields["weight"]["type"] == "float"
    assert fields["last_visit_at"]["type"] == "datetime"


def test_bullets_that_say_required_make_the_silent_ones_optional_and_rules_stay_with_their_entity(root: Path) -> None:
    data_model = """# Data Model

### Keeper

**Fields**:
- `Id` (int, PK): id
- `Name` (string, required): name
- `Email` (string, required): email

**Validation Rules**:
- Name: 2-100 characters

### Parrot

**Fields**:
- `Id` (int, PK): id
- `Name` (string, required): the bird's name
- `Color` (string, required): feathers
- `Age` (int): in years
- `Notes` (string): anything else

**Validation Rules**:
- Name: 1-50 characters
"""
    _draft, fields = read(root, {"specs/001-parrots/data-model.md": data_model}, "parrot")
    assert fields["name"]["required"] is True and fields["color"]["required"] is True
    assert fields["age"]["required"] is False and fields["notes"]["required"] is False
    assert fields["name"]["max_length"] == 50


def test_bare_names_with_a_listed_enum_and_a_sentence_of_required_fields(root: Path) -> None:
    data_model = """# Data Model

### Parrot
- `id`
- `name`
- `color` (`RED`, `GREEN`, `BLUE`)
- `price`
- `stockQuantity`
- `notes`

**Rules**
- Name, color, price, and stock are required.
"""
    _draft, fields = read(root, {"specs/001-parrots/data-model.md": data_model}, "parrot")
    assert fields["color"]["enum_values"] == ["RED", "GREEN", "BLUE"]
    assert [n for n, f in fields.items() if f["required"]] == ["name", "color", "price", "stock_quantity"]
    assert fields["stock_quantity"]["type"] == "int"


def test_values_with_signs_epoch_days_iso_dates_and_room_indexes(root: Path) -> None:
    data_model = """# Data Model

### Sample

| Field | Type | Required | Notes |
|-------|------|----------|-------|
| `group` | enum | no | A+, A-, B+, B-, O+, O- |
| `day` | Long | yes | Epoch day (days since 1970-01-01) |
| `released_on` | TEXT | no | Release date (ISO 8601 format) |
| `shopId` | Long | yes | FK |

### Shop

| Field | Type | Required | Notes |
|-------|------|----------|-------|
| `name` | String | yes | |
| `group` | String | no | |
| `city` | String | no | |

## Indexes

| Table | Index Name | Columns | Purpose |
|-------|------------|---------|---------|
| Shop | `idx_shop_group` | `group` | Filter shops |

```kotlin
@Entity(indices = [
    Index("shopId"),
])
```
"""
    _draft, fields = read(root, {"specs/001-samples/data-model.md": data_model}, "sample")
    assert fields["group"]["enum_values"] == ["A+", "A-", "B+", "B-", "O+", "O-"]
    assert fields["day"]["type"] == "date" and fields["released_on"]["type"] == "date"
    assert fields["shop_id"].get("index") is True and not fields["group"].get("index")


def test_lengths_in_prose_bullets_index_sentences_and_time_columns(root: Path) -> None:
    schema = """## Parcels Table

- `id`: Integer (Primary Key)
- `label`: Varchar(200) (Not Null)
- `note`: Varchar(1000) (Nullable)

```
parcels
- carrier (VARCHAR(40), NOT NULL)
- pickup_time (TIME)
```

## Indexes
- Index on users.email for quick lookups
- Index on parcels.carrier for filtering by carrier
"""
    _draft, fields = read(root, {"specs/database/schema.md": schema}, "parcel")
    assert fields["label"]["max_length"] == 200 and fields["note"]["max_length"] == 1000
    assert fields["carrier"]["max_length"] == 40 and fields["carrier"].get("index") is True
    assert fields["pickup_time"]["type"] == "str" and not fields["label"].get("index")


def test_prisma_defaults_in_cells_unique_partial_indexes_and_where_an_index_list_ends(root: Path) -> None:
    data_model = """# Data Model

### Idea

| Field | Type | Constraints | Notes |
|---|---|---|---|
| `title` | `String` | NOT NULL | |
| `state` | `IdeaState` | `@default(DRAFT)` | one of DRAFT, SENT |
| `boardId` | `String` | NOT NULL | |
| `code` | `String` | NOT NULL | |

**Indexes / constraints**:
- `UNIQUE INDEX ON ideas (boardId, title)` keeps titles unique per board

**Lifecycle**: delete cascades via `ideas.boardId`.

```sql
CREATE UNIQUE INDEX ix_ideas_code
    ON ideas (code)
    WHERE state <> 'SENT';
```
"""
    _draft, fields = read(root, {"specs/001-ideas/data-model.md": data_model}, "idea")
    assert fields["state"]["default"] == "DRAFT"
    assert not fields["board_id"].get("index") and not fields["title"].get("index")
    assert fields["code"].get("index") is True


def test_created_and_updated_columns_named_in_other_languages_are_the_generated_ones(root: Path) -> None:
    data_model = """# Modelo de datos

### Producto

- `id` (int, PK)
- `nombre` (string, required): nombre del producto
- `precio` (decimal, required): precio
- `creado_at` (datetime): fecha de creación
- `actualizado_at` (datetime): fecha de actualización
"""
    draft, fields = read(root, {"specs/001-inventario/data-model.md": data_model}, "producto")
    assert sorted(fields) == ["nombre", "precio"]
    assert any("creado_at" in d and "created_at" in d for d in draft.diagnostics), draft.diagnostics


# Sixth held-out round (issue 10) ---------------------------------------------------------------------------------


def test_specs_kept_under_docs_specs(root: Path) -> None:
    schema = "## shipments\n\n| Column | Type | Constraints |\n|---|---|---|\n| label | VARCHAR(80) | NOT NULL |\n"
    draft, fields = read(root, {"docs/specs/database-schema.md": schema, "docs/README.md": "# Docs\n"}, "shipment")
    assert fields["label"]["max_length"] == 80 and draft.files_used == ["docs/specs/database-schema.md"]


def test_ticked_bullets_without_a_separator_under_a_schema_qualified_heading(root: Path) -> None:
    data_model = """# Data Model

### `crm.customer`
- `id` UUID PK
- `tenant_id` UUID
- `nickname` text nullable
- `channel` enum: `email | sms | none` (default `email`)
- `state` enum: `active | merged | anonymized` (default `active`)
- `code` text, Required, 8 chars, unique
- `alias` string, 1..120, optional
"""
    draft, fields = read(root, {"specs/002-customers/data-model.md": data_model}, "customer")
    assert draft.spec["name"] == "customer"
    assert fields["tenant_id"]["type"] == "uuid" and fields["tenant_id"]["required"] is True
    assert fields["nickname"]["required"] is False
    assert fields["channel"]["enum_values"] == ["email", "sms", "none"] and fields["channel"]["default"] == "email"
    assert fields["state"]["enum_values"] == ["active", "merged", "anonymized"]
    assert fields["code"]["max_length"] == 8 and fields["alias"]["max_length"] == 120


def test_django_field_types_choices_and_not_null_by_default(root: Path) -> None:
    data_model = """# Data Model

## Project

| Field | Type | Constraints |
|---|---|---|
| id | BigAutoField | PK |
| title | CharField(120) | required |
| notes | TextField | blank=True, default="" |
| status | CharField(20) | choices=Status, default=OPEN |
| owner_team | FK(Team) | CASCADE |
| reviewer | FK(User) | null=True, SET_NULL |
| tags | M2M(Tag) | blank=True |
| version | PositiveIntegerField | default=1 |

**Status choices** (shared):
- `open` (default)
- `closed`
"""
    draft, fields = read(root, {"specs/003-projects/data-model.md": data_model}, "project")
    assert fields["title"] == {**fields["title"], "type": "str", "max_length": 120, "required": True}
    assert fields["notes"]["type"] == "text" and fields["version"]["type"] == "int"
    assert fields["status"]["enum_values"] == ["open", "closed"] and fields["status"]["default"] == "open"
    assert fields["owner_team"]["required"] is True and fields["reviewer"]["required"] is False
    assert "tags" not in fields and any("many-to-many" in d for d in draft.diagnostics)


def test_an_enum_named_as_the_type_with_a_list_after_an_introduction(root: Path) -> None:
    data_model = """# Data Model

## Contact

| Field | Type | Notes |
|---|---|---|
| name | String | required |
| category | RelationshipCategory | |

## RelationshipCategory (enum, not a stored entity)

Fixed for now:

```text
recruiter
referral
peer
```

## Lifecycle
"""
    _draft, fields = read(root, {"specs/004-contacts/data-model.md": data_model}, "contact")
    assert fields["category"]["enum_values"] == ["recruiter", "referral", "peer"]


def test_value_objects_are_not_the_entity_and_index_names_hold_the_column(root: Path) -> None:
    data_model = """# Data Model

## Budget tables

```sql
CREATE TABLE budget_line (
  id SERIAL PRIMARY KEY,
  label VARCHAR(60) NOT NULL,
  budget_date DATE NOT NULL
);
```

**Indexes**
- `idx_budget_date` on (budget_date)

## Calculation

```typescript
interface BudgetData {
  accountBalance: number;
  lines: number;
  recurringCosts: number;
}
```
"""
    _draft, fields = read(root, {"specs/007-budget/data-model.md": data_model}, "budget")
    assert sorted(fields) == ["budget_date", "label"] and fields["budget_date"].get("index") is True


# Seventh held-out round (issue 10) -------------------------------------------------------------------------------


def test_drizzle_columns_without_the_table_call_and_closed_lists_in_comments(root: Path) -> None:
    schema = """# Database Schema

### match

```typescript
{
  id: serial().primaryKey(),
  ownerId: text().notNull(),
  court: integer().notNull().default(1),
  phase: text().notNull().default('pool'), // 'pool' | 'bracket'
  notes: text(), // free text (markdown)
}
```
"""
    _draft, fields = read(root, {"specs/040_database-schema.md": schema}, "match")
    assert fields["phase"]["enum_values"] == ["pool", "bracket"] and fields["phase"]["default"] == "pool"
    assert fields["court"]["type"] == "int" and fields["notes"]["type"] == "text"


def test_an_enums_table_combined_rows_and_prisma_comment_lists(root: Path) -> None:
    schema = """# Database Schema

| Enum | Values |
|---|---|
| `item_state` | `draft`, `listed`, `hidden` |

### items

| Column | Type | Notes |
|---|---|---|
| `title` | text | |
| `state` | `item_state`, default `draft` | |
| `lat` / `lng` | double precision | For radius search |

```prisma
model Item {
  id       Int    @id
  layout   String @default("grid") // "grid" | "list"
  imageUrl String? // URL to the image (S3/R2)
}
```
"""
    _draft, fields = read(root, {"specs/database-schema.md": schema}, "item")
    assert fields["state"]["enum_values"] == ["draft", "listed", "hidden"] and fields["state"]["default"] == "draft"
    assert fields["lat"]["type"] == "float" and fields["lng"]["type"] == "float"


def test_prisma_comment_lists_and_zod_named_schemas(root: Path) -> None:
    schema = """```prisma
model Card {
  id       Int     @id
  layout   String  @default("grid") // "grid" | "list"
  imageUrl String? // URL to the image (S3/R2)
  likes    String  @default("[]")
}
```

```typescript
export const LikesSchema = z.array(z.string()).default([]);
export const CardSchema = z.object({
  layout: z.string(),
  likes: LikesSchema,
});
```
"""
    _draft, fields = read(root, {"specs/database-schema.md": schema}, "card")
    assert fields["layout"]["enum_values"] == ["grid", "list"] and fields["image_url"]["type"] == "str"
    assert fields["likes"]["type"] == "list[str]" and fields["likes"]["default"] == []


def test_escaped_quotes_full_width_brackets_and_contract_lengths(root: Path) -> None:
    data_model = """# Data Model

| Column | Type | Constraints | Notes |
|---|---|---|---|
| title | TEXT | NOT NULL | 題名 |
| phase | TEXT | NOT NULL, DEFAULT 'draft' | 公開ステータス（draft/published） |
| outcome | VARCHAR(20) | NOT NULL | see CHECK |

```sql
CREATE TABLE notes (
  id SERIAL PRIMARY KEY,
  title TEXT NOT NULL,
  phase TEXT NOT NULL DEFAULT 'draft',
  outcome VARCHAR(20) NOT NULL CHECK (outcome IN ('DONE', 'WON\\'T_DO'))
);
```
"""
    contract = """openapi: 3.0.0
paths: {}
components:
  schemas:
    UpdateNoteRequest:
      type: object
      properties:
        title:
          type: string
          maxLength: 300
"""
    _draft, fields = read(root, {"specs/005-notes/data-model.md": data_model,
                                 "specs/005-notes/contracts/openapi.yaml": contract}, "note")
    assert fields["phase"]["enum_values"] == ["draft", "published"]
    assert fields["outcome"]["enum_values"] == ["DONE", "WON'T_DO"]
    assert fields["title"]["max_length"] == 300


# Eighth held-out round (issue 10) --------------------------------------------------------------------------------


def test_a_mermaid_er_diagram_is_the_schema(root: Path) -> None:
    schema = """# Schema

```mermaid
erDiagram
    RUNS ||--o{ RUN_EVENTS : "has"
    RUNS {
        string id PK "run id"
        json payload "the request"
        string state "QUEUED·RUNNING·DONE"
        text failure "why it failed, nullable"
        timestamptz created_at
    }
    RUN_EVENTS {
        int id PK
        string run_id FK
    }
```
"""
    api = "openapi: 3.0.0\npaths: {}\ncomponents:\n  schemas:\n    RunDetailResponse:\n      type: object\n" \
          "      properties:\n        run_id: {type: string}\n        result: {type: object}\n"
    _draft, fields = read(root, {"specs/database/schema.md": schema, "specs/api/openapi.yaml": api}, "run")
    assert sorted(fields) == ["failure", "payload", "state"]
    assert fields["state"]["enum_values"] == ["QUEUED", "RUNNING", "DONE"] and fields["payload"]["type"] == "json"
    assert fields["failure"]["required"] is False


def test_notes_under_a_field_bullet_index_labels_and_caps_in_the_api_rules(root: Path) -> None:
    schema = """## Parcels

*   **title**: `str` (Not null)
    *   **Description**: The label printed on the box.
*   **note**: `str` (Nullable)
    *   **Description**: Timestamp-free free text.
*   **sent_on**: `date`

## Indexes
- **Sent Index**: sent_on (for sorting)
"""
    api = "## Rules\n\n- Note, if provided, must not exceed 10000 characters.\n"
    _draft, fields = read(root, {"specs/database/schema.md": schema, "specs/api/rest-endpoints.md": api}, "parcel")
    assert sorted(fields) == ["note", "sent_on", "title"] and fields["note"]["type"] == "str"
    assert fields["note"]["max_length"] == 10000 and fields["sent_on"].get("index") is True


def test_quoted_enums_drop_constraint_words_and_dart_types(root: Path) -> None:
    data_model = """# Data Model

### Session
- `planId`: String (references Plan)
- `repeat`: string (enum: "daily", "weekly", optional)
- `sets`: List<ExerciseSet>
- `labels`: List<String>
- `status`: SessionStatus (inProgress, completed, abandoned)
"""
    _draft, fields = read(root, {"specs/005-sessions/data-model.md": data_model}, "session")
    assert fields["repeat"]["enum_values"] == ["daily", "weekly"]
    assert fields["sets"]["type"] == "json" and fields["labels"]["type"] == "list[str]"
    assert fields["status"]["enum_values"] == ["inProgress", "completed", "abandoned"]


def test_iso_dates_korean_lengths_and_the_fuller_definition_of_a_table(root: Path) -> None:
    data_model = """# Data Model

## `pupils` Table (changed by a migration)

Existing columns are unchanged. The following columns are ADDED:

| Column | Type | Nullable | Notes |
|---|---|---|---|
| `nickname` | VARCHAR(50) | YES | |

### Full `pupils` column list after migration

```
id              VARCHAR(50)  PK
name            TEXT         NOT NULL
born_on         string (ISO8601)  Date of birth (YYYY-MM-DD)
nickname        VARCHAR(50)
```
"""
    contract = "## POST /pupils\n\n| 필드 | 타입 | 규칙 |\n|---|---|---|\n| name | string | 필수, 1~50자 |\n"
    _draft, fields = read(root, {"specs/002-pupils/data-model.md": data_model,
                                "specs/002-pupils/contracts/api.md": contract}, "pupil")
    assert sorted(fields) == ["born_on", "name", "nickname"], fields
    assert fields["born_on"]["type"] == "date" and fields["name"]["max_length"] == 50


# Ninth held-out round (issue 10) ---------------------------------------------------------------------------------


def test_specs_one_folder_down_a_spec_pasted_in_a_md_fence_and_a_plain_table_line(root: Path) -> None:
    pasted = """---

### 2.8 `specs/database/schema.md`

```md
# Database Schema

## Tables

### parcels

| Column | Type | Constraints |
|---|---|---|
| label | VARCHAR(80) | NOT NULL |
| weight | INTEGER | |
"""
    draft, fields = read(root, {"phase1/specs/database/schema.md": "# Old\n\n- nothing: str\n",
                                "phase2/specs/database/schema.md": pasted}, "parcel")
    assert sorted(fields) == ["label", "weight"] and draft.files_used == ["phase2/specs/database/schema.md"]
    plain = """# Database Schema

Parcel Table (parcels)
Fields
- label: str, required.
- weight: int, optional.
"""
    draft, fields = read(root / "other", {"app/specs/schema.md": plain}, "parcel")
    assert draft.spec["name"] == "parcel" and sorted(fields) == ["label", "weight"]


def test_field_bullets_described_by_property_sub_bullets(root: Path) -> None:
    schema = """#### Column Definitions

- **id** (Primary Key)
  - Type: Integer (Auto-incrementing)
  - Purpose: Unique identifier

- **label** (Parcel Label)
  - Type: String (VARCHAR)
  - Constraints: NOT NULL, 1-200 characters
  - Purpose: What is printed on the box

- **note** (Parcel Note)
  - Type: Text (TEXT)
  - Constraints: OPTIONAL, NULLABLE
"""
    _draft, fields = read(root, {"specs/database/schema.md": schema}, "parcel")
    assert sorted(fields) == ["label", "note"]
    assert fields["label"] == {**fields["label"], "type": "str", "required": True, "max_length": 200}
    assert fields["note"]["type"] == "text" and fields["note"]["required"] is False


def test_computed_views_of_an_entity_are_not_the_entity(root: Path) -> None:
    data_model = """# Data Model

## Goal

```typescript
interface Goal {
  id: string;
  title: string;
  endDate: string;
}
```

## Computed Properties (Not Stored)

```typescript
interface GoalWithComputed extends Goal {
  daysRemaining: number;
  isUrgent: boolean;
  label: string;
  progress: number;
}

interface GoalList {
  items: string;
  total: number;
  page: number;
}
```
"""
    draft, fields = read(root, {"specs/004-goal-tracker/data-model.md": data_model}, "004-goal-tracker")
    assert draft.spec["name"] == "goal" and sorted(fields) == ["end_date", "title"]


def test_a_schema_file_named_for_what_it_holds_anywhere_under_specs(root: Path) -> None:
    """specs/database.md, specs/recipe-data-model.md: the schema, though not under specs/database/;
    specs/api-routes.md is the API, and a feature file's own tables do not win over the schema."""
    database = """# Database

## members

| Column | Type | Rule |
|---|---|---|
| id | uuid | PK |
| display_name | text | required |

## payments

| Column | Type | Rule |
|---|---|---|
| id | uuid | PK |
| member_id | uuid | FK, required |
| amount | numeric(12,2) | required |
| method | text | card / cash / null |
| memo | text | nullable |
"""
    feature = """# Payments

## Payment list item (what the screen shows)

| Field | Type |
|---|---|
| memberName | string |
| amount | number |
"""
    api = """# API routes

- `GET /api/payments` list
- `POST /api/payments` create
"""
    draft, fields = read(root, {"specs/database.md": database, "specs/payments.md": feature,
                                "specs/api-routes.md": api}, "payment")
    assert draft.spec["name"] == "payment"
    assert sorted(fields) == ["amount", "member_id", "memo", "method"]
    # 'card / cash / null' in the rules cell: a closed list, and the column may be null
    assert fields["method"]["type"] == "enum" and fields["method"]["enum_values"] == ["card", "cash"]
    assert fields["method"]["required"] is False
    assert "GET /api/payments" in draft.endpoints


def test_an_iso_8601_duration_is_text_not_a_point_in_time(root: Path) -> None:
    schema = """# Schema

```sql
CREATE TABLE recipes (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  prep_time TEXT,        -- ISO 8601 duration, e.g. PT30M
  published TEXT         -- ISO 8601 datetime
);
```
"""
    _draft, fields = read(root, {"specs/database/schema.md": schema}, "recipe")
    assert fields["prep_time"]["type"] == "text"
    assert fields["published"]["type"] == "datetime"


def test_a_document_stores_table_convex_ids_and_system_fields(root: Path) -> None:
    """`Id<"users">` references are strings, `_id`/`_creationTime` are the store's own fields, an epoch
    `number` named like a point in time is a datetime, and a TS union with comments after its members
    is still the column's closed list."""
    data_model = """# Data Model

## Entity: leave_requests

| Field | Type | Required | Description |
|-------|------|----------|-------------|
| _id | Id | Auto | document ID |
| _creationTime | number | Auto | creation timestamp |
| userId | Id<"users"> | Yes | Employee |
| leaveTypeId | Id<"leave_types"> | Yes | Type of leave |
| status | LeaveRequestStatus | Yes | Workflow state |
| approvedAt | number | No | Timestamp of decision |

### Status Enum: LeaveRequestStatus

```typescript
type LeaveRequestStatus =
  | 'draft'      // being edited
  | 'submitted'  // waiting for a manager
  | 'approved';
```
"""
    draft, fields = read(root, {"specs/001-leave-management/data-model.md": data_model}, "001-leave-management")
    assert sorted(fields) == ["approved_at", "leave_type_id", "status"]
    assert fields["leave_type_id"]["type"] == "str" and fields["leave_type_id"]["required"] is True
    assert fields["status"]["enum_values"] == ["draft", "submitted", "approved"]
    assert fields["approved_at"]["type"] == "datetime" and fields["approved_at"]["required"] is False
    assert draft.user_id_type == "str"
    assert any("_creationTime" in d and "left out" in d for d in draft.diagnostics)


def test_sqlmodel_default_factory_and_default_none(root: Path) -> None:
    data_model = """# Data Model

```python
class Idea(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(max_length=200)
    notes: str | None = Field(default=None, max_length=5000)
    tags: list[str] = Field(default_factory=list, sa_column=Column(JSON))
```
"""
    draft, fields = read(root, {"specs/001-ideas/data-model.md": data_model}, "001-ideas")
    assert fields["tags"]["type"] == "list[str]" and fields["tags"]["default"] == []
    assert fields["notes"]["required"] is False and fields["notes"].get("default") is None
    assert not any("does not fit" in d for d in draft.diagnostics)


def test_an_enum_keyword_belongs_to_the_field_it_follows(root: Path) -> None:
    """'Name (string), Type (enum), ..., Age (integer/months)': Name is no enum of Age's words."""
    data_model = """# Data Model

### Pet

| Field | Type | Constraints | Description |
|-------|------|-------------|-------------|
| id | UUID | Primary Key | Unique identifier |
| name | String | Not Null | Pet's name |
| type | Enum | Not Null | DOG, CAT, BIRD |
"""
    spec = """# Feature

## Key Entities

- **Pet**: an animal for adoption.
  - Attributes: Name (string), Type (enum), Breed (string), Age (integer/months).
"""
    _draft, fields = read(root, {"specs/001-pets/data-model.md": data_model, "specs/001-pets/spec.md": spec},
                          "001-pets")
    assert fields["name"]["type"] == "str" and "enum_values" not in fields["name"]
    assert fields["type"]["enum_values"] == ["DOG", "CAT", "BIRD"]


def test_traditional_chinese_table_headers_and_a_current_date_default(root: Path) -> None:
    schema = """# 資料庫

### expenses

支出記錄。

| 欄位 | 型別 | 約束 | 說明 |
|------|------|------|------|
| id | uuid | PK, DEFAULT gen_random_uuid() | 支出 ID |
| description | text | NOT NULL | 支出描述 |
| amount | numeric(12,2) | NOT NULL, CHECK (amount > 0) | 金額 |
| expense_date | date | NOT NULL, DEFAULT CURRENT_DATE | 消費日期 |
| note | text | NULLABLE | 備註 |
"""
    _draft, fields = read(root, {"specs/db-schema.md": schema}, "expense")
    assert sorted(fields) == ["amount", "description", "expense_date", "note"]
    assert fields["amount"]["type"] == "decimal" and fields["amount"]["required"] is True
    assert fields["expense_date"] == {**fields["expense_date"], "type": "date", "required": False, "default": "today"}
    assert fields["note"]["required"] is False


def test_drizzle_pg_enums_declared_in_an_earlier_block(root: Path) -> None:
    schema = """# Banco

## Enums

```typescript
export const roastModeEnum = pgEnum('roast_mode', [
  'honest',   // Feedback honesto
  'roast',    // Sarcasmo máximo
]);
```

## Tabelas

```typescript
export const submissions = pgTable('submissions', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull(),
  roastMode: roastModeEnum('roast_mode').notNull().default('roast'),
  score: real('score').notNull(),
});
```
"""
    _draft, fields = read(root, {"specs/database.md": schema}, "submission")
    assert fields["roast_mode"]["type"] == "enum" and fields["roast_mode"]["enum_values"] == ["honest", "roast"]
    assert fields["roast_mode"]["default"] == "roast"


def test_rules_under_a_heading_that_names_the_field(root: Path) -> None:
    """`### title` then '- Maximum 200 characters': the bullets are the title's rules."""
    schema = """# Schema

```sql
CREATE TABLE posts (
  id INTEGER PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  summary TEXT NOT NULL
);
```
"""
    feature = """# Posts

## Fields

### title
- Plain text
- Maximum 200 characters

### summary
- Used in cards, next to the title
- Maximum 500 characters

### slug
- Generated from the title
"""
    _draft, fields = read(root, {"specs/database/schema.md": schema, "specs/features/posts.md": feature}, "post")
    assert fields["title"]["max_length"] == 200 and fields["summary"]["max_length"] == 500
    assert "max_length" not in fields["slug"]


def test_length_ranges_and_a_string_said_to_be_text(root: Path) -> None:
    data_model = """# Data Model

| Field | Type | Rules |
|---|---|---|
| id | Long | PK |
| title | String | Required. Trimmed length 1–100. |
| description | String (text) | Required. |
"""
    _draft, fields = read(root, {"specs/data-model.md": data_model}, "ticket")
    assert fields["title"]["min_length"] == 1 and fields["title"]["max_length"] == 100
    assert fields["description"]["type"] == "text"


def test_laravel_style_bullets_nullable_text_and_soft_deletes(root: Path) -> None:
    schema = """# Database Design

## Table: candidatures

- id
- user_id (FK → users)
- company_name (string)
- job_url (nullable string)
- notes (nullable text)
- applied_at (date)
- deleted_at (soft deletes)
- timestamps
"""
    _draft, fields = read(root, {"specs/database.md": schema}, "candidature")
    assert fields["notes"] == {**fields["notes"], "type": "text", "required": False}
    assert fields["deleted_at"] == {**fields["deleted_at"], "type": "datetime", "required": False}
    assert fields["company_name"]["type"] == "str"


def test_a_table_stated_in_one_line_and_the_columns_added_later(root: Path) -> None:
    schema = """# Database

## Requirements
- [x] Tasks table: id, title, description, status (todo/in-progress/done), created_at, updated_at
- [x] Add priority column to tasks (low, medium, high) — default: medium
- [x] Add due_date column to tasks (ISO string, nullable)
- [x] Add tags table: id, name (unique)
"""
    draft, fields = read(root, {"specs/database.md": schema}, "task")
    assert draft.spec["name"] == "task"
    assert sorted(fields) == ["description", "due_date", "priority", "status", "title"]
    assert fields["status"]["enum_values"] == ["todo", "in-progress", "done"]
    assert fields["priority"] == {**fields["priority"], "type": "enum", "default": "medium",
                                  "enum_values": ["low", "medium", "high"]}
    # ('ISO string': a moment written as ISO text, as an ISO 8601 column is)
    assert fields["due_date"]["type"] == "datetime" and fields["due_date"]["required"] is False


def test_an_audit_log_is_not_the_entity_and_a_heading_translation_names_one(root: Path) -> None:
    """The owner column of an audit log does not make it the main entity; `## Resident (Condômino)`
    is what a folder named `001-cadastro-condominos` asks for."""
    audit = """# Data Model: Employee Management

## Entity: Employee

| Field | Type | Required |
|---|---|---|
| id | UUID | yes |
| first_name | string | yes |
| last_name | string | yes |
| email | string | yes |

## Entity: AuditLog

| Field | Type | Required |
|---|---|---|
| id | UUID | yes |
| user_id | UUID | yes |
| employee_id | UUID | yes |
| operation | string | yes |
| old_values | json | no |
| new_values | json | no |
"""
    draft, _fields = read(root / "a", {"specs/001-create-service/data-model.md": audit}, "001-create-service")
    assert draft.spec["name"] == "employee"
    translated = """# Data Model: Cadastro de Condôminos e Unidades

## Unit (Unidade)

| Campo | Tipo | Obrigatório |
|---|---|---|
| `id` | Long | — |
| `identifier` | String | Sim |

## Resident (Condômino)

| Campo | Tipo | Obrigatório |
|---|---|---|
| `id` | Long | — |
| `name` | String | Sim |
| `email` | String | Não |
"""
    draft, fields = read(root / "b", {"specs/001-cadastro-condominos/data-model.md": translated},
                         "001-cadastro-condominos")
    assert draft.spec["name"] == "resident" and sorted(fields) == ["email", "name"]


def test_specs_in_a_docs_folder_named_in_their_own_language(root: Path) -> None:
    """docs/数据库设计.md ("database design") and docs/接口说明.md: the schema and the API, with no specs/ folder."""
    schema = """# 数据库设计

## diet_record

| 字段 | 类型 | 说明 |
|---|---|---|
| id | bigint | 主键 |
| user_id | bigint | 用户 |
| food_name | varchar(100) | 食物名称 |
| calories | int | 热量 |
"""
    api = """# 接口说明

- `GET /api/diet-records` 列表
- `POST /api/diet-records` 新增
"""
    draft, fields = read(root, {"docs/数据库设计.md": schema, "docs/接口说明.md": api, "docs/README.md": "# 使用手册\n"},
                         "diet_record")
    assert sorted(fields) == ["calories", "food_name"] and fields["food_name"]["max_length"] == 100
    assert "GET /api/diet-records" in draft.endpoints


def test_whole_sql_columns_in_code_spans_with_enums_and_indexes_as_bullets(root: Path) -> None:
    schema = """# Database Spec

## Tables

### `projects`

- `id uuid primary key`
- `user_id uuid not null references auth.users(id)`
- `name text not null`
- Indexes: `user_id`, `name`

### `issues`

- `id uuid primary key`
- `user_id uuid not null`
- `severity issue_severity not null`
- `title text not null`
- `fingerprint text`
- Indexes: `severity`
- Unique index: `(user_id, fingerprint)`

## Enums

- `issue_severity`: `critical`, `high`, `low`
"""
    _draft, fields = read(root, {"docs/specs/database.md": schema}, "issue")
    assert sorted(fields) == ["fingerprint", "severity", "title"]
    assert fields["severity"] == {**fields["severity"], "type": "enum", "required": True,
                                  "enum_values": ["critical", "high", "low"], "index": True}
    assert fields["title"]["required"] is True and fields["fingerprint"]["required"] is False
    assert not fields["title"].get("index")  # projects' Indexes line names another table's columns


def test_a_nullable_column_marked_with_a_circle_and_korean_headers(root: Path) -> None:
    japanese = """# データベース

## channels

| カラム名 | 型 | NULLABLE | デフォルト | 説明 |
|---|---|---|---|---|
| id | UUID | | gen_random_uuid() | 主キー |
| name | VARCHAR(255) | | - | 名前 |
| artwork_id | UUID | ◯ | - | 画像 |
"""
    _draft, fields = read(root / "ja", {"specs/database.md": japanese}, "channel")
    assert fields["name"]["required"] is True and fields["artwork_id"]["required"] is False
    korean = """# 데이터 모델

### LearningNote (`public.learning_notes`)

| 필드 | 형태 | 제약 | 설명 |
|---|---|---|---|
| `id` | UUID | Primary Key | 식별자 |
| `title` | text | Not Null | 제목 |
| `body` | text | Nullable | 본문 |
"""
    _draft, fields = read(root / "ko", {"specs/001-learning-note/data-model.md": korean}, "001-learning-note")
    assert sorted(fields) == ["body", "title"] and fields["title"]["required"] is True


def test_columns_grouped_under_one_type_and_bold_labels_of_one_table(root: Path) -> None:
    """German bullets: `- vorname, nachname, email (text)` gives three text columns, and the **Basis:**
    and **Finanzdaten:** labels under `## contacts` group the columns of that one table."""
    model = """# CRM — Datenmodell

## `contacts`
Kontakte / Leads.

**Basis:**
- vorname, nachname, email (text)
- status (enum: Neu / In Bearbeitung / Kalt)

**Finanzdaten:**
- nettoverdienst, eigenkapital (numeric)
- datum_einschaetzung (date), bemerkung (text)

**Meta:** created_at, updated_at
"""
    draft, fields = read(root, {"docs/datenmodell.md": model}, "contact")
    assert draft.spec["name"] == "contact"
    assert sorted(fields) == ["bemerkung", "datum_einschaetzung", "eigenkapital", "email", "nachname",
                              "nettoverdienst", "status", "vorname"]
    assert [fields[n]["type"] for n in ("vorname", "email", "eigenkapital", "datum_einschaetzung")] == [
        "text", "text", "decimal", "date"]
    assert fields["status"]["enum_values"] == ["Neu", "In Bearbeitung", "Kalt"]


def test_a_table_of_tables_one_row_each(root: Path) -> None:
    """| `student_plans` | id, student_id, start_date, price, promotion (nullable), deleted_at (soft delete) |:
    the columns of one table per row; where some say nullable, the silent ones are NOT NULL."""
    schema = """# Spec: Base de datos (SQLite)

## Tablas

| Tabla | Descripción |
|---|---|
| `students` | id, name, dni (unique nullable), phone |
| `student_plans` | id, student_id, start_date, end_date, price, promotion (nullable), deleted_at (soft delete) |
| `access_logs` | id, type (admin\\|portal), action, detail (nullable) — sin updated_at |
"""
    draft, fields = read(root, {"specs/database.md": schema}, "student_plan")
    assert draft.spec["name"] == "student_plan"
    assert sorted(fields) == ["deleted_at", "end_date", "price", "promotion", "start_date", "student_id"]
    assert [fields[n]["required"] for n in ("start_date", "price", "promotion", "deleted_at")] == [
        True, True, False, False]
    assert fields["start_date"]["type"] == "date" and fields["deleted_at"]["type"] == "datetime"


def test_cms_field_types_select_textarea_relationship(root: Path) -> None:
    """A Payload-style collection table: `select` with its values in the notes is an enum, `textarea` is
    text, and beside a textarea a `text` field is a one-line input: a short string."""
    model = """# Data Model

### QuoteRequests

| Field | Type | Required | Notes |
| --- | --- | --- | --- |
| `fullName` | text | Yes | Customer name. |
| `message` | textarea | Yes | Request details. |
| `product` | relationship | No | Optional Products relation. |
| `status` | select | Yes | `new`, `contacted`, `closed`. |
| `subscribed` | checkbox | No | Newsletter. |
"""
    _draft, fields = read(root, {"docs/specs/data-model.md": model}, "quote_request")
    assert [fields[n]["type"] for n in ("full_name", "message", "product", "status", "subscribed")] == [
        "str", "text", "str", "enum", "bool"]
    assert fields["status"]["enum_values"] == ["new", "contacted", "closed"]


def test_a_row_naming_two_columns_and_enum_types_as_headings_with_value_tables(root: Path) -> None:
    """| `title`, `summary` | text | gives two columns; `### BoardType` with a `| 값 | 설명 |` table (Korean:
    value, description) is the closed list of the columns typed BoardType."""
    schema = """# Database

### Post

| 필드 | 타입 | 제약조건 | 기본값 | 설명 |
|---|---|---|---|---|
| id | String | @id | cuid() | PK |
| `title`, `summary` | String | — | — | 제목 |
| boardType | BoardType | — | — | 게시판 |

### BoardType

게시판 종류.

| 값 | 설명 |
|---|---|
| NOTICE | 공지사항 |
| EVENT | 이벤트 |
"""
    _draft, fields = read(root, {"docs/specs/database.md": schema}, "post")
    assert sorted(fields) == ["board_type", "summary", "title"]
    assert fields["summary"]["type"] == fields["title"]["type"] == "str"
    assert fields["board_type"]["enum_values"] == ["NOTICE", "EVENT"]


def test_numbered_enum_members_send_their_names(root: Path) -> None:
    """C#-minded enums: `Reps = 0` lines in a fence under `### ExerciseType`, and an API doc's `| Value | Name |`
    table of `| 0 | Barbell |`. The members' names are the values, not their numeric codes."""
    model = """# Data Model

## ExerciseTemplate

| Field | Type | Required | Notes |
|---|---|---|---|
| Name | string(200) | Yes | |
| ImplementType | ImplementType | Yes | One of the predefined values |
| ExerciseType | ExerciseType | Yes | One of the predefined values |

## Enums

### ExerciseType

```
Reps = 0
Duration = 1
Distance = 2
```
"""
    api = """# Exercise templates API

## Enum Reference

### ImplementType
| Value | Name      |
|-------|-----------|
| 0     | Barbell   |
| 1     | Dumbbell  |
| 2     | Kettlebell|
"""
    _draft, fields = read(root, {"specs/001-exercises/data-model.md": model,
                                 "specs/001-exercises/contracts/api.md": api}, "exercise_template")
    assert fields["exercise_type"]["enum_values"] == ["Reps", "Duration", "Distance"]
    assert fields["implement_type"]["enum_values"] == ["Barbell", "Dumbbell", "Kettlebell"]


def test_simplified_chinese_types_nullable_column_and_a_default_in_the_rules(root: Path) -> None:
    model = """# 数据模型

## Patient

| 字段 | 存储类型 | 可空 | 规则 |
| --- | --- | --- | --- |
| `id` | UUID | 否 | 主键 |
| `name` | 字符串，最长 100 | 否 | 1–100 个可见字符 |
| `sex` | 字符串枚举 | 否 | `male`、`female`、`unknown`；默认 `unknown` |
| `birth_date` | DATE | 是 | 有效日期 |
| `visits` | 整数 | 否 | 就诊次数 |
"""
    _draft, fields = read(root, {"specs/001-patient-management/data-model.md": model}, "001-patient-management")
    assert sorted(fields) == ["birth_date", "name", "sex", "visits"]
    assert fields["name"] == {**fields["name"], "type": "str", "max_length": 100, "required": True}
    assert fields["sex"] == {**fields["sex"], "type": "enum", "enum_values": ["male", "female", "unknown"],
                             "default": "unknown", "required": False}
    assert fields["birth_date"]["required"] is False and fields["visits"]["type"] == "int"


def test_a_graphql_schema_of_tables_and_a_table_of_indexes_is_no_entity(root: Path) -> None:
    """Firebase Data Connect: `type Turno @table(name: "turnos") { servicio: String! @col(dataType:
    "varchar(20)") }`; an index table (`| idx_turnos_fecha | (fecha) | BTREE |`) has no columns."""
    model = """# Data Model

### 1.1 Tipo `Turno`

```graphql
type Turno @table(name: "turnos") {
  id: UUID! @default(expr: "uuidV4()")
  usuario: Usuario!
  # servicio: catálogo fijo
  servicio: String! @col(dataType: "varchar(20)")
  fecha: Date!
  estado: String! @col(dataType: "varchar(20)") @default(value: "pendiente")
  notas: String
  etiquetas: [String!]
}
```

### 1.3 Índices

| Nombre del índice | Columnas | Tipo |
|---|---|---|
| `idx_turnos_fecha` | `(fecha)` | BTREE |
| `idx_turnos_estado` | `(estado)` | BTREE |
"""
    draft, fields = read(root, {"specs/001-gestion-turnos/data-model.md": model}, "001-gestion-turnos")
    assert draft.spec["name"] == "turno" and not draft.blocking
    assert sorted(fields) == ["estado", "etiquetas", "fecha", "notas", "servicio"]
    assert fields["servicio"] == {**fields["servicio"], "type": "str", "max_length": 20, "required": True}
    assert fields["estado"] == {**fields["estado"], "default": "pendiente", "required": False}
    assert fields["fecha"]["type"] == "date" and fields["notas"]["required"] is False
    assert fields["etiquetas"]["type"] == "list[str]"


def test_a_table_named_stores_is_not_a_sentence(root: Path) -> None:
    """'This table stores ...:' introduces a table; a heading that is the one word `stores` names one."""
    schema = """# DB 設計

### stores

| カラム | 型 | 備考 |
| --- | --- | --- |
| `store_id` | bigserial PK | |
| `name` | text | |
| `opened_at` | date | nullable |
"""
    draft, fields = read(root, {"docs/specs/database.md": schema}, "store")
    assert draft.spec["name"] == "store" and sorted(fields) == ["name", "opened_at"]


# Framework migrations: each DSL says what an unmarked column is --------------------------------------------------

RAILS = """# Database

### customers (고객)

```ruby
create_table :customers do |t|
  t.references :tenant, null: false, foreign_key: true
  t.string :name, null: false, limit: 80
  t.string :phone
  t.text :memo
  t.string :status, default: 'active'
  t.date :first_visit_at
  t.string :tags, array: true, default: []

  t.timestamps
end

add_index :customers, :phone
add_index :customers, [:tenant_id, :name], unique: true
```

**상태 (status)**:
- `active`: 활성
- `inactive`: 비활성
- `blocked`: 차단

### sales

```ruby
create_table :sales do |t|
  t.references :customer, null: false
  t.string :status, default: 'open'
end
```
"""

LARAVEL = """# Database

```php
Schema::create('customers', function (Blueprint $table) {
    $table->id();
    $table->foreignId('tenant_id')->constrained();
    $table->string('name', 80);
    $table->string('phone')->nullable()->index();
    $table->text('memo')->nullable();
    $table->enum('status', ['active', 'inactive', 'blocked'])->default('active');
    $table->date('first_visit_at')->nullable();
    $table->timestamps();
    $table->softDeletes();
});
```
"""

KNEX = """# Database

```js
exports.up = (knex) => knex.schema.createTable('customers', (table) => {
  table.increments('id');
  table.integer('tenant_id').notNullable().references('tenants.id');
  table.string('name', 80).notNullable();
  table.string('phone').index();
  table.text('memo');
  table.enu('status', ['active', 'inactive', 'blocked']).defaultTo('active');
  table.date('first_visit_at');
  table.timestamps(true, true);
});
```
"""

ECTO = """# Database

```elixir
create table(:customers) do
  add :tenant_id, references(:tenants), null: false
  add :name, :string, null: false, size: 80
  add :phone, :string
  add :memo, :text
  add :status, :string, default: "active"
  add :first_visit_at, :date
  timestamps()
end

create index(:customers, [:phone])
```

**Status**:
- `active`
- `inactive`
- `blocked`
"""


@pytest.mark.parametrize("text", [RAILS, LARAVEL, KNEX, ECTO], ids=["rails", "laravel", "knex", "ecto"])
def test_migrations_in_a_frameworks_dsl(root: Path, text: str) -> None:
    """`create_table :customers do |t|`, `Schema::create(...)`, `createTable(...)`, `create table(:customers)`."""
    draft, fields = read(root, {"docs/specs/database.md": text}, "customer")
    assert draft.spec["name"] == "customer", draft.diagnostics
    assert {"tenant_id", "name", "phone", "memo", "status", "first_visit_at"} <= set(fields)
    assert fields["tenant_id"] == {**fields["tenant_id"], "type": "int", "required": True}
    assert fields["name"] == {**fields["name"], "type": "str", "max_length": 80, "required": True}
    assert fields["phone"] == {**fields["phone"], "required": False, "index": True}
    assert fields["memo"] == {**fields["memo"], "type": "text", "required": False}
    assert fields["status"] == {**fields["status"], "type": "enum", "enum_values": ["active", "inactive", "blocked"],
                                "default": "active", "required": False}
    assert fields["first_visit_at"] == {**fields["first_visit_at"], "type": "date", "required": False}
    assert "created_at" not in fields and "id" not in fields


def test_rails_array_columns_and_a_status_list_in_another_tables_section(root: Path) -> None:
    _draft, fields = read(root, {"docs/specs/database.md": RAILS}, "sale")
    assert fields["status"]["type"] == "str" and fields["status"]["default"] == "open"  # customers' list is not its
    _draft, fields = read(root, {"docs/specs/database.md": RAILS}, "customer")
    assert fields["tags"] == {**fields["tags"], "type": "list[str]", "default": []}
    assert not fields["name"].get("index")  # a composite index marks no single column


# SQL written as bare column lines, and MySQL's COMMENT -------------------------------------------------------------

def test_bare_column_lines_under_the_tables_heading(root: Path) -> None:
    """A ```sql block with no CREATE TABLE: one column per line, the heading names the table."""
    schema = """# Schema

### `payments`
Registro de todos los pagos.

```sql
id              UUID PRIMARY KEY DEFAULT gen_random_uuid()
member_id       UUID REFERENCES members(id)
amount          NUMERIC(10,2) NOT NULL
method          TEXT CHECK (method IN ('cash', 'card'))
reference       VARCHAR(64) UNIQUE -- ID of the bank transfer
note            TEXT               -- shown on the receipt
created_at      TIMESTAMPTZ DEFAULT NOW()
```
"""
    draft, fields = read(root, {"specs/schema.md": schema}, "payment")
    assert draft.spec["name"] == "payment"
    assert sorted(fields) == ["amount", "member_id", "method", "note", "reference"]
    assert fields["amount"] == {**fields["amount"], "type": "decimal", "required": True}
    assert fields["method"] == {**fields["method"], "type": "enum", "enum_values": ["cash", "card"]}
    assert fields["reference"]["unique"] is True and "bank transfer" in fields["reference"]["description"]


def test_mysql_comments_document_integer_codes(root: Path) -> None:
    """`COMMENT '是否删除：0否，1是'` is a yes/no; `COMMENT '性别：0未知，1男，2女'` bounds the codes; `'level 1 to 9'`
    documents no codes, only the range the level keeps to."""
    schema = """# 数据库设计

```sql
CREATE TABLE employee (
    id BIGINT PRIMARY KEY AUTO_INCREMENT COMMENT '员工ID',
    name VARCHAR(50) NOT NULL COMMENT '员工姓名',
    gender TINYINT NOT NULL DEFAULT 0 COMMENT '性别：0未知，1男，2女',
    deleted TINYINT NOT NULL DEFAULT 0 COMMENT '是否删除：0否，1是',
    level INT COMMENT 'level 1 to 9'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='员工表';
```
"""
    _draft, fields = read(root, {"docs/specs/database.md": schema}, "employee")
    assert fields["gender"] == {**fields["gender"], "type": "enum", "enum_values": [0, 1, 2], "default": 0}
    assert fields["deleted"] == {**fields["deleted"], "type": "bool", "default": False}
    assert fields["level"]["type"] == "int" and "enum_values" not in fields["level"]  # '1 to 9' documents no codes
    assert (fields["level"]["ge"], fields["level"]["le"]) == (1, 9)  # but the range it keeps to


# Where specs live when there is no specs/ folder --------------------------------------------------------------------

def test_the_schema_beside_docs_specs_is_read(root: Path) -> None:
    """docs/specs/ holds only the API; docs/design/database.md holds the tables."""
    files = {
        "docs/specs/api.md": "# API\n\n- `GET /api/employees`\n- `POST /api/employees`\n",
        "docs/design/database.md": "# 表结构\n\n```sql\nCREATE TABLE employee (\n  id BIGINT PRIMARY KEY,\n"
                                   "  name VARCHAR(50) NOT NULL\n);\n```\n",
        "docs/guide/usage.md": "# Usage\n\nOpen the app.\n",
    }
    draft, fields = read(root, files, "employee")
    assert sorted(fields) == ["name"] and ("GET", "/api/employees") in draft.endpoints or \
        "GET /api/employees" in draft.endpoints


@pytest.mark.parametrize("files", [
    {"DATABASE_API_DOCS.md": "# Docs\n\n## Table: berita\n\n| Column | Type | Nullable |\n|---|---|---|\n"
                             "| id | bigint | NO |\n| judul | varchar(255) | NO |\n| konten | text | NO |\n\n"
                             "## API\n\n- `GET /api/berita`\n"},
    {"TECHNICAL_DETAILS.md": "# Detalles Técnicos y Base de Datos\n\n### berita\n\n| Columna | Tipo |\n|---|---|\n"
                             "| id | uuid |\n| judul | varchar(255) |\n| konten | text |\n", "README.md": "# App\n"},
    {"docs/03-modelagem/berita.md": "# berita\n\n| Campo | Tipo |\n|---|---|\n| id | uuid |\n| judul | varchar(255) |\n"
                                    "| konten | text |\n", "docs/README.md": "# Docs\n"},
    {"docs/テーブル定義書.md": "# テーブル定義\n\n## berita\n\n| フィールド名 | 型 |\n|---|---|\n| id | uuid |\n"
                           "| judul | varchar(255) |\n| konten | text |\n"},
], ids=["root-named", "root-titled", "model-folder", "japanese-name"])
def test_a_schema_document_outside_a_specs_folder(root: Path, files: dict[str, str]) -> None:
    draft, fields = read(root, {**files, "src/app.md": "# not a spec\n\n| Column | Type |\n|---|---|\n| x | int |\n"},
                         "berita")
    assert draft.spec["name"] == "berita" and sorted(fields) == ["judul", "konten"]
    assert all(not f.startswith("src/") for f in draft.files_used)


def test_markdown_escapes_and_an_index_list_after_a_sentence(root: Path) -> None:
    """`family\\_id` in a table is `family_id`; 'インデックス' heads an index list its first sentence introduces;
    'Record (persisted)' names the Record, not a table called persisted."""
    schema = """# Data Model

## Item (persisted)

| フィールド名 | 型 | 制約 |
|---|---|---|
| id | uuid | PK |
| family\\_id | uuid | NOT NULL |
| jan\\_code | text | |

## インデックス

次のB-treeインデックスを作成します。

- `jan_code`
"""
    draft, fields = read(root, {"specs/data-model.md": schema}, "item")
    assert draft.spec["name"] == "item" and sorted(fields) == ["family_id", "jan_code"]
    assert fields["jan_code"].get("index") is True and fields["family_id"]["required"] is True


def test_a_state_machine_written_as_headings_and_code_names_that_must_not_be_empty(root: Path) -> None:
    """`## Status` over `### Draft` / `### Sent` sections is the column's values; '`title`, `summary`은 비어
    있으면 안 된다' makes both required and non-empty; `relatedDocumentIds` is a list."""
    model = """# Order

| Campo | Tipo | Descrição |
|---|---|---|
| id | uuid | |
| status | varchar(50) | Status atual |
| title | varchar(100) | Título |
| summary | text | Resumo |
| relatedDocumentIds | json | Documentos |

## Status

### Draft

Pedido em edição.

### Sent

Pedido enviado.

## Validation Rules

- `title`, `summary`은 비어 있으면 안 된다.
"""
    _draft, fields = read(root, {"docs/03-modelagem/orders.md": model}, "order")
    assert fields["status"] == {**fields["status"], "type": "enum", "enum_values": ["Draft", "Sent"]}
    assert fields["title"] == {**fields["title"], "required": True, "min_length": 1}
    assert fields["summary"] == {**fields["summary"], "required": True, "min_length": 1}


def test_nested_bullets_name_their_entity_and_an_abridged_prisma_model_yields(root: Path) -> None:
    """`- Booking` with its columns as sub-bullets (references, `title, description`), and an abridged
    Prisma model whose undeclared enum `BookingStatus @default(CONFIRMED)` still gives the default."""
    schema = """# Database Design

## Core models (conceptual)

- Room
  - id: UUID (PK)
  - name
  - capacity

- Booking
  - id: UUID (PK)
  - roomId -> Room.id (FK)
  - startTime (timestamp with tz)
  - endTime (timestamp with tz)
  - title, description
  - status (enum: CONFIRMED, CANCELLED)

## Example Prisma model (abridged)

```prisma
model Booking {
  id         String   @id @default(uuid())
  roomId     String
  startTime  DateTime
  endTime    DateTime
  status     BookingStatus @default(CONFIRMED)
}
```
"""
    _draft, fields = read(root, {"docs/DATABASE.md": schema}, "booking")
    assert sorted(fields) == ["description", "end_time", "room_id", "start_time", "status", "title"]
    assert fields["status"] == {**fields["status"], "type": "enum", "enum_values": ["CONFIRMED", "CANCELLED"],
                                "default": "CONFIRMED", "required": False}
    assert fields["room_id"]["type"] == "str" and fields["title"]["required"] is False


def test_cells_that_hold_a_constraint_a_long_text_and_a_full_width_list(root: Path) -> None:
    """LONGTEXT is text (not Java's long); `UNIQUE` in the Default column is a constraint; 'AI Assistance Request'
    names one entity; `**Índices:** \\`a\\`, \\`b\\`` marks both; '保存場所（冷蔵／冷凍）' next to a category is its list."""
    schema = """# Detalles Técnicos y Base de Datos

### Tabla: `noticias`

| Column | Type | Nullable | Default | Description |
|---|---|---|---|---|
| id | bigint | NO | - | |
| slug | VARCHAR(255) | NO | UNIQUE | URL slug |
| konten | LONGTEXT | NO | - | Konten |
| storage_category | text | NO | - | 保存場所（冷蔵／冷凍／常温） |

**Índices:** `slug`, `konten`

### AI Assistance Request

| Column | Type |
|---|---|
| prompt | text |
| answer | text |
"""
    draft, fields = read(root, {"TECHNICAL_DETAILS.md": schema}, "noticia")
    assert fields["konten"]["type"] == "text" and fields["konten"]["index"] is True
    assert fields["slug"] == {**fields["slug"], "unique": True, "required": True, "index": True}
    assert "default" not in fields["slug"]
    assert fields["storage_category"]["enum_values"] == ["冷蔵", "冷凍", "常温"]
    assert any("AI_Assistance_Request" in d for d in draft.diagnostics)


def test_vietnamese_tables_and_a_korean_enum_typed_column_with_its_values_below(root: Path) -> None:
    """docs/co-so-du-lieu.md ('cơ sở dữ liệu': database) with `| Cột | Kiểu dữ liệu |` under '### Bảng x';
    `| status | ENUM |` with `**status (상태값):**` over code-quoted values."""
    files = {
        "docs/co-so-du-lieu.md": "# Cơ sở dữ liệu\n\n### 3.3. Bảng bai_dang\n\n| Cột | Kiểu dữ liệu | Ghi chú |\n|---|---|---|\n"
                                 "| id | uuid | Khóa chính |\n| tieu_de | text | Tên bài đăng |\n| gia | numeric | Giá bán |\n",
        "docs/ERD.md": "# ERD\n\n### schedule (일정)\n\n| 컬럼명 | 타입 | 제약조건 |\n|---|---|---|\n| id | VARCHAR(36) | PK |\n"
                       "| title | VARCHAR(100) | NOT NULL |\n| status | ENUM | NOT NULL |\n\n**status (상태값):**\n"
                       "- `PENDING` - 예정됨\n- `DONE` - 완료\n",
    }
    draft, fields = read(root, files, "bai_dang")
    assert draft.spec["name"] == "bai_dang" and sorted(fields) == ["gia", "tieu_de"]
    assert fields["gia"]["type"] == "decimal"
    _draft, fields = read(root, files, "schedule")
    assert fields["status"] == {**fields["status"], "type": "enum", "enum_values": ["PENDING", "DONE"], "required": True}


def test_schema_code_at_the_root_and_notes_found_by_what_they_hold(root: Path) -> None:
    """docs/modelo-de-datos.md with the DDL in basedatos/01_esquema.sql; a notes folder (`trainingDocument/`) whose
    markdown holds a migration, when nothing else is a spec."""
    files = {
        "docs/modelo-de-datos.md": "# Modelo de datos\n\n```mermaid\nerDiagram\n  productos {\n    int producto_id PK\n"
                                   "    string nombre\n  }\n```\n",
        "basedatos/01_esquema.sql": "CREATE TABLE productos (\n  producto_id INT AUTO_INCREMENT PRIMARY KEY,\n"
                                    "  nombre VARCHAR(150) NOT NULL,\n  activo BOOLEAN DEFAULT TRUE\n) ENGINE=InnoDB;\n",
        "src/app.sql": "CREATE TABLE other (x INT);\n",
    }
    draft, fields = read(root, files, "producto")
    assert fields["nombre"] == {**fields["nombre"], "max_length": 150, "required": True}
    assert fields["activo"]["default"] is True and "src/app.sql" not in draft.files_used
    notes = {"trainingDocument/plan.md": "# Plan\n\n```php\nSchema::create('books', function (Blueprint $table) {\n"
                                         "    $table->id();\n    $table->string('title', 120);\n"
                                         "    $table->text('memo')->nullable();\n});\n```\n",
             "README.md": "# Books API\n"}
    draft, fields = read(root / "notes", notes, "book")
    assert sorted(fields) == ["memo", "title"] and fields["title"]["max_length"] == 120


def test_references_take_the_type_of_the_id_they_point_to(root: Path) -> None:
    """`user_id`: fk → User.id where `User.id` is uuid makes user_id a uuid; 'referencia a Paciente' is a column;
    `` `submitted_at`, `decided_at`: datetime (nullable) `` gives each its own field."""
    model = """# Data Model

### User

- **Fields**
  - `id`: uuid
  - `email`: string

### LeaveType

- **Fields**
  - `id`: uuid
  - `name`: string

### LeaveRequest

- **Fields**
  - `id`: uuid
  - `user_id`: fk → User.id
  - `leave_type_id`: fk → LeaveType.id
  - `reason`: string
  - `submitted_at`, `decided_at`: datetime (nullable)
"""
    draft, fields = read(root, {"specs/001-leave-request/data-model.md": model}, "001-leave-request")
    assert draft.spec["name"] == "leave_request" and draft.user_id_type == "uuid"
    assert sorted(fields) == ["decided_at", "leave_type_id", "reason", "submitted_at"]
    assert fields["leave_type_id"]["type"] == "uuid" and fields["decided_at"]["type"] == "datetime"
    assert fields["submitted_at"]["required"] is False
    cita = """# Data Model

## Cita

| Campo | Tipo | Reglas |
|-------|------|--------|
| `id` | identificador único | Requerido |
| `pacienteId` | referencia a Paciente | Requerido |
| `unidade` | Referência a `Unidade` (FK `unidade_id`) | Sim |
| `notas` | texto | |
"""
    _draft, fields = read(root / "cita", {"specs/001-reserva-cita/data-model.md": cita}, "001-reserva-cita")
    assert fields["paciente_id"] == {**fields["paciente_id"], "type": "str", "required": True}
    assert "unidade_id" in fields and "unidade" not in fields  # the row names its column in the FK note


def test_json_strings_example_arrays_and_portuguese_lengths(root: Path) -> None:
    """`String (JSON)` is json, an 'Array of user IDs' in JSON a list of strings, an example `["uuid1", "uuid2",
    ...]` is no closed list, and 'string (máx 200)' caps the length."""
    model = """# Data Model

## SubTeam

| Field | Type | Purpose | Notes |
|-------|------|---------|-------|
| `id` | UUID | Primary key | Auto-generated |
| `nome` | string (máx 200) | Nome | Not null |
| `members` | String (JSON) | Array of user IDs | `["uuid1", "uuid2", ...]` |
| `analysis` | String (JSON) | Score breakdown | See the interface |
"""
    _draft, fields = read(root, {"specs/001-sub-team/data-model.md": model}, "001-sub-team")
    assert fields["nome"]["max_length"] == 200
    assert fields["members"]["type"] == "list[str]" and "enum_values" not in fields["members"]
    assert fields["analysis"]["type"] == "json"


def test_mongoose_collections_written_as_tables(root: Path) -> None:
    """`ObjectId → restaurants` is a reference (a string), 'indexé' marks an index, `Array<{nom, prix}>` is a
    JSON document and `` `nom`, `description` | String `` two columns."""
    schema = """# Base de données

## `plats`

| Champ | Type | Notes |
|-------|------|-------|
| `_id` | ObjectId | |
| `restaurantId` | ObjectId → `restaurants` | indexé |
| `nom`, `description` | String | |
| `options` | Array\\<{nom, prix}\\> | suppléments |
| `tags` | Array\\<String\\> | |
"""
    _draft, fields = read(root, {"docs/base-de-donnees.md": schema}, "plat")
    assert sorted(fields) == ["description", "nom", "options", "restaurant_id", "tags"]
    assert fields["restaurant_id"] == {**fields["restaurant_id"], "type": "str", "index": True}
    assert fields["options"]["type"] == "json" and fields["tags"]["type"] == "list[str]"


def test_a_calculated_column_is_no_column_and_non_null_is_not_nullable(root: Path) -> None:
    """`| StrModifier | int | computed | ... | Yes |` under a Calculated header is derived, not stored;
    'Non-null, 1-255 chars' makes a field required (the 'null' in 'non-null' says the opposite of nullable)."""
    model = """# Data Model

### 1. Character

| Property | Type | Constraints | Purpose | Calculated |
|---|---|---|---|---|
| Id | Guid | PK, unique | Identifier | No |
| Name | string | Non-null, 1-255 chars | Character name | No |
| StrBase | int | 3-18 | Strength | No |
| StrModifier | int | computed | (StrBase-10)/2 | Yes |
"""
    draft, fields = read(root, {"specs/001-characters/data-model.md": model}, "001-characters")
    assert sorted(fields) == ["name", "str_base"]
    assert fields["name"] == {**fields["name"], "required": True, "max_length": 255, "min_length": 1}
    assert any("StrModifier is calculated" in d for d in draft.diagnostics)


def test_plain_text_column_listings_and_a_separate_length_column(root: Path) -> None:
    """`Column  Data Type  Details` aligned with spaces (a long name leaves one), `host_id  id` a reference; a
    Japanese table whose 長さ column holds the VARCHAR's length."""
    schema = """Events:

Column            Data Type      Details
id                integer        not null, primary key
title             string         not null, indexed
short_description text           not null
host_id           id             not null, foreign key (references users)
price             float          not null
"""
    _draft, fields = read(root, {"docs/schema.md": schema}, "event")
    assert sorted(fields) == ["host_id", "price", "short_description", "title"]
    assert fields["title"] == {**fields["title"], "type": "str", "required": True, "index": True}
    assert fields["host_id"]["type"] == "int" and fields["short_description"]["type"] == "text"
    design = """# データベース設計

## table_definitions

| # | カラム名（物理） | データ型 | 長さ | NULL |
|---|---|---|---|---|
| 1 | id | BIGINT | - | × |
| 2 | logical_name | VARCHAR | 255 | × |
"""
    _draft, fields = read(root / "ja", {"table-definition-app/docs/database-design.md": design}, "table_definition")
    assert fields["logical_name"] == {**fields["logical_name"], "max_length": 255, "required": True}


def test_spanish_bullets_with_an_equals_sign(root: Path) -> None:
    """`- **name** = string de 255 - obligatorio - ...`, `número entero - default 1`, `enum - valores a, b`,
    in a folder named for its product (`product-and-services/data-base.md`)."""
    schema = """**Tabla products**

- **id** = uuid único clave primaria
- **name** = string de 255 - obligatorio - El nombre
- **stock** = número entero - default 1 - Cantidad
- **type** = enum - valores product, service - El tipo
- **memo** = campo de tipo text - opcional - Notas
"""
    _draft, fields = read(root, {"product-and-services/data-base.md": schema, "README.md": "# App\n"}, "product")
    assert fields["name"] == {**fields["name"], "type": "str", "max_length": 255, "required": True}
    assert fields["stock"] == {**fields["stock"], "type": "int", "default": 1, "required": False}
    assert fields["type"] == {**fields["type"], "type": "enum", "enum_values": ["product", "service"]}
    assert fields["memo"] == {**fields["memo"], "type": "text", "required": False}


def test_codes_in_type_cells_and_constraint_cells(root: Path) -> None:
    """`PREPARING \\| EN_ROUTE \\| CLOSED` as a type is an enum, `IN (GENERAL, FOLLOW_UP)` in a constraints cell
    too; a Nullable column that says NULLABLE wins over 'Required when ...' in the notes; a mermaid comment
    "unique, nullable" is constraints, not values."""
    model = """# Data Model

### Route

| Column | Type | Nullable | Constraints | Notes |
|---|---|---|---|---|
| `id` | `UUID` | NOT NULL | PK | |
| `state` | `PREPARING \\| EN_ROUTE \\| CLOSED` | NOT NULL | | |
| `kind` | `VARCHAR(30)` | NOT NULL | `IN (GENERAL, FOLLOW_UP)` | |
| `cancel_reason` | `TEXT` | NULLABLE | — | Required when state = CLOSED |

```mermaid
erDiagram
    Route {
        uuid id PK
        string sku UK "unique, nullable"
    }
```
"""
    _draft, fields = read(root, {"specs/001-routes/data-model.md": model}, "001-routes")
    assert fields["state"] == {**fields["state"], "type": "enum", "enum_values": ["PREPARING", "EN_ROUTE", "CLOSED"]}
    assert fields["kind"] == {**fields["kind"], "type": "enum", "enum_values": ["GENERAL", "FOLLOW_UP"]}
    assert fields["cancel_reason"]["required"] is False
    from backend_builder.spec.extract import mermaid
    from backend_builder.spec.extract.document import parse

    route = next(e for e in mermaid.extract(parse("data-model.md", model)) if e.name == "Route")
    sku = next(f for f in route.fields if f.name == "sku")
    assert sku.type == "str" and not sku.enum_values and sku.unique and sku.nullable


def test_a_table_whose_name_column_is_not_called_name(root: Path) -> None:
    """`| description | type |` over `| Name | varchar(255) |`: the identifiers beside the types are the columns."""
    schema = """## SQL TABLES

## Animals

| description   | type           |
| :-------------| :-------------:|
| ID            | SERIAL4        |
| Name          | varchar(255)   |
| Age           | INT4           |
| picture       | text           |
"""
    _draft, fields = read(root, {"planning/tables.md": schema, "README.md": "# Refugio\n"}, "animal")
    assert sorted(fields) == ["age", "name", "picture"]
    assert fields["name"]["max_length"] == 255 and fields["age"]["type"] == "int"


def test_a_json_number_holding_an_integer_stays_an_integer(root: Path) -> None:
    """`| durationMs | number | Integer > 0 |` is an int; the codes check after it must not undo that."""
    model = """# Data Model

### TimeEntry

| Field | Type | Required | Rules |
|---|---|---|---|
| `id` | `string` | yes | UUID v4 |
| `durationMs` | `number` | yes | Integer > 0 (BR-05) |
| `note` | `string` | no | |
"""
    _draft, fields = read(root, {"specs/001-time-tracker/data-model.md": model}, "001-time-tracker")
    assert fields["duration_ms"] == {**fields["duration_ms"], "type": "int", "required": True}


def test_prose_columns_described_with_a_dash_under_a_code_quoted_table(root: Path) -> None:
    """`` - `reservations` `` over '- Important columns:' over `` - `guest_id` (FK -> `guests.guest_id`) — the
    party ``: the references take the type of the id they point to, the words give the others theirs."""
    doc = """## Purpose of each table

- `guests`
  - Important columns:
    - `guest_id` (PK) — integer primary key.
    - `first_name`, `last_name` — textual names.

- `reservations`
  - Purpose: store individual bookings.
  - Important columns:
    - `reservation_id` (PK)
    - `guest_id` (FK -> `guests.guest_id`) — the booking party.
    - `check_in_date`, `check_out_date` — date strings in ISO format `YYYY-MM-DD`.
    - `total_price` — numeric amount for the reservation.
"""
    draft, fields = read(root, {"README_DB.md": doc}, "reservation")
    assert draft.spec["name"] == "reservation"
    assert sorted(fields) == ["check_in_date", "check_out_date", "guest_id", "total_price"]
    assert fields["guest_id"]["type"] == "int" and fields["check_in_date"]["type"] == "date"
    assert fields["total_price"]["type"] == "decimal" and fields["total_price"]["required"] is False


def test_folders_linked_from_outside_the_root_are_not_read(root: Path, tmp_path: Path) -> None:
    """The fallbacks that look one folder down (a project's docs/, notes that define tables) skip symlinks:
    nothing outside the root is read, not even to decide whether it is a spec."""
    outside = tmp_path / "outside"
    (outside / "docs").mkdir(parents=True)
    (outside / "docs" / "database.md").write_text("# DB\n\n| Column | Type |\n|---|---|\n| secret | text |\n")
    (outside / "plan.md").write_text("```sql\nCREATE TABLE secrets (secret TEXT);\n```\n")
    write(root, {"README.md": "# App\n"})
    (root / "linked").symlink_to(outside, target_is_directory=True)
    with pytest.raises(Exception) as caught:
        operations.read_spec(str(root), "secret")
    assert "No spec file found" in str(caught.value) and "secret TEXT" not in str(caught.value)


def test_dbml_tables_with_enums_and_indexes(root: Path) -> None:
    """dbdiagram.io's DBML in a plain fence: `Table Store { ... }`, settings in brackets, an `Enum` block."""
    schema = """# DB Schema

```
Enum StoreCategory {
  KOREAN
  JAPANESE
}

Table User {
  id integer [pk, increment]
  email varchar [not null, unique]
}

Table Store {
  id integer [pk, increment]
  ownerId integer [not null, ref: > User.id]
  name varchar(100) [not null, note: "store name"]
  category StoreCategory [not null]
  phone varchar
  isOpen boolean [default: true]
  deletedAt timestamp [default: null]

  Indexes {
    name
    (ownerId, name) [unique]
  }
}
```
"""
    draft, fields = read(root, {"docs/db-schema.md": schema}, "store")
    assert draft.spec["name"] == "store"
    assert sorted(fields) == ["category", "deleted_at", "is_open", "name", "owner_id", "phone"]
    assert fields["name"] == {**fields["name"], "type": "str", "max_length": 100, "required": True, "index": True}
    assert fields["category"] == {**fields["category"], "type": "enum", "enum_values": ["KOREAN", "JAPANESE"]}
    assert fields["phone"]["required"] is False and fields["is_open"]["default"] is True
    assert fields["owner_id"] == {**fields["owner_id"], "type": "int", "required": True}


def test_ddl_columns_as_plain_bullets_under_a_bare_table_name(root: Path) -> None:
    """`loans` on its own line over `- book_copy_id uuid NOT NULL REFERENCES book_copies(id)` bullets, a
    `-- a|b|c` comment closing a list, and a bare `Indexes` line over `- (state)`."""
    schema = """# Database Schema

## Lending

loans
- id uuid PK DEFAULT gen_random_uuid()
- book_copy_id uuid NOT NULL REFERENCES book_copies(id)
- state text NOT NULL -- requested|approved|returned
- due_at timestamptz NULL -- set when approved
- created_at timestamptz NOT NULL DEFAULT now()
Indexes
- (state)
"""
    _draft, fields = read(root, {"docs/db-schema.md": schema}, "loan")
    assert sorted(fields) == ["book_copy_id", "due_at", "state"]
    assert fields["book_copy_id"] == {**fields["book_copy_id"], "type": "uuid", "required": True}
    assert fields["state"] == {**fields["state"], "type": "enum", "enum_values": ["requested", "approved", "returned"],
                               "index": True}
    assert fields["due_at"] == {**fields["due_at"], "type": "datetime", "required": False}


def test_a_portuguese_plural_in_a_compound_table_name(root: Path) -> None:
    """`animais_adocao` (animals for adoption) is the entity a user names animal_adocao, not `adocao`."""
    schema = """# Banco de Dados

```sql
CREATE TABLE animais_adocao (
  id SERIAL PRIMARY KEY,
  nome VARCHAR(100) NOT NULL,
  especie VARCHAR(30) NOT NULL
);
CREATE TABLE adocao (
  id SERIAL PRIMARY KEY,
  id_animal INT NOT NULL,
  status VARCHAR(20)
);
```
"""
    _draft, fields = read(root, {"docs/banco-de-dados.md": schema}, "animal_adocao")
    assert sorted(fields) == ["especie", "nome"]


def test_frappe_doctype_field_types(root: Path) -> None:
    """A Frappe DocType table: Data is a short string, Link names another document, Small Text is text, Check a
    bool; a bold section row (`| **Location** |`) is no field."""
    model = """# Data Model

### Equipment

| Field Name | Type | Required | Description |
|------------|------|----------|-------------|
| equipment_name | Data | Yes | Display name |
| **Location** |
| current_location | Link | No | Address |
| notes | Small Text | No | Notes |
| is_active | Check | No | Active |
"""
    _draft, fields = read(root, {"specs/001-equipment/data-model.md": model}, "001-equipment")
    assert sorted(fields) == ["current_location", "equipment_name", "is_active", "notes"]
    assert fields["equipment_name"] == {**fields["equipment_name"], "type": "str", "required": True}
    assert fields["notes"]["type"] == "text" and fields["is_active"]["type"] == "bool"


def test_integer_codes_need_a_label_tied_to_each_number() -> None:
    """'1 = active, 2 = closed' and '0未知，1男' make an int an enum of its codes; '1 per user, 2 per team' names no
    codes, '0=周日…6=周六' names the ends of a range and `is_x` '0=..., 1=...' is a flag.
    GraphQL's `ID` is a string, a Rails listing's lower-case `id` an integer reference."""
    from backend_builder.spec.extract.raw import RawField
    from backend_builder.spec.extract.sql import coded_values
    from backend_builder.spec.extract.types import classify

    def bounds(text: str, name: str = "x") -> tuple[str | None, float | None, float | None, list[str] | None]:
        field = RawField(name=name, file="", line=1, type="int", description=text)
        coded_values(field)
        return field.type, field.ge, field.le, field.enum_values

    assert bounds("1 = active, 2 = closed") == ("enum", None, None, ["1", "2"])
    assert bounds("性别：0未知，1男，2女") == ("enum", None, None, ["0", "1", "2"])
    assert bounds("是否删除：0否，1是") == ("bool", None, None, None)
    assert bounds("1 per user, 2 per team") == ("int", None, None, None)
    assert bounds("0=周日…6=周六") == ("int", 0, 6, None)
    assert bounds("0=自家生産馬, 1=史実馬", "is_historical") == ("int", 0, 1, None)
    assert classify("ID!") == "str" and classify("id") == "int"


def test_a_class_named_for_its_shape_drafts_the_entity_the_feature_names(root: Path) -> None:
    """`ShipmentListItem` in a feature about shipments is the shipment. A `Record` or `Document` is the thing itself
    (`DietRecord` in a diet feature), and a stem the feature does not name keeps the class's name."""
    model = """# Data Model

## ShipmentListItem

```typescript
interface ShipmentListItem {
  shipmentNo: string;
  status: 'draft' | 'booked';
  vesselName?: string;
}
```
"""
    draft, fields = read(root / "a", {"specs/002-shipments/data-model.md": model}, "002-shipments")
    assert draft.spec["name"] == "shipment" and sorted(fields) == ["shipment_no", "status", "vessel_name"]
    assert any("ShipmentListItem" in d and "'shipment'" in d for d in draft.diagnostics)
    draft, _ = read(root / "b", {"specs/003-diet/data-model.md": model.replace("ShipmentListItem", "DietRecord")},
                    "003-diet")
    assert draft.spec["name"] == "diet_record"
    draft, _ = read(root / "c", {"specs/004-ports/data-model.md": model}, "004-ports")
    assert draft.spec["name"] == "shipment_list_item"


def test_a_ruby_predicate_name_is_its_column(root: Path) -> None:
    """`adoptable?` in a Rails app's column list is the boolean column `adoptable`, not a name to block on."""
    schema = """# Schema

## Animals

| description | type |
|---|---|
| name | varchar(255) |
| adoptable? | BOOLEAN |
"""
    draft, fields = read(root, {"specs/database/schema.md": schema}, "animal")
    assert fields["adoptable"]["type"] == "bool" and not draft.blocking
    assert any("adoptable? is read as the column adoptable" in d for d in draft.diagnostics)


def test_a_bold_label_over_a_table_names_it_only_when_it_says_name(root: Path) -> None:
    """'**Firestore path**: `/locations/{id}`' and '**Embedded in**: `Location.submitterInfo`' describe the table under
    the heading; they do not name it ('**Table**: `places`' does)."""
    model = """# Data Model

### Location (地點)

**Firestore 路徑**: `/locations/{locationId}`

| 欄位 | 類型 | 必填 | 說明 |
|------|------|------|------|
| `name` | string | ✅ | 地點名稱 |
| `address` | string | ✅ | 地址 |
| `reviewedAt` | Timestamp | ❌ | 審核時間 |

### SubmitterInfo (提交者資訊)

**嵌入於**: `Location.submitterInfo`

| 欄位 | 類型 | 必填 | 說明 |
|------|------|------|------|
| `userId` | string | ✅ | 提交者 |
| `displayName` | string | ✅ | 顯示名稱 |
"""
    draft, fields = read(root / "a", {"specs/003-location-contribution/data-model.md": model}, "003-location-contribution")
    assert draft.spec["name"] == "location" and sorted(fields) == ["address", "name", "reviewed_at"]
    assert fields["reviewed_at"]["required"] is False
    named = model.replace("**Firestore 路徑**: `/locations/{locationId}`", "**Table**: `places`")
    draft, fields = read(root / "b", {"specs/004-places/data-model.md": named}, "004-places")
    assert draft.spec["name"] == "place" and "address" in fields


def test_vietnamese_and_russian_table_headers(root: Path) -> None:
    """`| Trường | Loại | Mô tả |` and `| Поле | Тип | Описание |` are field, type and notes columns."""
    model = """# Mô Hình Dữ Liệu

### 1. KnowledgeItem (Mục Tri Thức)

| Trường | Loại | Mô tả |
|--------|------|-------|
| id | UUID | ID duy nhất |
| title | String | Tiêu đề |
| category | Enum | product, policy, faq |
| is_active | Boolean | Có đang sử dụng không |
"""
    _draft, fields = read(root / "a", {"specs/001-knowledge/data-model.md": model}, "001-knowledge")
    assert sorted(fields) == ["category", "is_active", "title"]
    assert fields["category"]["enum_values"] == ["product", "policy", "faq"] and fields["is_active"]["type"] == "bool"
    russian = model.replace("| Trường | Loại | Mô tả |", "| Поле | Тип | Описание |")
    _draft, fields = read(root / "b", {"specs/001-knowledge/data-model.md": russian}, "001-knowledge")
    assert sorted(fields) == ["category", "is_active", "title"]


def test_the_prose_names_an_entity_in_the_singular_and_with_accents(root: Path) -> None:
    """A folder named for no entity: the one the spec talks about wins. Its `Vehiculos` table is "vehículo" in the
    prose, and "tipo de documentación" is not the `DocumentacionTipos` table."""
    model = """# Modelo de datos

## Vehiculo (tabla `Vehiculos`)

| Columna | Tipo | Nulo |
|---|---|---|
| `Patente` | `nvarchar(10)` | no |
| `Marca` | `nvarchar(50)` | no |

## DocumentacionTipo (tabla `DocumentacionTipos`)

| Columna | Tipo | Nulo |
|---|---|---|
| `Nombre` | `nvarchar(100)` | no |
| `DiasAviso` | `int` | no |
| `Activo` | `bit` | no |
"""
    spec = ("# Gestión de flota\n\nEl operador da de alta un vehículo con su patente. Cada vehículo tiene marca; "
            "un vehículo dado de baja no se borra. La DocumentacionTipos no cambia.\n")
    draft, fields = read(root, {"specs/004-gestion-flota/data-model.md": model, "specs/004-gestion-flota/spec.md": spec},
                         "004-gestion-flota")
    assert draft.spec["name"] == "vehiculo" and sorted(fields) == ["marca", "patente"]


def test_a_mention_counts_for_the_longest_name_it_spells() -> None:
    """"workspace join request" is the WorkspaceJoinRequest, not also a mention of the Workspace."""
    from backend_builder.spec.extract.draft import _mentions
    from backend_builder.spec.extract.raw import RawEntity

    pool = [RawEntity(name="Workspace", file="m.md", line=1, kind="table"),
            RawEntity(name="WorkspaceJoinRequest", file="m.md", line=9, kind="table")]
    said = _mentions(pool, ["A user sends a workspace join request. The owner approves the join request; "
                            "the join requests list shows each one. The workspace gets a member."])
    assert said == {"workspace_join_request": 2.0, "workspace": 2 / 3}


def test_an_api_file_named_for_an_entity_speaks_for_it(root: Path) -> None:
    """`contracts/websites.yaml` in a folder named for no entity (`001-mvp`) tips the choice to the Website."""
    model = """# Data Model

### 1. Website

| Field | Type | Constraints |
|---|---|---|
| Domain | string(255) | NOT NULL |
| DisplayName | string(100) | NOT NULL |

### 2. KeySlot

| Field | Type | Constraints |
|---|---|---|
| Salt | byte[] | NOT NULL |
| Iterations | int | NOT NULL |
| MemorySize | int | NOT NULL |
| Parallelism | int | NOT NULL |
"""
    files = {"specs/001-mvp/data-model.md": model, "specs/001-mvp/spec.md": "# MVP\n\nThe key slot and the website.\n"}
    draft, _ = read(root / "a", files, "001-mvp")
    assert draft.spec["name"] == "key_slot"  # (more columns, as many mentions)
    files["specs/001-mvp/contracts/websites.yaml"] = "openapi: 3.0.0\ninfo: {title: Sites, version: '1'}\npaths: {}\n"
    draft, _ = read(root / "b", files, "001-mvp")
    assert draft.spec["name"] == "website"


def test_turkish_table_with_a_form_that_lists_the_required_fields(root: Path) -> None:
    """`## products Tablosu` over `| Sütun | Tip | Açıklama |`; '(64 karakter)' is a length. A validation rule that
    names the required fields ('`name`, `description` zorunlu') leaves the others optional when the schema says
    nothing of presence."""
    schema = """# Veritabanı Yapısı

## products Tablosu

| Sütun | Tip | Açıklama |
|-------|-----|----------|
| id | bigint | PK |
| name | string | Ürün adı |
| description | text | Açıklama |
| pdf_path | string | PDF dosya yolu |
| share_token | string | Paylaşım token (64 karakter) |
"""
    feature = "# Ürün Ekleme\n\n1. **Validasyon**\n   - `name`, `description` zorunlu\n"
    draft, fields = read(root, {"docs/veritabani.md": schema, "docs/urunekle.md": feature}, "product")
    assert draft.spec["name"] == "product" and sorted(fields) == ["description", "name", "pdf_path", "share_token"]
    assert fields["name"]["required"] is True and fields["description"]["required"] is True
    assert fields["pdf_path"]["required"] is False and fields["share_token"]["required"] is False
    assert fields["share_token"]["max_length"] == 64
    assert any("pdf_path: optional, since docs/urunekle.md:4 lists the required fields" in d for d in draft.diagnostics)


def test_one_line_entity_with_typed_columns_in_parentheses(root: Path) -> None:
    """`- Zapis: id, number (digit), name (string), timObr (Time)`: the entity before the colon, a digit an int."""
    schema = """## Схема базы данных
- User: id (cuid), name, UserTypeID -> Category
- Zapis: id, number (digit) , name (string) , srokDost (date), timObr (Time), telephon (string)
"""
    draft, fields = read(root, {"DATABASE.md": schema}, "zapis")
    assert sorted(fields) == ["name", "number", "srok_dost", "telephon", "tim_obr"]
    assert fields["number"]["type"] == "int" and fields["tim_obr"]["type"] == "str"
    assert fields["srok_dost"]["type"] == "date"


def test_values_after_a_label_in_a_notes_cell_and_nullable_marks_in_chinese(root: Path) -> None:
    """'校验状态：matched/uncertain/not_found' lists the column's values; '可为空' marks it nullable, '不能为空' not."""
    schema = """# 数据库设计

## books 表

| 字段 | 类型 | 说明 |
|------|------|------|
| title | VARCHAR(500) | 书名，不能为空 |
| author | VARCHAR(500) | 作者，可为空 |
| verify_status | VARCHAR(20) | 校验状态：matched/uncertain/not_found/manual |
| location_type | VARCHAR(10) DEFAULT 'none' | 位置类型：shelf/box/none |
| isbn | VARCHAR(20) | 格式：ISBN-13 |
"""
    _draft, fields = read(root, {"docs/数据库设计.md": schema}, "book")
    assert fields["verify_status"]["enum_values"] == ["matched", "uncertain", "not_found", "manual"]
    assert fields["location_type"]["enum_values"] == ["shelf", "box", "none"]
    assert fields["location_type"]["default"] == "none"
    assert fields["isbn"]["type"] == "str" and "enum_values" not in fields["isbn"]
    assert fields["author"]["required"] is False and fields["title"]["required"] is True


def test_german_and_polish_enum_tables_defaults_and_plurals(root: Path) -> None:
    """`| Enum | Werte |` declares the type a column names; `wichtel_aktionen` is the WichtelAktion; Polish
    "domyślnie 'active'" is a default and "'active' lub 'paid'" its values."""
    schema = """# Datenmodell

| Enum | Werte |
|---|---|
| `action_status` | `SETUP`, `ACTIVE`, `COMPLETED` |

### wichtel_aktionen

| Feld | Typ | Constraint | Beschreibung |
|---|---|---|---|
| name | TEXT | NOT NULL | Name der Aktion |
| status | action_status | NOT NULL, DEFAULT 'SETUP' | Lifecycle-Status |
"""
    draft, fields = read(root / "de", {"docs/datenmodell.md": schema}, "wichtel_aktion")
    assert draft.spec["name"] == "wichtel_aktion" and draft.spec["plural"] == "wichtel_aktionen"
    assert fields["status"]["enum_values"] == ["SETUP", "ACTIVE", "COMPLETED"] and fields["status"]["default"] == "SETUP"
    polish = """# Schemat bazy danych

## loans

| Kolumna | Typ | Ograniczenia | Opis |
|---|---|---|---|
| amount | DECIMAL(10,2) | NOT NULL | Kwota |
| status | VARCHAR(20) | NOT NULL, domyślnie 'active' | Status: 'active' lub 'paid' |
"""
    _draft, fields = read(root / "pl", {"docs/database.md": polish}, "loan")
    assert fields["status"]["enum_values"] == ["active", "paid"] and fields["status"]["default"] == "active"


def test_persistence_bullets_in_spanish_name_the_entity_the_prose_talks_about(root: Path) -> None:
    """`### JugadorEntity` is the jugador the prose talks about; "`a`, `b`, `c`: columnas de texto; a y c no nulos"
    makes two of three required; "columnas enteras anulables" are optional ints."""
    model = """# Modelo de datos

## Persistencia

### `LigaEntity`

- `codigo`: `varchar`, único y no nulo.
- `nombre`: `varchar`, no nulo.

### `JugadorEntity`

- `liga_id`: foreign key no nula.
- `nombre`, `seccion`, `equipo`: columnas de texto; nombre y equipo no nulos.
- `goles`, `asistencias`: columnas enteras anulables.
"""
    spec = ("# Catálogo\n\nCada liga muestra diez jugadores. Un jugador sin nombre no se publica; "
            "los jugadores se ordenan por goles. Cada jugador tiene equipo.\n")
    draft, fields = read(root, {"specs/003-player-catalog/data-model.md": model, "specs/003-player-catalog/spec.md": spec},
                         "003-player-catalog")
    assert draft.spec["name"] == "jugador"
    assert sorted(fields) == ["asistencias", "equipo", "goles", "liga_id", "nombre", "seccion"]
    assert [fields[n]["required"] for n in ("nombre", "seccion", "equipo", "liga_id")] == [True, False, True, True]
    assert fields["goles"] == {**fields["goles"], "type": "int", "required": False}


def test_an_embedded_object_and_a_geo_point_are_json_and_acronym_plurals_snake_cleanly(root: Path) -> None:
    """`submitterInfo | SubmitterInfo` (an object defined beside it, with no id) and `coordinates | GeoPoint` are held
    whole as json; `author | User` (an entity with an id) stays a decision for the user. `photoURLs` is photo_urls,
    and '(3-100 字元)' a length."""
    model = """# 資料模型

### Location (地點)

| 欄位 | 類型 | 必填 | 說明 |
|------|------|------|------|
| `name` | string | ✅ | 地點名稱 (3-100 字元) |
| `coordinates` | GeoPoint | ✅ | 經緯度座標 |
| `photoURLs` | string[] | ✅ | 照片 URL 陣列 |
| `submitterInfo` | SubmitterInfo | ✅ | 提交者資訊 (嵌入) |
| `author` | User | ❌ | 作者 |

### SubmitterInfo (提交者資訊)

| 欄位 | 類型 | 必填 | 說明 |
|------|------|------|------|
| `userId` | string | ✅ | 提交者 |
| `displayName` | string | ✅ | 顯示名稱 |

### User

| 欄位 | 類型 | 必填 | 說明 |
|------|------|------|------|
| `id` | string | ✅ | ID |
| `email` | string | ✅ | 電郵 |
"""
    draft, fields = read(root, {"specs/003-location/data-model.md": model}, "003-location")
    assert sorted(fields) == ["coordinates", "name", "photo_urls", "submitter_info"]
    assert fields["coordinates"]["type"] == "json" and fields["submitter_info"]["type"] == "json"
    assert fields["name"]["min_length"] == 3 and fields["name"]["max_length"] == 100
    assert any("author" in b and "'User'" in b for b in draft.blocking)


def test_a_spanish_nullable_column(root: Path) -> None:
    """`| Columna | Tipo | Nulo | Reglas |` with `no` and `**sí**`: NOT NULL and nullable."""
    model = """# Modelo de datos

## Vehiculo (tabla `Vehiculos`)

| Columna | Tipo | Nulo | Reglas |
|---|---|---|---|
| `Patente` | `nvarchar(10)` | no | Única |
| `Notas` | `nvarchar(400)` | **sí** | Opcional |
"""
    _draft, fields = read(root, {"specs/004-flota/data-model.md": model}, "004-flota")
    assert fields["patente"]["required"] is True and fields["notas"]["required"] is False


def test_a_folder_named_for_nothing_takes_the_entity_its_title_names(root: Path) -> None:
    """`001-mvp` names no entity; "# Data Model: Dream Stream MVP" names the Dream, over an owned WearableDevice."""
    model = """# Data Model: Dream Stream MVP

### Dream

| Field | Type | Constraints |
|---|---|---|
| title | TEXT | NOT NULL |
| view_count | INTEGER | DEFAULT 0 |

### WearableDevice (P4)

| Field | Type | Constraints |
|---|---|---|
| user_id | UUID | FK users |
| device_name | TEXT | NOT NULL |
| platform | TEXT | NOT NULL |
| last_sync_at | TIMESTAMPTZ | |
"""
    draft, fields = read(root, {"specs/001-mvp/data-model.md": model}, "001-mvp")
    assert draft.spec["name"] == "dream" and sorted(fields) == ["title", "view_count"]


def test_turkish_untyped_column_bullets(root: Path) -> None:
    """`Alanlar:` ('fields') names no table; a `JSON alanı` among bare names is a json column like them; 'sayısı'
    (count) and a `max_` prefix are ints; an `İndeksleme` section lists indexed columns."""
    schema = """# Veritabanı Tasarımı

## `licenses`

Alanlar:

- `id`: Benzersiz lisans kimliği
- `project_id`: Bağlı olduğu proje
- `license_key`: Lisans anahtarı
- `max_activations`: Maksimum aktivasyon sayısı
- `koltuk`: Koltuk sayısı
- `metadata`: Domain, IP ve HWID gibi kural verilerini tutan JSON alanı

## İndeksleme

- `licenses.license_key`
"""
    draft, fields = read(root, {"docs/veritabani.md": schema}, "license")
    assert draft.spec["name"] == "license"
    assert sorted(fields) == ["koltuk", "license_key", "max_activations", "metadata", "project_id"]
    assert fields["metadata"] == {**fields["metadata"], "type": "json", "required": False}
    assert fields["max_activations"]["type"] == "int" and fields["koltuk"]["type"] == "int"
    assert fields["license_key"].get("index") is True


def test_portuguese_defaults_codes_and_examples_in_notes(root: Path) -> None:
    """'(padrão: 5)' is a default; '1 = ativo, 0 = inativo' a bool; '(ex: "mg", "ml")' examples, not the values."""
    schema = """# Banco de dados

## remedio

| Campo | Tipo | Obrigatório | Descrição |
|---|---|---|---|
| `nome` | TEXT | sim | Nome do remédio |
| `unidade` | TEXT | sim | Unidade da dose (ex: "mg", "ml", "comprimido") |
| `estoque_alerta` | INTEGER | não | Limite para alerta (padrão: 5) |
| `ativo` | INTEGER | sim | 1 = ativo, 0 = inativo (padrão: 1) |
"""
    _draft, fields = read(root, {"docs/banco-de-dados.md": schema}, "remedio")
    assert fields["unidade"]["type"] == "text" and "enum_values" not in fields["unidade"]
    assert fields["estoque_alerta"]["default"] == 5
    assert fields["ativo"]["type"] == "bool" and fields["ativo"]["default"] is True


STATE_SCHEMA = """# Modelo de Datos

### `propiedades`

| Campo | Tipo | Notas |
|-------|------|-------|
| `titulo` | varchar | |
| `estado` | enum | `PENDIENTE`, `APROBADO`, `RECHAZADO` |

### `reservas`

| Campo | Tipo | Notas |
|-------|------|-------|
| `propiedad_id` | bigint FK | |
| `estudiante_id` | bigint | FK lógica |
| `estado` | enum | ver abajo |

**Estados de reserva:**
```
SOLICITADA → APROBADA → PAGADA → FINALIZADA
              │           │
              ▼           ▼
          RECHAZADA   CANCELADA
```

Índices: `idx_reserva_estudiante`, `idx_reserva_propiedad`.
"""


def test_a_drawn_state_machine_gives_the_values_and_the_first_state(root: Path) -> None:
    """An enum whose values are drawn below its table (`SOLICITADA → APROBADA → ...`) takes them, starting from the
    first; another table's `estado` values (under `### \\`propiedades\\``, a table named like a common word) do not
    leak into it. `idx_reserva_estudiante` indexes estudiante_id."""
    draft, fields = read(root / "a", {"docs/base-de-datos.md": STATE_SCHEMA}, "reserva")
    assert fields["estado"]["enum_values"] == ["SOLICITADA", "APROBADA", "PAGADA", "FINALIZADA", "RECHAZADA", "CANCELADA"]
    assert fields["estado"]["default"] == "SOLICITADA" and fields["estado"]["required"] is False
    assert fields["estudiante_id"].get("index") is True and fields["propiedad_id"].get("index") is True
    draft, fields = read(root / "b", {"docs/base-de-datos.md": STATE_SCHEMA}, "propiedad")
    assert sorted(fields) == ["estado", "titulo"] and fields["estado"]["enum_values"] == ["PENDIENTE", "APROBADO", "RECHAZADO"]


def test_a_mermaid_state_diagram_names_the_initial_state() -> None:
    from backend_builder.spec.extract.constraints import state_diagrams

    text = "### Alert status\n\n```mermaid\nstateDiagram-v2\n    [*] --> open: create\n    open --> decided: decide\n" \
           "    decided --> resolved\n    open --> expired: 7 days\n    resolved --> [*]\n```\n"
    assert state_diagrams(text) == [(1, "Alert status", ["open", "decided", "resolved", "expired"], "open")]
    prose = "**Notes:**\n```\nSee the admin guide -> chapter 3\n```\n"
    assert state_diagrams(prose) == []  # (a sentence with an arrow draws no states)


def test_a_javascript_number_that_counts_is_an_int_and_quoted_values_after_a_label(root: Path) -> None:
    """`duration_seconds | number` is an int (its name counts), `weight | number` a float; a notes cell
    '建议类型：`training`、`rest`、`optional`' lists the values even when one of them is a word like 'optional'."""
    schema = """# 数据库设计

## workout_sessions

| 字段 | 类型 | 必填 | 说明 |
|------|------|------|------|
| `duration_seconds` | number | 否 | 总耗时 |
| `weight` | number | 否 | 体重 |
| `advice_type` | string | 否 | 建议类型：`training`、`rest`、`optional` |
"""
    _draft, fields = read(root, {"docs/数据库设计.md": schema}, "workout_session")
    assert fields["duration_seconds"]["type"] == "int" and fields["weight"]["type"] == "float"
    assert fields["advice_type"]["enum_values"] == ["training", "rest", "optional"]


EF_CORE = """# Data Model

```csharp
public class Photo : AuditedEntity<Guid>
{
    public Guid AlbumId { get; set; }
    public string FileName { get; set; }
    public string Caption { get; set; }
    public int DisplayOrder { get; set; }

    public Photo(Guid id, Guid albumId, string fileName, int displayOrder = 0, string caption = null) : base(id)
    {
        AlbumId = albumId;
    }
}
```

```csharp
public class PhotoConfiguration : IEntityTypeConfiguration<Photo>
{
    public void Configure(EntityTypeBuilder<Photo> builder)
    {
        builder.Property(x => x.FileName)
            .IsRequired()
            .HasMaxLength(255);
        builder.Property(x => x.Caption)
            .HasMaxLength(200);
        builder.HasIndex(x => x.AlbumId);
        builder.HasIndex(x => new { x.AlbumId, x.DisplayOrder });
    }
}
```
"""


def test_ef_core_configuration_and_constructor(root: Path) -> None:
    """EF Core's fluent configuration gives lengths, required and indexes; the constructor's `= null` parameters are
    optional and `= 0` a default."""
    _draft, fields = read(root, {"specs/002-backend-api/data-model.md": EF_CORE}, "002-backend-api")
    assert fields["file_name"] == {**fields["file_name"], "max_length": 255, "required": True}
    assert fields["caption"]["max_length"] == 200 and fields["caption"]["required"] is False
    assert fields["display_order"]["default"] == 0 and fields["display_order"]["required"] is False
    assert fields["album_id"].get("index") is True and not fields["display_order"].get("index")


def test_a_row_naming_two_columns_with_a_type_each_and_a_described_default(root: Path) -> None:
    """`startedAt` / `finishedAt` | `DateTime` / `DateTime?`: a type each. "(defaults to date/time)" describes a default
    the application sets: the column is optional, with no literal default."""
    schema = """# Database

### `sessions`

| Column | Type | Notes |
| --- | --- | --- |
| `profileId` / `bookId` | `Uuid` / `Int` | Together reference `users_books` |
| `startedAt` / `finishedAt` | `DateTime` / `DateTime?` | |
| `title` | `String` | Entry title (defaults to date/time) |
"""
    _draft, fields = read(root, {"docs/database.md": schema}, "session")
    assert fields["profile_id"]["type"] == "uuid" and fields["book_id"]["type"] == "int"
    assert fields["started_at"]["required"] is True and fields["finished_at"]["required"] is False
    assert fields["title"]["required"] is False and "default" not in fields["title"]


def test_a_schema_that_marks_no_column_leaves_them_all_optional(root: Path) -> None:
    """No column says whether it is required and no rule does: as in SQL, each is optional, and the answer says so.
    One column marked nullable makes the unmarked ones the required ones (corpus entry 56's reading)."""
    bare = """# Database

## shops

| Column | Type |
|---|---|
| name | VARCHAR(100) |
| city | VARCHAR(60) |
| rating | INT |
"""
    draft, fields = read(root / "a", {"docs/database.md": bare}, "shop")
    assert [fields[n]["required"] for n in ("name", "city", "rating")] == [False, False, False]
    assert any("no column of shops" in d and "all 3 are optional" in d for d in draft.diagnostics)
    marked = bare.replace("| rating | INT |", "| rating | INT (nullable) |")
    _draft, fields = read(root / "b", {"docs/database.md": marked}, "shop")
    assert [fields[n]["required"] for n in ("name", "city", "rating")] == [True, True, False]


def test_a_dbml_file_in_docs_and_typescript_members_in_code_spans(root: Path) -> None:
    """A `docs/database.dbml` is the schema; `- \\`excerpt?: string\\` (trimmed, max 500)` bullets are TypeScript members
    (`?` optional, a quoted union an enum, `Date` a moment, `object` json); `userId: 1, createdAt: -1` indexes no column."""
    dbml = "Table events {\n  id integer [pk]\n  title varchar(120) [not null]\n  is_public boolean [default: false]\n}\n"
    draft, fields = read(root / "a", {"docs/database.dbml": dbml, "docs/API.md": "# API\n\nGET /api/events\n"}, "event")
    assert draft.spec["name"] == "event" and fields["title"] == {**fields["title"], "max_length": 120, "required": True}
    model = """# Story

## Fields

- `userId: string` (required)
- `author: object` (required; embedded user snapshot)
- `title: string` (required, trimmed, max 200)
- `excerpt?: string` (trimmed, max 500)
- `status: "draft" | "published"` (default `draft`)
- `tags: string[]` (trimmed, lowercased)
- `publishedAt?: Date`

## Indexes

- `userId: 1, createdAt: -1`
- `tags: 1, status: 1, publishedAt: -1`
"""
    draft, fields = read(root / "b", {"docs/database/models/story.md": model}, "story")
    assert sorted(fields) == ["author", "excerpt", "published_at", "status", "tags", "title"]
    assert fields["excerpt"] == {**fields["excerpt"], "required": False, "max_length": 500}
    assert fields["status"]["enum_values"] == ["draft", "published"] and fields["status"]["default"] == "draft"
    assert fields["author"]["type"] == "json" and fields["published_at"]["type"] == "datetime"
    assert not fields["tags"].get("index") and not fields["status"].get("index")


def test_values_listed_for_a_table_column_apart_and_in_a_comment(root: Path) -> None:
    """`### 活动状态 (activities.status)` over a value table lists activities.status (not matches.status); a COMMENT
    '类型(singles/doubles)' and 'NOT NULL (`CLT`, `PJ`)' on a `tipo_` column list theirs."""
    schema = """# 数据库设计

```sql
CREATE TABLE activities (
  id BIGINT PRIMARY KEY AUTO_INCREMENT,
  `type` VARCHAR(20) NOT NULL DEFAULT 'doubles' COMMENT '类型(singles/doubles/fixed-doubles)',
  `status` VARCHAR(20) NOT NULL DEFAULT 'registering' COMMENT '状态'
);
```

### 比赛状态 (matches.status)
| 状态 | 说明 |
|------|------|
| pending | 待开始 |
| confirmed | 已确认 |

### 活动状态 (activities.status)
| 状态 | 说明 |
|------|------|
| registering | 报名中 |
| playing | 比赛中 |
| finished | 已结束 |
"""
    _draft, fields = read(root / "a", {"docs/02-数据库设计.md": schema}, "activity")
    assert fields["status"]["enum_values"] == ["registering", "playing", "finished"]
    assert fields["type"]["enum_values"] == ["singles", "doubles", "fixed-doubles"]
    table = "# Banco de dados\n\n## profissionais\n\n| Coluna | Tipo | Restrições |\n|---|---|---|\n" \
            "| `nome` | VARCHAR(120) | NOT NULL |\n| `tipo_contrato` | VARCHAR(30) | NOT NULL (`CLT`, `PJ`, `AUTONOMO`) |\n"
    _draft, fields = read(root / "b", {"docs/banco-de-dados.md": table}, "profissional")
    assert fields["tipo_contrato"]["enum_values"] == ["CLT", "PJ", "AUTONOMO"]


def test_notion_properties_and_a_sheet_column_letter(root: Path) -> None:
    """A Notion database: properties named in words (`Gebucht von`), Title, Select with its options in the notes
    (words, numbers, a slash), Checkbox. `| Column | Field | Type |` over `| A | productId |`: the names are Field's."""
    notion = """# Datenmodell – Notion-Datenbanken

## 1. Buchungen

| Property | Typ | Werte / Hinweis |
|----------|-----|-----------------|
| Titel | Title | Auto |
| Platz | Select | Kura Ganz, Kura Halb A, Halle 2/3 |
| Startzeit | Select | 16:00, 16:30 … 21:30 |
| Dauer | Select | 60, 90, 180 |
| Gebucht von | Rich Text | Notion User-ID |
| Serienausnahme | Checkbox | Termin aus Serie herausgelöst |
"""
    _draft, fields = read(root / "a", {"docs/datenmodell.md": notion}, "buchung")
    assert sorted(fields) == ["dauer", "gebucht_von", "platz", "serienausnahme", "startzeit", "titel"]
    assert fields["platz"]["enum_values"] == ["Kura Ganz", "Kura Halb A", "Halle 2/3"]
    assert fields["dauer"]["enum_values"] == ["60", "90", "180"]
    assert fields["startzeit"]["type"] == "str"  # (a list that trails off is no closed list)
    assert fields["titel"]["type"] == "str" and fields["serienausnahme"]["type"] == "bool"
    sheet = """# Data Model

### 2. Variants (Sheet: `Variants`)

| Column | Field | Type | Constraints |
|--------|-------|------|-------------|
| A | id | string | PK |
| B | productId | string | FK → Products.id, required |
| C | variantName | string | required |
| E | currentStock | number | >= 0, default 0 |
"""
    _draft, fields = read(root / "b", {"specs/001-inventory/data-model.md": sheet}, "variant")
    assert sorted(fields) == ["current_stock", "product_id", "variant_name"]


def test_a_jpa_mapping_named_by_a_table_line_with_embedded_columns(root: Path) -> None:
    """"Tabela: `clientes`" names the bullets below it; "`logradouro`, `numero`, `cidade`: Colunas prefixadas" are
    columns too; a Java LocalDate is a date; data_ultima_atualizacao is the generated updated_at."""
    model = """# Data Model

## Mapeamento de Persistência (JPA)

Tabela: `clientes`
- `id`: UUID (PK)
- `nome`: VARCHAR(255)
- `logradouro`, `numero`, `cidade`: Colunas prefixadas (Embedded).
- `data_nascimento`: DATE
- `data_ultima_atualizacao`: TIMESTAMP

## Domínio

- `valorHora` (BigDecimal): valor
- `inicio` (LocalDate): início
"""
    draft, fields = read(root, {"specs/001-clientes/data-model.md": model}, "cliente")
    assert draft.spec["name"] == "cliente"
    assert sorted(fields) == ["cidade", "data_nascimento", "logradouro", "nome", "numero"]
    assert fields["cidade"]["type"] == "str"
    from backend_builder.spec.extract.types import classify
    assert classify("LocalDate") == "date" and classify("BigDecimal") == "decimal"


def test_a_column_named_like_a_python_keyword_is_drafted_under_a_legal_name(root: Path) -> None:
    """A character's `class` (a Python keyword, which FeatureSpec refuses) is drafted as class_value and the answer
    says so; the draft builds."""
    model = """# Data Model

### Character

| Field | Type | Notes |
|---|---|---|
| name | string | required |
| class | string | required |
| from | date | optional |
"""
    draft, fields = read(root, {"specs/002-backend-api/data-model.md": model}, "002-backend-api")
    assert sorted(fields) == ["class_value", "from_at", "name"]
    assert any(d.startswith("class (specs/002-backend-api/data-model.md:") and "is a Python keyword" in d
               for d in draft.diagnostics)
    sender = model.replace("| from | date | optional |", "| from | string | the sender's address |")
    _draft, fields = read(root / "b", {"specs/002-backend-api/data-model.md": sender}, "002-backend-api")
    assert "from_value" in fields  # (a date `from` reads as from_at, a sender's as from_value)


def test_a_status_listed_in_its_description_and_drawn_under_state_transitions(root: Path) -> None:
    """`- \\`status\\`: str - Current status (PENDING, PROCESSING, COMPLETED, FAILED)` lists the values; a
    '**State Transitions:**' drawing in the entity's section (a `v` under a `|` is an arrow) says where they start.
    A `category` is not drawn by it."""
    model = """# Data Model

### ProcessingTask

**Attributes:**
- `task_id`: str - Unique identifier for the task
- `status`: str - Current status (PENDING, PROCESSING, COMPLETED, FAILED)
- `category`: str - Kind of job (IMPORT, EXPORT)
- `progress`: int - Progress percentage (0-100)

**State Transitions:**
```
PENDING -> PROCESSING -> COMPLETED
              |
              v
            FAILED
```
"""
    _draft, fields = read(root, {"specs/001-tasks/data-model.md": model}, "processing_task")
    assert fields["status"]["enum_values"] == ["PENDING", "PROCESSING", "COMPLETED", "FAILED"]
    assert fields["status"]["default"] == "PENDING" and fields["status"]["required"] is False
    assert fields["category"]["enum_values"] == ["IMPORT", "EXPORT"] and "default" not in fields["category"]


def test_a_firestore_collection_named_by_its_path_and_an_array_of_objects(root: Path) -> None:
    """`## 3. \\`/employees/{employeeId}\\`` names the employees collection; "array of `{ label, amount }`" is json."""
    schema = """# DATABASE.md

## 3. `/employees/{employeeId}`

| Field | Type | Notes |
|---|---|---|
| `fullName` | string | Display name |
| `voluntaryDeductions` | array of `{ label, amount }` | Loans, union dues |
| `status` | `"active"` \\| `"inactive"` | Inactive employees are skipped |
"""
    draft, fields = read(root, {"DATABASE.md": schema}, "employee")
    assert draft.spec["name"] == "employee"
    assert fields["voluntary_deductions"]["type"] == "json" and fields["status"]["enum_values"] == ["active", "inactive"]


def test_a_labelled_list_of_required_fields(root: Path) -> None:
    """'- Campos obligatorios: `titulo`, `asignatura`' names the required fields of a schema that says nothing of
    presence; the others are optional (Django model bullets, `- \\`name\\` (CharField, max_length=100)`)."""
    model = """# Modelo de datos

### `Tarea`
- **Fields**:
  - `titulo` (CharField, max_length=100)
  - `asignatura` (CharField)
  - `descripcion` (TextField)
  - `entrega` (DateField)
"""
    spec = "# Tareas\n\n## Reglas\n\n- Campos obligatorios: `titulo`, `asignatura`.\n"
    draft, fields = read(root, {"specs/001-tareas/data-model.md": model, "specs/001-tareas/spec.md": spec}, "001-tareas")
    assert fields["titulo"] == {**fields["titulo"], "type": "str", "max_length": 100, "required": True}
    assert fields["asignatura"]["required"] is True
    assert fields["descripcion"] == {**fields["descripcion"], "type": "text", "required": False}
    assert fields["entrega"] == {**fields["entrega"], "type": "date", "required": False}


def test_a_capitalised_plural_heading_keeps_its_spelling_as_the_table(root: Path) -> None:
    """`## Buchungen` is the buchung whose table is buchungen (the default plural would spell buchungs);
    `## Tasks` keeps the default."""
    table = "| Property | Typ |\n|---|---|\n| Datum | Date |\n| Zweck | Rich Text |\n"
    draft, _ = read(root / "a", {"docs/datenmodell.md": f"# Datenmodell\n\n## Buchungen\n\n{table}"}, "buchung")
    assert draft.spec["name"] == "buchung" and draft.spec["plural"] == "buchungen"
    draft, _ = read(root / "b", {"docs/database.md": f"# Database\n\n## Tasks\n\n{table}"}, "task")
    assert draft.spec["name"] == "task" and draft.spec.get("plural", "tasks") == "tasks"


def test_enums_listed_one_per_line_in_a_block_and_named_by_a_column_note(root: Path) -> None:
    """Under an Enums heading, a plain block of `ReservationStatus: Pending, Confirmed` lines declares them; a column
    whose notes are only `` `ReservationStatus` `` takes that enum's values."""
    schema = """# DB schema

## 3. Enum chuẩn

```text
TableStatus: Available, Reserved, Occupied
ReservationStatus: Pending, Confirmed, Cancelled
```

## reservations

| Column | Type | Null | Note |
|---|---|---|---|
| guest_name | varchar(120) | No | |
| status | varchar(50) | No | `ReservationStatus` |
"""
    _draft, fields = read(root, {"docs/db-schema.md": schema}, "reservation")
    assert fields["status"]["enum_values"] == ["Pending", "Confirmed", "Cancelled"]


def test_a_word_of_the_title_counts_less_than_a_whole_name(root: Path) -> None:
    """"Web App for Massage Chair Booking" names no BookingOption: a title word that is only part of a name counts
    half, so the Appointment the prose talks about (and that the owner column marks) is read."""
    model = """# Data Model: Web App for Massage Chair Booking

### Appointment

- `id`: UUID (Primary Key)
- `user_id`: UUID (Foreign Key to User)
- `time_slot_id`: UUID (Foreign Key to TimeSlot)
- `payment_status`: Enum ("pending", "succeeded", "failed")

### BookingOption

- `name`: Text (e.g., "price")
- `value`: Text
"""
    spec = ("# Feature Specification: Web App for Massage Chair Booking\n\nA user books an appointment. Admins edit booking "
            "options; booking options set the price, and each booking option holds a value.\n")
    draft, _ = read(root, {"specs/001-build-a-web/data-model.md": model, "specs/001-build-a-web/spec.md": spec},
                    "001-build-a-web")
    assert draft.spec["name"] == "appointment"


def test_bare_names_of_links_and_hashtags_are_lists(root: Path) -> None:
    """A spec that lists only names: `mediaUrls` and `hashtags` hold several links or tags (a list of strings), while
    `cta` and `title` stay strings and `relatedIds` stays the list it already was."""
    schema = """# Database

## Main entities
1. **Workspace**: `id`, `name`, `slug`.
2. **Post**:
   - `id`, `workspaceId`, `title`, `caption`, `hashtags`, `mediaUrls`, `cta`, `relatedIds`.
"""
    _draft, fields = read(root, {"specs/database.md": schema}, "post")
    assert [fields[n]["type"] for n in ("title", "hashtags", "media_urls", "cta", "related_ids")] == [
        "str", "list[str]", "list[str]", "str", "list[str]"]


def test_a_bold_entity_name_wins_over_the_kind_its_words_give_it(root: Path) -> None:
    """`- **Task**: The main todo entity, with attributes: id (Integer, ...), title (String, 1-200 chars), ...`: the
    entity is Task (its bold name), not `todo` (the words "todo entity")."""
    spec = """# Feature Specification: Database Schema

### Key Entities

- **User**: The account entity managed by Better Auth, with attributes: id (String, Primary Key), email (String), name (String).
- **Task**: The main todo entity, with attributes: id (Integer, Primary Key), user_id (String, Foreign Key), title (String, 1-200 chars), description (Text, optional), completed (Boolean, default False).
"""
    draft, fields = read(root, {"specs/database/schema.md": spec}, "task")
    assert draft.spec["name"] == "task"
    assert list(fields) == ["title", "description", "completed"]


def test_a_list_that_trails_off_is_no_enum_and_a_capacity_counts(root: Path) -> None:
    """`'strength', 'cardio', etc.` is an example, not the values; a bare `capacity` is an int."""
    schema = """# Database

## sessions

| Column | Type | Notes |
|---|---|---|
| session_type | TEXT | 'strength', 'cardio', etc. |
| title | TEXT | |
"""
    _draft, fields = read(root / "a", {"docs/database.md": schema}, "session")
    assert fields["session_type"]["type"] == "text" and "enum_values" not in fields["session_type"]
    from backend_builder.spec.extract.bullets import name_type
    assert name_type("capacity") == "int"
