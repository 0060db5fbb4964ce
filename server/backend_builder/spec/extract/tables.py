"""Markdown tables: `| Field | Type | Constraints |`, `| Column | Type | Nullable | Default |` and the like."""

from __future__ import annotations

import re

from backend_builder.spec.extract.constraints import (
    CJK_CONJUNCTION,
    STATE_NAMES,
    apply_words,
    bare_list,
    described_values,
    enum_values,
    notes_list,
    open_ended,
    option_list,
    parse_literal,
    settle_unmarked,
    unglossed,
)
from backend_builder.spec.extract.document import Document, Table
from backend_builder.spec.extract.raw import FUTURE, NO_DEFAULT, RawEntity, RawField, snake, without_accents
from backend_builder.spec.extract.types import classify, length_of

NAME_HEADERS = ("field", "column", "name", "attribute", "property", "フィールド", "カラム", "項目", "campo", "coluna",
                "columna", "属性", "tên", "trường", "thuộc tính", "champ", "key", "field name", "column name", "medan", "nama medan",
                "lajur", "kolom", "nama kolom", "nombre", "nome", "nom", "カラム名", "フィールド名", "項目名", "列名", "列",
                "字段", "字段名", "列名称", "컬럼", "컬럼명", "필드", "필드명", "속성", "feld", "feldname", "spalte", "colonne",
                "nom du champ", "欄位", "欄位名", "欄位名稱", "名稱", "名称", "字段名称", "cột", "tên cột", "tên trường", "alan",
                "alan adı", "sütun", "kolon", "pole", "kolumna", "поле", "столбец", "колонка", "атрибут", "имя поля", "название поля",
                "propriété", "propriete", "propriedade", "propiedad", "eigenschaft", "proprietà",
                "atributo", "atributos", "atribut", "attributes",
                # Hungarian, Dutch, Swedish, Danish and Norwegian, Czech, Finnish, Romanian, Greek
                "oszlop", "oszlopnév", "mező", "mezőnév", "veld", "veldnaam", "kolomnaam", "kolumn", "kolumnnamn", "fält",
                "fältnamn", "kolonne", "kolonnenavn", "felt", "feltnavn", "sloupec", "název sloupce", "sarake", "kenttä",
                "coloană", "coloana", "câmp", "camp", "στήλη", "πεδίο",
                "member")  # (`| Atributos | Propriedade |`: the attribute names; a class's `| Member |`)
TYPE_HEADERS = ("type", "data type", "datatype", "型", "tipo", "kiểu", "sql type", "db type", "python type", "format", "jenis",
                "jenis data", "tipe", "tipe data", "tipo de dato", "tipo de dados", "データ型", "型名", "類型", "类型",
                "数据类型", "prisma type", "ts type", "typescript type", "타입", "유형", "자료형", "데이터 타입", "데이터타입",
                "typ", "datentyp", "型別", "資料型別", "資料類型", "数据型别", "형태", "형식", "데이터 유형", "타입/형태",
                "存储类型", "字段类型", "儲存類型", "欄位類型", "veri tipi", "veri türü", "tip", "tür", "typ danych", "loại", "loại dữ liệu",
                "kiểu dữ liệu", "тип", "тип данных", "定义", "定義", "列定义", "字段定义",
                "típus", "adattípus", "gegevenstype", "datatyp", "datový typ", "tyyppi", "tietotyyppi", "tip de date", "τύπος",
                # (`| 列 | 定义 |`: `String(500), nullable=True`; a class's members: `private readonly string`)
                "visibility and type", "type and visibility")
PAREN_WORDS = {"enum", "optional", "required", "new", "existing", "managed", "deprecated", "future", "updated", "modified",
               "unchanged", "draft", "legacy", "internal", "external", "readonly", "view", "virtual", "derived", "phase",
               "mvp", "core", "main", "primary", "aggregate", "root", "abstract", "base", "mixin", "join", "junction",
               "pivot", "lookup", "reference", "planned", "proposed", "todo", "tbd", "wip", "sqlmodel", "pydantic",
               "prisma", "postgres", "postgresql", "sqlite", "mysql", "python", "typescript", "sql", "orm", "api", "dto"}
NOTES_HEADERS = (r"(notes?|notas?|description|desc|values?|allowed|options?|comments?|remarks?|meaning|rules?|constraints?|説明|備考|descripci|descri|"
                 r"observa|catatan|keterangan|huraian|penerangan|nilai|valores|説明|说明|說明|描述|备注|備註|約束|约束|取值|值域|설명|비고|제약|제약 조건|beschreibung|mô tả|ghi chú|ràng buộc|ý nghĩa|описание|примечани|ограничени|açıklama|kısıt|opis|ograniczeni|descrizione|vincol|restricci|restriç|contrainte|einschränk|batasan|kendala|"
                 r"megkötés|leírás|megjegyzés|omschrijving|beschrijving|opmerking|beperking|beskrivning|beskrivelse|"
                 r"kommentar|merknad|popis|poznámk|omezení|kuvaus|huomautu|rajoit|descriere|observați|constrânger|περιγραφή)")
EXAMPLE_HEADER = re.compile(r"(examples?|e\.g\.|sample|예시|예|例|示例|範例|样例|ejemplos?|exemplos?|beispiele?|exemples?|"
                            r"esempi[o]?|пример\w*|ví dụ|örnek|contoh|przykład)\b", re.IGNORECASE)
GENERIC = {"fields", "field", "columns", "column", "attributes", "schema", "properties", "table", "tables",
           "definition", "structure", "table definitions", "data model", "entity", "entities", "model", "models",
           "overview", "validation", "constraints", "details", "table structure", "schema definition",
           # the same words in the languages specs are written in: 'Campos:' names no entity
           "campos", "campo", "colunas", "coluna", "columnas", "columna", "atributos", "atributo", "propiedades",
           "propriedades", "estrutura", "estructura", "medan", "lajur", "atribut", "kolom", "bidang", "struktur",
           "項目", "フィールド", "カラム", "属性", "字段", "列", "specification", "spec", "layout", "design",
           "alanlar", "alan", "sütunlar", "kolonlar", "felder", "spalten", "champs", "colonnes", "campi", "colonne", "pola",
           "kolumny", "velden", "kolommen", "поля", "столбцы", "атрибуты", "các trường", "trường", "필드", "컬럼",
           # 'Propiedades y Tipos (C#)', 'Fields and Types': the words that join them
           "types", "type", "tipos", "tipo", "typen", "tipi", "and", "y", "e", "et", "und", "en", "og", "och", "i", "ve", "và",
           # 'Índices por Colección', 'Indexes': the indexes, of every table
           "index", "indexes", "indices", "índices", "índice", "indizes", "índexs", "by", "por", "per", "pour",
           "validación", "validação", "validierung", "validazione", "validations",
           # ('## Validation Rules' over '### Required Fields': the rules of the entity the document is about)
           "validation rules", "business rules", "field rules"}
GENERIC |= {word + "s" for word in GENERIC if word.isascii() and not word.endswith("s")}  # 'Field Definitions'


# A paragraph that introduces what follows in a sentence, not a name: "This table stores ...:".
SENTENCE = re.compile(r"^\W*(this|these|that|those|it|here|below|above|the following|following|each|every|stores|"
                      r"contains|holds|represents|defines|describes|tracks|used|we|our)\b", re.IGNORECASE)


# A default cell that says there is none, in the languages specs are written in.
NO_VALUE = {"-", "—", "–", "none", "(none)", "n/a", "null", "없음", "なし", "無し", "无", "無", "ninguno", "ninguna", "nenhum",
            "tiada", "keine", "aucun", "aucune", "nessuno", "không", "không có"}
# A default cell that says the backend fills the column in: no literal default, nothing the client must send.
SERVER_FILLED = re.compile(r"(?:(?:set|computed|generated|assigned|managed|filled)\s+by\s+(?:the\s+)?(?:server|system|backend|"
                           r"database|db)|(?:server|system|backend|database|db)[-\s]?(?:set|side|computed|generated|assigned|managed|"
                           r"filled)|auto(?:matic(?:ally)?)?[-\s]?(?:generated|set|computed|assigned)|automatic|computed|calculated|derived|"
                           r"generated)\W*", re.IGNORECASE)
# A code span's gloss in parentheses after it: '`manual` or `shuffled` (FR-BAL-04)', '`yahoo` (pre-filled)'
SPAN_GLOSS = re.compile(r"(`[^`]+`)\s*[(（][^()（）`]{1,60}[)）]")
# A cell that is one identifier, in code quotes or not: `orderedAt`, customer_id
IDENTIFIER_CELL = re.compile(r"`?[A-Za-z_][A-Za-z0-9_]*`?")
DEFAULT_HEADERS = ("default", "デフォルト", "padrão", "기본값", "standard", "défaut", "defecto", "默认", "默認", "預設", "既定",
                   "초기값", "初期値", "初始值", "初始値", "valor inicial", "valeur initiale", "anfangswert", "valore iniziale",
                   "giá trị mặc định", "varsayılan", "по умолчанию", "alapértelmezett", "standaard", "standaardwaarde",
                   "standardvärde", "standardverdi", "výchozí", "oletus", "oletusarvo", "implicit")
REQUIRED_HEADERS = ("required", "必須", "必选", "必選", "是否必选", "是否必選", "是否必填", "是否必须", "是否必需", "是否必須", "obrigat", "obrig.", "obbl", "oblig", "requer", "wajib", "diperlukan", "obligatori", "obligatoire", "必需", "必填", "필수", "pflicht",
                    "обязат", "obbligatori", "wymagan", "gerekli", "zorunlu", "requis", "erforderlich", "bắt buộc",
                    "kötelező", "verplicht", "obligatorisk", "povinn", "pakollinen", "obligatoriu")

# A Required column of a phase: `MVP 必需`, `v1 required`, `Phase 2 (obligatorio)`
PHASE_REQUIRED = re.compile(r"(?:mvp|v\d+|phase\s*\d+|p\d)\s*[(（]?\s*(\S+?)[)）]?\??")

# A heading over a topic's columns, not a table: 'Date fields', '日期相关字段', 'Campos de auditoría'
FIELDS_TOPIC = re.compile(r"(?:\bfields|\bcampos|\bchamps|felder|字段|欄位|フィールド|項目|필드)\b", re.IGNORECASE)


POCKETBASE_TYPES = {"text": "str", "editor": "text", "date": "datetime", "autodate": "datetime", "number": "float",
                    "email": "str", "url": "str", "relation": "str", "file": "str", "bool": "bool", "json": "json",
                    "select": "enum"}


def _col(header: list[str], names: tuple[str, ...]) -> int | None:
    lowered = [re.sub(r"[*`_]", "", h).strip().lower() for h in header]
    for i, h in enumerate(lowered):
        if h in names:
            return i
    for i, h in enumerate(lowered):
        if any(h.startswith(n) for n in names):
            return i
    return None


# A bold label that introduces the entity's name: '**Table**: `orders`', '**Entidad**: Pedido'.
NAMING_LABEL = re.compile(r"table|entit|model|collection|name|tabla|tabela|entidad|entidade|modelo|colecci|cole[cç][aã]o|nombre|nome|nom\b|"
                          r"表|テーブル|테이블|实体|實體|エンティティ|엔티티|コレクション|集合", re.IGNORECASE)


# Words that say what state a heading's entity is in, after its name: 'Categoria Persistida', 'Antenne existante'.
QUALIFIER = re.compile(r"(persistid[ao]s?|persistentes?|existentes?|existantes?|existing|nuev[ao]s?|nov[ao]s?|nouvel(le)?|nouveau|"
                       r"atualizad[ao]|actualizad[ao]|modificad[ao]|enriquecid[ao]|extendid[ao]|persisted|updated|"
                       r"extended|modified|enriched|stored|armazenad[ao]|almacenad[ao])", re.IGNORECASE)


# Kana, CJK ideographs and Hangul: a script that needs no space beside a Latin name.
CJK = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"


# A page of an API reference: '# POST /api/reservations/create-admin-reservation', its request and response sections
# ('#### BODY', '## Respuesta', '### Request body', '### Parâmetros') over the fields they carry.
ROUTE_HEADING = re.compile(r"[\W\d]*(?:HTTP\s+)?(?:GET|POST|PUT|PATCH|DELETE)\s+`?(/[^\s`]*|[A-Za-z_][\w.-]*/[^\s`]*)`?\W*",
                           re.IGNORECASE)  # (`### POST article/`, `### PUT category/:id`: the path without its first slash)
