"""Map a type as people write it (SQL, Python, prose, Prisma, OpenAPI) to a FeatureSpec type."""

from __future__ import annotations

import re

# The names an enum type takes: `ReviewDecision`, `BookingStatus`, `UserRole`, and, in Portuguese or Spanish order,
# `StatusPedido` (a `Profile` is a model, even one the spec does not show).
ENUM_NAME = re.compile(r"(Status|State|Type|Kind|Decision|Role|Level|Priority|Category|Mode|Stage|Outcome|Result|Visibility|"
                       r"Frequency|Severity|Tier|Method|Channel|Source|^Gender|^Sex|^Genero|^Sexo)$|^(Status|Estado|Tipo|Categoria|Nivel|Situacao|Statut|"
                       r"Etat)(?=[A-Z])")

# Checked in order: the first pattern that matches the lower-cased type text wins.
_PATTERNS: list[tuple[str, str]] = [
    (r"^(byte|bytes|int\w*|integer|number|float|double|bool\w*|uuid|guid)\s*\[\]$|^(bytea|blob|binary|varbinary|rowversion)\b", "binary"),
    # an array of objects (`Array<{nom, prix}>`, `{name, price}[]`, `list[dict]`) is a JSON document, not strings
    (r"^(array|list)\s*[<\[(]\s*(\{|dict|object|map|record|json|sub-?doc|embedded|objeto|objet|objekt|documento?)|\}\s*\[\]$|^(array|list) of (objects|dicts|maps|records|[`']?\{)", "json"),
    # PHP's `array<int, Transaction>`: a map of objects, kept whole (`array<int, string>` is a list of strings)
    (r"^array\s*<\s*(?:int|string)\s*,\s*(?!string\b|str\b)\w+\s*>$", "json"),
    (r"^\[\s*(string|str|text)\s*\]$|^\[\]\s*\*?string$", "list[str]"),  # Mongoose's `[String]`, Go's `[]string`
    (r"^\[\]\s*\*?(?!byte\b|uint8\b)[\w.]+$", "json"),  # (Go's `[]int64`, `[]Tag`: a list kept whole)
    (r"^\[\s*(number|boolean|date|mixed|object)\s*\]$", "json"),  # (and `[Number]`: a list of values, kept as JSON)
    (r"\[\]$|^array|^list\[str|^list<str|^set\[str|array of strings?|string\s*array|text\s*\[|varchar\s*\[|^list$", "list[str]"),
    (r"^enum|^literal\[|one of|^choice", "enum"),
    # a place on the map written as a `GeoJSON Point`: a document, kept whole (PostGIS's `geometry(Point, 4326)` stays
    # unknown: text, a document or two numbers is the user's choice)
    (r"^geo\s*json\b", "json"),
    # Airtable's and Notion's link to other records: one record's id, or several (`link → Person (many)`)
    (r"^(?:link(?:ed)?(?:\s+record)?|relation)\s*(?:→|->|to\b).*\b(?:many|multiple)\b", "list[str]"),
    (r"^(?:link(?:ed)?(?:\s+record)?|relation)\s*(?:→|->|to\b)", "str"),
    (r"^timecode$", "str"),  # (`01:02:03:04`, hours to frames: text)
    # form and CMS field types (Payload, Strapi, HTML inputs): a select's values are in its notes
    (r"^(select|radio|dropdown)$", "enum"),
    (r"^title$", "str"),  # Notion's title property
    (r"^(textarea|rich\s*text|richtext)$", "text"),
    # SharePoint and Airtable column types: 'Multiple lines of text', 'Single line of text', 'Yes/No', 'Hyperlink'
    (r"^(multi-?\s?line|multiple\s+lines\s+of)\s+text\b|^long\s+text\b", "text"),
    (r"^single[- ]line(\s+of)?\s+text\b|^hyperlink\b", "str"),
    (r"^yes\s*/\s*no\b", "bool"),
    (r"^(relationship|relation|upload)$", "str"),
    (r"^(ulid|cuid2?|nanoid|ksuid)$", "str"),  # an id made of letters and digits, kept as its text
    (r"^ref$", "str"),  # `| resellerId | ref? |` in a listing of cuid-keyed models: another row's id, an opaque string
    # Frappe DocType field types: Data is a short string, Link and Dynamic Link name another document
    (r"^(data|link|dynamic link|attach|attach image|read only|phone|autocomplete)$", "str"),
    (r"^(small text|long text|text editor|html editor|markdown editor|code)$", "text"),
    (r"^check$", "bool"),
    (r"^(image|file|attachment|picture|photo)$", "str"),  # an `image avatar` in a diagram: the stored file's path
    (r"^checkbox$", "bool"),
    (r"^(string|str|text)`?\s*[(\[]\s*date\s*[)\]]$", "date"),  # `string` (date): an ISO date held as text
    (r"^(string|str|text)`?\s*[(\[]\s*(date-?time|timestamp)\s*[)\]]$", "datetime"),
    (r"^uuid|^guid(?![a-z])|uniqueidentifier|^(string|str|text)\s*[(\[]\s*(uuid|guid)(\s*v?\d)?\s*[)\]]$", "uuid"),  # `string (UUID)`
    # AWS AppSync's scalars in a GraphQL schema (`initDate: AWSDate!`): a date, a moment, a count of seconds, a JSON text
    (r"^awsdate$", "date"), (r"^awsdatetime$", "datetime"), (r"^awstimestamp$", "int"), (r"^awsjson$", "json"),
    (r"^aws(email|url|phone|ipaddress|time)$", "str"),
    (r"^\w*(?:cents|centavos|c[eé]ntimos)$", "int"),  # `MoneyInCents`, `priceCents`, `importeCentavos`: a whole number of cents
    (r"^((mongoose\.)?(schema\.)?types\.)?(objectid|object\s+id)\b", "str"),  # MongoDB's ObjectId: 24 hex characters, a reference or a key
    (r"^id$", "int"),  # Rails-style listings type a reference column as `id`
    (r"^(identifier|identificador|identifiant|identificativo|kennung)\b", "str"),  # 'identifier (FK → Community)': opaque
    (r"^id\s*<", "str"),  # Convex's `Id<"users">`: a reference to another table's document, an opaque string
    # 'referencia a Paciente', 'reference to User', 'référence vers X': another row's id, an opaque string
    (r"^(reference|referencia|referência|référence|riferimento|referenz|verweis)\s+(to|a|à|para|vers|auf|zu)\b", "str"),
    (r"^(ref|fk|references?)\s*(→|->)", "str"),  # `ref → Court`
    (r"^bit$|^tinyint\s*\(\s*1\s*\)", "bool"),  # MySQL's boolean is TINYINT(1)
    (r"^year(\s*\(\s*4\s*\))?$", "int"),  # MySQL's YEAR: a four-digit year
    (r"^n?varchar\s*\(\s*max\s*\)|^(string|str)\s*\(\s*(long\s*)?text\s*\)", "text"),  # `String (text)`
    # Laravel's migration types: `foreignId` is an unsigned big integer, `foreignUuid` a uuid
    (r"^foreign_?uuid\b", "uuid"),
    ((r"^foreign_?id\b|^unsigned_?(big|small|tiny|medium)?_?int|^(big|small|tiny|medium)?_?increments\b|"
      r"^(big|small|tiny|medium)_?integer\b"), "int"),
    (r"^(big|small|tiny|medium)?serial|^(big|small|tiny|medium)?int(?![a-z])|^integer|^long(?!\s*text|\s*blob)|^number\s*\(int|^whole|^int32|^int64|^digits?$", "int"),
    (r"^(positive|unsigned|non-?negative)\s*_?(big|small|tiny)?\s*_?int", "int"),  # `PositiveInt`, `unsigned int`
    (r"^u(int|long|short)(8|16|32|64|128|256)?\b|^u?int(8|16|32|128|256)\b|^[iu](8|16|32|64|128|size)$", "int"),  # Go, Rust, C#
    (r"^n[úu]mero\s+(entero|inteiro)|^enter[oa]s?\b|^inteir[oa]s?\b|^columnas?\s+enter[oa]s\b", "int"),  # Spanish and Portuguese: a whole number
    (r"^number\s*\(\s*\d+\s*(,\s*0\s*)?\)$", "int"),  # Oracle's NUMBER(10): a whole number of up to ten digits
    # 'number (entero)', 'número (integer)': a number said to be whole
    (r"^(number|número|numero|nombre|zahl)\s*[(（]\s*(entero|integer|int|inteiro|entier|ganzzahl|intero|整数)\s*[)）]", "int"),
    # (not a type of the spec's own named after money, `currency_code`; but ex_money's `:money_with_currency` is money)
    (r"^(numeric|decimal|bigdecimal|money|currency)(?![a-z])(?!_(?!with_currency\b))|^number\s*\(\s*\d+\s*,|^n[úu]mero\s+decimal", "decimal"),
    (r"^(float|double|real|number)|^n[úu]mero\b(?!\s+d[eoa]\b)", "float"),  # ('número obrigatório'; not 'número de')
    (r"^bool", "bool"),
    (r"^(fecha\s*(?:y|/)\s*hora|data\s*(?:e|/)\s*hora|date\s*(?:and|/|\+|&)\s*time|date\s+et\s+heure|datum\s+und\s+uhrzeit)\b", "datetime"),
    (r"^(utc\s*)?(unix|epoch)\b|^(utc\s*)?unix", "int"),  # 'UTC Unixミリ秒', `unix timestamp`: a count of (milli)seconds
    (r"^(timestamp|datetime|date\s*time|date-time|timestamptz|instant|zoneddatetime|offsetdatetime|localdatetime|datetimeoffset|smalldatetime)", "datetime"),
    (r"^date$|^date\b(?!\s*time)|^localdate|^date_immutable$", "date"),  # (Doctrine's date_immutable)
    (r"^(fecha|datum)$", "date"),  # Spanish 'fecha', German 'Datum': a day
    (r"^(lista|liste|elenco)$", "json"),  # 'lista' of embedded things (its items described apart): kept whole
    (r"^(jsonb?|object|dict|map|record|hstore|any)\b|^(string|str|text)\s*\(\s*json\s*\)", "json"),
    (r"^(vector|halfvec|embedding)\s*(\(\s*\d+\s*\))?$", "json"),  # pgvector's `vector(1536)`: a list of floats, held as JSON
    (r"^(objekt|objet|objeto|oggetto|obiekt|nesne|объект)\b", "json"),  # 'Objekt': an embedded object, in other languages
    (r"^-?\d+\s*(?:–|-|\.\.|to|bis|a|à)\s*-?\d+$", "int"),  # a type cell that gives the range (`0–5` stars)
    (r"^(text|longtext|mediumtext|tinytext|long\s+text|clob|citext|markdown)\b", "text"),
    ((r"^(varchar|character varying|nvarchar|char|character|string|str|email|e-mail|url|uri|slug|phone|password|cadena)\b|"
      r"^n?varchar2\b"), "str"),
    (r"^v\d{1,5}$", "str"),  # `v64`: a schema table's shorthand for VARCHAR(64)
    (r"^texto\s+(largo|longo|libre|livre|extenso|enriquecido|rico)\b|^texte\s+(long|libre|riche)\b", "text"),  # said so
    (r"^(texto|texte)\b", "str"),  # Spanish, Portuguese and French 'texto'/'texte' is the word for a string, not SQL's TEXT
    (r"^booleano\b|^bool[ée]en\b", "bool"),
    (r"^cha[îi]ne\b|^cadeia\b|^zeichenkette\b", "str"),  # French 'chaîne (de caractères)', Portuguese 'cadeia', German
    (r"^entier\b|^ganzzahl\b", "int"),
    (r"^(?:komma|dezimal|gleitkomma)zahl\b", "float"),
    (r"^zahl\s*$", "int"),  # German 'Zahl', a number: an id, a count, a class 1 to 4 (a fraction says Kommazahl)
    # Chinese type words: 字符串 string, 文本 text, 整数 integer, 布尔 boolean, 日期时间 datetime, 小数 decimal
    (r"^(字符串|字串)枚举|^枚举|^列舉", "enum"),
    (r"^(日期时间|日期時間|时间戳|時間戳)", "datetime"),
    (r"^时间(?!段|长|间隔)", "datetime"),  # a data model's 时间 column is a moment (时长/时间段 are spans)
    (r"^日期", "date"),
    (r"^(整数|整型|整數)", "int"),
    (r"^(小数|小數|金额|金額)", "decimal"),
    (r"^(浮点|浮點)", "float"),
    (r"^(布尔|布林)", "bool"),
    (r"^(文本|長文本|长文本|多行文本|多行文字)", "text"),
    (r"^(关联|關聯)$", "str"),  # a relation, its key's type unsaid: an id kept as a string, as a bare `*_id` name is
    (r"^(字符串|字串)", "str"),
    # Japanese and Korean type words: 長文テキスト long text, テキスト/文字列 text, 数値 number, 日時 datetime, 真偽値 boolean
    (r"^(長文テキスト|長文|텍스트\s*\(긴\)|긴\s*텍스트)", "text"),
    (r"^(テキスト|文字列|문자열|텍스트)", "str"),
    (r"^(日時|날짜\s*시간|일시|시각|타임스탬프|タイムスタンプ)", "datetime"),  # (시각: a moment, the time a thing happened)
    (r"^(日付|날짜)$", "date"),
    (r"^(정수)", "int"),
    (r"^(数値|숫자)", "float"),
    (r"^(真偽値|ブール|불리언|불린)", "bool"),
    (r"^time(tz|\s+with(out)?\s+time\s+zone)?$|^localtime$|^time_immutable$", "str"),  # a time of day: no FeatureSpec type, a short string
]


