"""read_spec where a spec states one table in several places (issue 10): a diagram of some columns and a list of all
of them, a value table introduced by the column's qualified name, an array whose elements a section of their own
describes, and a feature named by the entity's words in another order."""

from __future__ import annotations

from pathlib import Path

from .spec_reading import read

# A feature folder that names the entity's words in the other order ---------------------------------------------------

BOOKING_MODEL = """# Modelo de Datos

```mermaid
erDiagram
    CANCHA ||--o{ TURNO_RESERVA : "es reservada en"
    CANCHA {
        string id PK "Identificador"
        string nombre "Nombre comercial de la cancha"
        number precioPorTurno "Precio base por turno"
        string descripcion "Descripción de la cancha"
        boolean activa "Indica si la cancha está operativa"
    }
    TURNO_RESERVA {
        string id PK "Código único de reserva"
        string canchaId FK "Referencia a la cancha reservada"
        string titularNombre "Nombre del titular"
        string fecha "Fecha del partido en formato AAAA-MM-DD"
        string fechaCreacion "Timestamp ISO de creación"
    }
```

## Formulario de reserva

```typescript
export interface FormularioReserva {
  titularNombre: string;  // Obligatorio
  fecha: string;          // Obligatorio, YYYY-MM-DD
}
```
"""

BOOKING_STORIES = """# Feature Specification: Reserva de Turnos de Fútbol

""" + "".join(f"- El usuario ve la cancha {n} del catálogo de canchas, con el nombre y el precio de la cancha.\n"
              for n in range(1, 7))


def test_a_feature_named_by_the_entitys_words_in_another_order(root: Path) -> None:
    """`001-reserva-turnos` names TURNO_RESERVA (turno + reserva, the same words in the other order), not only a word
    it shares with FormularioReserva, however much the stories talk of the Cancha; "Timestamp ISO de creación" on a
    string is a datetime."""
    draft, fields = read(root, {"specs/001-reserva-turnos/data-model.md": BOOKING_MODEL,
                                "specs/001-reserva-turnos/spec.md": BOOKING_STORIES}, "001-reserva-turnos")
    assert draft.spec["name"] == "turno_reserva"
    assert list(fields) == ["cancha_id", "titular_nombre", "fecha", "fecha_creacion"]
    assert fields["fecha"]["type"] == "date" and fields["fecha_creacion"]["type"] == "datetime"


# A diagram of typed columns, and a list of every column elsewhere -----------------------------------------------------

TABLES = """# 数据库设计

| 表名 | 用途 | 主要字段 |
| --- | --- | --- |
| `users` | 前台会员用户 | `id`、`name`、`phone`、`password` |
| `orders` | 订单主表 | `id`、`user_id`、`user_name`、`total`、`status`、`payment_review_status`、`created_at` |
"""

DIAGRAM = """# 数据库 ER 图说明

```mermaid
erDiagram
  users ||--o{ orders : creates
  orders {
    int id
    int user_id
    string user_name
    decimal total
    string status
    datetime paid_at
    datetime created_at
  }
```

## 订单状态

`orders.status` 用于描述订单生命周期：

| 状态 | 含义 |
| --- | --- |
| `pending_payment` | 已下单，等待用户支付 |
| `paid` | 管理员已确认收款 |
| `cancelled` | 用户取消 |
"""


def test_a_diagram_and_a_table_of_tables_give_one_tables_columns(root: Path) -> None:
    """`| \\`orders\\` | 订单主表 | \\`id\\`、\\`user_id\\`、... |` lists the columns in its last cell (a purpose between, names
    joined by 、): the one the ER diagram leaves out is kept, typed by its name and, like the diagram's, optional; the
    value table after "\\`orders.status\\` 用于描述..." closes the status column's values."""
    draft, fields = read(root, {"docs/数据库设计.md": TABLES, "docs/数据库ER图说明.md": DIAGRAM}, "order")
    assert draft.spec["name"] == "order"
    assert list(fields) == ["user_name", "total", "status", "paid_at", "payment_review_status"]
    assert fields["payment_review_status"]["type"] == "str"
    assert all(f["required"] is False for f in fields.values())
    assert fields["status"]["type"] == "enum"
    assert fields["status"]["enum_values"] == ["pending_payment", "paid", "cancelled"]
    assert any("payment_review_status" in d and "diagram" in d for d in draft.diagnostics)


def test_a_table_of_tables_with_the_columns_in_its_second_cell_still_reads(root: Path) -> None:
    """`| \\`orders\\` | id, user_id, total, note |`: the columns in the cell after the name, as before."""
    rows = "# Schema\n\n| Table | Columns |\n|---|---|\n| `orders` | id, user_id, total, note, created_at |\n"
    draft, fields = read(root, {"specs/schema.md": rows}, "order")
    assert draft.spec["name"] == "order" and list(fields) == ["total", "note"]


# An array whose elements a section of their own describes ------------------------------------------------------------

POSTS = """# DB 스키마

## Post

| 필드 | 타입 | 제약 | 설명 |
|------|------|------|------|
| `title` | String | required | 게시글 제목 |
| `content` | String | required | 게시글 내용 |
| `comments` | Array | - | 댓글 목록 (아래 참고) |
| `tags` | Array | - | 태그 |
| `createdAt` | Date | auto | 작성일 |

### Post.comments (Embedded)

| 필드 | 타입 | 설명 |
|------|------|------|
| `_id` | ObjectId | 자동 생성 |
| `content` | String | 댓글 내용 |
| `createdAt` | Date | 작성일 |
"""


def test_an_array_whose_elements_have_a_section_of_their_own_is_json(root: Path) -> None:
    """`comments | Array` with `### Post.comments (Embedded)` over the members' fields holds objects (json); `tags |
    Array`, which no section describes, stays a list of strings."""
    _draft, fields = read(root, {"docs/DB스키마.md": POSTS}, "post")
    assert fields["comments"]["type"] == "json"
    assert fields["tags"]["type"] == "list[str]"


# Money in a JavaScript number, named in another language or priced in a currency ----------------------------------------

def test_money_named_in_spanish_or_priced_in_a_currency_is_a_decimal(root: Path) -> None:
    """`precioTotal: number`, `total: number` and `| declaredValue | number | MVP cap: CNY 2000 |` hold money (decimal);
    `| weightKg | number | bag weight |` stays a float."""
    model = ("# Data Model\n\n### Shipment\n\n| Field | Type | Required | Notes |\n|---|---|---|---|\n"
             "| `declaredValue` | number | yes | MVP cap: CNY 2000 |\n| `weightKg` | number | yes | bag weight |\n\n"
             "```typescript\ninterface Reserva {\n  id: string;\n  precioTotal: number;\n  total: number;\n  nota: string;\n}\n```\n")
    _draft, fields = read(root / "a", {"docs/architecture/data-model.md": model}, "shipment")
    assert fields["declared_value"]["type"] == "decimal" and fields["weight_kg"]["type"] == "float"
    _draft, fields = read(root / "b", {"docs/architecture/data-model.md": model}, "reserva")
    assert fields["precio_total"]["type"] == "decimal" and fields["total"]["type"] == "decimal"