# A heading over the parameters a route or its query takes: '### URL Params', 'Query parameters', 'Parámetros de ruta'
PARAMS_HEADING = re.compile(r"[\W\d]*(?:(?:url|path|route|query|query\s+string|uri)\s+param(?:eter)?s|par[aáâ]m[eè]tros\s+(?:de\s+)?"
                            r"(?:(?:la\s+)?ruta|rota|url|consulta|query)|query\s+string|查询参数|查詢參數|路径参数|路徑參數|"
                            r"クエリパラメータ|パスパラメータ|쿼리\s*파라미터|경로\s*파라미터)\W*", re.IGNORECASE)
RESPONSE_WORD = re.compile(r"respon|respuesta|resposta|r[ée]ponse|antwort|r[üu]ckgabe|ausgabe|risposta|odpowied", re.IGNORECASE)
PAYLOAD_HEADING = re.compile(
    r"[\W\d]*(?:(?:request|response|json|form)\s+)?(?:body|payload|request|response|parameters|params|arguments|args|fields|attributes|(?<=form )data|"
    r"field(?=\s+descriptions?|\s+definitions?)|"
    r"cuerpo|solicitud|respuesta|par[aáâ]m[eè]tr[oe]s|corpo|requisi[cç][aã]o|resposta|requ[eê]te|r[ée]ponse|anfrage|antwort|"
    r"eingaben?|r[üu]ckgabe|ausgabe|"  # (German: 'Eingabe' is what a request sends, 'Rückgabe' what it answers)
    r"parametry|parametri|cia[łl]o|odpowied[źz]i?|richiesta|risposta)"  # (Polish 'Parametry zapytania', Italian 'Corpo della richiesta')
    r"(?:\s+(?:de\s+(?:la\s+)?|della\s+)?(?:request|response|body|solicitud|respuesta|resposta|requisi[cç][aã]o|para\s+la\s+solicitud|"
    r"zapytania|[żz][ąa]dania|odpowiedzi|richiesta|risposta|"
    r"parameters|fields|schema|shape|descriptions?|definitions?))*\W*", re.IGNORECASE)  # ('Request schema:', 'Body schema:',
# 'Field descriptions:')


def route_resource(route: str) -> str | None:
    """The resource a route acts on: the first named segment after any `api`/version prefix, or a later one that
    follows a parameter (`/projects/{id}/tasks`); a name after the resource without a parameter between them is an
    action on it (`/api/reservations/checkout/:id`, `/api/reservations/create-admin-reservation`)."""
    parts = [p for p in route.split("?")[0].split("/") if p]
    resource = None

    def parameter(at: int) -> bool:
        return 0 <= at < len(parts) and bool(re.match(r"[{:<\[]|\d+$", parts[at]))

    for i, part in enumerate(parts):
        if parameter(i) or not re.fullmatch(r"[A-Za-z][\w-]*", part):
            continue
        if resource is None and re.fullmatch(r"api|v\d+(?:\.\d+)?|rest", part, re.IGNORECASE):
            continue
        # (after a parameter, a plural or a segment a parameter follows is a sub-resource; `complete` is an action)
        if resource is None or parameter(i - 1) and (parameter(i + 1) or part.endswith("s")):
            resource = part.replace("-", "_")
    return resource


def route_heading(headings: list[str] | tuple[str, ...]) -> tuple[int, re.Match[str]] | None:
    """The heading that is an API reference page's route (`# POST /api/reservations`) and its place among them."""
    return next(((i, route) for i, h in enumerate(headings) if (route := ROUTE_HEADING.fullmatch(h.replace("*", "")))), None)


# Words that qualify a heading of a table's columns: '### Suggested Attributes' names no entity, the heading above does.
COLUMN_QUALIFIERS = {"suggested", "proposed", "key", "core", "main", "initial", "required", "optional", "persisted",
                     "stored", "additional", "other", "common", "base", "shared", "basic", "standard", "general", "extra"}


def _columns_heading(heading: str) -> bool:
    """'Suggested Attributes', 'Key Fields': a heading for the columns themselves, naming no entity."""
    words = re.findall(r"\w+", re.sub(r"[(（][^()（）]*[)）]", " ", heading).lower())  # ('Shared core (relational)')
    return any(word in COLUMN_QUALIFIERS for word in words) and all(word in GENERIC or word in COLUMN_QUALIFIERS
                                                                     for word in words)


def _subject(headings: list[str] | tuple[str, ...]) -> str:
    """The nearest heading that is not one for the columns themselves ('Suggested Attributes' under '## Warehouse')."""
    return next((heading.strip() for heading in reversed(headings) if not _columns_heading(heading)), "")


def _payload(heading: str) -> bool:
    """A heading over what a request sends or a response answers ('Request Body', 'Form Data / Request Body')."""
    return all(PAYLOAD_HEADING.fullmatch(part) for part in heading.replace("*", "").split(" / "))


payload_heading = _payload  # (for the example reader: a block under a route's 'Request Body' label is what it sends)


def sent_table(headings: list[str] | tuple[str, ...]) -> bool:
    """A table on a `POST /api/appointments` page under its '#### Request Body' label: what a create sends."""
    routed = route_heading(headings)
    return bool(routed and re.match(r"[\W\d]*POST\b", routed[1].group(0), re.IGNORECASE) and headings[routed[0] + 1:] and all(
        _payload(below) and not RESPONSE_WORD.search(below) and not PARAMS_HEADING.fullmatch(below.replace("*", ""))
        for below in headings[routed[0] + 1:]))