# Django's field classes, as a table's Type column writes them: `CharField(255)`, `FK(User)`.
# A reference that names what it points to and no type: `FK → \`host_profiles.id\``, `FK -> users(id)`, `FK to teams`.
POINTED_KEY = re.compile(r"\s*`?(?:fk|foreign\s+key)`?\s*(?:→|->|=>|\bto\b|\breferences?\b|\brefs?\b)\s*`?([A-Za-z_]\w*)",
                         re.IGNORECASE)
DJANGO_TYPES = {"charfield": "str", "textfield": "text", "integerfield": "int", "positiveintegerfield": "int",
                "smallintegerfield": "int", "bigintegerfield": "int", "positivesmallintegerfield": "int",
                "positivebigintegerfield": "int", "floatfield": "float", "decimalfield": "decimal",
                "booleanfield": "bool", "datetimefield": "datetime", "datefield": "date", "timefield": "str",
                "uuidfield": "uuid", "jsonfield": "json", "emailfield": "str", "urlfield": "str", "slugfield": "str",
                # (a file's or image's field stores its path; django-ckeditor's RichTextField is a TextField of HTML)
                "imagefield": "str", "filefield": "str", "filepathfield": "str", "richtextfield": "text",
                "richtextuploadingfield": "text", "genericipaddressfield": "str", "ipaddressfield": "str",
                "durationfield": "str", "binaryfield": "str", "smallautofield": "int",
                "fk": "int", "foreignkey": "int", "onetoonefield": "int", "o2o": "int"}


# Odoo's field classes (`Many2one('res.users')`, `Char(size=255)`, `fields.Selection`): a Many2one is the id it points
# to; a One2many or Many2many is another table's rows, no column of this one
ODOO_TYPES = {"many2one": "int", "selection": "enum", "monetary": "decimal", "html": "text", "char": "str", "text": "text",
              "integer": "int", "float": "float", "boolean": "bool", "date": "date", "datetime": "datetime", "json": "json"}
ODOO_TYPE = re.compile(r"\s*`?(?:fields\.)?(Many2one|One2many|Many2many|Selection|Monetary|Html|Char|Text|Integer|Float|Boolean|"
                       r"Date|Datetime|Json|Binary|Image)\b(?:\s*\(.*\))?`?\s*")


ECTO_TYPES = {"string": "str", "integer": "int", "id": "int", "float": "float", "boolean": "bool", "map": "json",
              "decimal": "decimal", "date": "date", "naive_datetime": "datetime", "naive_datetime_usec": "datetime",
              "utc_datetime": "datetime", "utc_datetime_usec": "datetime", "binary_id": "uuid", "text": "text"}


# What a storage type may hold, as another source of the same spec says: the more specific reading wins.
STORED_AS = {
    "text": ("date", "datetime", "enum", "json", "list[str]", "uuid"),
    "str": ("date", "datetime", "enum", "json", "list[str]", "uuid"),
    "int": ("datetime", "date", "bool"),
    "json": ("list[str]",),
}