def entity_name(headings: list[str]) -> str | None:
    """The nearest heading that names something: '### tasks (Managed by Application)' -> 'tasks'."""
    headings = list(headings)
    while len(headings) > 1 and headings[-1].rstrip().endswith((":", "：")) and len(headings[-1].split()) >= 6 and not (
            headings[-1].lstrip().startswith("**")):
        headings.pop()  # ('To create a new property, provide the following details in the request body:': prose)
    routed = route_heading(headings)
    if routed and all(_payload(below) for below in headings[routed[0] + 1:]) and (
            resource := route_resource(routed[1].group(1))):
        return resource  # (the body or the response on an API reference's page for `POST /api/reservations`)
    for number, heading in reversed(list(enumerate(headings))):
        if _columns_heading(heading):
            continue  # '### Suggested Attributes' under '## Warehouse'
        if number and _payload(heading) and not RESPONSE_WORD.search(heading):
            continue  # '#### Parâmetros' under '### Criar Paciente': the request's label, the heading above names it
        if re.fullmatch(r"\s*\*\*\s*(?:status|state|estado|statut|stato|note|notes|version|priority|phase|progress|owner|"
                        r"last\s+updated|updated|implementation)\s*[:：][^*]*\*\*\s*", heading, re.IGNORECASE):
            continue  # '**Status: 🟡 Partially Implemented**' under `## Posts`: a note on the table, no name
        declared = re.match(r"\s*(?:\d+(?:\.\d+)*[.)]?\s+)?`?(?:(?:data|abstract|sealed|public)\s+)?class\s+([A-Z]\w*)\b", heading)
        if declared:
            return declared.group(1)  # "3.2 `class Paper(Base)`（`__tablename__ = \"papers\"`）": the class it declares
        labelled = re.fullmatch(r"\s*(?:\d+(?:\.\d+)*[.)]?\s+)?(?:[A-Za-z]+\s+){0,2}(?:entity|table|entidad|entidade|tabla|tabela|entit[ée]|tabelle|"
                                r"entität)\s*(?:\d+\s*)?(?:[:：]|\s[—–-])\s*`?([A-Za-z_][\w-]*(?:\.[A-Za-z_]\w*)*)`?\s*"
                                r"(?:[(（][^()（）]*[)）]\s*)?", heading, re.IGNORECASE)
        if labelled:
            # "## Entity: properties", "## Example Entity: `system_health`", "Entidad: Client (NUEVA)"; "### Table:
            # `coquito-requests`" (DynamoDB's hyphens: the name in snake_case)
            name = labelled.group(1).replace("-", "_").split(".")
            # ('## Entity 1 — `estate.credit.check`': an Odoo model, stored in the table its dots name with underscores)
            return "_".join(name) if len(name) > 2 and labelled.group(1).islower() else name[-1]
        paired = re.fullmatch(r"\s*(?:\d+(?:\.\d+)*[.)]?\s+)?`?([A-Z][A-Za-z0-9]*)`?\s*/\s*`?[A-Z][A-Za-z0-9]*`?\s*", heading)
        if paired:
            return paired.group(1)  # "## Player / PlayerSQL": one entity and the class that stores it
        if re.match(r"\W*(data\s*model|data\s+dictionar(?:y|ies)|dicion[aá]rio\s+de\s+dados|diccionario\s+de\s+datos|"
                    r"dictionnaire\s+de\s+donn[ée]es|数据字典|データ辞書|데이터\s*사전|modelo\s+de\s+dad?os|mod[èe]le\s+de\s+donn[ée]es|datenmodell|model\s+danych|"
                    r"veri\s+modeli|数据模型|データモデル|데이터\s*모델|api\s*(?:contracts?|spec(?:ification)?s?|契約|仕様|契约|规范|"
                    r"계약|명세)|contrato\s+(?:de\s+)?(?:la\s+)?api|contrat\s+d'api|api-vertrag)(?=\W|$)", heading, re.IGNORECASE):
            continue  # "# Data Model: Gestão de Contratos", "# API契約: RSSリーダー": the document's title, naming no table
        if re.fullmatch(r"[\W\d]*(?:(?:estructura|estrutura|structure|struktur|shape|forma|esquema|schema)\s+(?:(?:del?|do|da|of(?:\s+the)?|"
                        r"des?|du)\s+)?(?:documento?s?|documents?|dokuments?)|(?:documento?|document)\s+(?:structure|shape|schema|"
                        r"estructura|estrutura))\W*", heading, re.IGNORECASE):
            continue  # '#### Estructura del Documento:' over a MongoDB document's fields: the heading above names it
        if re.fullmatch(r"[\W\d]*`?[\w-]+\.(?:json|ya?ml|toml|xml|csv|ini)`?(?:\s+(?:schema|format|file|fields|structure))?\W*",
                        heading, re.IGNORECASE):
            continue  # '# meta.json schema': a file's layout; what the file holds is named by the user, or above
        if heading.rstrip().endswith((":", "：")) and re.search(r"`[^`]*[/.][^`]*`", heading):
            continue  # 'Formato `multipart/form-data`:': a sentence that introduces the table, naming a format
        # 'Stores all user tasks:' is a sentence; a heading that is the one word `stores` names the table
        sentence = bool(SENTENCE.match(heading)) and len(re.findall(r"\w+", heading)) > 1
        qualified = re.fullmatch(r"(?:\d+(?:\.\d+)*[.)]?\s+)?\W*`?(?:[A-Za-z_]\w*\.)+([A-Za-z_]\w*)`?\W*", heading)
        if qualified:  # `cust.customer`, dbo.Tickets: the schema-qualified table; '1.2. cases.Case': a Django app's model
            return qualified.group(1)
        path = re.fullmatch(r"[\s\d.)]*`?(/[\w{}:/-]+|[\w-]+(?:/[\w{}:-]+)*/\{\w+\})`?\s*(?:\(.*\))?\s*", heading)
        if path and (segments := [p for p in path.group(1).split("/") if p and not re.match(r"[{:]", p)]):
            return segments[-1]  # "## 3. `/employees/{employeeId}`", "### `jobs/{jobId}`": a Firestore collection, by its path
        ticked = re.findall(r"`([A-Za-z_]\w*)`", heading)
        if re.fullmatch(r"\s*(?:\d+(?:\.\d+)*[.)]?\s+)?`[A-Za-z_]\w*`\s*", heading):
            return ticked[0]  # "### 3. `Tables`": a table's own name, even one that is a common word (properties)
        remark = re.fullmatch(r"\s*(?:\d+(?:\.\d+)*[.)]?\s+)?([A-Z][A-Za-z0-9]*)\s*[(（]([^()（）]*)[)）]\s*", heading)
        if remark and ticked and len(re.findall(r"[^\W\d_]+", re.sub(r"`[^`]*`", "", remark.group(2)))) >= 3:
            return remark.group(1)  # "### Breed (reference; names localized in app i18n by `code`)": a remark, naming a column
        if len(ticked) == 1 and ticked[0].lower() not in GENERIC and not sentence and ":" not in heading \
                and not heading.lstrip().startswith("**"):  # (not a label such as "**Table**: `projects_project`")
            return ticked[0]  # "Full `students` column list after migration": the identifier in code names it
        label = re.match(r"\*\*([^*]+?)(?::\*\*|\*\*\s*[:：])\s*(.*)$", heading.strip())
        value = label.group(2).strip().strip("`") if label and NAMING_LABEL.search(label.group(1)) else ""
        if re.fullmatch(r"[A-Za-z_][\w.-]*[<{$][^`\s]*", value):
            continue  # '**DynamoDB Table**: `bookrover-inventory-<env>`': a resource per environment; the heading names it
        if label and not NAMING_LABEL.search(label.group(1)) and not re.fullmatch(r"`?[A-Za-z_]\w*`?", label.group(2).strip()):
            continue  # '**Firestore path**: `/locations/{id}`', '**Embedded in**: `Location.submitterInfo`': not its name
        if re.match(r"^\*\*[^*]+(?::\*\*|\*\*\s*:)\s*\S+(?:\s+\S+){2,}", heading):
            continue  # '**Description**: Stores todo tasks with...' is a sentence, not a name
        if (sentence or (heading.rstrip().endswith(":") and len(re.findall(r"\w+", heading)) > 5)) and (
                not re.search(r"`\w+`|[（(]\s*`?\w+`?\s*[)）]", heading)):
            continue  # 'This table stores all user tasks:', 'Existing columns are unchanged. The following are ADDED:'
            # introduce the table; the heading above names it
        tabled = re.search(r"[（(]\s*(?:(?:table|tabla|tabela|collection)\s*[:：]?\s*`?([A-Za-z_]\w*)`?|`?([A-Za-z_]\w*)`?\s+"
                           r"(?:table|collection))\s*[)）]", heading, re.IGNORECASE)
        if tabled:
            return tabled.group(1) or tabled.group(2)  # '5.1 Saved Vehicle Data (vehicles table)': the table it names
        paren = re.findall(r"[（(]\s*`?([A-Za-z_][A-Za-z0-9_]*)`?\s*[)）]", heading)
        qualifier = re.fullmatch(r"[a-z]{3,}ed|persistent|transient|immutable|singleton|embeddable", paren[-1].lower()) if paren else None
        # (and capitalised: 'Entity: AI Provider (Extended)')
        before = re.sub(r"^\s*(\d+[a-z]?[.)]\s*)+|[`*]|[^\w\s.-]", "", re.split(r"[（(]", heading)[0]).strip()  # (and an emoji: '📅 Appointments')
        named_before = re.fullmatch(r"[A-Z][A-Za-z0-9]*|[a-z][a-z0-9]*_[a-z0-9_]+|[A-Z][A-Z0-9]*_[A-Z0-9_]+", before) and before.lower() not in GENERIC
        if paren and len(paren[-1]) >= 3 and paren[-1].lower() not in GENERIC | PAREN_WORDS and not qualifier \
                and not named_before:  # ('6. Booking (Rezerwacja)': the identifier before it names it, the rest translates)
            # タスク (tasks), Tabla de tareas (tareas): the identifier in parentheses names the table
            # ('Record (persisted)' says what the Record is: an adjective qualifies, it does not name)
            return paren[-1]
        text = re.sub(r"[（(][^)）]*[)）]", " ", heading)
        text = re.sub(r"^\s*(\d+[a-z]?[.)]\s*)+", "", text)
        text = re.sub(r"`|\*", "", text)
        text = re.sub(r"\b(table|tabla|tabela|jadual|bảng|tablo|tablosu|tabel|tabella|tabelle|(?:data\s+)?model|modelo|entity|entidad|entidade|entiti|schema|esquema|skema|"
                      r"aggregate(?:\s+root)?|agregado|agr[ée]gat|"
                      r"collection|colección|coleção|definition|definición|definição)\b[:\s]*", " ", text, flags=re.IGNORECASE)
        text = re.sub(r"(?<=\w)\s+(?:endpoints?|routes?)\s*$", " ", text, flags=re.IGNORECASE)  # ('Book Endpoints': the book's)
        sub = re.match(r"\s*([A-Za-z]\w*(?:\s+[A-Za-z]\w*)?)\s+(?:sub-?documents?|embedded\s+(?:documents?|objects?)|nested\s+objects?)\b",
                       text, re.IGNORECASE)
        if sub:  # ('Order item subdocument (`_id: false`):' under `### Order`: the order item, held inside the order)
            return "_".join(sub.group(1).split())
        # ('The reservation object', Stripe's way; 'Donation Object Reference')
        text = re.sub(r"^\s*(?:the\s+)?(\w+)\s+object(?:\s+(?:reference|schema|model|definition|fields|attributes))?\s*$", r"\1",
                      text, flags=re.IGNORECASE)
        text = re.sub(r"\b(de|da|do|del|dos|das|la|el|los|las|les|des|du)\b", " ", text, flags=re.IGNORECASE)
        text = re.sub(r"(?<=\w)\s+(?:work)?sheet\b", " ", text, flags=re.IGNORECASE)  # '6. Bookings Sheet': a spreadsheet's table
        text = re.sub(r"(?<=[a-z])/[A-Z][A-Za-z]*(?:\s+[A-Z][A-Za-z]*)*\s*$", " ", text)  # ('Products/Listings': two words for one)
        if re.search(r"[:：]\s*\w", text) is None:
            text = re.sub(r"[:：\-–—].*$", "", text)
        else:  # 'Table: tasks' is the tasks; '### attendances:出席記録' the attendances, translated after the colon
            tail = text.split(":")[-1]
            text = tail if re.search(r"[A-Za-z]", tail) else re.split(r"[:：]", text)[0]
        text = re.sub(rf"(?<=[A-Za-z0-9])(?=[{CJK}])|(?<=[{CJK}])(?=[A-Za-z])", " ", text)  # `recordsテーブル`: records
        first = next((part for part in re.split(r"[^\w\s]+", text) if re.search(r"[^\W\d]", part)), "")
        latin = re.findall(r"[^\W\d]\w*", first)  # (the name part: 'Reservation.java ✅ ĐÃ CẢI THIỆN' is a Reservation)
        if len(latin) >= 3 and sum(not w.isascii() for w in latin) * 2 > len(latin) and not any(
                w.isascii() and re.search(r"[a-z][A-Z]|_", w) for w in latin):
            continue  # 'Quy Tắc Xác Thực' (validation rules): a Vietnamese phrase whose one ASCII word names nothing
        words = [w for w in re.findall(r"[^\W\d]\w*", text) if w.isascii()] or ([
            without_accents(w) for w in re.findall(r"[^\W\d]\w*", text) if without_accents(w).isascii()]
            if re.fullmatch(r"[\s\d.)]*[^\W\d]+\s*", heading) or re.fullmatch(r"\s*[^\W\d]+\s*[(（][^()（）]*[)）]\s*", heading)
            else [])  # ('Endereço (subentidade de Cliente)': one word and a remark)
        # ('Criação de Pet' is the Pet, 'Criação — `POST /pets`' no name; '## Usuário', one word alone, the Usuario)
        # ('Updated Garden Plant Schema': the GardenPlant, as this change leaves it)
        words = [w for w in words if w.lower() not in GENERIC and w.lower() not in (
            "the", "a", "an", "new", "core", "updated", "enhanced", "revised", "extended", "modified", "amended",
            "management", "documentation")]  # ('Property Management API Documentation': the Property)
        words = words[:1] + [w for w in words[1:] if not QUALIFIER.fullmatch(w)]  # 'Categoria Persistida': a Categoria
        if len(words) >= 2 and (words[1][:1].islower() and words[0].lower() in ACTION_VERBS or re.fullmatch(
                r"(?:creat|add|updat|edit|delet|remov|list|fetch|retriev|register|submitt|manag)ing", words[0].lower())):
            words = words[1:]  # ('### Create product', '### Creating a New Patient' over the body's bullets: the product)
        if words and text.strip().lower() not in GENERIC:
            acronym = words[0].isupper() and len(words) > 1 and words[1][0].isupper() and not words[1].isupper()
            if words[0][0].isupper() and (not words[0].isupper() or acronym):
                title = []  # "Blog Post", "Daily Check In", "AI Assistance Request": a Title Case phrase names one entity
                for word in words[:3]:
                    if not word[0].isupper() or (word.isupper() and not (acronym and not title)):
                        break
                    title.append(word)
                return "_".join(title) if len(title) > 1 else words[0]
            return words[0] if len(words) == 1 or words[0][0].isupper() or "_" in words[0] else "_".join(words[:3])
    return None


# A heading's first word that asks for something to be done to what the next words name ('Create product')
ACTION_VERBS = {"create", "add", "new", "update", "edit", "delete", "remove", "list", "get", "fetch", "retrieve", "show", "register",
                "submit", "post", "put", "patch", "criar", "crear", "cadastrar", "registrar", "atualizar", "actualizar", "créer",
                "ajouter", "erstellen", "anlegen"}


OWNER_HEADERS = ("entity", "entité", "entite", "entidad", "entidade", "entität", "table", "table name", "tabla", "tabela",
                 "tabelle", "テーブル", "テーブル名", "表", "表名", "엔티티", "테이블", "테이블명", "bảng", "tablo", "таблица")
PHYSICAL = re.compile(r"physi|physique|f[íi]sico|physisch|物理|sql|db\b|database", re.IGNORECASE)


def _by_owner(table: Table) -> list[Table]:
    """A data dictionary with an Entity column (`| Entité | Propriété | Type | ...`): one table per entity it names."""
    owner = next((i for i, h in enumerate(table.header) if re.sub(r"[*`]", "", h).strip().lower() in OWNER_HEADERS), None)
    if owner is None or _col(table.header, NAME_HEADERS) in (None, owner):
        return [table]
    groups: dict[str, list[tuple[int, list[str]]]] = {}
    current = None
    for line, cells in table.rows:
        if len(cells) > owner and re.fullmatch(r"`?[^\W\d][\w ]{0,40}`?", cells[owner].strip()):
            current = cells[owner].strip("` ")
            groups.setdefault(current, []).append((line, cells))
        elif len(cells) > owner and not cells[owner].strip() and current is not None:
            groups[current].append((line, cells))  # (an empty owner cell: the row is the entity above's, as merged)
    if len(groups) < 2:
        return [table]
    return [Table(headings=[*table.headings, f"`{name}`"], line=rows[0][0], header=table.header, rows=rows)
            for name, rows in groups.items()]


def _type_col(header: list[str]) -> int | None:
    """The type column; of a logical and a physical one (`Type logique`, `Type physique`), the physical."""
    first = _col(header, TYPE_HEADERS)
    if first is None:  # `| Field | Mongoose Type | ...`, `| Column | Postgres type |`: the type, as some layer writes it
        first = next((i for i, h in enumerate(header) if re.fullmatch(r"[\w.+# -]{2,20}\s+(type|datatype)", re.sub(
            r"[*`_]", "", h).strip(), re.IGNORECASE) and i != _col(header, NAME_HEADERS)), None)
    physical = [i for i, h in enumerate(header) if i != first and _col([h], TYPE_HEADERS) == 0 and PHYSICAL.search(h)]
    return physical[0] if physical and first is not None and not PHYSICAL.search(header[first]) else first


CATALOG_NAME = re.compile(r"(テーブル名|テーブル|table name|table|表名|数据表|테이블명|테이블|tabla|tabela|tabelle|nom de la table)\s*$",
                          re.IGNORECASE)


def _catalogue(doc: Document) -> dict[str, str]:
    """A list of the tables (`| テーブル名 | 備考 |` over `| investment_info | 銘柄情報 |`): each description, and the
    table it names, for sections whose heading says only the description (`## 投資銘柄情報テーブル`)."""
    out: dict[str, str] = {}
    for table in doc.tables:
        name_col = next((i for i, h in enumerate(table.header) if CATALOG_NAME.search(h.strip().strip("*"))), None)
        if name_col is None:
            continue
        for _line, cells in table.rows:
            name = cells[name_col].strip("`* ") if len(cells) > name_col else ""
            if not re.fullmatch(r"[A-Za-z_]\w*", name):
                continue
            for i, cell in enumerate(cells):
                words = cell.strip("`* ")
                if i != name_col and len(words) >= 2 and not re.search(r"[A-Za-z]", words) and re.search(r"[^\W\d_]", words):
                    # (a description in words, not the row's number: `| 12 | price | 価格履歴 |`)
                    out.setdefault(words, name)
    return out