# A class member's visibility and modifiers written before its type in a table of members
VISIBILITY = re.compile(r"\s*`?(?:private|protected|public|internal)\s+(?:(?:readonly|static|final|const)\s+)*(?=[\w?\\])")


def classify(type_text: str) -> str | None:
    """The FeatureSpec type of `type_text`, or None when it is not a type we know."""
    formatted = re.fullmatch(r"\s*`?(?:string|str|text|varchar)`?\s*[(（]\s*(?:format\s*:?\s*)?(yyyy-mm-dd|date|iso\s*8601\s+date|"
                             r"yyyy-mm-dd[t ]hh:mm(?::ss)?\S*|date-?time|iso\s*8601)\s*[)）]\s*", type_text, re.IGNORECASE)
    if formatted:  # `string (YYYY-MM-DD)`: a date written as text; `string (ISO 8601)`: a moment
        return "date" if re.fullmatch(r"yyyy-mm-dd|date|iso\s*8601\s+date", formatted.group(1), re.IGNORECASE) else "datetime"
    stored = re.fullmatch(r"\s*`?(?:text|varchar(?:\s*\(\d+\))?|string|real|numeric)`?\s*[(（]\s*(decimal|money|currency)\s*[)）]\s*",
                          type_text, re.IGNORECASE)
    if stored:  # SQLite's `TEXT (Decimal)`: the exact number a text column keeps
        return "decimal"
    modified = re.match(r"\s*(?:可空|可为空|可為空|非空|自动|自動|自增)(?=\S)", type_text)
    if modified:  # `可空文本` nullable text, `自动整数` an auto integer: the type after its modifier (presence is said apart)
        return classify(type_text[modified.end():])
    if visible := VISIBILITY.match(type_text):
        type_text = type_text[visible.end():]  # PHP's, Java's, C#'s `private readonly string`: the type after the words
    keyed = re.match(r"\s*`?(?:fk|foreign\s+key|pk|primary\s+key)\b[`\s,]+([A-Za-z].*)$", type_text, re.IGNORECASE)
    if keyed and (kind := classify(keyed.group(1))):
        return kind  # `FK uuid`, `FK bigint`, `PK uuid`: a key of that type
    if POINTED_KEY.match(type_text):
        return None  # `FK → \`host_profiles.id\``: the key of the table it points to (decided with the others)
    django = re.match(r"\s*`?(?:models\.)?([A-Za-z]+)\b", type_text)
    if re.fullmatch(r"\s*`?(?:fk|foreign\s+key)`?\s*", type_text, re.IGNORECASE):
        return None  # a bare `FK`: a reference, typed as the key of the table it points to (decided with the others)
    if django and django.group(1).lower() in DJANGO_TYPES and (
            django.group(1)[0].isupper() or django.group(1).lower() in ("fk", "o2o")):
        return DJANGO_TYPES[django.group(1).lower()]
    odoo = ODOO_TYPE.fullmatch(type_text)
    if odoo and ("2" in odoo.group(1) or odoo.group(1) in ("Selection", "Monetary", "Html") or type_text.lstrip(
            " `").startswith("fields.")):
        return ODOO_TYPES.get(odoo.group(1).lower())  # (an Image or Binary field stores bytes: no FeatureSpec type)
    if re.fullmatch(r"\s*`?\{[^{}]*\}`?(?:\s*\\?\|\s*`?\{[^{}]*\}`?)*\s*", type_text):
        return "json"  # TypeScript's object literal, or a union of them: `{tipo:'conta'} | {tipo:'cartao', cartaoId}`
    if type_text.strip().strip("`*!") == "ID":
        return "str"  # GraphQL's ID is a string; a lower-case `id` in a Rails listing is an integer reference
    dynamo = {"S": "str", "N": "float", "BOOL": "bool", "M": "json", "L": "json", "SS": "list[str]", "NS": "json"}
    if type_text.strip().strip("`*") in dynamo:
        return dynamo[type_text.strip().strip("`*")]  # DynamoDB's attribute types: `S` a string, `N` a number, `M` a map
    if re.fullmatch(r"\s*`?StringSet`?\s*", type_text):
        return "list[str]"  # DynamoDB's `SS` spelled out
    if re.fullmatch(r"\s*`?(?:\[\s*(?:(?:mongoose\.)?(?:schema\.)?types\.)?objectid\s*\]|(?:(?:mongoose\.)?(?:schema\.)?types\.)?"
                    r"objectid\s*\[\])\??`?\s*", type_text, re.IGNORECASE):
        return "list[str]"  # `ObjectId[]`, `[ObjectId]`: references to other documents, each an id string
    if re.fullmatch(r"\s*`?[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+`?\s*\[\]\??`?\s*", type_text):
        return "json"  # `StatusHistoryEntry[]`: a list of structures, kept whole (a `Tag[]` may be strings)
    text = type_text.strip().strip("`*").lower()
    if (ecto := re.fullmatch(r":(\w+)", text)) and ecto.group(1) in ECTO_TYPES:
        return ECTO_TYPES[ecto.group(1)]  # Ecto's `:naive_datetime`, `:map`: an Elixir schema's field types
    if re.fullmatch(r"(?:utc|naive)_datetime(?:_usec)?", text):
        return "datetime"  # (`| last_used_at | utc_datetime_usec |`: Ecto's moment, named without its colon)
    if re.fullmatch(r"\{\s*:array\s*,\s*:string\s*\}", text):
        return "list[str]"  # Ecto's `{:array, :string}`
    if re.fullmatch(r"(string|str)\??\s*\(\s*iso\s*\)", text):
        return "datetime"  # `string? (ISO)`: a moment, as ISO text
    if re.search(r"iso[ -]?8601|\brfc\s?3339\b|\biso\s+(?:timestamp\s+)?string\b", text) and not re.search(
            r"iso[ -]?8601 (duration|interval|period)", text):  # (`ISO string, nullable`: a moment written as ISO text)
        # an ISO 8601 value is a timestamp unless it is said to be a date only (no time part)
        dated = re.search(r"\bdate\b|yyyy-mm-dd(?![t\s]*hh)", text) and "time" not in text
        return "date" if dated else "datetime"
    text = re.sub(r"^mapped\s*\[(.*)\]$", r"\1", text)  # SQLAlchemy 2's `Mapped[date | None]`: what the column holds
    text = re.sub(r"^(optional|nullable)\s*\[(.*)\]$", r"\2", text)
    text = re.sub(r"^option\s*<(.*)>$", r"\1", text)  # Rust's `Option<f32>`: a float that may be absent
    if re.fullmatch(r"(vec|hashset|btreeset)\s*<\s*(string|&str|str)\s*>", text):
        return "list[str]"
    if re.fullmatch(r"(vec|hashmap|btreemap)\s*<.*>", text):
        return "json"  # `Vec<Rgba>`: a list of structures, kept whole
    if re.fullmatch(r"f32|f64", text):
        return "float"
    if re.fullmatch(r"\*?(?:time\.time|sql\.nulltime|gorm\.deletedat)", text):
        return "datetime"  # Go's `time.Time`, `*time.Time`: a moment
    text = re.sub(r"\s*\|\s*none$|^none\s*\|\s*", "", text)
    # (sqlglot spells MySQL's `BIGINT UNSIGNED` as UBIGINT, `DECIMAL(10,2) UNSIGNED` as UDECIMAL)
    text = re.sub(r"^u(tinyint|smallint|mediumint|int|bigint|decimal|double|float)\b", r"\1", text)
    text = text.rstrip("?!").strip()
    parts = [p.strip() for p in re.split(r"\s*\\?\|\s*", text) if p.strip() not in ("", "null", "undefined", "none")]
    if len(parts) >= 2 and any(re.fullmatch(r"([\"'`]).+\1", p) for p in parts) and any(
            re.fullmatch(r"number|int|integer|float", p) for p in parts):
        return "str"  # `number | "NV" | null`: a year, or the word for none; only a string holds both
    if len(parts) >= 2 and not any(re.fullmatch(r"([\"'`]).*\1", p) for p in parts):
        if any(p.startswith("{") for p in parts):
            return "json"  # `boolean | { error: string }`: a value or an object, kept whole
        if "string" in parts and any(re.fullmatch(r"number|int|integer|float|bigint", p) for p in parts):
            return "str"  # `number | string`: '12' or '200+ applicants'; only a string holds both
    if re.search(r"\benum\b", text):
        return "enum"
    held = re.fullmatch(r"(integer|int|tinyint|smallint|bigint|text|varchar|string)\s*[(（]\s*(bool|boolean|date|datetime|"
                        r"timestamp|uuid)\s*[)）]", text)
    if held:  # `integer (bool)`, `text (uuid)`: SQLite's storage type, and what it holds
        return classify(held.group(2))
    stored = re.fullmatch(r"(.+?)\s*[(（]\s*jsonb?\s*[)）]", text)  # `ContentBlock[] (JSON)`: what a JSON column holds
    if stored:
        return "list[str]" if re.fullmatch(r"(string|str|text)\s*\[\]|(list|array)\s*<\s*string\s*>", stored.group(1)) else "json"
    for pattern, kind in _PATTERNS:
        if re.search(pattern, text):
            return None if kind == "binary" else kind
    wrapped = re.fullmatch(r"(?:encrypted|hashed|secure|sensitive|masked|compressed|secret|protected|obfuscated)_?(\w.*)", text)
    if wrapped:
        return classify(wrapped.group(1))  # `EncryptedString`, `EncryptedInt`: a column type that stores it encrypted
    noted = re.fullmatch(r"([\w<>&]+)\s*,\s*[^,()]+", text)
    if noted and noted.group(1) != text:
        return classify(noted.group(1))  # `f32, grams`, `Vec<Rgba>, len 1–4`: the type, then a note on it
    return None


def length_of(type_text: str) -> int | None:
    """VARCHAR(200), String(200), str(200), CharField(255) -> 200."""
    match = re.search(r"(?:char|string|str|text)\w*\s*\(\s*(?:(?:max_length|size)\s*=\s*)?(\d+)\s*\)", type_text, re.IGNORECASE) or (
        re.search(r"(?:char|string|str|text)\w*\s*\[\s*(\d+)\s*\]", type_text, re.IGNORECASE)) or (
        re.fullmatch(r"\s*v(\d{1,5})\s*", type_text)) or (
        re.search(r"\b(?:string|varchar|cadena|texto)\s+(?:de|of|com|mit)\s+(\d+)\b", type_text, re.IGNORECASE)) or (
        re.search(r"(?:最长|最長|最大长度|最大長度)\s*(\d+)", type_text))  # `字符串，最长 64`
    return int(match.group(1)) if match else None