def _catalogued(headings: list[str], catalogue: dict[str, str]) -> str | None:
    """The table a heading with no name of its own describes, as the list of tables says."""
    nearest = headings[-1] if headings else ""
    if not catalogue or re.search(r"[A-Za-z]", nearest):
        return None
    found = [(len(words), name) for words, name in catalogue.items() if words in nearest]
    return max(found)[1] if found else None


# A cell that says yes, in a Unique or Index column.
YES_MARKS = ("yes", "true", "y", "✓", "✔", "✅", "○", "◯", "sí", "si", "sim", "oui", "ja", "是", "はい", "예", "evet", "tak",
             "có", "x")
# A legend that names a short column header for nullability: `**N** = nullable`, `NN: NOT NULL`.
# `Date?`, `string? (ISO)`: a language's type that may be absent, maybe with a note in parentheses
MAY_BE_ABSENT = re.compile(r"[A-Za-z_][\w<>\[\]., ]*\?(?:\s*\([^()]*\))?")
LEGEND = re.compile(r"(?:\*\*|`)(\w{1,4})(?:\*\*|`)\s*[=:：]\s*(nullable|null|optional|not\s+null|required|可空|必須|必须)\b",
                    re.IGNORECASE)


def legend_marks(text: str) -> dict[str, str]:
    """Short headers a legend explains, to the header they stand for ('n' -> 'nullable', 'nn' -> 'required')."""
    out = {}
    for match in LEGEND.finditer(text):
        meaning = match.group(2).lower()
        out[match.group(1).lower()] = "required" if meaning in ("not null", "required", "必須", "必须") else "nullable"
    return out


# Bold labels over a table's key or index bullets (DynamoDB's), which name no table of their own.
KEY_LABEL = re.compile(r"^\*\*\s*(?:(?:global|local)\s+secondary\s+index|primary\s+key|partition\s+key|sort\s+key|GSI\d*|LSI\d*|"
                       r"indexes|indices|index)\b", re.IGNORECASE)


def _introduced(doc: Document, table: Table) -> str | None:
    """The class a paragraph names just above the table, when the heading names a file, not the entity:
    `## Domain entity — domain/catalog/entities.py` over "`Product` is a frozen dataclass ...": Product."""
    if not table.headings or not re.search(r"`[^`]*[/.][^`]*`", table.headings[-1]):
        return None
    said = [p for p in doc.paragraphs if p.headings == table.headings and p.line < table.line]
    named = re.match(r"\s*`([A-Z][A-Za-z0-9]+)`\s+(is|are|represents|holds|describes|models)\b", said[-1].text) if said else None
    # (or `### 2. \`migrations/002_create_short_links.sql\`` over "Creates the `short_links` table for ...")
    created = re.match(r"\s*(?:creates?|defines?|adds?|holds?)\s+(?:the\s+)?`([A-Za-z_]\w*)`\s+(?:table|collection)\b", said[-1].text,
                       re.IGNORECASE) if said else None
    return named.group(1) if named else created.group(1) if created else None


PHYSICAL_NAME = re.compile(r"\W*(?:物理名|物理テーブル名|テーブル名|表名|物理表名|테이블명|물리명|physical\s+name|physical\s+table(?:\s+name)?|"
                           r"table\s+name|nombre\s+f[íi]sico|nom\s+physique|nome\s+f[íi]sico)\W*[:：]\s*`?([A-Za-z_]\w*)`?\s*",
                           re.IGNORECASE)


def _among_tables(doc: Document, table: Table) -> str | None:
    """`## properties` over a column table, beside `## amenities`, `## photos`, `## room_type`: one of a list of tables
    each headed by its bare lower-case name, so this word, generic elsewhere ('Properties:'), names a table too."""
    last = table.headings[-1].strip().strip("`") if table.headings else ""
    if not re.fullmatch(r"[a-z][a-z0-9_]*", last) or last not in GENERIC:
        return None
    others = [t.headings[-1].strip().strip("`") for t in doc.tables if t is not table and t.headings
              and len(t.headings) == len(table.headings)]
    named = [h for h in others if re.fullmatch(r"[a-z][a-z0-9_]*", h) and h not in GENERIC]
    return last if len(named) >= 2 else None


def _own_key(table: Table, name_col: int) -> str | None:
    """`reservation_id` | Stable identifier for the reservation: a table whose first row is its own key, under a
    heading that names only the document (`# Data Dictionary — Study Room Reservation`): the reservation."""
    first = table.rows[0][1] if table.rows else []
    key = re.fullmatch(r"`?([A-Za-z][A-Za-z0-9]*?)_?(?:id|Id|ID)`?", first[name_col].strip("* ")) if len(first) > name_col else None
    said = " ".join(cell for i, cell in enumerate(first) if i != name_col)
    if key and re.search(r"\b(?:primary\s+key|pk|identifier|identificador|identifiant|identifikator|unique\s+id)\b", said,
                         re.IGNORECASE):
        return key.group(1)
    return None


def _topic_sections(tables: list[Table]) -> set[tuple[str, ...]]:
    """The headings of tables that are topics of one entity's columns: three or more tables of columns and types, each
    under a heading of words (not an identifier) below the same heading, which is an identifier (`ProjectMonthRecord`)."""
    siblings: dict[tuple[str, ...], list[Table]] = {}
    for table in tables:
        if len(table.headings) >= 2 and _col(table.header, NAME_HEADERS) is not None and _type_col(table.header) is not None:
            siblings.setdefault(tuple(table.headings[:-1]), []).append(table)
    out = set()
    for parent, group in siblings.items():
        owner = parent[-1].strip()
        if len(group) >= 3 and re.fullmatch(r"[\d.\s]*`?[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+`?|[\d.\s]*`[a-z][a-z0-9_]*`", owner) and all(
                not re.fullmatch(r"[\W\d]*`?[A-Za-z_][\w]*`?[\W]*", t.headings[-1]) for t in group):
            out |= {tuple(t.headings) for t in group}
    return out


def attributes_heading(heading: str) -> bool:
    """'🔑 Atributos', 'Fields', 'Columns': a heading over an entity's columns that names nothing itself."""
    words = re.findall(r"[^\W\d_]+", heading.lower())
    return bool(words) and all(word in GENERIC or word in ATTRIBUTE_WORDS for word in words) and any(
        word in ATTRIBUTE_WORDS for word in words)


ATTRIBUTE_WORDS = {"fields", "attributes", "columns", "properties", "campos", "atributos", "colunas", "columnas", "champs",
                   "attributs", "felder", "attribute", "atribut", "属性", "フィールド", "カラム", "字段", "필드", "컬럼", "속성"}


STARRED = re.compile(r"\s*`?[A-Za-z_]\w*`?\s*\\?\*\s*")  # `title *`: a name with the mark of a field one must send


def _anchored_list(doc: Document, anchor: str) -> list[str] | None:
    """The values listed under the heading a link points to (`[Job Status](#job-status)` to `#### Job Status
    {#job-status}` over `- Pending`, `- Published`): two or more short words, one an item."""
    heading = next((title for _line, _level, title in doc.headings if f"{{#{anchor}}}" in title or re.sub(
        r"[^\w\s-]", "", title).strip().lower().replace(" ", "-") == anchor), None)
    if heading is None:
        return None
    items = [item.text.strip("`* ") for item in doc.items if item.headings and item.headings[-1] == heading and item.depth == 1]
    if len(items) >= 2 and all(re.fullmatch(r"[A-Za-z][\w-]{0,30}", v) for v in items) and len(set(items)) == len(items):
        return items
    return None


COLUMN_CELL = re.compile(r"`?([A-Za-z_][A-Za-z0-9_]*)`?\s*\(\s*([^()]*(?:\([^()]*\)[^()]*)*)\)")


def _by_column(table: Table) -> list[Table]:
    """`| books | users |` over `| title (varchar, not null) | username (varchar, not null) |`: each column of the table is
    one table of the schema, each cell one of its columns with its type; one table per column, as a column table."""
    names = [h.strip("*` ") for h in table.header]
    cells = [(line, i, cell.strip()) for line, row in table.rows for i, cell in enumerate(row[:len(names)]) if cell.strip()]
    if len(names) < 2 or not all(re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", n) for n in names) or len(cells) < 4 or sum(
            bool(COLUMN_CELL.fullmatch(cell)) for _line, _i, cell in cells) < 0.8 * len(cells):
        return [table]
    # (`not null` on some cells: the ones it leaves unmarked may be empty)
    marked = any(re.search(r"\bnot\s+null\b", cell, re.IGNORECASE) for _line, _i, cell in cells)
    out = []
    for i, name in enumerate(names):
        rows = [(line, [m.group(1), m.group(2) if not marked or re.search(r"\bnull\b|primary", m.group(2), re.IGNORECASE)
                        else f"{m.group(2)}, null"])
                for line, col, cell in cells if col == i and (m := COLUMN_CELL.fullmatch(cell))]
        if rows:
            out.append(Table(headings=[*table.headings, f"`{name}`"], line=rows[0][0], header=["Field", "Type"], rows=rows))
    return out


def _titled(table: Table) -> Table:
    """`| 接口信息表(interface_info) | | |` over `| 字段 | 说明 | 类型 |` as the first row: a title in the header, the
    real header below it; the title is the table's heading."""
    title = [c for c in table.header if c.strip()]
    first = table.rows[0][1] if table.rows else []
    if len(title) == 1 and len(table.header) >= 2 and _col(first, NAME_HEADERS) is not None and _type_col(first) is not None:
        return Table([*table.headings, title[0].strip("*` ")], table.rows[0][0], first, table.rows[1:])
    return table


MARK = re.compile(r"[A-Za-z]{1,10}(?:\([^()]*\))?")


def _mark_columns(table: Table, skip: tuple[int, ...]) -> set[int]:
    """Columns of short marks a legend explains (`PK,l,q,r`, `r,l`, `q,l,r,u,c`): the same marks row after row, so
    never the closed list of one column's values."""
    out = set()
    for i in range(len(table.header)):
        cells = [c for _line, row in table.rows if len(row) > i and i not in skip and (c := row[i].strip("`* "))]
        if len(cells) < 4 or len(cells) < 0.6 * len(table.rows):
            continue
        lists = [[t.strip().lower() for t in c.split(",")] for c in cells]
        if not all(all(MARK.fullmatch(t) for t in marks) for marks in lists):
            continue
        counts: dict[str, int] = {}
        for marks in lists:
            for mark in set(marks):
                counts[mark] = counts.get(mark, 0) + 1
        if sum(len(marks) >= 2 for marks in lists) >= 0.5 * len(lists) and max(counts.values()) >= 0.6 * len(lists):
            out.add(i)
    return out


# (each label starts and ends with a character that is no space, so that the spaces around it belong to one side only:
# a cell of thousands of pairs is read in one pass, even when it fails at its end)
_LABEL = r"[^\s,，;；'`](?:[^,，;；'`]{0,38}[^\s,，;；'`])?"
LABELLED_VALUES = re.compile(rf"\s*['`][\w-]{{1,40}}['`]\s*[:：=]\s*{_LABEL}(?:\s*[,，;；]\s*['`][\w-]{{1,40}}['`]\s*[:：=]"
                             rf"\s*{_LABEL})+\s*[.。]?\s*")
NULL_NOTE = re.compile(r"可为空|可為空|允许为空|允許為空|可空|\bnullable\b|\b(?:may|can)\s+be\s+null\b|\bnull\s+allowed\b|"
                       r"null\s*허용|pode\s+ser\s+nul|puede\s+ser\s+nul", re.IGNORECASE)
NOT_NULL_NOTE = re.compile(r"\bnot\s+null\b|\brequired\b|非空|不可为空|不能为空|不为空|必填|必須|必须|필수|obligatori|obrigat", re.IGNORECASE)


def _named_above(doc: Document, table: Table) -> str | None:
    """`- 物理名: tasks` (physical name) or `Table name: tasks` in a list above the table, below any other table."""
    previous = max((t.line for t in doc.tables if t.line < table.line), default=0)
    said = [m.group(1) for item in doc.items if previous < item.line < table.line
            if (m := PHYSICAL_NAME.fullmatch(item.text.split("\n")[0]))]
    return said[-1] if said else None


def extract(doc: Document) -> list[RawEntity]:
    entities = []
    parts: dict[int, tuple[tuple[str, ...], tuple[str, ...]]] = {}  # an entity's heading above any bold label, its header
    catalogue = _catalogue(doc)
    legend = legend_marks(doc.text)
    # (`| center_id | Integer | FK → accounts_center, NULL |` in one table: the document marks the nullable references,
    # so another table's `FK → content_subjectgroup` alone is one the row must have)
    marks_null = any(len(cell) <= 40 and re.search(r"\bnull(able)?(?![A-Za-z])", cell, re.IGNORECASE) and not re.search(
        r"\bnot[\s_-]+null", cell, re.IGNORECASE) and re.search(r"\bFK\b|foreign|→|->|references", cell, re.IGNORECASE)
        for table in doc.tables for _line, row in table.rows for cell in row)
    # (`| phone | String? |` in the User table: the document marks a column that may be null with `?`, in every table)
    question_marked = sum(bool(re.fullmatch(r"`?[A-Za-z][A-Za-z]*(?:\([\d, ]*\))?\?`?(?:\s*\([^()]*\))?", cells[col].strip()))
                          for table in doc.tables if (col := _type_col(table.header)) is not None
                          for _line, cells in table.rows if len(cells) > col) >= 2
    # (`| targetBranch | String (nullable) |`, `| after | LocalDate (nullable) |`: a document that marks its language's
    # types nullable where they are; the types it leaves unmarked are not, in every table of it)
    paren_marked = sum(bool(re.fullmatch(r"`?[A-Za-z][\w<>\[\]\\., ]*`?\s*\(\s*(?:nullable|optional)\s*\)", cells[col].strip()))
                       for table in doc.tables if (col := _type_col(table.header)) is not None
                       for _line, cells in table.rows if len(cells) > col) >= 2
    # (`| user_id | BIGINT FK NULL |`, `| porte | string null |`: a document that writes NULL in the type cell of the
    # columns that may be empty; a table of it that writes none has only columns that may not)
    null_typed = any(re.fullmatch(r"`?[A-Za-z][\w(), ]*?(?:\s+(?:PK|FK|UNIQUE|UK|INDEX))*\s+null(?:able)?`?", cells[col].strip(),
                                  re.IGNORECASE)  # (`uuid fk nullable`)
                     for table in doc.tables if (col := _type_col(table.header)) is not None
                     for _line, cells in table.rows if len(cells) > col)
    # (`| phone | varchar(20) | 模拟手机号，可为空 |` in several tables, no NOT NULL nor a Null column anywhere: the
    # document says of the columns that may be empty that they may; the ones it leaves unmarked, in any table, may not)
    said_cells = [cell for table in doc.tables for _line, row in table.rows for cell in row[1:]]
    nullable_noted = sum(bool(NULL_NOTE.search(cell)) for cell in said_cells) >= 3 and not any(
        NOT_NULL_NOTE.search(cell) for cell in said_cells) and not any(
        h.strip("`* ").lower().startswith((*REQUIRED_HEADERS, "null", "nullable", "可空", "允许为空", "是否为空", "为空"))
        for table in doc.tables for h in table.header)
    topical = _topic_sections(doc.tables)
    titles = {title for _line, _level, title in doc.headings}
    for table in [part for whole in map(_titled, doc.tables) for owned in _by_owner(whole) for part in _by_column(owned)]:
        if tuple(table.headings) in topical:
            # '### ProjectMonthRecord' over '#### Identity & Metadata', '#### Nhóm 1: Tồn đầu kỳ (Opening Stock)', ...:
            # one entity's columns, grouped by topic
            table = Table(table.headings[:-1], table.line, table.header, table.rows)
        if table.headings and table.headings[-1].startswith("**") and KEY_LABEL.search(table.headings[-1]):
            # `### Table: \`coquito-requests\`` then **Global Secondary Index: `RequesterEmailIndex`** over its bullets,
            # then the attribute table: the table's, not the index's
            table = Table(table.headings[:-1], table.line, table.header, table.rows)
        if len(table.headings) >= 3 and attributes_heading(table.headings[-2]) and not attributes_heading(table.headings[-1]):
            # '# Subasta (Auction)' / '## 🔑 Atributos' / '### Configuración': one entity's columns, grouped by topic
            table = Table(table.headings[:-1], table.line, table.header, table.rows)
        if table.headings and PARAMS_HEADING.fullmatch(table.headings[-1].replace("*", "")):
            continue  # '### URL Params' over `| booingID | String |`: the route's parameters, no columns of a row
        if table.headings and re.fullmatch(r"\W*(?:索引|インデックス|인덱스|indexes|indices|índices|index)\W*", table.headings[-1],
                                           re.IGNORECASE) and (col := _type_col(table.header)) is not None and all(
                len(cells) > col and re.search(r"索引|index|インデックス|인덱스|unique|唯一", cells[col], re.IGNORECASE)
                for _line, cells in table.rows):
            continue  # '### 索引' over `| classroomID | 唯一索引 | ... |`: the collection's indexes, each of one column
        routed = route_heading(table.headings)
        if routed and re.match(r"[\W\d]*(?:HTTP\s+)?(?:GET|DELETE)\b", table.headings[routed[0]], re.IGNORECASE) and re.fullmatch(
                r"\W*(?:parameters|params|arguments|query|filters)\W*", table.headings[-1], re.IGNORECASE):
            continue  # `GET /invoices` over '#### Parameters' (`sort`, `filter`, `status`): what the list is asked with
        name_col = _col(table.header, NAME_HEADERS)
        physical = [i for i, h in enumerate(table.header) if PHYSICAL.search(h) and re.search(
            r"名|name|nom|column|カラム|列", h, re.IGNORECASE) and i != _type_col(table.header)]
        app_named = next((i for i, h in enumerate(table.header) if re.fullmatch(
            r"(?:app|api|json|client|frontend|ui|js|ts)\s+(?:field|key|name|property|prop)s?", h.strip("`* ").lower())), None)
        if app_named is not None and name_col is not None and app_named != name_col:
            name_col = app_named  # `| App field | Column |`: `printerId` the app sends, `PrinterID` the list's internal name
        logical = name_col  # (`| Column | DB Name |`: `lastName` the property the API sends, `last_name` the column)
        if physical and (name_col is None or not PHYSICAL.search(table.header[name_col])):
            name_col = physical[0]  # `| 論理(項目)名 | 物理(カラム)名 |`: the physical name is the column's
        type_col = _type_col(table.header)
        if name_col is not None and table.rows and sum(bool(IDENTIFIER_CELL.fullmatch(cells[name_col].strip()))
                                                       for _, cells in table.rows if len(cells) > name_col) < 0.5 * len(table.rows):
            # `| 页面名称 | 数据字段 | 类型 |`: the page's label for the field, then the field's name: the names' column
            named = next((i for i in range(len(table.header)) if i not in (name_col, type_col) and sum(
                bool(IDENTIFIER_CELL.fullmatch(cells[i].strip())) for _, cells in table.rows if len(cells) > i)
                          >= 0.8 * len(table.rows)), None)
            name_col = named if named is not None else name_col
        if name_col is None and type_col is not None and table.rows:
            # (`| 页面名称 | 数据字段 | 类型 |` over `| 下单时间 | \`orderedAt\` | 时间 |`: identifiers in code quotes)
            name_col = next((i for i in range(len(table.header)) if i != type_col and sum(
                bool(re.fullmatch(r"`[A-Za-z_][A-Za-z0-9_]*`", cells[i].strip())) for _, cells in table.rows if len(cells) > i)
                             >= 0.8 * len(table.rows)), None)
        if name_col is None and type_col is not None and table.rows:
            # `| description | type |` over `| Name | varchar(255) |`: the column of identifiers beside the types
            typed = sum(classify(cells[type_col]) is not None for _, cells in table.rows if len(cells) > type_col)
            for i in range(len(table.header)):
                names = [cells[i] for _, cells in table.rows if len(cells) > i]
                if i != type_col and typed >= 0.7 * len(table.rows) and names and sum(
                        bool(re.fullmatch(r"`?[A-Za-z_][\w?]*`?", c.strip())) for c in names) >= 0.8 * len(table.rows):
                    name_col = i
                    break
        if name_col is not None and table.rows and sum(bool(re.fullmatch(r"[A-Z]{1,2}|\d+|[^\w]*", cells[name_col].strip("`* ")))
                                                       for _, cells in table.rows if len(cells) > name_col) >= 0.8 * len(table.rows):
            # `| Column | Field | Type |` over `| A | productId | string |`: a sheet's column letters, the names beside them
            # (or `| Key | Column |` over `| 🔑 | question_id |` and empty cells: a mark of the key, the names beside it)
            later = _col([h if i > name_col else "" for i, h in enumerate(table.header)], NAME_HEADERS)
            name_col = later if later is not None and later != type_col else name_col
        # (`| column | notes |` under `` ## `events` ``: a table's columns, each with what it holds in words)
        described = type_col is None and name_col is not None and len(table.header) == 2 and re.fullmatch(
            r"columns?|fields?|attributes?|campos?|colunas?|columnas?|champs?|colonnes?|felder|spalten|"
            r"属性|項目|フィールド|カラム|字段|列|属性名|필드|컬럼|속성",  # (`| 属性 | 説明 |`: a DynamoDB item's attributes)
            table.header[name_col].strip("`* ").lower()) is not None and re.fullmatch(
            r"notes?|description|meaning|notas?|descripci[oó]n|descri[çc][ãa]o|beschreibung|説明|说明|說明|描述|備考|备注|설명|비고",
            table.header[1 - name_col].strip("`* ").lower()) is not None
        untyped = type_col is None and name_col is not None and len(table.rows) >= 3 and (described or any(
            h.strip("`* ").lower().startswith(REQUIRED_HEADERS) or re.fullmatch(  # (`| Field | Rules |` under `## Article`)
                r"rules?|constraints?|validations?|regras?|reglas?|r[èe]gles?|regeln|规则|規則|ルール|규칙|제약",
                h.strip("`* ").lower()) for h in table.header)) and bool(table.headings) and re.fullmatch(
            r"(?:\d+(?:\.\d+)*[.)]?\s+)?`?[A-Za-z][A-Za-z0-9_]*`?(?:\s*[(（][^)）]*[)）]|\s*(?:テーブル|表|테이블))?",
            _subject(table.headings[:-1] if attributes_heading(table.headings[-1]) else table.headings)) and sum(
            bool(re.fullmatch(r"`?[A-Za-z_]\w*`?(?:\s*,\s*`?[A-Za-z_]\w*`?)*", cells[name_col].strip())) for _, cells in table.rows
            if len(cells) > name_col) >= 0.8 * len(table.rows)  # (`description`, `cuisine`: several names, one rule)
        if untyped:  # `| 필드 | 필수 | 규칙 |` under `## UserAccount`: the columns, typed by their names (said in the notes)
            table = Table(table.headings, table.line, [*table.header, ""], [(line, [*cells, ""]) for line, cells in table.rows])
            type_col = len(table.header) - 1
        if name_col is None or type_col is None or name_col == type_col:
            continue
        lowered = [legend.get(h.strip().strip("*` ").lower(), h.strip().lower()) for h in table.header]
        lowered = ["required" if re.fullmatch(r"req[.?]?", h.strip("*` ")) else h for h in lowered]  # `| Req |` Y / N
        # (`| MVP 必需 |`, `| v1 required |`: required in a phase the project names, the phase's own Required column)
        lowered = ["required" if (phase := PHASE_REQUIRED.fullmatch(h)) and phase.group(1).startswith(REQUIRED_HEADERS) else h
                   for h in lowered]
        name = _catalogued(table.headings, catalogue) or _introduced(doc, table) or _among_tables(doc, table) or \
            entity_name(table.headings) or \
            _named_above(doc, table) or _own_key(table, name_col) or "unnamed"
        entity = RawEntity(name=name, kind="table", file=doc.path, line=table.line,
                           context=" / ".join(table.headings))
        rows = list(table.rows)
        # Oracle's types (VARCHAR2, CLOB, NUMBER(10,2)): a NUMBER with no precision holds ids and counts, an integer
        oracle = any(len(cells) > type_col and re.search(r"\b(n?varchar2|clob|number\s*\(\d)", cells[type_col], re.IGNORECASE)
                     for _, cells in rows)
        # PocketBase's field types: `text` is its plain string field (`editor` the long one), `date` a date and time
        pocketbase = bool(re.search(r"pocket\s*base", doc.text, re.IGNORECASE)) and any(
            len(cells) > type_col and cells[type_col].strip("`* ").lower() in ("editor", "relation", "autodate", "select")
            for _, cells in rows)
        # a MongoDB collection's table (`_id | ObjectId`): its `Date` is JavaScript's, a date and time
        mongo = any(len(cells) > type_col and re.sub(r"[`*]", "", cells[type_col]).strip().lower() in (
            "objectid", "schema.types.objectid", "types.objectid", "mongoose.types.objectid") for _, cells in rows) or bool(
            re.search(r"\b(bson|mongo(?:db|ose)?)\b", table.header[type_col], re.IGNORECASE)) or bool(  # (`| Field | BSON type |`)
            re.search(r"^[-*\s]*\**\s*(?:storage|database|db|persistence)\s*\**\s*[:：]\s*\**\s*mongo(?:db)?\b", doc.text,
                      re.IGNORECASE | re.MULTILINE))  # (`**Storage**: MongoDB` atop the data model)
        # a Frappe DocType's fields (Data, Link, Select, Check): its `Table` fields are child tables, rows of another doctype
        frappe = sum(len(cells) > type_col and cells[type_col].strip("`* ").lower() in ("data", "link", "select", "check")
                     for _, cells in rows) >= 2
        # a Default column that writes NULL for the columns that may be empty (`| body | TEXT | NULL |`) and a dash for
        # the others (`| title | TEXT | - |`), in a table with no column of its own for presence: the dashes are NOT NULL
        presence = any(h.startswith(REQUIRED_HEADERS) or re.search(r"null|optional|可选|任意", h) for h in lowered)
        written = [cells[i].strip("`* ").lower() for _, cells in rows for i in range(len(lowered))
                   if lowered[i].startswith(DEFAULT_HEADERS) and len(cells) > i]
        null_defaults = not presence and "null" in written and any(w in ("-", "—", "–") for w in written)
        marked = _mark_columns(table, (name_col, type_col))
        # (an `| Example |` column: `"furniture", "lighting"` beside a string is what it may hold, not all it may)
        example_cols = {i for i, h in enumerate(lowered) if EXAMPLE_HEADER.match(h.strip("`* "))}
        question_named = False  # (`| address? | string |`: TypeScript's mark of a member that may be absent, on its name)
        starred = sum(bool(STARRED.fullmatch(cells[name_col])) for _line, cells in rows if len(cells) > name_col) >= 1 and any(
            not STARRED.fullmatch(cells[name_col]) for _line, cells in rows if len(cells) > name_col)
        for line, cells in rows:  # (a combined row adds its other names at the end)
            if len(cells) <= max(name_col, type_col):
                continue
            if re.fullmatch(r"\s*\*\*[^*]+\*\*\s*", cells[name_col]) and not any(c.strip() for i, c in enumerate(cells) if i != name_col):
                continue  # `| **Location** |`: a group's label between the rows, no column
            if frappe and cells[name_col].strip("`* ") == "naming_series":
                entity.notes.append(f"{doc.path}:{line}: naming_series is the Frappe series the document's name (its id) is "
                                    "made from; left out")
                continue
            if frappe and cells[type_col].strip("`* ").lower() in ("table", "table multiselect"):
                entity.notes.append(f"{doc.path}:{line}: {cells[name_col].strip('`* ')} is a child table (Frappe `Table`), "
                                    "rows of another doctype, not a column; left out")
                continue
            # a row set in bold to mark it new (`| **priority** | ... | **'medium'** |`): the cells, not the emphasis
            cells = [bolded.group(1).strip() if (bolded := re.fullmatch(r"\s*\*\*(.+?)\*\*\s*", c)) and "**" not in bolded.group(1)
                     else c for c in cells]
            raw_name = re.sub(r"[`*]", "", cells[name_col]).strip()
            if re.fullmatch(r"(?i)check|unique|index|primary\s+key|foreign\s+key|fk\s+rule|constraint|uq|pk|fk", raw_name) and (
                    not (len(cells) > type_col and cells[type_col].strip("`* ")) if type_col is not None else True):
                continue  # `| *CHECK* |  | \`check_out > check_in\` |`: a rule of the table, below its columns, no column
            if re.fullmatch(r"`?[A-Za-z]\w*?[_.]\*`?", cells[name_col].strip()):
                raw_name = cells[name_col].strip().strip("`")  # `address_*`: a value object's columns under a prefix
            written = re.sub(r"[`*]", "", cells[logical]).strip() if logical is not None and logical != name_col and len(
                cells) > logical else ""
            if re.fullmatch(r"[a-z][A-Za-z0-9]*", written) and written != raw_name and snake(written) == snake(raw_name):
                raw_name = written  # the property's name, which the API writes; its column is the same name in snake_case
            raw_name = re.sub(r"\s*\(.*\)$", "", raw_name).strip()
            if re.fullmatch(r"\$[A-Za-z_]\w*", raw_name):
                raw_name = raw_name[1:]  # PHP's `$accountNumber`: the property, named without its sigil
            mapped = re.fullmatch(r"([A-Za-z_]\w*)\s*(?:→|->|=>)\s*([A-Za-z_]\w*)", raw_name)
            if mapped and snake(mapped.group(1)) == snake(mapped.group(2)):
                raw_name = mapped.group(1)  # `finishedAt` → `finished_at`: the model's field, and the column it maps to
            if re.fullmatch(r"[A-Za-z_]\w*(\.[A-Za-z_]\w*)+", raw_name):
                parent = raw_name.split(".", 1)[0]
                if any(len(other) > name_col and other[name_col].strip().strip("`*") == parent for _n, other in table.rows):
                    continue  # `location.city` under a row `location | object`: a member of that object, held whole
                if re.fullmatch(r"[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)*", parent) and sum(
                        bool(re.fullmatch(r"`?[A-Za-z_]\w*`?", other[name_col].strip())) for _n, other in table.rows
                        if len(other) > name_col) >= 0.6 * len(table.rows):
                    continue  # `Shipment.trackingNo` among the order's own `orderedAt`, `notes`: another entity's column
                raw_name = raw_name.rsplit(".", 1)[1]  # `frontmatter.tags`: a member of a nested object, stored flat
            if re.fullmatch(r"`?timestamps(?:\(\))?`?\s*(?:\+|,|&|and|y|e|und)\s*`?(?:deleted_at|soft_?deletes?(?:\(\))?)`?",
                            raw_name.strip(), re.IGNORECASE):
                # `| timestamps + deleted_at | | SoftDeletes |`, `| timestamps, softDeletes | |` (read before a row of
                # several names is split): Laravel's created_at and updated_at, which the generated backend has, and
                # the deleted_at column of a soft delete
                entity.fields.append(RawField(name="deleted_at", file=doc.path, line=line, type="datetime", type_text="timestamp",
                                              nullable=True, required=False, description=" ".join(c for c in cells if c).strip()))
                continue
            # (`cantidad` + `unidad`: two columns of one row)
            names = re.split(r"\s*[/,+]\s*", raw_name) if re.fullmatch(r"[A-Za-z_]\w*(\s*[/,+]\s*[A-Za-z_]\w*)+", raw_name) else [raw_name]
            expanded: list[str] = []
            for n in names:  # (`CreatedAt/By, UpdatedAt/By`: CreatedAt, CreatedBy, UpdatedAt, UpdatedBy)
                stem = re.fullmatch(r"((?:[A-Z][a-z0-9]*)+?)[A-Z][a-z0-9]*", expanded[-1]) if expanded else None
                expanded.append(stem.group(1) + n if stem and re.fullmatch(r"[A-Z][a-z]+", n) and len(n) <= 3 else n)
            names = expanded
            if len(names) > 1:  # `lat` / `lng` or `title`, `summary` | text: columns of one type
                kinds = re.split(r"\s+/\s+", cells[type_col].strip())
                each = len(kinds) == len(names)  # `startedAt` / `finishedAt` | `DateTime` / `DateTime?`: a type each
                for number, extra in enumerate(names[1:], 1):
                    rows.append((line, [extra if i == name_col else kinds[number] if each and i == type_col else c
                                        for i, c in enumerate(cells)]))
                raw_name = names[0]
                cells = [kinds[0] if each and i == type_col else c for i, c in enumerate(cells)]
            if re.fullmatch(r"[A-Za-z][A-Za-z0-9]*(?: [A-Za-z0-9]+){1,3}", raw_name) and classify(
                    re.sub(r"[`*]", "", cells[type_col]).strip()) is not None:
                raw_name = raw_name.replace(" ", "_")  # `| Gebucht von | Rich Text |`: a property named in words
            if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*\??|[A-Za-z]\w*?[_.]\*", without_accents(raw_name)) or re.match(
                    r"(pk|fk|ck|chk|uk|uq|unq|idx|ix|trg)_\w+", raw_name, re.IGNORECASE):
                continue  # `idx_turnos_fecha` | BTREE: a row of a table of indexes, not a column
            type_text = re.sub(r"[`*]", "", cells[type_col]).strip()
            typed_by_name = re.search(r"\(\s*`?([A-Z][A-Za-z0-9]*)`?\s*\)\s*$", re.sub(r"\*", "", cells[name_col]))
            if type_text in ("—", "–", "-", "?", "…"):
                # `| make, model | — | yes |`: no type written here (another definition may give it); `photo` (`CarPhoto`)
                type_text = typed_by_name.group(1) if typed_by_name else ""
            if pocketbase and raw_name in ("created", "updated") and type_text.lower() in ("date", "autodate"):
                raw_name += "_at"  # (PocketBase's own `created`/`updated` in every collection: the timestamps kept anyway)
            field = RawField(name=raw_name, file=doc.path, line=line, type_text=type_text)
            if raw_name.endswith("?") and len(raw_name) > 1 and classify(type_text) != "bool":
                # (not Ruby's `adoptable?` over a BOOLEAN: a predicate, named for the column it asks about)
                field.name, field.nullable, field.required = raw_name[:-1], True, False
                question_named = True
            if untyped:
                # (imported here: bullets reads this module's entity_name)
                from backend_builder.spec.extract.bullets import prose_type

                # (a rules column says it in words too: '`favorite` | Required boolean; defaults to false')
                field.type = prose_type(raw_name, cells[1 - name_col] if described else " ; ".join(
                    c for i, c in enumerate(cells) if i != name_col and c.strip()))
                if raw_name.lower() != "id":  # (the key the backend generates needs no word)
                    entity.notes.append(f"{doc.path}:{line}: {raw_name} has no type in its table; typed {field.type} by its "
                                        "name")
            field.type = field.type if untyped else "int" if oracle and type_text.upper() == "NUMBER" else "datetime" if mongo and re.fullmatch(
                r"[Dd]ate\??(?:\s*\|\s*null)?", type_text) else POCKETBASE_TYPES.get(
                type_text.lower()) if pocketbase and type_text.lower() in POCKETBASE_TYPES else classify(type_text)
            if field.type is None and not untyped and re.search(r"(?:tipo|type|typ|型)\s*/\s*(?:valor|value|wert|valeur|descri|note)",
                                                                table.header[type_col], re.IGNORECASE):
                # `| Campo | Tipo / valores |` over `| age_obs | — |`, `| paciente_id | → pacientes |`: a type where one is
                # written, else words; typed by its name and those words
                from backend_builder.spec.extract.bullets import prose_type

                prefixes = [m.group(1) for _n, other in table.rows if len(other) > name_col and (
                    m := re.match(r"[`*\s]*([a-z]{2,4}_)[a-z]", other[name_col]))]
                # (`age_data`, `age_hora`: every column under the table's own prefix, `age_` of agendamento; typed by the
                # rest of its name, `data`, a day)
                prefix = max(set(prefixes), key=prefixes.count) if prefixes else ""
                bare = raw_name[len(prefix):] if prefix and prefixes.count(prefix) >= 3 and raw_name.startswith(prefix) else raw_name
                field.type, field.description = prose_type(bare, type_text), type_text
                entity.notes.append(f"{doc.path}:{line}: {raw_name} has no type in its table; typed {field.type} by its name")
            literal = re.fullmatch(r"\s*`'?([A-Z][A-Z0-9_]{1,30})'?`\s*", cells[type_col])
            if field.type is None and literal and not untyped:  # `| currency | \`CNY\` | yes |`: the one value it may hold
                field.type, field.enum_values = "enum", [literal.group(1)]
            field.max_length = length_of(type_text)
            if re.fullmatch(r"\[?[A-Z]\w*!?\]?!", type_text) and field.type is not None:
                field.required, field.nullable = True, False  # GraphQL's `String!`: never null, always given
            if re.fullmatch(r"(?:\$table->)?soft_?deletes?(?:_?tz)?(?:\(\))?;?", type_text, re.IGNORECASE):
                # Laravel's `softDeletes` column type: the deleted_at timestamp, empty until the row is deleted
                field.type, field.nullable, field.required = "datetime", True, False
            if type_text.endswith("?") or re.match(r"[A-Za-z_][\w()., ]*\?\s+(->|→|references\b|@)", type_text) or (
                    MAY_BE_ABSENT.fullmatch(type_text)):
                field.nullable, field.required = True, False  # (`uuid? -> media_slice`: a reference that may be empty;
                # Prisma's `String? @unique`)
            rest, read_cells = [], []  # (every cell read for words; rest: those that may also give values)
            for i, cell in enumerate(cells):
                if i in (name_col, type_col) or i >= len(lowered):
                    continue
                header = lowered[i]
                value = cell.strip()
                if re.fullmatch(r"(length|max length|size|len|長さ|桁数|サイズ|长度|長度|数据长度|數據長度|資料長度|字段长度|欄位長度|データ長|大小|길이|크기|longitud|tamaño|tamanho|comprimento|länge|größe|"
                               r"taille|dimensione|rozmiar|boyut|kích thước|độ dài|размер|длина)(\s*[/&+,·]\s*\w[\w\s]*)?",  # ('Size / Constraint')
                                header) and re.fullmatch(r"\d+", value.strip("` ")):
                    field.max_length = field.max_length or int(value.strip("` "))  # | VARCHAR | 255 |: the length apart
                    continue
                if header.startswith(("null", "nullable", "可空", "允许为空", "允許為空", "是否可空", "是否为空", "为空", "為空", "nulo", "nula", "anulable",
                                       "nulable", "anulável", "nulável", "acepta nul", "permite nul", "null 허용", "널 허용", "nullbar",
                                       "boş olabilir", "optional", "opcional", "facultati", "可选", "可選", "선택")):
                    # (an `| Optional |` column says yes or no like a Null one)
                    value = re.sub(r"\s*[(（].*$", "", value).strip() or value  # ('No (UNIQUE)': no, and unique)
                    if value.strip("`*").lower() in ("no", "false", "not null", "n", "×", "✗", "❌", "否", "不可", "いいえ", "não",
                                                     "nao", "nein", "non", "нет", "hayır", "không", "아니오"):
                        field.nullable, field.required = False, True
                    elif value.strip("`*").lower() in ("yes", "true", "y", "null", "nullable", "optional", "✓", "✔", "✅", "○", "◯",
                                                        "〇", "是", "はい", "예", "sí", "si", "sim", "oui", "ja", "да", "evet", "có"):
                        field.nullable, field.required = True, False
                    elif value.strip("`* ").upper() in ("PK", "FK", "PK, FK", "PK/FK"):
                        # `| **menu_id** | BigInt | **PK** |` in a Null column: a key, never null
                        field.nullable, field.required = False, True
                        field.primary_key = field.primary_key or value.strip("`* ").upper() == "PK"
                elif header.startswith(REQUIRED_HEADERS):
                    said = re.sub(r"\s*[(（].*$", "", value).strip("`* ").lower()  # ('Да (мин. 1)': yes, at least one)
                    # ('yes for each history date': yes, and where; not 'yes if the format is ebook', a condition)
                    said = re.sub(r"^(yes|sí|si|sim|oui|ja)\s+(?!(?:if|when|unless|only|except|si|cuando|quando|wenn|sauf|salvo|"
                                  r"a menos)\b)[^\W\d][\w\s-]*$", r"\1", said)
                    if said in ("yes", "true", "y", "✓", "✔", "✅", "required", "○", "◯", "ya", "sí", "si", "sim",
                                "はい", "必須", "wajib", "是", "예", "네", "필수", "да", "evet", "tak", "sì", "oui", "ja", "có"):
                        field.required = True
                    elif said in ("no", "false", "n", "optional", "-", "×", "tidak", "não", "nao", "いいえ", "任意", "auto",
                                  "automatic", "generated", "自動", "自动",
                                  "否", "opcional", "pilihan", "아니오", "아니요", "선택", "нет", "hayır", "nie", "non", "nein",
                                  "không"):
                        field.required = False
                elif header.startswith(DEFAULT_HEADERS) and re.search(r"[·・/&+,、]|\band\b|\bet\b|\by\b|및|与|與", header) \
                        and re.search(r"\s", value.strip()):
                    rest.append(value)  # | 기본값·제약 |, | Default / Constraints |: notes that may name the default
                    read_cells.append(value)
                elif header.startswith(DEFAULT_HEADERS):
                    bare = value.strip("`*").lower()
                    if null_defaults and bare in ("null", "-", "—", "–"):
                        field.nullable = bare == "null"
                        field.required = not field.nullable
                    elif re.fullmatch(r"unique|primary key|pk|not null|auto_increment|autoincrement|index|fk|identity", bare):
                        field.unique = field.unique or bare == "unique"  # a constraint in the default's column
                    elif SERVER_FILLED.fullmatch(bare):
                        field.required = False  # `server-computed`, `auto-generated`: the backend fills it, no client default
                    elif re.fullmatch(r"(?:the\s+)?(?:session|current|logged[- ]in|authenticated|requesting|signed[- ]in)\s+user",
                                      bare):
                        field.required = False  # `| requester | String | Yes | session user |`: the server sets who asks
                    elif value and bare not in NO_VALUE:
                        remark = re.fullmatch(r"\s*(`?(?:'[^']*'|\"[^\"]*\"|[\w.-]+)`?)\s+[(（][^()（）]*[)）]\s*", value)
                        # (`'' (empty string)`, `0 (none yet)`: the value, then a remark on it)
                        field.default = parse_literal((remark.group(1) if remark else value).strip("`"))
                elif header.startswith(("unique", "único", "unico", "eindeutig", "唯一", "ユニーク", "유일", "고유")):
                    field.unique = value.strip("`* ").lower() in YES_MARKS
                elif header.startswith(("index", "índice", "indice", "索引", "インデックス", "인덱스", "indeks", "indiz")):
                    # (`| Índice |` over `Sí`, `| Índices |` over the name of the index, `customer_order_status_idx`)
                    field.index = value.strip("`* ").lower() in YES_MARKS or re.fullmatch(
                        r"index(?:es)?|indices|índices?|indice|indizes", header) is not None and bool(re.fullmatch(
                        r"[A-Za-z_]\w*?_(?:idx|index|ix|key)|(?:idx|ix|index)_\w+", value.strip("`* "), re.IGNORECASE))
                elif i in example_cols and field.type in ("str", "text") and not STATE_NAMES.search(raw_name):
                    continue  # (examples of a string: neither its values nor a word about it)
                elif i in marked:
                    read_cells.append(value)  # (read for its PK and UNQ, never for values)
                else:
                    rest.append(value)
                    read_cells.append(value)
            text = " ; ".join(r for r in read_cells if r.strip())  # (a blank cell adds nothing)
            field.description = text
            stated = field.required if any(h.startswith(REQUIRED_HEADERS) for h in lowered) else None
            apply_words(field, type_text + " ; " + text)
            null_word = re.search(r"\|\s*`?null\b|\bnull(able)?\b", f"{type_text} {text}", re.IGNORECASE)
            if stated and not field.required and not null_word and field.default is NO_DEFAULT:
                field.required = stated  # a Required column says YES: "pattern optional" in the notes does not undo it
            if (field.type is None or field.type == "enum" and not field.enum_values) and enum_values(type_text):
                field.type, field.enum_values = "enum", enum_values(type_text)  # (and `ENUM pendente, confirmado`)
            elif field.type is None and len(codes := [v for v in bare_list(re.sub(r"\s*\([^()]*\)\s*$", "", type_text.replace(
                    "`", ""))) or [] if v.lower() not in ("null", "none", "undefined", "nil")]) >= 2 and all(
                    re.fullmatch(r"[A-Za-z][\w-]*", v) and classify(v) is None for v in codes):  # (`X` or null: one type)
                field.type, field.enum_values = "enum", codes  # | `state` | `PREPARING \| EN_ROUTE \| CLOSED` |
            elif field.type is None and re.fullmatch(r"[A-Z][A-Za-z0-9]*", type_text) and (codes := next(
                    (v for v in (bare_list(cell) for cell in rest if cell.count("`") >= 4) if v), None)):
                field.type, field.enum_values = "enum", codes  # | `kategori` | `Kategori` | `tesisat` · `elektrik` |
            if field.type == "enum" and not field.enum_values:
                clauses = [re.sub(r"^[^:：;；`]{1,30}[:：]\s*|\s*\([^()]*\)\s*$", "", re.split(r"[;.]\s|[；。]", cell)[0])
                           for cell in rest]  # (`SET_PRICE, FREE (MVP); others later`: the values before the remark)
                # (`分类：GENERAL, MEDICAL, OTHER`: the values after their label)
                # (and a clause between dashes: 'nullable — a / b / c (when cancelled)', 'a / b, default `b`')
                clauses += [re.sub(r"\s*\([^()]*\)\s*$", "", part) for cell in rest
                            for part in re.split(r"\s[—–-]\s|,\s*(?=default\b)", cell, flags=re.IGNORECASE)]
                clauses = [g for cell in rest if (g := unglossed(cell))] + clauses  # ('L (Laki-laki), P (Perempuan)')
                field.enum_values = next((v for v in map(bare_list, clauses) if v), None) or next(
                    (v for v in map(option_list, rest) if v), None) or next(  # a Select's options: 'Kura Ganz, Halle 2/3'
                    # (`自己付、代付、其他；不是微信/支付宝结算渠道`: the values in the spec's own script, before the remark)
                    (heads for cell in rest if len(heads := [v.strip() for v in re.split(r"[、，,]", re.split(r"[；;。]", cell)[0])]) >= 2
                     and all(re.fullmatch(r"[^\W\d_][\w-]{0,9}", v) for v in heads) and not open_ended(cell)
                     and not CJK_CONJUNCTION.search("".join(heads))), None)

            elif field.type in ("str", "text") and not field.enum_values:
                checked = re.search(r"\bcheck\s*\(([^()]*)\)", type_text, re.IGNORECASE) or next(
                    (m for cell in rest if (m := re.search(r"\bcheck\s*\(([^()]*)\)", cell, re.IGNORECASE))), None)
                # (`| company_size | TEXT | CHECK (startup, pme, eti) |`: the constraint column's closed list)
                # (not the examples a cell gives: '予約ステータス (例: `pending`, `confirmed`)', 'e.g. `web`, `line`')
                quoted = [cell for cell in rest if (cell.count("`") >= 4 or cell.count("'") >= 4) and not open_ended(cell)]
                field.enum_values = (bare_list(checked.group(1)) if checked else None) or next(
                    (v for v in (bare_list(SPAN_GLOSS.sub(r"\1", c)) for c in quoted) if v), None) or next(
                    (v for v in (list(dict.fromkeys(re.findall(r"['`]([\w-]{1,40})['`]", c))) for c in quoted)
                     if len(v) >= 2 and field.default in v), None) or next(
                    (re.findall(r"['`]([\w-]{1,40})['`]\s*[:：=]", c) for c in quoted if LABELLED_VALUES.fullmatch(c)), None)
                # (`'DAILY': 常用, 'AS_NEEDED': 頓服`: each value quoted, then its label)
                # (`text CHECK (\`mensual\`, \`adicional\`)`; `'manual'（手動作成）/ 'ical'（...）` beside DEFAULT 'manual')
                if not field.enum_values and (field.max_length or 64) <= 64:
                    # a notes cell that is only the list: 'High, Medium, Low' next to VARCHAR(20)
                    notes = [cell.strip() for i, cell in enumerate(cells) if i not in (name_col, type_col, *marked, *example_cols)
                             and i < len(lowered) and re.match(NOTES_HEADERS, lowered[i])]
                    # (and the list before a remark: 'AVAILABLE, RESERVED, RENTED — resumo; ...')
                    notes += [head for n in notes if (head := re.split(r"\s[—–]\s|;\s", n)[0]) != n and re.fullmatch(
                        r"\s*[A-Z][A-Z0-9_]*(?:\s*([,/|])\s*[A-Z][A-Z0-9_]*)(?:\s*\1\s*[A-Z][A-Z0-9_]*)+\s*|"
                        r"\s*[a-z][a-z0-9_]*(?:\s*([,/|])\s*[a-z][a-z0-9_]*)(?:\s*\2\s*[a-z][a-z0-9_]*)+\s*", head)]
                    # (or between slashes: 'active / closed / voided — CHECK-constrained')
                    field.enum_values = next((v for note, v in ((n, notes_list(n, field.default)) for n in notes) if v and not any(
                        x.lower() == raw_name.lower() for x in v) and (
                        field.type == "str" or len(v) >= 3 or field.default in v or note.count("`") >= 2 * len(v)
                        or any(re.fullmatch(r"[a-z]+(?:_[a-z]+)+|[A-Z]+(?:_[A-Z]+)*", x) for x in v)
                        or re.search(r"[/,|]\s*(?:null|none)\s*$", note, re.IGNORECASE))), None) or next(
                        # (a TEXT column's 'Deskripsi/ringkasan' is what it holds, two words for one thing)
                        (v for v in map(bare_list, notes) if v and field.default in v and not open_ended(
                            " ".join(notes))), None)  # (`cbu` | CBU/IBAN: what it holds)
                    # (DEFAULT 'ELECTIVE' beside `REQUIRED/ELECTIVE/PUBLIC`: values, though one reads like a constraint)
                if not field.enum_values:  # `公開ステータス（draft/published）` next to DEFAULT 'draft'
                    field.enum_values = next((v for v in (described_values(c, raw_name, field.default) for c in rest) if v), None)
                if not field.enum_values and STATE_NAMES.search(raw_name):
                    # `| tipe | VARCHAR(50) | NOT NULL | Room type (Standard, Deluxe, Premium, Executive) |`: a kind's words,
                    # then the kinds it may be, three or more, capitalised as names are
                    field.enum_values = next((m.group(1).replace(" ", "").split(",") for cell in rest if not open_ended(cell) and (
                        m := re.fullmatch(r"[^()]{1,40}\(\s*([A-Z][\w-]*(?:\s*,\s*[A-Z][\w-]*){2,})\s*\)\s*\.?", cell.strip()))),
                        None)
                if not field.enum_values:
                    after = [m.group(1) for cell in rest
                             if (m := re.fullmatch(r"[^:：;；`]{1,30}[:：]\s*([\w/|,、，` -]+?)\s*[.。]?", cell))]
                    listed = next((bare_list(a) for a in after if notes_list(a) or (  # (with a value 'none')
                        a.count("`") >= 4 and notes_list(a.replace("`", "")) is None and bare_list(a)
                        and not open_ended(a))), None)  # `training`、`rest`、`optional`: quoted, values
                    if listed and all(re.fullmatch(r"[A-Za-z][\w-]*", v) and not re.fullmatch(r"y+|m+|d+|h+|s+", v, re.IGNORECASE)
                                      for v in listed) and (len(listed) >= 3 or field.default in listed
                                                            or STATE_NAMES.search(raw_name)):
                        field.enum_values = listed  # `校验状态：matched/uncertain/not_found`: the values after their label
                if not field.enum_values and STATE_NAMES.search(raw_name):
                    examples = [cells[i] for i, h in enumerate(lowered) if i < len(cells) and EXAMPLE_HEADER.match(h)]
                    listed = next((v for v in map(bare_list, examples) if v and len(v) >= 2), None)
                    if listed and all(re.fullmatch(r"[A-Za-z][\w-]*", v) for v in listed):
                        field.enum_values = listed  # | status | TEXT | 상태 | active / closed / upcoming |: every value
                if field.enum_values:
                    field.type = "enum"
                    started = next((m.group(1) for cell in rest if (m := re.match(r"\s*`?([A-Za-z]\w*)`?\s*(?:→|->|⟶)", cell))),
                                   None)
                    if started in field.enum_values and field.default is NO_DEFAULT:
                        # (`PENDING → BROADCAST → SUCCESS | FAILED`: a row starts where the path does)
                        field.default, field.required = started, False
            if field.type == "int" and re.search(r"\b0 or 1\b|\bboolean\b|\b0/1\b|(?<!default )(?<!default: )\b1 if\b",
                                                  text, re.IGNORECASE):  # (not 'default 1 if unknown')
                field.type = "bool"  # SQLite has no boolean: INTEGER 0/1
            computed = next((cells[i] for i, h in enumerate(lowered) if i < len(cells) and re.match(
                r"(calculated|computed|derived|calculado|calculé|berechnet|計算|计算)\b", h)), "")
            if computed.strip("`* ").lower() in ("yes", "y", "true", "✓", "✔", "sí", "si", "sim", "oui", "ja", "はい", "是"):
                entity.notes.append(f"{doc.path}:{line}: {raw_name} is calculated (its Calculated column says yes): "
                                    "not a stored column, left out")
                continue
            column = re.search(r"\bFK\s*`?([A-Za-z_]\w*)`?", f"{type_text} {text}")
            if column and column.group(1).lower() in (f"{field.name}_id".lower(), f"{field.name}id".lower()):
                field.name = column.group(1)  # `unit` | Referência a `Unit` (FK `unit_id`): the column is unit_id
                field.foreign_key = True
            if starred and field.required is None:
                # `| title * | string |` beside `| job_id | string |`: the star marks the fields a client must send
                field.required = STARRED.fullmatch(cells[name_col]) is not None
                field.nullable = not field.required
            linked = re.search(r"\]\(#([\w-]+)\)", text)
            if linked and field.type in ("str", None) and not field.enum_values and (listed := _anchored_list(doc, linked.group(1))):
                field.type, field.enum_values = "enum", listed  # `| status | string | [Job Status](#job-status) |`
            entity.fields.append(field)
        if any(re.match(r"textarea$|(?:multi-?\s?line|multiple\s+lines\s+of|long)\s+text\b", f.type_text.strip("`*").lower())
               for f in entity.fields):
            # beside a textarea (or SharePoint's 'Multi-line text'), `text` is a one-line input: a short string
            for f in entity.fields:
                if f.type_text.strip("`*").lower() == "text" and f.type == "text":
                    f.type = "str"
        signals = [f for f in entity.fields if f.required is not None or f.nullable is not None]
        if sum(bool(re.match(r"\w+Field\b|FK\(|ForeignKey\b|M2M\(", f.type_text)) for f in entity.fields) >= 2:
            # Django's types: a column is NOT NULL unless it says null=True, and a form requires it unless it says
            # blank (`| slug | SlugField | unique, blank |`: stored NOT NULL, may be left empty)
            for f in entity.fields:
                if f.required is None and f.nullable is None and not f.primary_key:
                    blank = re.search(r"(?<!not )(?<!non-)(?<!be )\bblank\b(?!\s*=\s*false)", f.description or "", re.IGNORECASE)
                    f.required, f.nullable = not blank and f.default is NO_DEFAULT, False
        elif (question_named or any(f.type_text.strip("`* ").endswith("?") or MAY_BE_ABSENT.fullmatch(f.type_text.strip("`* ")) for f in entity.fields) or question_marked and all(
                re.fullmatch(r"[A-Z][\w(), ]*\??", f.type_text.strip("`* ")) for f in entity.fields) or paren_marked and all(
                re.fullmatch(r"[A-Za-z][\w<>\[\]\\., ]*(?:\s*\(\s*(?:nullable|optional)\s*\))?", f.type_text.strip("`* "))
                for f in entity.fields)) and sum(
                bool(f.required) for f in signals) < 2:
            # a language's types (Swift, Kotlin, C#, Prisma): `Date?` may be null, a type without `?` may not; unless
            # the table marks Required itself, row by row (then that mark says it), or the row's notes say nullable
            for f in entity.fields:
                if f.required is None and f.nullable is None and f.default is NO_DEFAULT and not f.primary_key and not (
                        re.search(r"\b(nullable|optional|null)\b", f.description or "", re.IGNORECASE)):
                    f.nullable = False  # (whether the client must send it, other definitions may still say)
        elif null_typed and not signals and _type_col(table.header) is not None:
            for f in entity.fields:
                if not f.primary_key:
                    f.nullable, f.required, f.presumed = False, f.default is NO_DEFAULT, True
        elif nullable_noted and not signals:
            for f in entity.fields:  # (a table of the document that marks none of its own columns nullable)
                if not f.primary_key:
                    f.nullable, f.required, f.presumed = False, f.default is NO_DEFAULT, True
        elif not signals and sent_table(table.headings):
            for f in entity.fields:  # a create's request body, none said optional: each key one the client sends
                if not f.primary_key:
                    f.nullable, f.required, f.presumed = False, f.default is NO_DEFAULT, True
        else:
            settle_unmarked(entity.fields, marks_null=marks_null)
        if entity.fields:
            previous = entities[-1] if entities else None
            # (a bold label in code quotes, `**\`user_photos\`**`, names a table of its own, not a group of columns)
            # (but `### **book**` is a heading written in bold: it names its own table)
            labelled = table.headings[-1].startswith("**") and not re.fullmatch(
                r"\*\*`[^`]+`\*\*\s*:?", table.headings[-1].strip()) and table.headings[-1] not in titles if table.headings else False
            part = (tuple(table.headings[:-1]) if labelled else tuple(table.headings), tuple(lowered))
            # (`**ClientInfo** (embedded):` under `### Appointment`, whose `clientInfo | ClientInfo` it spells out: a shape
            # of its own, not more of the heading's columns)
            shape = re.fullmatch(r"\*\*`?([A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+)`?\*\*\s*(?:[(（][^)）]*[)）])?\s*[:：]?",
                                 table.headings[-1].strip()) if labelled else None
            typed_by = shape is not None and previous is not None and any(
                re.sub(r"[`?!\[\]*]", "", f.type_text or "").strip() == shape.group(1) for f in previous.fields)
            if typed_by:
                entity.name = shape.group(1)  # type: ignore[union-attr]
            if previous is not None and parts.get(id(previous)) == part and (labelled or previous.name == entity.name) and not (
                    {f.key for f in previous.fields} & {f.key for f in entity.fields} - {"id"}) and not typed_by:
                # `## matches` over **Identité**, **Participants**, **Résultat**: one table's columns in parts, each a
                # table of the same header under a bold label (or none), no heading between: the heading's table
                previous.fields += entity.fields
                if labelled:
                    previous.name = entity_name(list(part[0])) or previous.name
                    previous.context = " / ".join(part[0])
                continue
            topic = next((e for e in reversed(entities) if e.name == entity.name == "unnamed" and parts[id(e)][1] == part[1]
                          and parts[id(e)][0][:-1] == part[0][:-1] and FIELDS_TOPIC.search(parts[id(e)][0][-1])), None) \
                if part[0] and FIELDS_TOPIC.search(part[0][-1]) and not FUTURE.search(entity.context) else None
            if topic is not None:
                # `## 2. 核心食品字段`, `## 3. 日期相关字段` (core fields, date fields): one record's columns in tables by topic,
                # under sibling headings that name no entity, all of one header; a column repeated later is its first row's
                seen = {f.key for f in topic.fields}
                topic.fields += [f for f in entity.fields if f.key not in seen]
                continue
            # (`| | | IX(owner_id) |`: a row of the table's own indexes, below its columns; one column, one index)
            indexed = {m.group(1) for _line, cells in rows if len(cells) > name_col and not cells[name_col].strip("`* ")
                       for cell in cells if (m := re.fullmatch(r"\s*\**(?:IX|INDEX|IDX)\**\s*\(\s*`?(\w+)`?\s*\)\s*", cell))}
            for f in entity.fields:
                f.index = f.index or f.name in indexed
            parts[id(entity)] = part
            entities.append(entity)
    return entities
