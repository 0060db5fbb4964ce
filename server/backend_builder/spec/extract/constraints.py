"""Read constraints written in words or SQL fragments: NOT NULL, DEFAULT x, UNIQUE, lengths, value lists."""

from __future__ import annotations

import json
import re
from typing import Any

from backend_builder.spec.extract.raw import NO_DEFAULT, RawField, snake, without_accents
from backend_builder.spec.extract.types import ENUM_NAME, classify

# "Default" in Chinese, Korean and Japanese (`기본` only in brackets before a number: `(기본 6)`)
CJK_DEFAULT = r"默认值?|默認值?|預設值?|기본값|(?<=[(（])기본(?=\s*-?\d)|초기값|デフォルト値?|初期値|既定値"
NOW_WORDS = ("now()", "current_timestamp", "datetime('now')", "(datetime('now'))", "(now())", "(current_timestamp)",
             "getdate()", "getutcdate()", "sysdate", "localtimestamp", "statement_timestamp()", "clock_timestamp()",
             "timezone('utc'", "(timezone('utc'", "datetime.utcnow", "datetime.now", "new date()", "date.now()",
             "defaultnow", "default_now", "now", "datetime.utcnow", "datetime.now", "utc_now", "utcnow", "timezone.now", "func.now()",
             "default_factory=datetime", "fields.datetime.now", "auto", "cuid()", "uuid()", "gen_random_uuid()", "uuid_generate_v4()")


def parse_literal(text: str) -> Any:
    """A default as written ('medium', false, 0, '{}', NOW()) -> a JSON value or a verbatim string."""
    raw = text.strip().rstrip(",;.").strip()
    if raw.count(")") > raw.count("("):
        raw = raw.rstrip(")").strip()
    raw = raw.strip("`").strip()
    prisma = re.fullmatch(r"@default\((.*)\)", raw)
    if prisma:  # a table cell that quotes Prisma: `@default(SUBMITTED)`
        raw = prisma.group(1).strip()
    wrapped = re.fullmatch(r"\(([^()]*)\)", raw)
    if wrapped:  # `DEFAULT ('medium')`, @default(SUBMITTED) seen as "default (SUBMITTED)"
        raw = wrapped.group(1).strip()
    raw = re.sub(r"::[\w\s\[\]]+$", "", raw).strip()  # 'x'::text
    cast = re.fullmatch(r"cast\s*\(\s*(.*?)\s+as\s+[\w\s\[\]()]+\)", raw, re.IGNORECASE | re.DOTALL)
    if cast:  # CAST('[]' AS JSON), as sqlglot writes '[]'::json
        raw = cast.group(1).strip()
    lowered = raw.lower()
    if lowered in ("true", "false", "vrai", "faux", "wahr", "falsch", "verdadero", "verdadeiro", "falso"):
        return lowered in ("true", "vrai", "wahr", "verdadero", "verdadeiro")  # (French 'défaut faux')
    if lowered in ("null", "none", "nil"):  # (Ruby's and Elixir's nil)
        return None
    if lowered in ("zero", "cero", "zéro"):
        return 0  # 'inicialmente zero
    if re.fullmatch(r"-?\d+", raw):
        return int(raw)
    if re.fullmatch(r"-?\d+\.\d+", raw):
        return float(raw)
    if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "'\"`":
        inner = raw[1:-1]
        if inner in ("{}", "[]"):
            return json.loads(inner)  # '{}' is an empty JSON object, or an empty SQL array: the column's type says
        return inner.replace("''", "'") if raw[0] == "'" else inner  # SQL's 'Côte d''Ivoire' is Côte d'Ivoire
    if raw in ("[]", "{}"):
        return [] if raw == "[]" else {}
    return raw


# 'required when SET_PRICE': a condition the client may not meet, so not required on create.
CONDITIONAL = (r"\brequired\s+(when|if|once|after|only\s+(when|if|for|once|after)|for\s+non[- ]?\w+)\b"  # ("Required once
               # submitted", 'required for non-local')
               r"|(?<!not\s)\bnull\s+(when|if|unless|for)\b")  # ("NULL when `no_action`, else NOT NULL": some rows have none)


def apply_words(field: RawField, text: str) -> None:
    """Constraints in prose or SQL-ish words, e.g. 'NOT NULL, DEFAULT false, UNIQUE, max 200 chars'."""
    lowered = text.lower()
    if re.search(r"\bprimary\s*key\b|\bpk\b|@id\b", lowered) or (re.search(
            r"主键|主鍵|主キー|기본\s*키|chave\s+prim[áa]ria|clave\s+primaria|cl[ée]\s+primaire|prim[äa]rschl[üu]ssel|"
            r"первичный\s+ключ|khóa\s+chính", lowered) and not re.search(  # (not a reference to another table's key)
            r"外键|外鍵|外部キー|외래|参照|參照|引用|关联|關聯|참조|estrangeira|foránea|étrangère|fremd|внешн|ngoại|\bfk\b|"
            r"表的\s*主[键鍵]|表之\s*主[键鍵]|テーブルの\s*主キー", lowered)):  # ('租户表的主键': the tenant table's key)
        field.primary_key = True
    if re.search(r"\bforeign\s*key\b|\bfk\b|\breferences\b|→|->\s*\w+\.\w+", lowered):
        field.foreign_key = True
    if "@db.text" in lowered and field.type == "str" and field.max_length is None:
        field.type = "text"  # `| direccion | String? | @db.Text, nullable |`: Prisma's native type, in a table's cell
    # Rails' `null: false`, Django's `null=True`, SQLAlchemy's `nullable=False`
    rails_null = re.search(r"\bnull(?:able)?\s*[:=]\s*(false|true)\b", lowered)
    if rails_null:
        lowered = lowered.replace(rails_null.group(0), "not null" if rails_null.group(1) == "false" else "nullable")
    asked = re.sub(r"\b(?:required|mandatory)\s*\?", " ", lowered)  # ('Is this required?' asks, it does not say)
    # ('UNIQUE quando preenchido (índice parcial `WHERE email IS NOT NULL`)': a partial index's condition, no NOT NULL)
    asked = re.sub(r"\bis\s+not\s+null\b", " ", asked)
    if re.search(r"(?:^|[;,(|]\s*)NN(?:\s*[;,)|]|\s*$)", text):
        asked += " not null"  # `| category_id | BIGINT | FK categories, NN |`: NN, a design tool's NOT NULL
    if re.search(r"\bnot\s+null\b|\bnon[- ]?null(?:able)?\b|\bnot\s+nullable\b|\bno\s+nul[oa]s?\b|\bnão\s+nul[oa]s?\b|\bnicht\s+null\b|\brequired\b|\bmandatory\b|必須|obrigat(?!oriedade)|requerid|\bobligatori(?!edad)|\bobligatoire|\brequise?s?\b|\bobbligatori(?!et[àa])|"
                 r"\bwajib\b|\berforderlich\b|\bpflicht|不能为空|不可为空|不得为空|不能為空|不可為空|非空|必填|\bzorunlu\b|"
                 r"\bbắt buộc\b|обязательн|필수(?!\s*(?:아님|아니|가\s*아))|"
                 # ('Non-empty, valid tmux window name': a value the row must have, and not an empty one)
                 r"(?:^|[;,(|])\W*non[- ]empty\b|\b(?:must|may|can)\s*not\s+be\s+(?:empty|blank)\b|\bcannot\s+be\s+(?:empty|blank)\b", asked) and not re.search(
                     r"\bnot\s+required\b|\bno\s+required\b|\bnon\s+(requis|obligatoire)", lowered):
        if re.search(CONDITIONAL, lowered):
            field.required = False if field.required is None else field.required
        else:
            field.required = True if field.required is None else field.required
            field.nullable = False
    if re.search(r"(?<!not )(?<!non-)(?<!non )(?<![=!])(?<![=!] )\bnull(able)?(?![a-z0-9_])(?!\s*\))|\boptional\b|null\s*許容|null可|\bnullable\b|opcional|opcionais\b|opcionales\b|"
                 r"(?<![不非])(?:可为空|可為空|可空|允许为空|允許為空|允许空值)|\banulables?\b|\bnul[aá]ve(?:l|is)\b|\banul[aá]ve(?:l|is)\b|\bfacultati|\bopsiyonel\b|isteğe bağlı|необязательн|опционал|"
                 r"\bnull\s*허용|널\s*허용|(?:^|[(（,，;|]\s*)선택(?:\s*사항)?\s*(?:$|[)）,，;|])|tùy chọn|(?<!\w)(?:任意|可选|可選|选填|選填)(?!\w)|(?:または|或者|或|또는)\s*null\b|"
                 # 'nur Reste: id des Kochabends', 'only for drafts: ...': a field some rows have, others not
                 r"(?:^|[;|]\s*)(?:nur|only|solo|sólo|apenas|seulement|uniquement|tylko)\b[^:：.]{0,40}[:：]", lowered) and not re.search(r"\bnot\s+null|\bnon[- ]null(able)?\b", lowered):
        # (`NULLなら休み希望`, NULL means a day off, in a script with no space after the word; not `block_def_id=null이면`,
        # a condition on another column's value)
        field.nullable = True
        field.required = False
    # ('único valor válido', the only value allowed, is no constraint: the word names one before a noun)
    if re.search(r"(?<!non-)(?<!non )(?<!not )(?<!not necessarily )\bunique\b|一意|(?<!\w)[úu]nic[oa]s?(?!\w)(?!\s+(?!(?:por|en|a|y|e|o|para|em|no|na|del?|dentro|entre|"
                 r"globalmente|nivel)\b)[^\W\d_]{2,})|唯一|유일|고유|\bbenzersiz\b", lowered) and not re.search(r"unique\s*\(\s*[\w\"`]+\s*,|per[- ]user|composite", lowered):
        field.unique = True
    if field.type in ("float", "decimal") and re.fullmatch(r"`?number`?", field.type_text.strip(), re.IGNORECASE) and re.search(
            r"(?:^|[,;|(]\s*)(?:integer|inteiro|entero|entier|ganzzahl|intero)\b(?!\s+(?:or|o|ou|oder)\b)|\bminor units\b|"
            r"\bin (?:cents|paise|pence|kobo|centavos|c[ée]ntimos|centimes|kopecks|satoshis?|sen)\b|整数|정수", lowered):
        # (not 'integer or decimal')
        field.type = "int"  # Mongoose's `Number` with `integer` among its rules, or a price in minor units (kobo)
    # (`Text index`: a full-text or search index over several fields, no column's own index)
    searched = re.search(r"\b(?:full[- ]?)?text\s+index|\bsearch\s+index|\bfull[- ]?text\b", lowered)
    if not searched and re.search(r"(?<!-)(?:(?<!\bthe )\bindex\b|\bindexed\b)(?!\s+(?:of|in|within|into)\b|\.\w)|\bdb_index\b(?!\s*=\s*false)|\bindex\s*=\s*true\b|\bindexé|\bindexad[oa]\b|\bindiziert\b|\bindicizzat[oa]\b|\bterindeks\b|\bindekslenmiş\b|\bindeksli\b|"
                 r"インデックス(あり|付き)|有索引|建立索引|索引あり|인덱스|(?:^|[；;，,、|])\s*索引\s*(?:$|[；;，,、|])", lowered) and not re.search(r"composite|\(\s*\w+\s*,", lowered):
        field.index = True
    english = re.search(r"\bdefault(?:s)?\b(?:\s*(?:[:=]|value|is|to))*\s*"
                        # ('Label and Priority defaults are handled by the backend': a sentence, no value)
                        r"(?!(?:are|were|was|will|be|being|handled|managed|computed|provided|applied|come|depend)\b)"
                        r"(\"[^\"]*\"|'[^']*'|`[^`]*`|\((?!\))[^()]*\)(?=\W|$)|"
                        r"(?!\.)[\w.()\-\[\]{}']+(?![\w.()\-\[\]{}'])(?!\s*/))",  # ('defaults to date/time' describes one)
                        text, re.IGNORECASE)
    if english and re.fullmatch(r"defaults?\s+[A-Za-z][\w-]*", english.group(0), re.IGNORECASE) and re.match(
            r"\s+(?:for|of)\b", text[english.end():]) and english.group(1).lower() not in ("true", "false", "null", "none"):
        english = None  # 'Default ship-via for generated orders': what the column is, not its default
    match = english or re.search(
        rf"(?:{CJK_DEFAULT}|(?<!\w)(?:domyślnie|standardmäßig|standardwert|varsayılan(?:\s+değer)?|по\s+умолчанию|"
        r"mặc\s+định|predefinito|valor\s+por\s+defecto|valor\s+padr[ãa]o|valeur\s+par\s+d[ée]faut|"
        r"(?:padr[ãa]o|por\s+defecto|predeterminado|por\s+padr[ãa]o|par\s+d[ée]faut|alap[ée]rtelmezett|standaard(?:waarde)?|"
        r"standardv[äa]rde|standardverdi|v[ýy]choz[íi]|oletus(?:arvo)?|implicit)(?=\s*[:=]|\s+[`\"']))(?!\w))"
        # ('Valor padrão no banco: `ABERTO`': the database's default)
        r"(?:\s+(?:no|na|en|in|dans)\s+(?:o\s+|el\s+|la\s+|the\s+|le\s+)?(?:banco|base(?:\s+de\s+(?:dados|datos|donn[ée]es))?|database|db|bd))?"
        r"\s*(?:[:：为為是=])?\s*(`[^`]*`|'[^']*'|\"[^\"]*\"|[A-Za-z0-9_.\-]+)", text, re.IGNORECASE)  # 默认 `unknown`
    # 'Inicia en 0', 'starts at 0', 'initially `draft`', 'défaut faux': the value a new row starts with (a literal)
    match = match or re.search(r"(?<!\w)(?:(?:inicia|comienza|empieza)(?:\s+por\s+defecto)?\s+en|(?:come[çc]a|inicia)\s+(?:em|com|como)|"
                               r"starts?\s+(?:at|as)|initially(?:\s+set\s+to)?|commence\s+[àa]|d[ée]faut\s*[:=]?|"
                               r"por\s+defecto\s*[:=]?|por\s+padr[ãa]o\s*[:=]?|"  # ('NOT NULL, por defecto `true`')
                               r"inicialmente|initialement|inizialmente|"
                               r"always(?:\s+(?:set\s+to|is|equals?))?|항상|常に|始终为?|始終為?|总是|總是|siempre|sempre|toujours|immer)\s*"
                               r"(`[^`]+`|'[^']+'|\"[^\"]+\"|-?\d+(?:\.\d+)?(?!\.?\d|[\w:/-])|true\b|false\b|vrai\b|faux\b|"
                               r"verdadeiro\b|verdadero\b|falso\b|zero\b|cero\b)", text,
                               re.IGNORECASE)
    empty = re.search(r"\bdefaults?\s*(?:is|:|=|to|value)?\s*(?:an?\s+)?empty\s+(array|list|object|string|dict)", text,
                      re.IGNORECASE) or re.search(  # ('Empty array for new albums', 'starts as an empty list')
        r"(?:^|[.;]\s*|\b(?:starts?|begins?)\s+(?:as\s+)?(?:an?\s+)?)empty\s+(array|list|object|dict)\s+(?:for|on|in|when)\s+(?:a\s+)?"
        r"(?:new|newly|creat)|\b(?:starts?|begins?)\s+(?:as\s+)?(?:an?\s+)?empty\s+(array|list|object|dict)\b", text, re.IGNORECASE)
    by_default = re.search(r"(\btrue|\bfalse|\b\d+|#[0-9a-f]{3,8}\b|['\"`][\w\s#-]*['\"`])\s+"
                           r"(?:by\s+default|por\s+defecto|por\s+padr[ãa]o|par\s+d[ée]faut|al\s+crear(?:se)?|ao\s+criar|"
                           r"on\s+creat(?:e|ion)|at\s+creation|upon\s+creation|when\s+created|[àa]\s+la\s+cr[ée]ation|"
                           r"bei\s+(?:der\s+)?(?:erstellung|anlage))\b", text, re.IGNORECASE)  # '`true` al crear'

    # (默认为空字符串 / 默认为空数组 / デフォルトは空配列: an empty string, list or object, said in Chinese or Japanese)
    empty_cjk = re.search(r"(?:默认值?|默認值?|預設值?|デフォルト値?|初期値)\s*(?:为|為|是|は|[:：=])?\s*(?:一个|一個)?\s*空\s*"
                          r"(字符串|字串|文字列|文字|数组|數組|列表|配列|リスト|对象|對象|オブジェクト)", text)
    if empty_cjk and field.default is NO_DEFAULT:
        kind = empty_cjk.group(1)
        field.default = "" if kind in ("字符串", "字串", "文字列", "文字") else {} if kind in ("对象", "對象", "オブジェクト") else []
    if empty and field.default is NO_DEFAULT:
        field.default = {"array": [], "list": [], "object": {}, "dict": {}, "string": ""}[
            next(g for g in empty.groups() if g).lower()]
    elif by_default and field.default is NO_DEFAULT:
        field.default = parse_literal(by_default.group(1))
    german = re.search(r"\bStandard(?:wert)?\s*[:=]\s*(`[^`]+`|\"[^\"]*\"|'[^']*'|-?\d+(?:\.\d+)?\b|true\b|false\b)", text)
    if german and field.default is NO_DEFAULT:
        field.default = parse_literal(german.group(1))  # German 'Standard: `true`' (default)
    # ('default existente `true`': the value in code after a word or two, unless a value stated outright comes first:
    # "default `'pending'`; Default changed from `'queued'`")
    spanned = re.search(r"\bdefault\s+(?!changed\b|was\b|used\s+to\b)(?:[^\W\d]+\s+){1,2}`([^`]+)`", text, re.IGNORECASE)
    stated_first = english is not None and english.group(1)[:1] in "`'\"" and spanned is not None and english.start() < spanned.start()
    if spanned and field.default is NO_DEFAULT and not stated_first and not re.search(
            r"\bdefault\s+(?:no|not|sin|sem|sans)\b", lowered):
        field.default = parse_literal(spanned.group(1))
    phrase = match is english and english is not None and re.fullmatch(r"[a-z]+", english.group(1)) and english.group(1) not in (
        "true", "false", "null", "none") and re.match(r"\s+[a-z]{3,}\b", text[english.end(1):])
    # ('default sort key': a noun phrase, no value)
    if match and field.default is NO_DEFAULT and match.group(1).lower() not in ("value", "the", "a", "an", "is", "to") \
            and not phrase:
        value = match.group(1)
        if re.match(r"(utc|current|local)\b", value, re.IGNORECASE) and re.search(
                r"\b(utc|current|local)\s*(now|time|timestamp|date)", text[match.start(1):], re.IGNORECASE):
            value = "now()"
        field.default = parse_literal(value)
    if match and field.default is NO_DEFAULT and match.group(1).lower() == "the" and re.match(
            r"\s+(?:current|present)\s+(?:timestamp|date\s*(?:and|/)\s*time|datetime|time)\b", text[match.end(1):], re.IGNORECASE):
        field.default = parse_literal("now()")  # 'it defaults to the current timestamp if not provided'
    if field.default is NO_DEFAULT and field.required is None and re.search(
            r"\bdefaults?\s+to\s+(?:the\s+)?(?:current|today|now|[a-z]+\s*/\s*[a-z]+)\b", lowered):
        field.required = False  # 'defaults to date/time': the application fills it in when the client leaves it out
    if field.default is NO_DEFAULT and re.search(r"\b(?:has\s+a\s+)?default\s*(?:$|[.,;|)])|\bwith\s+default\b|"
                                                 r"\bdefaults?\s+(?:existente|existing|atual|actual|existant)s?\b", lowered) \
            and not re.search(r"\b(?:no|not\s+a|without\s+a|without)\s+default\b", lowered):
        field.required = False  # `not null, default`: the database fills in a value it does not name
    apply_lengths(field, text)
    coded = re.search(r"\benum\s*[:：]\s*((?:[A-Za-z_]\w*\s*[:=]\s*\d+\s*,\s*)+[A-Za-z_]\w*\s*[:=]\s*\d+)", text)
    if coded and field.type in (None, "int", "enum", "str") and not field.enum_values:
        # Rails' `integer (enum: bac:0, bts:1, autre:2)`: stored as the code, answered as the name
        pairs = sorted(((int(code), name) for name, code in re.findall(r"([A-Za-z_]\w*)\s*[:=]\s*(\d+)", coded.group(1))))
        field.type, field.enum_values = "enum", [name for _code, name in pairs]
        return
    values = enum_values(text)
    if not values and field.type == "enum" and not field.enum_values:
        # a column declared an enum names its values in code spans: "`BUY` or `SELL`", "`a`, `b` or `c`"
        listed = re.search(r"((?:`[\w-]+`\s*(?:,|\bor\b|/|\|)\s*)+`[\w-]+`)", text)
        values = [v for v in re.findall(r"`([\w-]+)`", listed.group(1))] if listed else None
    if values and (field.type in (None, "enum", "str", "text")):
        field.enum_values = values
        field.type = "enum"


CODE_MAX = re.compile(r"\bmax_?length\s*[=:]\s*(\d+)|[\"']?maxLength[\"']?\s*[=:]\s*(\d+)|\.max\(\s*(\d+)|@MaxLength\(\s*(\d+)"
                      r"|StringLength\(\s*(\d+)|@Size\([^)]*\bmax\s*=\s*(\d+)|\bconstr\([^)]*max_length\s*=\s*(\d+)"
                      r"|\bchar_length\s*\([^)]*\)\s*<=\s*(\d+)|\blength\s*\([^)]*\)\s*<=\s*(\d+)"
                      r"|MaximumLength\(\s*(\d+)|\bMaxLength\(\s*(\d+)|\.Length\(\s*\d+\s*,\s*(\d+)",  # FluentValidation
                      re.IGNORECASE)
CODE_MIN = re.compile(r"\bmin_?length\s*[=:]\s*(\d+)|[\"']?minLength[\"']?\s*[=:]\s*(\d+)|\.min\(\s*(\d+)|@MinLength\(\s*(\d+)"
                      r"|@Size\([^)]*\bmin\s*=\s*(\d+)|MinimumLength\s*=\s*(\d+)|\.nonempty\(\)|MinimumLength\(\s*(\d+)"
                      r"|\bNotEmpty\(\)", re.IGNORECASE)


def settle_unmarked(fields: list[RawField], *, marks_null: bool = False) -> None:
    """A definition that marks NOT NULL where it applies: the columns it leaves unmarked are nullable; where it (or the
    document it is in: `marks_null`) marks NULL too, a reference marked only `FK → member.id` is one the row must have."""
    signals = [f for f in fields if f.required is not None or f.nullable is not None]
    nullables = [f for f in signals if f.nullable and not f.primary_key]
    musts = [f for f in signals if (f.required or f.nullable is False) and not f.primary_key]
    if len(nullables) >= 3 and all(f.default is not NO_DEFAULT for f in musts):
        # ('`Nullable`' on the columns that may be empty, a NOT NULL only beside a default: Laravel's way, the columns
        # left unmarked are NOT NULL)
        for f in fields:
            if f.required is None and f.nullable is None and not f.primary_key:
                f.nullable, f.required, f.presumed = False, f.default is NO_DEFAULT, True
        return
    if not any(f.required for f in signals):
        return
    both = marks_null or any(f.nullable for f in signals)
    for f in fields:
        if f.required is None and f.nullable is None:
            must = both and f.foreign_key and f.default is NO_DEFAULT and not f.primary_key and f.type not in (
                "list[str]", "json")  # (a list of links, `link → Person (many)`, is no column a row must fill)
            f.nullable, f.required, f.presumed = not must, must, True


def apply_lengths(field: RawField, text: str) -> None:
    # request models and validators: Field(max_length=200), maxLength: 200, z.string().max(200), @MaxLength(200)
    code_max, code_min = CODE_MAX.search(text), CODE_MIN.search(text)
    if code_max and field.max_length is None:
        field.max_length = int(next(g for g in code_max.groups() if g))
    if code_min and field.min_length is None:
        field.min_length = int(next((g for g in code_min.groups() if g), "1"))
    lowered = re.sub(r"(?<=\d)[,_](?=\d{3}(?!\d))", "", text.lower())  # 10,000 characters, or 10_000 as code writes it
    checked = re.search(r"\b(?:char_|character_)?length\s*\([^)]*\)\s+between\s+(\d+)\s+and\s+(\d+)", lowered)
    if checked:  # `CHECK (char_length(description) BETWEEN 1 AND 200)`
        field.min_length = field.min_length if field.min_length is not None else int(checked.group(1))
        field.max_length = field.max_length if field.max_length is not None else int(checked.group(2))
    sized = re.search(r"\b(?:string|varchar|cadena|texto)\s+(?:de|of|com|mit)\s+(\d+)\b", lowered) or (  # 'string de 255'
        re.search(r"\b(?:n?varchar2?|n?char|character varying)\s*\(\s*(\d+)\s*\)", lowered)
        if field.type in (None, "str", "text") else None)  # `| text | string | varchar(256) |`: the storage's size
    if sized and field.max_length is None:
        field.max_length = int(sized.group(1))
    between = re.search(rf"(\d+)\s*(?:-|–|to|~|〜|～|\.\.|(?<=\s)(?:and|y|e|et|und|à|a)(?=\s))\s*(\d+)\s*(?:{CHAR_WORDS}|자|글자)",
                        lowered) or (  # ('between 1 and 500 characters', 'entre 1 y 500 caracteres')
        re.search(r"\b(?:string|str|text|varchar)\s*,\s*(\d+)\s*\.\.\s*(\d+)\b", lowered)) or (  # `string, 1..120`
        re.search(r"(?:\blength|长度|長度|長さ|文字数|字数|길이|longitud|comprimento|longueur|länge)\s*(?:of\s*|between\s*|[:：]\s*|为\s*|は\s*)?"
                  r"(\d+)\s*(?:-|–|to|and|\.\.|~|〜|～|至|到)\s*(\d+)\b", lowered))  # 'length 1–100', '长度 1-100'
    if not between and field.type in ("str", "text"):
        # `| title | TEXT | NOT NULL | Task title (1-200) |`: a bare range in brackets on a text is its length
        between = re.search(r"\(\s*(\d+)\s*(?:-|–|to|\.\.)\s*(\d+)\s*\)", lowered)
    if between:
        field.min_length = field.min_length if field.min_length is not None else int(between.group(1))
        field.max_length = field.max_length if field.max_length is not None else int(between.group(2))
    most = re.search(
        r"(?:max(?:imum)?(?:\s*length)?(?:\s*of)?|at most|up to|no more than|(?:must|may|should|cannot|can't)?\s*not exceed|"
        r"limit(?:ed)?(?:\s*(?:of|to))?|≤|<=|最大|"
        r"máx(?:imo)?\.?|maksimal|maksimum|tối đa|até|hasta|jusqu'?à|bis\s+zu|fino\s+a|макс(?:имум)?\.?|не\s+более)\s*:?\s*(\d+)"
        rf"(?:\s*(?:{CHAR_WORDS}))?",
        lowered,
    )
    if most and re.match(r"\s*(?:[kmgt]i?b|bytes?|%|kg|g|ms|s|sec|seconds?|minutes?|hours?|days?|px)(?!\w)",
                         lowered[most.end(1):]):
        most = None  # 'máximo 25 MB', 'max 10 minutes': a bound on a value, not a length
    elif most and (counted := re.match(r"\s+([^\W\d_]{2,})", lowered[most.end(1):])) and not re.match(
            rf"(?:{CHAR_WORDS}|and|or|et|und|ou|oder|y|e|o|per|chars?\b)", counted.group(1)) and not most.group(0).rstrip(
            ).endswith(tuple(CHAR_WORDS.split("|"))) and not re.match(rf"\s+\S+\s+(?:\S+\s+)?(?:{CHAR_WORDS})",
                                                                      lowered[most.end(1):]):  # ('180 trimmed characters')
        most = None  # 'no máximo 1 review por session', 'up to 5 tags': a count of things, not of characters
    if most and field.max_length is None and (re.search(CHAR_WORDS, lowered) or "length" in lowered or "max" in lowered
                                               or re.match(r"≤|<=", most.group(0))  # (`title` (non-empty, ≤300))
                                               or "máx" in lowered or "maks" in lowered or "tối đa" in lowered
                                               or "макс" in lowered) and (
            re.search(CHAR_WORDS, lowered[most.end(1):most.end(1) + 16]) or not re.match(
                r"(?:até|hasta|jusqu|bis|fino)", lowered[most.start():])):  # ('até 100 caracteres'; not 'até 3 dias')
        field.max_length = int(most.group(1))
    trailing = re.search(rf"(\d+)\s*(?:{CHAR_WORDS})\w*\s+(?:au\s+plus|at\s+most|maximum|max(?:imo|imal)?|como\s+m[áa]ximo|"
                         r"no\s+m[áa]ximo|h[öo]chstens|al\s+massimo)\b", lowered)
    if trailing and field.max_length is None:
        field.max_length = int(trailing.group(1))  # '254 caractères au plus', '50 characters max'
    within = re.search(r"(\d+)\s*(?:文字|字|자|글자)\s*(?:以内|以下|까지|이하|之内|以内で)", lowered) or re.search(
        r"(?:最大长度|最大長度|最长|最長|最大文字数|最大字数|최대\s*길이|최대\s*글자\s*수)\s*(?:为|為|は|:|：|=)?\s*(\d+)", lowered) or re.search(
        r"(?:최대|最大|最多)\s*(\d+)\s*(?:자|글자|文字|字|個字|个字)(?!\w)", lowered)  # '최대 500자', '最多 50 字'
    if within and field.max_length is None:
        field.max_length = int(within.group(1))  # '2000文字以内', '50자 이하', '最大长度 100'
    patterns = list(re.finditer(r"\^(?:\[[^\]\s]+\]|\\d|\\w|\.)\{(\d+)(?:,(\d+))?\}\$", text))
    # (a rule's regex: `/^[A-Z]{5}$/`, `^[a-z0-9]{3,30}$`, `^\d{8}$`; or one of two, `/^\d{11}$|^\d{14}$/`: from the
    # shorter's length to the longer's)
    if patterns and field.max_length is None and all(p.group(2) or not p.group(0).endswith(",}$") for p in patterns):
        field.max_length = max(int(p.group(2) or p.group(1)) for p in patterns)
        field.min_length = field.min_length if field.min_length is not None else min(int(p.group(1)) for p in patterns)
    least = re.search(
        rf"(?:min(?:imum)?(?:\s*length)?|at least|≥|>=|最小)\s*:?\s*(\d+)\s*(?:{CHAR_WORDS})", lowered
    )
    least = least or (re.search(r"\bminimal\s+(\d+)\b", lowered) if re.search(r"\bmaksimal\s+\d", lowered) else None)
    if least and field.min_length is None:
        field.min_length = int(least.group(1))  # (Indonesian 'maksimal 10 minimal 3': at most 10, at least 3)
    exact = re.search(r"(?:^|[,;(]\s*|\b(?:exactly|exatamente|exactamente|exactement|genau|esattamente)\s+)(?:exactly\s+)?(\d+)(?:\s*|-)"
                      r"(?:chars?|characters?|letters?|caracteres|caract[èe]res|caratteri|karakter|zeichen|znak(?:i|ów)|символ(?:а|ов)?)(?!\w)",
                      lowered)  # (and 'CPF deve conter exatamente 11 caracteres'; `currency: string (3-letter)`, a code)
    if exact and field.max_length is None and not least and not re.search(
            r"e\.g|for example|such as|like", lowered[max(0, exact.start() - 24): exact.start() + 1]):
        # "Required, 8 chars, unique": a fixed length (not "e.g., 255 characters", an example)
        field.max_length = int(exact.group(1))
    digits = [int(d.group(1)) for d in DIGIT_COUNT.finditer(lowered)]
    if digits and field.type in ("str", "text", None) and field.max_length is None and field.min_length is None:
        # `renavam` único (11 dígitos): a code of exactly so many digits, kept as text ('CPF (11 dígitos) ou CNPJ (14
        # dígitos)': one of two codes, from the shorter's length to the longer's)
        field.min_length, field.max_length = min(digits), max(digits)
    if field.min_length is None and re.search(
        r"not\s+(be\s+)?empty|(?<!when )(?<!if )non[- ]empty|cannot be empty|must not be blank|空文字不可|空不可|length\s*>\s*0|not blank|"
        r"非空字符串|非空字串|빈\s*문자열\s*불가",
        lowered,
    ):
        field.min_length = 1


# 'Sin guiones; 11 dígitos', '8 digits': a code of so many digits, exactly (not '≥ 6 dígitos', 'up to 10 digits').
DIGIT_COUNT = re.compile(r"(?<![≥≤<>=\d.,])(?<!at least )(?<!up to )(?<!hasta )(?<!al menos )(?<!m[áa]s de )(?<!menos de )"
                         r"(?<!au moins )(?<!pelo menos )(?<!mindestens )(?<!jusqu'à )(?<!last )(?<!first )(?<!final )"
                         r"(?<!ultimos )(?<!últimos )(?<!primeros )(?<!primeiros )"  # ('showing only the last 4 digits')
                         r"(?<!m[íi]nimo )(?<!m[áa]ximo )(?<!max )(?<!min )\b(\d{1,3})(?:\s+|-)(?:d[íi]gitos?|digits?|chiffres|ziffern|cifre)\b",
                         re.IGNORECASE)


# "characters" in the languages specs are written in (a prefix: char, caracter(es), karakter, Zeichen, znaków, символов).
CHAR_WORDS = r"char|character|letter|文字|字元|字符|(?<![a-z])字(?![段节])|caracter|caract[èe]re|ký tự|karakter|zeichen|znak|символ"


def described_values(text: str, name: str, default: object, *, declared_enum: bool = False) -> list[str] | None:
    """Values in parentheses closing a description: `公開ステータス（draft/published）`, `类型(singles/doubles)`. Taken
    when the column's default is one of them or its name says it holds a state (status, type, kind...)."""
    value = r"[`'\"]?[\w-]+(?: [\w-]+){0,2}[`'\"]?"  # (a value of up to three words: `En curso`)
    tail = re.search(rf"[(（]\s*({value}(?:\s*[/,|、／，]\s*{value})+)\s*[)）]\s*\.?$", text.strip())
    listed = [v.strip("`'\"") for v in re.split(r"\s*[/,|、／，]\s*", tail.group(1))] if tail and not open_ended(
        tail.group(1)) else None  # (`戦略（breakout/pullback等）`: and so on, not the values)
    if listed:  # ('(face, body, or custom)': the last one after its 'or')
        listed[-1] = re.sub(r"^(?:or|and|ou|o|y|e|oder|und)\s+(?=\S)", "", listed[-1])
    glossed = re.search(r"[(（]\s*(`[\w-]+`\s*[:：=]\s*[^,，、()（）`]{1,30}(?:\s*[,，、]\s*`[\w-]+`\s*[:：=]\s*[^,，、()（）`]{1,30})+)"
                        r"\s*[)）]\s*\.?$", text.strip())
    if not listed and glossed:  # `주문 유형 (\`STORE\`: 매장, \`PICKUP\`: 포장)`: each code with its meaning
        listed = re.findall(r"`([\w-]+)`\s*[:：=]", glossed.group(1))
    labelled = re.fullmatch(r"([^:：()（）]{1,30})[:：]\s*([^:：()（）]+)", text.strip())
    if not listed and labelled and not open_ended(labelled.group(2)):  # `案件状态: pending|processing|closed`
        listed = bare_list(labelled.group(2))
    said = bool(labelled and listed and VALUES_SAID.search(labelled.group(1)))  # `Default ""; values: petrol|diesel`
    if listed and (default in listed or state_named(name) or declared_enum or said):
        return listed
    return None


# The label that says a list is the column's values: `values: a|b`, `allowed: a, b`, `one of: a/b`.
VALUES_SAID = re.compile(r"(?:^|[\s;,.])(?:values|allowed(?: values)?|one of|options|valores|valeurs|werte|valori)\s*$", re.IGNORECASE)

# Column names that hold one of a few states (`fuelType` as `fuel_type`).
STATE_NAMES = re.compile(r"(^|_)(status|state|kind|type|category|priority|level|role|visibility|stage|method|mode)$|"
                         r"^(tipo|estado|situacao|situação|categoria|prioridad|prioridade|nivel|nível|etapa|statut|etat|état|"
                         r"typ|art|kategorie|stufe|durum|tür|trang_thai|loai|tipe|jenis)(_|$|(?-i:(?=[A-Z])))", re.IGNORECASE)  # (`tipoItem`)


def state_named(name: str) -> bool:
    """A column named for one of a few states: `status`, `fuelType`, `tipoItem`."""
    return bool(STATE_NAMES.search(snake(name)))


def bare_list(text: str) -> list[str] | None:
    """`a, b, c` or `a / b / c` and nothing else: a closed list (a trailing SQL comment, a table cell)."""
    cleaned = text.strip().strip(".;").replace("`", "").replace("'", "").replace('"', "")
    cleaned = re.sub(r",?\s+(?:or|ou|o|oder|oppure|hoặc|atau|veya|или|lub|または|もしくは|或者|或|또는)\s+", ", ", cleaned)
    # ('`a`, `b` ou `c`', '`en` または `ja`')
    if re.fullmatch(r"[\w+-]+(\s*[,/|、，·•]\s*[\w+-]+)+", cleaned):  # A+, A-, O+: blood types keep their signs
        values = [v.strip() for v in re.split(r"\s*[,/|、，·•]\s*", cleaned)]  # (`tesisat` · `elektrik`: a middle dot)
        if re.search(r"[、，]", cleaned) and not all(v.isascii() for v in values):
            return None  # '最大255文字、空文字列不可' is a sentence; `male`、`female` a list
        if len(values) == 2 and "/" in cleaned and values[0].lower() in (
                "application", "text", "image", "audio", "video", "multipart", "font", "model"):
            return None  # `application/pdf`: one media type, not two values
        if values[-1].lower() in ("etc", "etcetera", "usw", "etc.") or values[-1] in ("...", "…"):
            return None  # 'strength', 'cardio', etc.: a list that trails off is no closed list
        if len(values) >= 2 and len(set(values)) == len(values) and not all(v.isdigit() for v in values):
            return values
    return None


def open_ended(text: str) -> bool:
    """A list that trails off or gives examples ('Work, Home, etc.', 'e.g. mg, ml', 'like draft'): not the values."""
    return bool(re.search(r"\betc\b|\.\.\.|…|\blike\b|(?:等|など|(?<=\s)등)\s*[)）]?\s*$", text, re.IGNORECASE) or EXAMPLE.search(text))
    # (Korean '공연예정, 공연중 등': and so on)


def option_list(text: str) -> list[str] | None:
    """The options of a column declared a select or an enum, as its notes list them: 'Kura Ganz, Kura Halb A, Halle 2/3',
    '60, 90, 180', 'Bestätigt, Storniert (DFBnet)'. Words and numbers may be options; a list that trails off is none."""
    if not open_ended(text) and "," not in text and re.fullmatch(r"[^/]+(?:\s/\s[^/]+)+", text.strip()):
        text = re.sub(r"\s+/\s+", ", ", text)  # `Not started` / `In progress` / `Complete`: a slash between spaces
    if open_ended(text) or "," not in text:
        return None
    labelled = re.fullmatch(r"[^()（）,]{1,30}[(（]([^()（）]+)[)）]\s*\.?", text.strip())
    if labelled:  # '상태 (PENDING, CONFIRMED, EXPIRED)': the options are the ones in parentheses
        return option_list(labelled.group(1))
    values = [v.strip().strip("`'\"").strip() for v in re.split(r"\s*[,、，]\s*", text.strip().rstrip("."))]
    values[-1] = re.sub(r"^(?:or|and|ou|o|y|e|oder|und)\s+(?=\S)", "", values[-1])  # ('face, body, or custom')
    if any(re.match(r"(default|not\s+null|null|unique|index|check|references|primary|foreign|fk|pk|required|optional|"
                    r"mandatory|obligatori[oa]|obrigat[óo]ri[oa]|requerid[oa]|opcional)\b", v, re.IGNORECASE)
           for v in values):
        return None  # `NOT NULL, DEFAULT pending`, `Required, see rules`: the column's constraints, not its options
    if any(re.match(r"(?:no|not|without|with|the|an?|for|of|to|from|sin|sem|con|com|sans|avec|ohne|mit|kein\w*)\s", v)
           for v in values):
        return None  # ('Product-authored, no Google equivalent.': a remark in clauses, not options)
    if len(values) >= 2 and len(set(values)) == len(values) and all(
            re.fullmatch(r"[\w][\w /+()-]{0,39}", v) and len(v.split()) <= 4 and v.count("(") == v.count(")")
            for v in values):
        return values
    return None


def notes_list(text: str, default: Any = None) -> list[str] | None:
    """A notes cell that is only a closed list of short values: 'High, Medium, Low' (not 'Work, Home, etc.').
    A `null`/`none` among them says the column may be empty, unless the column's default is that word: then it is
    a value (`none/daily/weekly` with DEFAULT 'none')."""
    if open_ended(text):
        return None
    # ('约定 unread / read / todo', '取值：a / b': a word in another script that says what the Latin values are)
    text = re.sub(r"^\s*[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{1,6}\s*[:：]?\s*(?=[A-Za-z`'\"])", "", text)
    # ('MANUAL / TRADE，未冻结时为空': the values, then a remark in another script after a full-width comma)
    text = re.sub(r"^(\s*[A-Za-z][\w-]*(?:\s*[/|、]\s*[A-Za-z][\w-]*)+)\s*[，；]\s*[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af].*$", r"\1",
                  text, flags=re.DOTALL)
    moves = re.fullmatch(r"\s*`?([A-Za-z]\w*)`?(?:\s*(?:→|->|⟶)\s*`?[A-Za-z]\w*`?)+"
                         r"(?:\s*(?:\\?\||/)\s*`?[A-Za-z]\w*`?)*\s*", text)  # (`PENDING → SUCCESS | FAILED`: where it may end)
    if moves:  # `ENTERING → PARKED → EXITED`: the states a row moves through, in the ENUM column's notes
        states = list(dict.fromkeys(re.findall(r"[A-Za-z]\w*", text)))
        return states if len(states) >= 2 and (all(v.isupper() for v in states) or all(v.islower() for v in states)) else None
    glossed = re.sub(r"(`[^`]+`)\s*[(（][^()（）]{1,60}[)）]", r"\1", text)
    if glossed != text and re.fullmatch(r"\s*`[^`]+`(?:\s*[,/|、，·•]\s*`[^`]+`)+\s*\.?\s*", glossed):
        text = glossed  # `declared` · `approved` (commissioner) · `removed`: the values, one with its gloss
    text = unglossed(text) or text
    values = bare_list(text)
    spanned = re.fullmatch(r"\s*`[^`]+`(?:\s*[,/|、，]\s*`[^`]+`)+\s*\.?\s*", text)
    if values is None and spanned and all(re.fullmatch(r"\w[\w-]*(?: [\w-]+){0,2}", v) for v in re.findall(r"`([^`]+)`", text)):
        # `Electronics`, `Tools`, `Daily Living`: each value in its own span, one of several words among them
        values = re.findall(r"`([^`]+)`", text)
        return values if len(set(values)) == len(values) and not any(CONSTRAINT_WORDS.fullmatch(v) for v in values) else None
    if values:  # 'company / member_advance / null': the values, and the column may be null
        values = [v for v in values if v.lower() not in ("null", "none") or v == default]
    if values and len(values) >= 2 and all(len(v) <= 24 and " " not in v for v in values) and not any(
            CONSTRAINT_WORDS.fullmatch(v) or CJK_CONJUNCTION.search(v) for v in values):
        return values
    return None


def unglossed(text: str) -> str | None:
    """'L (Laki-laki), P (Perempuan)': a list of codes, each with its meaning in brackets -> 'L, P' (else None)."""
    if re.fullmatch(r"\s*[\w-]+\s*[(（][^()（）]{1,40}[)）](?:\s*[,/|、，]\s*[\w-]+\s*[(（][^()（）]{1,40}[)）])+\s*\.?\s*", text):
        return re.sub(r"\s*[(（][^()（）]{1,40}[)）]", "", text)
    return None


# A conjunction inside a "value" makes it a phrase: '文本内容或图片/语音说明' is "text, or the image's/voice's caption".
CJK_CONJUNCTION = re.compile(r"[或和及与與]|または|および|또는|및")


# Words that make a cell a list of constraints ('Required, Unique, non-empty'), not of values.
CONSTRAINT_WORDS = re.compile(
    r"(required|optional|unique|nullable|not[-_ ]?null|non[-_ ]?empty|not[-_ ]?empty|indexed|index|primary|pk|fk|auto|"
    r"immutable|readonly|read[-_ ]only|trimmed|lowercase|uppercase|"
    r"calculated|derived|generated|default|null|none|yes|no|true|false|mandatory|enum|indeksli|indexé|indexado|indiziert|"
    r"benzersiz|zorunlu|único|unico|obligatori[oa]|obrigat[óo]ri[oa]|requerid[oa]|opcional|facultatif|facultativ[oa]|requis|erforderlich|pflicht)", re.IGNORECASE)


def enum_tables(text: str) -> dict[str, list[str]]:
    """`| Enum | Values |` tables (a row: product_status | draft, available), by lower-cased name."""
    out: dict[str, list[str]] = {}
    in_table = False
    heading, listing, listed = "", False, []  # `### BoardType` then `| 값 | 설명 |`, one value per row
    stored = 0  # the column of the heading's table that holds the values
    named, names = 0, []  # `| Value | Name |` over `| 0 | Reps |`: a code's name, which goes over the wire

    def close() -> None:
        values = [v for v in listed if v.lower() != "null"]  # (`| NULL | 正常 |`: the column may be empty)
        if values and all(re.fullmatch(r"-?\d+", v) for v in values) and len(names) == len(listed):
            values = names
        if heading and len(values) >= 2:
            out.setdefault(heading.lower(), values)

    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")] if line.strip().startswith("|") else []
        title = re.match(r"^#{2,6}\s+(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:enum|enumerador|enumeraci[oó]n|enumera[çc][ãa]o|enumeration|[ée]num[ée]ration|"
                         r"aufz[äa]hlung|列挙型?|枚举|열거형)\s*[:：]?\s*)?`?([A-Za-z_]\w*)`?(?:\s+(?:enum|enumeration|type))?\s*(?:[(（].*[)）])?\s*$",
                         line, re.IGNORECASE)  # (`### Enumerador: \`InvoiceStatus\``, `### ProductStatus（商品ステータス）`)
        # `### 活动状态 (activities.status)` over `| 状态 | 说明 |`: the values of that table's column
        qualified = re.match(r"^#{2,6}\s+.*?[（(]\s*`?([A-Za-z_]\w*\.[A-Za-z_]\w*)`?\s*[)）]\s*$", line) or re.match(
            r"^\s*`([A-Za-z_]\w*\.[A-Za-z_]\w*)`[^`|]{0,60}[:：]\s*$", line)  # ("`orders.status` 用于描述订单生命周期：")
        if title or line.startswith("#") or (listing and not cells) or (qualified and not cells):
            close()
            heading, listing, listed = (title.group(1) if title else qualified.group(1) if qualified else ""), False, []
        if not cells:
            in_table = False
        elif re.fullmatch(r"(enums?|enum\s*(?:names?|types?|型|名|类型|類型|타입)|type|name|nombre|nome|nom|typ|tipo|tür|列挙型|枚举|열거형|"
                          r"[A-Za-z]{2,12}(?: (?:enum|type))?)", re.sub(r"\s*[(（][^)）]*[)）]", "", cells[0].lower())) and len(
                cells) >= 2 and re.match(r"(values?|allowed values|options|members|werte|valores|valeurs|valori|wartości|"
                                         r"değerler|значения|giá trị|nilai|値|值|값)", cells[1].lower()):
            in_table = True
        elif in_table and len(cells) >= 2 and re.fullmatch(r"`?[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)?`?", cells[0]):
            # (`| \`lamal_policy.source\` | \`MANUAL\`, \`OFSP\` |`: a table's column, named with its table)
            values = bare_list(cells[1])
            if values:
                out[cells[0].strip("`").lower()] = values
        elif heading and not listing and (re.fullmatch(r"(values?|值|値|값|valor|valeur|wert|nilai|code)",
                                                       cells[0].lower().strip("*` ")) or "." in heading):
            listing = True  # the header row of the heading's table of values
            # (`| Value | DB column value |`: the code's name, then what is stored and sent, which is the value)
            stored = next((i for i, c in enumerate(cells) if i and re.search(
                r"\b(db|database|stored|storage|persisted|column|wire|json|api)\b.*\bvalue\b", c, re.IGNORECASE)), 0)
            named, names = next((i for i, c in enumerate(cells) if i and re.fullmatch(
                r"(enum\s+)?(name|member)|名前|名称|名稱|이름|nombre|nome|nom", c.strip("*` "), re.IGNORECASE)), 0), []
        elif listing and not re.fullmatch(r":?-{2,}:?", cells[0]):
            cell = cells[stored].strip("`'\" ") if stored < len(cells) else ""
            if re.fullmatch(r"[A-Za-z0-9_-]{1,40}", cell):
                listed.append(cell)
                name = cells[named].strip("`'\" ") if named and named < len(cells) else ""
                if re.fullmatch(r"[A-Za-z_]\w{0,39}", name):
                    names.append(name)
            else:
                heading, listing, listed = "", False, []
    close()
    for name, values in _qualified_members(text).items():
        out.setdefault(name, values)
    return out


# A table's first header that heads a list of fields, columns, indexes, routes or settings, not one column's values.
GENERIC_HEADERS = {"field", "fields", "column", "columns", "name", "names", "value", "values", "attribute", "attributes",
                   "key", "keys", "code", "param", "parameter", "parameters", "property", "properties", "type", "types",
                   "index", "indexes", "table", "tables", "entity", "entities", "model", "models", "item", "items",
                   "option", "options", "variable", "setting", "event", "events", "method", "endpoint", "route", "path",
                   "file", "files", "component", "module", "service", "test", "case", "scenario", "step", "rule", "term",
                   "campo", "campos", "columna", "coluna", "champ", "feld", "spalte", "nombre", "nome", "nom", "valor",
                   "valeur", "wert", "tipo", "enum", "enums", "constant", "flag", "permission", "scope", "error",
                   "requirement", "id", "label", "tag", "function", "command", "action", "operation"}


VALUES_LABEL = re.compile(r"^\s*\*\*\s*(?:`?(\w+)`?\s+(?:values|valores|valeurs|werte|nilai|valori)|(?:values|valores|valeurs|werte|"
                          r"nilai|valori)\s+(?:of|de|do|da|del|für|dari|di)\s+`?(\w+)`?)\s*[:：]?\s*\*\*\s*[:：]?\s*$", re.IGNORECASE)


def labelled_blocks(text: str, located: list[tuple[str, list[str], int]]) -> None:
    """'Booking status:' over a fenced block of one value a line (`inquiry`, `confirmed`, ...): the status column's
    list. Collected in `located` with the label's line, as the column's name (the label's last word)."""
    lines = text.splitlines()
    for number, line in enumerate(lines, 1):
        label = re.fullmatch(r"\s*\**([A-Z][A-Za-z]*(?:[ _][A-Za-z]+){0,2})\**\s*[:：]\s*\**\s*", line)
        if not label:
            continue
        rest = [(n, text_line) for n, text_line in enumerate(lines[number:], number + 1) if text_line.strip()]
        if not rest or not re.match(r"\s*(```|~~~)\s*(text|txt|plain|plaintext)?\s*$", rest[0][1]):
            continue
        values = []
        for _n, body in rest[1:]:
            if re.match(r"\s*(```|~~~)", body):
                break
            if not re.fullmatch(r"\s*(?:[a-z][a-z0-9_-]*|[A-Z][A-Z0-9_]*)\s*", body):
                values = []
                break
            values.append(body.strip())
        if len(values) >= 2 and len(set(values)) == len(values) and (all(v.islower() for v in values) or all(
                v.isupper() for v in values)):  # (`LEAGUE`, `LEAGUE_PLAYOFFS`: codes, all in one case)
            name = re.split(r"[ _]", label.group(1))[-1].lower()
            located.append((name, values, number))
            if re.search(r"[^su]s$", name):  # ('Types:' over the values of the `type` column)
                located.append((name[:-1], values, number))


def value_tables(text: str, located: list[tuple[str, list[str], int]] | None = None) -> dict[str, list[str]]:
    """`**Status Values:**` over a table whose rows start with the values (a row `| draft | Draf |` in code quotes): the column's list.
    `located` collects each list with its line, so a caller can tell whose section it is in."""
    out: dict[str, list[str]] = {}

    def keep(name: str, values: list[str], line: int) -> None:
        out.setdefault(name, values)
        if located is not None:
            located.append((name, values, line))

    lines = text.splitlines()
    for number, line in enumerate(lines):
        label = VALUES_LABEL.match(line)
        if not label:
            continue
        rows = []
        for following in lines[number + 1:]:
            if not following.strip() and not rows:
                continue
            if not following.lstrip().startswith("|"):
                break
            rows.append(following.strip().strip("|").split("|")[0].strip())
        values = [m.group(1) for cell in rows[2:] if (m := re.fullmatch(r"`([\w-]{1,40})`", cell))]
        if len(values) >= 2 and len(values) == len(rows) - 2:
            keep((label.group(1) or label.group(2)).lower(), values, number + 1)
    # 'Liste de valeurs :' over 'Categorie :' and a table `| Libellé | Libellé long |` whose first cells are the
    # values, as written (`Association / SARL`): the column's closed list, one such table a column
    listing = False
    for number, line in enumerate(lines):
        if re.fullmatch(r"\W*(?:lists?\s+(?:of\s+)?values?|value\s+lists?|listes?\s+de\s+valeurs|valeurs\s+possibles|"
                        r"listas?\s+de\s+valores|valores\s+posibles|valores\s+poss[íi]veis|wertelisten?)\s*[:：]?\s*", line, re.IGNORECASE):
            listing = True
            continue
        if line.startswith("#"):
            listing = False
        named = re.fullmatch(r"\s*\**`?([A-Za-z_][\w]*)`?\**\s*[:：]\s*", line) if listing else None
        if not named:
            continue
        following = [row for row in lines[number + 1:number + 80]]
        start = next((i for i, row in enumerate(following) if row.strip()), None)
        if start is None or not following[start].lstrip().startswith("|"):
            continue
        header = [c.strip(" *`").lower() for c in following[start].strip().strip("|").split("|")]
        if not header or not re.fullmatch(r"libell[ée]|label|valeur|value|code|c[óo]digo|valor|wert|valore", header[0]):
            continue
        rows = []
        for row in following[start + 2:]:
            if not row.lstrip().startswith("|"):
                break
            rows.append(row.strip().strip("|").split("|")[0].strip())
        values = list(dict.fromkeys(v for v in rows if v and len(v) <= 60))
        if len(values) >= 2:
            keep(without_accents(named.group(1)).lower(), values, number + 1)
    # `| Status | Beschreibung | Erlaubte Übergänge |` over rows `| \`offer\` | ... |`: a table headed by the column's
    # own name whose rows are its values in code quotes (a list of fields or indexes is headed Field, Index...)
    for number, line in enumerate(lines):
        header = [c.strip(" *`") for c in line.strip().strip("|").split("|")] if line.lstrip().startswith("|") else []
        # (`| Stato cattura | Significato |`: a column named in two words, `stato_cattura`)
        if not header or not re.fullmatch(r"[A-Za-z][a-z]+(?:[_ ][a-z]+)?|[A-Za-z][a-z]+[A-Z][a-z]+", header[0]) or (
                header[0].lower() in GENERIC_HEADERS) or (number and lines[number - 1].lstrip().startswith("|")):
            continue
        if number + 1 >= len(lines) or not re.fullmatch(r"\s*\|?[\s:|-]+\|?\s*", lines[number + 1]):
            continue
        rows = []
        for following in lines[number + 2:]:
            if not following.lstrip().startswith("|"):
                break
            rows.append(following.strip().strip("|").split("|")[0].strip())
        values = [m.group(1) for cell in rows if (m := re.fullmatch(r"`([a-z][a-z0-9_]{0,39}|[A-Z][A-Z0-9_]{0,39})`", cell))]
        if len(values) >= 2 and len(values) == len(rows) and len(set(values)) == len(values) and len(header) >= 2:
            keep(header[0].lower().replace(" ", "_"), values, number + 1)
    # `| Tabla | Campo | Valores |` over `| \`reservas\` | \`metodo_pago\` | \`Yape\` · \`Efectivo\` |`: each column's values (a
    # column two tables both list is left to their own sections)
    for number, line in enumerate(lines):
        header = [c.strip(" *`").lower() for c in line.strip().strip("|").split("|")] if line.lstrip().startswith("|") else []
        if len(header) != 3 or not re.fullmatch(r"tab(?:le|la|ela|elle)|entity|entidad|entidade|model|collection", header[0]) or not (
                re.fullmatch(r"field|column|campo|coluna|columna|spalte|feld|attribute|atributo", header[1])) or not re.fullmatch(
                r"(?:allowed\s+)?values?|valores?|valeurs|werte|options|opciones|opções|enum", header[2]):
            continue
        rows = []
        for following in lines[number + 2:]:
            if not following.lstrip().startswith("|"):
                break
            cells = [c.strip() for c in following.strip().strip("|").split("|")]
            if len(cells) == 3:
                rows.append((cells[1].strip("`* "), re.sub(r"\s*[(（][^)）]*[)）]\s*$", "", cells[2])))
        names = [name for name, _ in rows]
        for name, cell in rows:
            quoted = re.findall(r"`([^`]{1,40})`", cell)
            if names.count(name) == 1 and re.fullmatch(r"[A-Za-z_]\w*", name) and len(quoted) >= 2 and re.fullmatch(
                    r"\s*`[^`]+`(?:\s*[·•,/|、]\s*`[^`]+`)+\s*", cell):
                keep(name.lower(), quoted, number + 1)
    # `**Status Values**: pending, assigned, in_progress` on one line, below the table: that column's values
    for match in re.finditer(r"^\s*(?:[-*]\s+)?\*\*([A-Za-z_]\w*(?:\s+[A-Za-z_]\w*)?)\s+(?:values|enum\s+values|options|choices)"
                             r"\s*[:：]?\*\*\s*[:：]?\s*(\S.*)$", text, re.MULTILINE | re.IGNORECASE):
        listed = bare_list(match.group(2).strip())
        if listed and len(listed) >= 2:
            keep("_".join(match.group(1).lower().split()), listed, text[:match.start()].count("\n") + 1)
    # `**Status lifecycle:** queued → scheduled → running → completed/failed → dead`: the states, drawn on one line
    for match in re.finditer(r"^\s*(?:[-*]\s+)?\*\*([A-Za-z_]\w*)\s+(?:lifecycle|life\s+cycle|flow|states|transitions)\s*[:：]?\*\*"
                             r"\s*[:：]?\s*(\S.*)$", text, re.MULTILINE | re.IGNORECASE):
        states = [s.strip(" `'\"") for s in re.split(r"\s*(?:→|->|⟶|=>)\s*|\s*/\s*", re.sub(r"\s*[(（][^)）]*[)）]", "",
                                                                                           match.group(2)).strip(" .")) if s.strip()]
        if len(states) >= 3 and (all(re.fullmatch(r"[a-z][a-z0-9_]*", s) for s in states)
                                 or all(re.fullmatch(r"[A-Z][A-Z0-9_]*", s) for s in states)):
            keep(match.group(1).lower(), list(dict.fromkeys(states)), text[:match.start()].count("\n") + 1)
    for number, line in enumerate(lines, 1):  # a constraints table's row: `| CHECK | game_mode | 'RANK', 'RATE', 'EVENT' |`
        cells = [c.strip().strip("`") for c in line.strip().strip("|").split("|")] if line.lstrip().startswith("|") else []
        if len(cells) >= 3 and any(c.upper() == "CHECK" for c in cells):
            column = next((c for c in cells if re.fullmatch(r"[A-Za-z_]\w*", c) and c.upper() != "CHECK"), None)
            listed = next((found for c in cells if len(found := re.findall(r"'([^'\n]{1,40})'", c)) >= 2), None)
            if column and listed and not re.search(r"[<>=]|\bbetween\b", line, re.IGNORECASE):
                keep(column.lower(), listed, number)
    return out


def _qualified_members(text: str) -> dict[str, list[str]]:
    """A table whose rows name an enum's members in full (`| Area.tecnologia | Tecnología |`): the enum Area."""
    out: dict[str, list[str]] = {}
    for block in re.split(r"\n(?!\s*\|)", text):
        rows = [row.strip().strip("|").split("|") for row in block.splitlines() if row.strip().startswith("|")]
        members = [re.fullmatch(r"`?([A-Z]\w*)\.([A-Za-z_]\w*)`?", row[0].strip()) for row in rows]
        found = [m for m in members if m]
        if len(found) >= 2 and len({m.group(1) for m in found}) == 1 and len(found) >= len(members) - 2:
            out.setdefault(found[0].group(1).lower(), [m.group(2) for m in found])  # (less the header and its rule)
            continue
        # a glossary that maps business words to code, some of them an enum's members in a column of their own
        # (`| Exento | \`VatCondition.Exempt\` |`): three members or more of one type
        by_type: dict[str, list[str]] = {}
        for row in rows:
            for cell in row[1:]:
                member = re.fullmatch(r"`([A-Z]\w*)\.([A-Z]\w*)`", cell.strip())
                if member:
                    by_type.setdefault(member.group(1), []).append(member.group(2))
        for name, values in by_type.items():
            if len(values) >= 3 and len(set(values)) == len(values):
                out.setdefault(name.lower(), values)
    return out


def declared_enums(text: str) -> dict[str, list[str]]:
    """Enums declared apart from the column: C#/TS/Java `enum Name { A, B }`, TS `type Name = 'a' | 'b'`,
    Python `class Name(str, Enum)`, SQL `CREATE TYPE name AS ENUM (...)`, by lower-cased name."""
    out: dict[str, list[str]] = {}
    for match in re.finditer(r"\benum\s+(?:class\s+)?([A-Za-z_]\w*)\s*(?:\([^()]*\)\s*)?(?::\s*\w+\s*)?\{([^{}]*)\}", text):
        values = []
        body = re.sub(r"//[^\n]*|/\*.*?\*/", "", match.group(2), flags=re.DOTALL)
        # Java's and Kotlin's `GRADE_1("Grade 1", 1), ...; private final String displayName;`: the constants (their
        # arguments aside) come before the `;` that opens the enum's own members
        constants = re.sub(r"\(([^()]|\([^()]*\))*\)", "", body)
        if constants != body or re.search(r";\s*(?:@\w+\s*)*\b(private|public|protected|final|val|var|fun|static)\b", constants):
            body = constants.split(";", 1)[0]
        if re.fullmatch(r"\s*[A-Za-z_]\w*(?:[ \t]+[A-Za-z_]\w*)+\s*", body) or all(
                re.fullmatch(r"[A-Za-z_]\w*(?:[ \t]+[A-Za-z_]\w*)*", row.strip()) for row in body.splitlines() if row.strip()):
            # Prisma's `enum OrderChannel { DINE_IN TAKEAWAY DELIVERY }` on one line, or sketched a few a line
            body = "\n".join(body.split())
        for part in re.split(r"[,;\n]", body):
            part = part.strip()
            if not part or part.startswith("["):
                continue
            name, _, value = part.partition("=")
            value = value.strip().strip("'\"`")
            values.append(value if value and not re.fullmatch(r"-?\d+", value) else name.strip())
        values = [v for v in values if re.fullmatch(r"[\w\s-]{1,40}", v)]
        if len(values) >= 2:
            out[match.group(1).lower()] = values
    # (a comment after a member, `| 'draft'  // not submitted yet`, does not end the union)
    uncommented = re.sub(r"(?<=\s)//[^\n]*", "", text)
    for match in re.finditer(r"\btype\s+([A-Za-z_]\w*)\s*=\s*((?:\s*\|?\s*['\"][^'\"]+['\"])+)", uncommented):
        values = re.findall(r"['\"]([^'\"]+)['\"]", match.group(2))
        if len(values) >= 2:
            out[match.group(1).lower()] = values
    # (a sketch's list of enums, each on its line: `Availability: "In Stock" | "Out of Stock" | "Preorder"`)
    for match in re.finditer(r"^[ \t]*([A-Z][A-Za-z0-9]*)[ \t]*:[ \t]*((?:['\"][^'\"\n]+['\"][ \t]*\|[ \t]*)+['\"][^'\"\n]+['\"])"
                             r"[ \t]*;?[ \t]*$", uncommented, re.MULTILINE):
        out.setdefault(match.group(1).lower(), re.findall(r"['\"]([^'\"]+)['\"]", match.group(2)))
    # (a sketch's `VideoStatus:` on a line of its own, its union of quoted values indented on the next)
    for match in re.finditer(r"^[ \t]*([A-Z][A-Za-z0-9]*)[ \t]*:[ \t]*\n[ \t]+((?:['\"][^'\"\n]+['\"][ \t]*\|[ \t]*)+['\"][^'\"\n]+['\"])"
                             r"[ \t]*$", uncommented, re.MULTILINE):
        out.setdefault(match.group(1).lower(), re.findall(r"['\"]([^'\"]+)['\"]", match.group(2)))
    # JSDoc: `@typedef {'pending'|'paid'|'failed'} PaymentStatus`
    for match in re.finditer(r"@typedef\s*\{\s*((?:['\"][^'\"{}]+['\"]\s*\|?\s*)+)\}\s*([A-Za-z_]\w*)", text):
        values = re.findall(r"['\"]([^'\"]+)['\"]", match.group(1))
        if len(values) >= 2:
            out.setdefault(match.group(2).lower(), values)
    # Go: `type EventType string` and a `const (...)` block of `EventTypeUserCreated EventType = "user.created"`
    for block in re.finditer(r"\bconst\s*\(([^)]*)\)", text):
        members: dict[str, list[str]] = {}
        for name, value in re.findall(r"^\s*\w+\s+([A-Z]\w*)\s*=\s*\"([^\"]+)\"", block.group(1), re.MULTILINE):
            members.setdefault(name.lower(), []).append(value)
        for name, values in members.items():
            if len(values) >= 2:
                out.setdefault(name, values)
    for match in re.finditer(r"^class\s+(\w+)\s*\(([^)]*\bEnum\b[^)]*)\)\s*:\s*\n((?:[ \t]+[^\n]*\n?)+)", text, re.MULTILINE):
        values = re.findall(r"^\s+\w+\s*=\s*['\"]([^'\"]+)['\"]", match.group(3), re.MULTILINE)
        if len(values) >= 2:
            out[match.group(1).lower()] = values
    # JS constant objects used as enums: `const PaymentMethod = { CASH: 'cash', CARD: 'card' }` (or Object.freeze({...}))
    for match in re.finditer(r"\bconst\s+([A-Za-z_]\w*)\s*=\s*(?:Object\.freeze\(\s*)?\{([^{}]*)\}", text):
        body = re.sub(r"//[^\n]*|/\*.*?\*/", "", match.group(2), flags=re.DOTALL)
        members = [m.strip() for m in re.split(r"[,\n]", body) if m.strip()]
        pairs = [re.fullmatch(r"['\"]?[A-Za-z_]\w*['\"]?\s*:\s*['\"]([\w\s-]{1,40})['\"]", m) for m in members]
        if len(pairs) >= 2 and all(pairs):
            out.setdefault(match.group(1).lower(), [p.group(1) for p in pairs if p])
    for match in re.finditer(r"create\s+type\s+(?:[`\"]?\w+[`\"]?\.)?[`\"]?(\w+)[`\"]?\s+as\s+enum\s*\(([^)]*)\)", text,
                             re.IGNORECASE):  # (`CREATE TYPE "estado_cita" AS ENUM`, quoted or schema-qualified)
        body = re.sub(r"--[^\n]*", "", match.group(2))  # ('festgeschrieben', -- unveränderlich: a comment, no value)
        out[match.group(1).lower()] = [v.strip().strip("'\"") for v in body.split(",") if v.strip()]
    # `**ScenarioOutcome** (shared enum): \`approve\` | \`decline\``: a bold name, the word enum, its values on the line
    for match in re.finditer(r"^\s*(?:[-*]\s+)?\*\*`?([A-Za-z_]\w*)`?\*\*\s*(\([^)]*\benum\b[^)]*\)|enum|\([^)]*\))?\s*[:：]\s*(.+(?:\n[ \t]+\S.*)*)$",
                             text, re.MULTILINE | re.IGNORECASE):  # (a bullet's values may go on, indented, below it)
        values = bare_list(re.sub(r"\s+", " ", match.group(3)).strip().rstrip("."))
        heading = next((h for h in reversed(re.findall(r"^#{1,6}\s+(.+)$", text[:match.start()], re.MULTILINE))), "")
        # (or under an `## Enumerations` heading: `- **Category** (exactly one per recipe): \`hot_drink\`, \`lunch\``)
        listed = re.search(r"\benum(?:eration)?s?\b|\benums?\b|列挙|枚举|枚舉|열거", heading, re.IGNORECASE) and values and all(
            re.fullmatch(r"[\w-]+", v) for v in values) and match.group(3).count("`") >= 2 * len(values)
        if (re.search(r"\benum\b", match.group(2) or "", re.IGNORECASE) or listed) and values and len(values) >= 2:
            out.setdefault(match.group(1).lower(), values)
    # ('- Enum `DeviceStatus`: `ACTIVE`, `INACTIVE`, `OFFLINE`.': the word enum, the type's name, its values)
    for match in re.finditer(r"^\s*(?:[-*+]\s+)?(?:enum|enumeration|tipo\s+enum|type\s+enum)\s+`?([A-Za-z_]\w*)`?\s*[:：]\s*(.+)$", text,
                             re.MULTILINE | re.IGNORECASE):
        values = bare_list(match.group(2).strip().rstrip("."))
        if values and len(values) >= 2 and all(re.fullmatch(r"[\w-]+", v) for v in values):
            out.setdefault(match.group(1).lower(), values)
    # (in prose: 'The choice lists `WaterType` (`fresh` | `brackish` | `marine`), `Difficulty` (`easy` | `hard`)')
    for match in re.finditer(r"`([A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+)`\s*\(\s*((?:`[\w-]+`\s*\|\s*)+`[\w-]+`)\s*\)", text):
        out.setdefault(match.group(1).lower(), re.findall(r"`([\w-]+)`", match.group(2)))
    for name, values in [*enum_headings(text).items(), *enum_tables(text).items()]:
        out.setdefault(name, values)
    return out


def enum_headings(text: str, located: list[tuple[str, list[str], int]] | None = None) -> dict[str, list[str]]:
    """`### Priority` (under an Enums heading, or itself called an enum) followed by one value per bullet or line.
    `located` collects every such list with the line of its heading (several tables may each list a `status`)."""
    out: dict[str, list[str]] = {}
    current, values, in_enums, fenced, opened, at = None, [], False, False, 0, 0
    continued = ""  # the enum a plain block's last line named
    union_open = False  # a fenced union's line ended in `|`: the next line goes on with it

    def close() -> None:
        kept = [v for v in dict.fromkeys(values) if v.lower() not in ("null", "none", "undefined")]  # (may be empty)
        if current and len(kept) >= 2:
            out.setdefault(current, kept)
            if located is not None:
                located.append((current, kept, at))
    for number, line in enumerate(text.splitlines(), 1):
        if re.match(r"^\s*(```|~~~)", line):
            fenced = not fenced
            continue
        heading = None if fenced else (re.match(r"^(#{1,6})\s+(.*)", line) or re.match(
            r"^()\*\*([A-Za-z_]\w*(?:\s+[A-Za-z_]\w*){0,2}\s+(?:enum\s+values|choices|values|enum|options))\*\*(?:\s*\([^)]*\))?\s*:?\s*$",
            line, re.IGNORECASE) or re.match(r"^()\*\*`?([A-Z][A-Za-z0-9_]*)`?\*\*\s*[(（]\s*enum(?:eration)?(?:\s+type)?\s*[)）]\s*[:：]?\s*$",
                                             line, re.IGNORECASE)  # ('**AppointmentStatus** (enum):' over its values)
            or re.match(r"^()([A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+\s+(?:ENUM|Enum|enum))\s*[:：]?\s*$", line))  # ('ShipmentStatus ENUM')
        if not fenced and not heading and re.fullmatch(r"\s*(?:\*\*)?(?:enums?|enumerations?|enum types|(?:field\s+)?enum\s+values|"
                                                    r"(?:字段)?枚[举舉]值?|(?:フィールド)?列挙値?|열거\s*값?)(?:\*\*)?\s*[:：]\s*(?:\*\*)?\s*",
                                                    line, re.IGNORECASE):  # (and '**字段枚举值**：', the fields' enum values)
            close()  # a plain "Enums:" over `- AppointmentStatus: PENDING, CONFIRMED`: a section of lists, to the next heading
            current, values, in_enums, opened, at = None, [], True, 7, number
            continue
        if heading:  # a heading, or a bold label such as "**Status choices** (shared):"
            close()
            at = number
            title = re.sub(r"\s+(choices|values|options)$", " enum", heading.group(2).strip(), flags=re.IGNORECASE)
            # ('### `OrderStatus` (valid values)': the type's values below it)
            title = re.sub(r"\s*[(（]\s*(?:valid|allowed|possible|accepted)?\s*(?:values|choices|options)\s*[)）]\s*$", " enum", title,
                           flags=re.IGNORECASE)
            if not heading.group(1) and re.search(r"\*\*\s*[(（]\s*enum", line, re.IGNORECASE):
                title += " enum"  # (the word is in parentheses, after the bold name)
            called_enum = re.search(r"\benum(s|eration|erations)?\b|枚举|枚舉|列挙|열거", title, re.IGNORECASE)
            typed = re.fullmatch(r"(?:\d+(?:\.\d+)*\.?\s+)?`?([A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+)`?", title)
            if heading.group(1) and typed and ENUM_NAME.search(typed.group(1)):
                # `## 7.3 PlantingPlanStatus` over its values, one a line: a type named as enums are, its own list
                title, called_enum = typed.group(1), typed
            level = len(heading.group(1))
            if heading.group(1) and in_enums and level > opened and not called_enum:
                pass  # ('# PostgreSQL Enums' over '## listing_status': one enum of the section, which goes on)
            elif heading.group(1) and (level <= 2 or (called_enum and not re.search(
                    r"`?\w+`?\s*\(enum\)|\benum\b\s*:", title, re.IGNORECASE))):
                in_enums = bool(called_enum)  # (a bold label names one list; it opens no Enums section)
                opened = level
            elif heading.group(1) and in_enums and level <= opened:
                in_enums = False  # `### Metodologia (Methodology Enum)` then `### WorkflowEtapa`: that enum's section ended
            name = re.sub(r"\(.*?\)|`|\*|\benum(s|erations?)?\b|:|\s+[—–-]\s+.*$", "", title, flags=re.IGNORECASE).strip()
            if qualified := re.search(r"[（(]\s*`?[A-Za-z_]\w*\.([A-Za-z_]\w*)`?\s*[)）]\s*$", title):
                name = qualified.group(1)  # ('词条状态（article.status）': the values of the column it qualifies)
            if not heading.group(1) and re.fullmatch(r"[A-Za-z_]\w*(\s+[A-Za-z_]\w*){1,2}", name):
                name = "_".join(name.split())  # "**Payment Status Enum**:" lists payment_status's values
            # (`## ListingStatus (enum) — *new*`: the type's name, without its remark)
            current = name.lower() if (in_enums or called_enum) and re.fullmatch(r"[A-Za-z_]\w*", name) else None
            values = []
            continue
        bold_type = None if fenced or not in_enums else re.fullmatch(
            r"\s*\*\*`?([A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+)`?\*\*\s*(?:[(（].*[)）])?\s*[:：]?\s*", line)  # (a type's name, not '**Values**:')
        if bold_type:  # under an Enums heading, `**TicketStatus** (see state-machine.md):` over its values, one a bullet
            close()
            current, values, at = bold_type.group(1).lower(), [], number
            continue
        if in_enums and not current:
            # under an Enums heading, one list per bullet: `- \`issue_severity\`: \`critical\`, \`high\`, \`low\``,
            # or per line of a plain block: `ReservationStatus: Pending, Confirmed, Cancelled`
            more = re.fullmatch(r"\s+\|\s*([\w-]+(?:\s*\|\s*[\w-]+)*)\s*", line) if fenced else None
            if more and continued in out:  # (the union goes on, on a line of its own: `              | seminar`)
                out[continued] += [v.strip() for v in more.group(1).split("|")]
                continue
            # (or a plain line of its own: `event_status:<TAB>draft, published, cancelled`)
            named = re.match(r"^\s*(?:[-*+]\s*)?[`*]*([A-Za-z_]\w*)[`*]*\s*:\s*(.+)$", line) if not fenced else re.match(
                r"^\s*([A-Za-z_]\w*)\s*(?::|\s{2,}|\t)\s*([^:{}]+)$", line)  # (or `RarityEnum    COMMON | RARE | EPIC`)
            continued = named.group(1).lower() if named else ""
            ranged = re.match(r"\s*([A-Z])\s*\.\.\s*([A-Z])\b", named.group(2)) if named else None
            listed = [chr(c) for c in range(ord(ranged.group(1)), ord(ranged.group(2)) + 1)] if ranged and (
                ranged.group(1) < ranged.group(2)) else (bare_list(named.group(2)) if named else None)
            # (`GroupEnum  A..L`: the letters A to L)
            if named and listed and len(listed) >= 2:
                out.setdefault(named.group(1).lower(), listed)
                if located is not None:  # (each table's section may list its own `status`)
                    located.append((named.group(1).lower(), listed, number))
            continue
        lone = fenced and current and not union_open and re.fullmatch(r"\s*([\"'])([^\"'\n]{1,60})\1\s*,?\s*", line)
        if lone:  # a block of one quoted value a line: `"Pending"`, `"Awaiting Payment"`, `"Invoice sent, awaiting payment"`
            values.append(lone.group(2))
            continue
        piece = fenced and re.fullmatch(r"\s*(?:\|\s*)?(?:(['\"][\w-]+['\"]|null)\s*\|\s*)*(['\"][\w-]+['\"]|null)\s*(\|)?\s*", line)
        if current and piece and (not values or union_open) and (union_open or piece.group(3) or "|" in line):
            # a fence of one union: `'draft' | 'sent' | null`, maybe over several lines, each but the last ending in `|`
            values += re.findall(r"['\"]([\w-]+)['\"]", line)
            union_open = bool(piece.group(3))
            continue
        union_open = False
        if current:
            if re.fullmatch(r"\s*([-*_])(\s*\1){2,}\s*", line):  # a horizontal rule ends the list
                close()
                current = None
                continue
            if not values and (re.fullmatch(r"\s*(?:`[\w-]+`\s*(?:\||,|/|→|->|─*►|─*▶)\s*)+`[\w-]+`\s*(?:[(（][^)）]*[)）])?\s*\.?\s*",
                                            line) or fenced and re.fullmatch(
                    r"\s*(?:'[\w-]+'\s*(?:\||,|/|→|->)\s*)+'[\w-]+'\s*[;,]?\s*", line)):
                # `baixa` | `media` | `alta`, or `pendente` → `em_andamento` (a flow); in a fence, SQL's quotes:
                # `'Registration' → 'Seeding' → 'Completed'`, `'Single_Elimination', 'Swiss'`
                values = re.findall(r"[`']([\w-]+)[`']", line)
                close()
                current = None
                continue
            dotted = re.match(r"\s*((?:`[\w-]+`[^`·•\n]{0,30}[·•]\s*)+`[\w-]+`[^`·•.\n]{0,30})(?:\.|$)", line)
            if not values and dotted:  # `low` Low · `medium` Medium · `high` High: each value with its label
                values = re.findall(r"`([\w-]+)`", dotted.group(1))
                close()
                current = None
                continue
            label = re.fullmatch(r"\s*\**([A-Za-z][\w ]{0,30}?)\**\s*:\**\s*", line)
            if label:  # "Values:" opens the list; "Semantics:" after the values ends it
                if values:
                    close()
                    current = None
                continue
            # (in a fence, a member may carry its comment: `IN_PROGRESS  // Active test session`)
            # (`- **draft**: 草稿`: the value in bold, its label after a colon)
            item = re.match(r"^\s*(?:[-*+]|\d+[.)])?\s*[`'\"]{0,2}([A-Za-z0-9_-]{1,40})[`'\"]{0,2}\s*(?:$|[-–—:(]|//|#\s)", line) or re.match(
                r"^\s*[-*+]\s+\*\*`?([A-Za-z0-9_-]{1,40})`?\*\*\s*[:：]", line) or re.match(
                r"^\s*([A-Za-z_]\w{0,39})\s*=\s*-?\d+\s*,?\s*(?://.*)?$", line) or re.match(  # `Reps = 0`: a C# member and its code
                r"^\s*(?:[-*+]|\d+[.)])\s*`([A-Za-z0-9][\w -]{0,38}[\w-])`\s*(?:$|[-–—:(])", line)  # `- \`Lehanga Choli\``
            # (and `- \`'withdrawn'\`: ...`, a SQL literal in code quotes)
            if item and line.strip():
                values.append(item.group(1))
            elif line.strip() and not line.strip().startswith(("|", ">")) and values:
                close()
                current = None  # prose after the values ends the list; prose before them introduces it
    close()
    # `## Position` then "Enum de dominio persistido como texto: `GOALKEEPER`, `DEFENDER`, `MIDFIELDER` y `FORWARD`.": a
    # type the sentence under its heading calls an enum and whose values it quotes
    for match in re.finditer(r"^#{2,6}\s+`?([A-Z][A-Za-z0-9]*)`?\s*\n(?:[ \t]*\n)*((?=[^\n#|`])[^\n]*?\benum\w*\b[^\n]*)$", text,
                             re.MULTILINE | re.IGNORECASE):
        quoted = re.findall(r"`([A-Za-z0-9_-]{1,40})`", match.group(2))
        if len(quoted) < 2:
            continue
        listing = re.sub(r"`\s+(?:y|e|and|et|und|ve|dan|и)\s+`", "`, `", match.group(2)[match.group(2).index("`"):])
        if len(quoted) >= 2 and (listed := bare_list(listing)):
            out.setdefault(match.group(1).lower(), listed)
    # `#### \`dogrulama_durumu\` — dört değer` over a fence of one line, `beklemede | onaylandi | belirsiz`: that column's
    for match in re.finditer(r"^#{2,6}\s+`([A-Za-z_]\w*)`[^\n]*\n(?:[ \t]*\n)*(?:```|~~~)[^\n]*\n([^\n`]+)\n(?:```|~~~)", text,
                             re.MULTILINE):
        listed = bare_list(match.group(2))
        if listed and len(listed) >= 2 and not open_ended(match.group(2)):
            out.setdefault(match.group(1).lower(), listed)
    return out


# "for example" in the languages specs are written in: what follows is an example, not the allowed values.
EXAMPLE = re.compile(r"\be\.\s?g\b|\bfor example\b|\bsuch as\b|\bex(?:\.|:|emplo|emple)|\bp\.\s?ej\b|\bej\s*[.:]|\bvd\s*[:.]|\bpor ejemplo\b|"
                     r"\bpor exemplo\b|\bpar exemple\b|\bz\.\s?b\.|\bzum beispiel\b|\bnp\.|\bad esempio\b|\börneğin\b|"
                     r"\bнапример\b|\bví dụ\b|\bmisalnya\b|\bcontoh\b|例如|比如|例[:：]|例えば|など|예[:：]|예를 들어|"
                     r"如(?=\s*[\"“'「`])|如[:：]", re.IGNORECASE)  # ('如 "tiktok", "youtube"': such as)


# (and the names an identifier goes by: 'National Identity Number (KTP/NIK)')
CONTENT_WORD = re.compile(r"(content|body|text|description|descripci[oó]n|descri[cç][aã]o|beschreibung|contenu|conte[úu]do|contenido|inhalt|内容|本文|正文|콘텐츠|내용|"
                          r"number|identifier|\bid|n[úu]mero|nummer|identificador|identifiant|番号|编号|編號|번호)\s*$",
                          re.IGNORECASE)


# PostgreSQL's own spelling of `kind IN ('flow', 'trade_leg')` in a dump: `((kind = ANY (ARRAY['flow'::text,
# 'trade_leg'::text])))`, `((status)::text = ANY ((ARRAY['a'::character varying, ...])::text[]))`
PG_ANY = re.compile(r"\(?([A-Za-z_]\w*)\)?(?:::[\w ]+?)?\s*=\s*ANY\s*\(\s*\(?\s*ARRAY\s*\[([^\]]*)\]\s*\)?(?:::[\w ]+(?:\[\])?)?\s*\)",
                    re.IGNORECASE)


def as_in_list(text: str) -> str:
    """`kind = ANY (ARRAY['a'::text, 'b'::text])` written as `kind IN ('a', 'b')`, the form the readers know."""
    if "ANY" not in text.upper():
        return text
    def listed(match: re.Match[str]) -> str:
        values = re.sub(r"::[A-Za-z_][\w ]*?(?=\s*(?:,|$))", "", match.group(2))
        return f"{match.group(1)} IN ({values})"
    return PG_ANY.sub(listed, text)


def enum_values(text: str) -> list[str] | None:
    """A closed list of values: IN ('a','b'), one of: a, b, c, 'a' | 'b', enum(a, b)."""
    if re.search(r"[`'\"]\s*(?:\\?\|\s*)(?:…|\.\.\.|etc\.?)\s*$", text.strip()):
        return None  # `SEA` | `LAND` | `AIR` | …: a union that trails off, an open list
    text = text.replace("`'", "'").replace("'`", "'").replace('`"', '"').replace('"`', '"')
    text = re.sub(r"(?<=['\"])\s*，\s*(?=['\"])", ", ", text)  # (`'拒绝'，'接收'`: a full-width comma between quoted values)
    # (an example object, `{"type": "timeout", "message": "..."}`, holds keys and values, no list of choices)
    text = re.sub(r"\{[^{}]*[\"']\s*:[^{}]*\}", " ", text)
    patterns = [
        r"\bin\s*\(\s*('[^)]*')\s*\)",
        r"(?-i:\bIN\s*\(\s*([A-Z][A-Z0-9_]*(?:\s*,\s*[A-Z][A-Z0-9_]*)+)\s*\))",  # IN (GENERAL, FOLLOW_UP): upper-case codes
        r"\^\(\?:?((?:[\w-]+\|)+[\w-]+)\)\$|\^\(((?:[\w-]+\|)+[\w-]+)\)\$",  # regex="^(low|medium|high)$"
        r"enum\s*\(\s*([^)]*)\)",
        r"^\s*enum\s+([\w-]+(?:\s*,\s*[\w-]+)+)\s*\.?\s*$",  # ('ENUM pendente, confirmado, cancelado': a cell of its values)
        r"enum(?:\s+(?:string|str|text|varchar|integer|int))?\s*[:=]\s*([^;()\n]+)",  # stops at a parenthesis: `a | b`
        # ('Enum - draft, active, paused': a dash between the word and its values, to the next dash)
        r"enum\s+[-–—]\s+(?!(?:valores|values|valeurs|werte|options|opciones|opções)\b)([^;()\n]+?)(?=\s+[-–—]\s|$)",
        # (default `a`); 'enum string: `borrador`, `activo`': the values after the type they are stored as
        r"\benum\s+`((?:[\w-]+\s*\|\s*)+[\w-]+)`",  # '`status`: enum `Pending | Paid | Declined`'
        r"enum\s*\{\s*([^{}]*)\}",  # (C#-minded notes: `MemberStatus enum {Active, Inactive}`)
        r"(?<!\bleast\s)(?<!\bmost\s)one of[:\s]*\[?([^\].;\n]+)",  # ('at least one of email or phone': no values)
        # '`status` is limited to `active`/`cancelled`', 'can only be "open" or "closed"': quoted values only
        (r"(?:(?:limited|restricted|constrained)\s+to|(?:can|may|must)\s+only\s+be|(?:must\s+be|is)\s+either)\s+"
         r"((?:[`'\"][\w-]+[`'\"]\s*(?:,|/|\bor\b)\s*)+[`'\"][\w-]+[`'\"])"),
        r"(?:^|[:：—–]\s*)either\s+([a-z][\w-]*\s+or\s+[a-z][\w-]*)\s*\.?\s*$",  # ('the type of book: either fiction or nonfiction')
        r"(?:values?|options?|valores|choices)\s*[:=]\s*\[?([^\].;\n]+)",  # (Django's `choices: A / B`)
        r"\b(?:valores|values|valeurs|werte)\s+((?:[\w-]+\s*,\s*)+[\w-]+)\b",  # 'enum - valores product, service'
        r"((?:['\"`][\w\s-]+['\"`]\s*\|\s*)+['\"`][\w\s-]+['\"`])",
        r"((?:`[\w-]+`\s*,\s*)+or\s+`[\w-]+`)",  # '`success`, `partial`, or `failed`': a choice among the three
        # ('حالة القطعة: `InStorage` أو `OutOfStorage`', '`draft` ou `final`': two code spans, 'or' between them)
        # (all that follows a colon, or all the text: 'see `id` or `kind` for the rules' names columns, no values)
        (r"(?:^|[:：—–]|\s-\s)\s*((?:`[\w-]+`\s*,\s*)*`[\w-]+`\s*(?:\b(?:or|ou|o|oder|oppure|veya|atau)\b|أو|или|或|或者|または|또는|hoặc)"
         r"\s*`[\w-]+`)\s*[.。]?\s*$"),
        # ('状态，包含`TODO`, `WIP`, `Done`': Chinese 'takes in', 'is one of', over code spans)
        r"(?:包含|包括|取值为?|可选值为?|可選值為?|之一[:：]|のいずれか[:：]?|중\s*하나[:：]?)\s*[:：]?\s*((?:`[\w-]+`\s*[,，、]\s*)+`[\w-]+`)",
        (r"((?:['\"][\w-]+(?: [\w-]+){0,3}['\"]\s*(?:,(?:\s*(?:and|or)\b)?|\b(?:or|lub|oder|ou|o|или|veya|atau|hoặc|oppure)\b|/)\s*)+"
         r"['\"][\w-]+(?: [\w-]+){0,3}['\"])"),  # ("Project Documents", "Team Resources", "Other")
        r"\(\s*((?:['\"`]?\w+['\"`]?\s*/\s*)+['\"`]?\w+['\"`]?)\s*\)",
    ]
    pairs = re.search(r"\[\s*((?:\(\s*(['\"])[\w.-]+\2\s*,[^()\[\]]*\)\s*,?\s*){2,})\]", text)
    if pairs:  # `[('pending','Pending'), ('approved','Approved')]`: Odoo's or Django's choices, each stored value and its label
        return list(dict.fromkeys(re.findall(r"\(\s*['\"]([\w.-]+)['\"]", pairs.group(1))))
    alone = re.search(r"\bcheck\s*\(\s*[`\"]?\w+[`\"]?\s+in\s*\(\s*'([\w-]{1,40})'\s*\)\s*\)", text, re.IGNORECASE) or re.search(
        r"\bcheck\s*\(\s*[`\"]?\w+[`\"]?\s*=\s*'([\w-]{1,40})'\s*\)", text, re.IGNORECASE) or re.search(
        r"(?:^|[;|]\s*)check\s*=\s*'([\w-]{1,40})'\s*(?:$|;)", text, re.IGNORECASE)  # CHECK (currency = 'SAR'); a cell's `CHECK = 'USD'`
    if alone:  # `CHECK (status IN ('PAID'))`: a closed list of one value, for now
        return [alone.group(1)]
    listed = re.search(r"\bin\s*\(\s*('(?:[^'\\]|\\.|'')*'(?:\s*,\s*'(?:[^'\\]|\\.|'')*')+)\s*\)", text, re.IGNORECASE)
    if listed and re.search(r"\\'|''", listed.group(1)):  # IN ('DONE', 'WON\'T_DO'): quotes escaped inside values
        return [v.replace("\\'", "'").replace("''", "'") for v in re.findall(r"'((?:[^'\\]|\\.|'')*)'", listed.group(1))]
    text = text.replace("（", "(").replace("）", ")")  # 公開ステータス（draft/published）
    # `'NEW'（学新阶段忘记…）/ 'REVIEW'（…）`: each quoted value glossed in brackets; the glosses are not values
    text = re.sub(r"(['\"`][\w-]+['\"`])\s*\([^()]{1,120}\)", r"\1", text)  # (or a code span: '`hybrid` (ASCII values)')
    for pattern in patterns:
        match = re.search(pattern, text, re.IGNORECASE)
        if match and pattern == patterns[-1] and (CONTENT_WORD.search(text[max(0, match.start() - 12): match.start()]) or re.search(
                r"\b(?:link|url|uri|stored|hosted|kept)\b", text[max(0, match.start() - 40): match.start()], re.IGNORECASE)):
            # 正面内容（富文本/LaTeX/代码）: the forms a content takes, not a closed list of values; 'Link to supporting
            # documents (S3/IPFS)': where the linked file is kept
            continue
        if match:
            found = next(g for g in match.groups() if g is not None)
            found = re.split(r"\.\s+(?=[A-Z][a-z])", found)[0]  # ('Enum: A, B, REJECTED. Defaults to A.': the sentence ends)
            # ('one of `confirmed`, `failed`, and `FoodMeal.logged_at` SHALL ...': another sentence, about a column)
            if found.count("`") % 2:  # (the capture stopped at the dot of `FoodMeal.logged_at`: no value, cut off)
                found = re.sub(r",?\s*(?:\band\b\s+|\bor\b\s+)?`[^`]*$", "", found)
            found = re.split(r"\s*;\s*(?=(?:default|defaults|por\s+defecto|padr[ãa]o|par\s+d[ée]faut)\b)|"
                             r"\s*,\s*(?=(?:default|defaults|por\s+defecto|padr[ãa]o|par\s+d[ée]faut)\s*[:=])", found,
                             flags=re.IGNORECASE)[0]  # ('Enum (Low, Medium, High; Default: Medium)', "..., 'high', Default: 'medium'")
            if re.search(r"(?:等|など|等々|\betc\.?)\s*['\"`]?\s*$", found.strip(), re.IGNORECASE) or re.match(
                    r"\s*(?:등|等|など|etc\b|and so on\b|e\.g\.)(?![가-힣])", text[match.end():], re.IGNORECASE):
                continue  # '（観光/ゲーム等）': sightseeing, games and the like, examples of an open list (Korean `"01-member",
                # "02-pet" 등`: and so on)
            if re.fullmatch(r"\s*(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)/[A-Z]\w+\s*", found):
                continue  # 'string (Asia/Karachi)': a time zone's name, one value
            quoted_values = [a or b for a, b in re.findall(r"'([^']*)'|\"([^\"]*)\"", found)]
            if len(quoted_values) >= 2 and any("/" in v for v in quoted_values) and all(
                    re.fullmatch(r"[\w-]+(?:/[\w.+-]+)+|[\w\s-]{1,40}", v) for v in quoted_values):
                return list(dict.fromkeys(quoted_values))  # IN ('image/png', 'application/pdf'): a value keeps its slash
            parts = re.split(r"\s*[,|/]\s*|\s+(?:or|lub|oder|ou|o|или|veya|atau|hoặc|oppure|أو|或者|または|또는)\s+|\s*或\s*(?=`)", found)
            quoted = [bool(re.match(r"\s*['\"`]", p)) for p in parts]
            if sum(quoted) >= 2 and not quoted[0]:  # ('one of the values (currently `English`, `Russian`)': the first
                # value after the words that lead to it)
                parts[0] = re.sub(r"^.*?[\s(](?=`[^`]+`\s*$)", "", parts[0])
                quoted[0] = parts[0].lstrip().startswith("`")
            if sum(quoted) >= 2:  # `"daily", "weekly", optional`: the unquoted word is a constraint, not a value
                parts = [p for p, q in zip(parts, quoted, strict=True)
                         if q or not re.fullmatch(r"\s*(optional|required|nullable|unique|not null)\s*", p, re.IGNORECASE)]
                quoted = [bool(re.match(r"\s*['\"`]", p)) for p in parts]
            if len(parts) >= 3 and re.fullmatch(r"\s*(optional|required|nullable|unique|not null|opcional|obligatori[oa]|"
                                                r"obrigat[óo]ri[oa]|facultati(?:f|ve)|obligatoire|可選|可选|任意|必填|必須|必须|선택|필수)\s*",
                                                parts[-1], re.IGNORECASE):
                parts, quoted = parts[:-1], quoted[:-1]  # `(enum: \`Draft | Submitted\`, required)`: then the presence
            if any(quoted):  # `enum: \`CONFIRMADA\` | Único valor válido ...`: the next cell's phrase is no value
                parts = [p for p, q in zip(parts, quoted, strict=True) if q or not re.search(r"\w\s+\w", p.strip())]
            # ('At Risk, Excluded, or empty': the column may be left empty, which is no value of the list)
            parts = [p for p in parts if not re.fullmatch(r"\s*(?:(?:or|ou|o|oder)\s+)?(?:empty|blank|null|none|vac[íi]o|vazio|leer)\s*",
                                                          p, re.IGNORECASE) or not re.match(r"\s*(?:or|ou|o|oder)\s", p)]
            parts = [re.sub(r"^\s*(?:or|and)\s+(?=\S)", "", p) for p in parts]  # (a list's last, 'or Dropped')
            values = [re.sub(r"(?<=[`'\"])\.$", "", p.strip()).strip("()[]'\"`* ").strip() for p in parts]
            # (`TP.Op`: a quoted value may hold a dot)
            # (a range and an open end keep their signs: `250–350k`, `700k+`)
            values = [v for v, p in zip(values, parts, strict=True) if v and (re.fullmatch(r"[\w\s-]{1,40}|[\w\s–-]{1,39}\+?", v) or re.fullmatch(
                r"\s*[`'\"][\w-]+(?:\.[\w-]+)+[`'\"]\W*", p) and len(v) <= 40 or pattern == patterns[0] and re.fullmatch(
                r"\s*'[^'\n\\`]{1,40}'\s*", p)) and v.lower() not in ("etc", "...")]  # (SQL's `IN ('Anticipo 50%', ...)`)
            if len(values) == 1 and pattern.startswith(r"enum(?:\s+(?:string") and re.fullmatch(r"\s*`[\w-]+`\s*", parts[0]):
                return values  # `enum: \`CONFIRMADA\``: the one value a type of one state allows
            if EXAMPLE.search(text[: match.start() + 5]) or "..." in match.group(0) or re.match(
                    r"\s*,?\s*(\.\.\.|…|etc\b)", text[match.end():], re.IGNORECASE):
                return None  # `["uuid1", "uuid2", ...]`: an example that goes on, not the allowed values
            if found and re.search(r"\b(format|url|uri|scheme|protocol)\W*$", text[max(0, match.start() - 20): match.start()],
                                   re.IGNORECASE):
                continue  # "Valid URL format (http/https)" describes a format, not the column's values
            if all(re.fullmatch(r"[A-Z]{1,3}-?\d{1,4}", v) for v in values) and any(re.search(r"\d{2}", v) for v in values):
                continue  # `(D4/R10/D23)`: the decisions and requirements a note cites, not values (A1/B2 are levels)
            if len(values) >= 2:
                return list(dict.fromkeys(values))
    return None


def labelled_lists(text: str) -> list[tuple[int, str, list[str]]]:
    """A bold label followed by one code-quoted value per bullet: `**상태 (status)**:` then
    ``- `active`: 활성``. Returns (line of the label, the label, the values); the caller decides whose column it names."""
    out = []
    lines = text.splitlines()
    for number, line in enumerate(lines):
        label = re.match(r"^\s*\*\*([^*]{1,60}?)\s*:?\s*\*\*\s*:?\s*$", line) or re.match(
            r"^#{3,6}\s+([^#]{1,60}?)\s*:?\s*$", line) or re.match(  # (or a low heading: `#### Wartości status:`,
            r"^([^\s#*|`>-][^:：`|]{0,40}?)\s*[:：]\s*$", line)  # or a line that ends with a colon: `状态枚举：`)
        inline = re.match(r"^\s*\*\*([^*]{1,60}?)\s*[:：]?\s*\*\*\s*[:：]?\s*((?:`[\w-]{1,40}`\s*[|,/]\s*)+`[\w-]{1,40}`)\s*\.?\s*$", line)
        if inline:  # `**Event types:** \`llm_call\` | \`completion\` | \`error\``: the label and its values on one line
            out.append((number + 1, inline.group(1), list(dict.fromkeys(re.findall(r"`([\w-]+)`", inline.group(2))))))
            continue
        if not label:
            continue
        values = _quoted_bullets(lines[number + 1:])
        if len(values) >= 2:
            out.append((number + 1, label.group(1), values))
    return out


def _quoted_bullets(lines: list[str]) -> list[str]:
    """The values of the bullets that follow, one code-quoted value each (``- `ACTIVE` — visible``), up to the first
    line that is none (blank lines before the first are skipped)."""
    values: list[str] = []
    fenced = False
    for following in lines:
        if not following.strip():
            if values:
                break
            continue
        if re.match(r"^\s*(```|~~~)", following):
            if fenced:
                break
            if values:
                break
            fenced = True  # a fence of one state per line: `PREPARING    → 주문 접수`
            continue
        item = re.match(r"^\s*[-*+]\s*`([\w-]{1,40})`\s*(?:$|[:\-–—(=,])", following) or (fenced and re.match(
            r"^\s*([A-Za-z][\w-]{0,39})\s*(?:→|->|[:\-–—=])\s*\S", following))
        if not item:
            break
        values.append(item.group(1))
    if fenced and not (all(v.isupper() or not v.isalpha() and v.upper() == v for v in values) or all(v.islower() for v in values)):
        return []  # (a fence of prose lines `Note: ...` is no list of codes)
    return list(dict.fromkeys(values))


def state_diagrams(text: str) -> list[tuple[int, str, list[str], str | None]]:
    """A labelled drawing of a state machine: `**Estados de reserva:**` over a fence of `SOLICITADA → APROBADA → PAGADA`
    (arrows and box lines), or a mermaid `stateDiagram` (`[*] --> open`). Returns (line of the label, the label, the
    states in the order drawn, the initial state: mermaid's `[*] -->` one, or the one a drawing starts from); the caller
    decides whose column it names."""
    out = []
    lines = text.splitlines()
    label, label_line = "", 0
    stack: list[tuple[int, str]] = []
    closed = -1  # (the line of the fence that closed the last block: its body is read, and the fence opens none)
    for number, line in enumerate(lines):
        stripped = line.strip()
        if stripped.startswith(("```", "~~~")) and number != closed:
            end = next((i for i in range(number + 1, len(lines)) if lines[i].strip().startswith(("```", "~~~"))), None)
            if end is None:
                break
            closed = end
            body = lines[number + 1:end]
            states: list[str] = []
            initial = None
            if stripped.lstrip("`~").strip().lower() == "mermaid" and body and body[0].strip().startswith("stateDiagram"):
                for row in body[1:]:
                    start = re.match(r"\s*\[\*\]\s*-->\s*([A-Za-z_][\w-]*)", row)
                    initial = initial or (start.group(1) if start else None)
                    states += re.findall(r"(?:^|-->)\s*([A-Za-z_][\w-]*)(?=\s*(?:-->|:|$))", row.strip())
            elif (body := [re.sub(r"[\s─][(（][^)）]*[)）]\s*$", "", row) for row in body
                           # (a row of glosses under the states, `생성   대기 중`, in a script other than theirs)
                           if not (re.search(r"[^\W\d_A-Za-z]", row) and not re.search(r"[A-Za-z]", row))]) and (
                    body := [re.sub(r"(?<=[─\-=])[(（][^)）]{1,40}[)）](?=[─\-=])", "", row) for row in body]) and (
                    # (an arrow's label between its lines, `──apply──▶`, `──retire(confirm)──▶`: no state)
                    body := [re.sub(r"(?<=─)[^─│┃\s▶►>→←◀◄<][^─│┃▶►>→←◀◄<]{0,38}?(?=─+[▶►>→])", "", row) for row in body]) and any(
                    re.search(r"→|->|─|►|▶|▼", row) for row in body) and all(
                    # (and a comma between the states one leads to: `triage → todo, archived`)
                    re.fullmatch(r"[\sA-Za-z0-9_│┃|─━┌┐└┘├┤┬┴┼╭╮╯╰►▶▼▲◄◀→←↓↑<>\-=+.*/\[\],]*", row) for row in body):
                # (a remark closing a row, `└── cancelled ──┘ (kann aus jedem Status)`, is no state; nor is an arrow's
                # label, `──(admin opens review)──→`)
                marked = next((i for i, row in enumerate(body) if re.search(r"\[\s*(new|start|begin|init|initial|\*)\s*\]",
                                                                            row, re.IGNORECASE)), None)
                body = [re.sub(r"\[[^\]]*\]", " ", row) for row in body]  # (`[new]` marks the start; no state)
                states = [w for row in body for w in re.findall(r"[A-Za-z][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*", row)
                          if w not in ("v", "V", "x", "X", "o")]  # (a lone `v` under a `|` is an arrow drawn down)
                first = re.match(r"\s*([A-Za-z][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*)\s*(?:→|->|─+>?|►|▶)", next((r for r in body if r.strip()), ""))
                initial = first.group(1) if first else None  # `SOLICITADA → APROBADA`: where the flow starts
                if marked is not None:  # `[new]`, then `↓`, then `SUBMITTED ──→ UNDER_REVIEW`: the first state after it
                    initial = next((w for row in body[marked:] for w in re.findall(r"[A-Za-z][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*", row)
                                    if w not in ("v", "V", "x", "X", "o")), initial)
            states = [s for s in dict.fromkeys(states) if s.lower() not in ("state", "statediagram", "end", "start", "or", "and")]
            # (`completed OR cancelled` under a branch: two states, and a word between them)
            if label and len(states) >= 2 and (all(s.isupper() for s in states) or all(s.islower() for s in states)):
                out.append((label_line, label, states, initial if initial in states else None))
            label = ""
            continue
        chain = re.match(r"^\s*[-*+]\s+\**((?:status|state)\s+(?:transitions?|flow|machine|lifecycle)|lifecycle|transitions?)\**"
                         r"\s*[:：]\**\s*(.+)$", line, re.IGNORECASE)
        if chain:  # `- Status transitions: requested -> confirmed -> closed; requested may move to cancelled.`
            said = chain.group(2)
            for following in lines[number + 1:]:  # (the item wrapped onto the lines below it)
                if not re.match(r"^\s{2,}\S", following) or re.match(r"^\s*[-*+]\s", following):
                    break
                said += " " + following.strip()
            steps = re.split(r"\s*(?:->|→|⟶|=>)\s*", re.split(r"[;.](?:\s|$)", said)[0].strip())
            if len(steps) >= 2 and all(re.fullmatch(r"`?[A-Za-z][A-Za-z0-9_]*`?", s) for s in steps):
                # (and the ones a row may move to besides: 'requested/confirmed may move to cancelled')
                states = list(dict.fromkeys([s.strip("`") for s in steps] + re.findall(
                    r"\b(?:moves?|go(?:es)?|transitions?|changes?)\s+to\s+`?([A-Za-z][A-Za-z0-9_]*)", said)))
                if all(s.isupper() for s in states) or all(s.islower() for s in states):
                    out.append((number + 1, chain.group(1), states, states[0]))
            continue
        for spanned in re.finditer(r"`([A-Za-z][A-Za-z0-9_]*(?:\s*(?:→|->|⟶)\s*[A-Za-z][A-Za-z0-9_]*)+)`", line):
            # ('Competition lifecycle is `DRAFT → STARTED → COMPLETED`.': a chain in a code span, what leads to it its label)
            states = list(dict.fromkeys(re.findall(r"[A-Za-z][A-Za-z0-9_]*", spanned.group(1))))
            lead = re.split(r"[.;:]\s", line[:spanned.start()])[-1].strip(" -*")
            if len(states) >= 2 and re.search(r"lifecycle|status|state|transition|flow", lead, re.IGNORECASE) and (
                    all(s.isupper() for s in states) or all(s.islower() for s in states)):
                out.append((number + 1, lead, states, states[0]))
        heading = re.match(r"^#{1,6}\s+(.+)$|^\s*\*\*([^*]{1,60}?)\s*:?\s*\*\*\s*(\([^)]{1,120}\))?\s*:?\s*$", line)
        if heading:
            label, label_line = (heading.group(1) or f"{heading.group(2)} {heading.group(3) or ''}").strip(), number + 1
            if heading.group(1):
                level = len(line) - len(line.lstrip("#"))
                stack = [(lv, title) for lv, title in stack if lv < level] + [(level, label)]
            listed = []  # `### Estados` over `* AVAILABLE`, `* RENTED`: the states as a list, none drawn first
            moves: list[str] = []  # `### Class` over `- \`DRAFT\` → \`ACTIVE\` (when ...)`: the states, moved between
            for row in lines[number + 1:]:
                item = re.match(r"\s*[-*+]\s+`?([A-Za-z][A-Za-z0-9_]*)`?\s*(?:$|[:—–(]|\s-\s)", row)
                move = re.match(r"\s*[-*+]\s+`?([A-Za-z][A-Za-z0-9_]*)`?\s*(?:→|->|⟶|=>)\s*`?([A-Za-z][A-Za-z0-9_]*)`?"
                                r"\s*(?:$|[:—–(]|\s-\s)", row)
                typed = re.match(r"\s*[-*+]\s+`?[A-Za-z]\w*`?\s*:\s*`?([A-Za-z][\w\[\]<>]*)`?\s*(?:$|[(,;])", row) or re.match(
                    r"\s*[-*+]\s+`?[A-Za-z]\w*`?\s*\(\s*`?([A-Za-z][\w\[\]<>]*)`?\s*[,)]", row)  # (`- title (string, required)`)
                if typed and classify(typed.group(1)) is not None:
                    listed = []  # `- name: string`, `- teams: list[string]`: an entity's fields, not its states
                    break
                if item and not moves:
                    listed.append(item.group(1))
                elif move and not listed:
                    moves += [move.group(1), move.group(2)]
                elif row.strip() or listed or moves:
                    break
            if len(listed) >= 2 and (all(s.isupper() for s in listed) or all(s.islower() for s in listed)):
                out.append((label_line, label, listed, None))
            tabled = _state_table(lines[number + 1:])
            if tabled:  # `## State Definitions` over `| State | Definition |` and a row per state
                out.append((label_line, label, tabled, None))
            drawn = _unfenced_drawing(lines[number + 1:])
            if drawn:  # `### Job Status` over a plain line `open ──► closed`: a drawing left outside a fence
                out.append((label_line, label, *drawn))
            states = list(dict.fromkeys(moves))
            if len(states) >= 2 and (all(s.isupper() for s in states) or all(s.islower() for s in states)):
                # (the headings above name what moves: "State Transitions / Class")
                out.append((label_line, " / ".join(title for _, title in stack) if heading.group(1) else label, states,
                            None))  # (which state a row starts in, a list of moves does not say)
        elif stripped and not stripped.startswith(("```", "~~~")):
            label = label if label_line and number + 1 - label_line <= 2 and not stripped.startswith("|") else ""
    return out


def _unfenced_drawing(lines: list[str]) -> tuple[list[str], str | None] | None:
    """The states of a drawing written as plain lines under a heading (its fence lost): `open ──► closed`, then maybe
    box lines that lead to more states; the first state drawn is where a row starts."""
    body: list[str] = []
    for line in lines:
        if not line.strip():
            if body:
                break
            continue
        if not re.fullmatch(r"[\sA-Za-z0-9_│┃|─━┌┐└┘├┤┬┴┼╭╮╯╰►▶▼▲◄◀→←↓↑<>\-=+]*", line):
            break
        body.append(line)
    first = re.fullmatch(r"\s*([A-Za-z][A-Za-z0-9_]*)(?:\s*(?:→|->|─+[►▶>]|⟶|►|▶)\s*[A-Za-z][A-Za-z0-9_]*)+\s*", body[0]) if body else None
    if not first:
        return None
    states = list(dict.fromkeys(w for row in body for w in re.findall(r"[A-Za-z][A-Za-z0-9_]*", row) if w not in ("v", "V", "x", "X", "o")))
    if len(states) >= 2 and (all(s.isupper() for s in states) or all(s.islower() for s in states)):
        return states, first.group(1)
    return None


STATE_HEADER = re.compile(r"(?:current\s+)?(?:states?|status(?:es)?|estados?|statut|zustand|stato|状態|状态|상태)", re.IGNORECASE)


def _state_table(lines: list[str]) -> list[str] | None:
    """The states a table under a heading lists, one a row: `| State | Definition |` over `| Submitted | ... |`, each
    one word written the same way (all capitals, all small, or each capitalised)."""
    rows = []
    for line in lines:
        stripped = line.strip()
        if not stripped and not rows:
            continue
        if not stripped.startswith("|"):
            break
        rows.append([c.strip() for c in stripped.strip("|").split("|")])
    if len(rows) < 4 or not STATE_HEADER.fullmatch(rows[0][0].strip("*` ")) or not re.fullmatch(r"[\s:|-]+", "|".join(rows[1])):
        return None
    states = [row[0].strip("*` ") for row in rows[2:]]
    if not all(re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", state) for state in states) or len(set(states)) != len(states):
        return None
    if all(s.isupper() for s in states) or all(s.islower() for s in states) or all(s[0].isupper() and s[1:].islower()
                                                                                 for s in states):
        return states
    return None


def value_headings(text: str) -> list[tuple[int, str, list[str]]]:
    """`## Status` whose sub-headings are one word each (`### Draft`, `### Sent`, `### Cancelled`): a state
    machine written as sections, each value with its rules. Returns (line, the field's name, the values)."""
    out = []
    headings = []
    fenced = False
    for number, line in enumerate(text.splitlines(), 1):
        if re.match(r"^\s*(```|~~~)", line):
            fenced = not fenced
        match = None if fenced else re.match(r"^(#{1,6})\s+(.*?)\s*#*\s*$", line)
        if match:
            headings.append((number, len(match.group(1)), match.group(2).strip().strip("`*")))
    for i, (number, level, title) in enumerate(headings):
        if not re.fullmatch(r"[A-Za-z_]\w*", title):
            continue
        children = []
        for _child_line, child_level, child in headings[i + 1:]:
            if child_level <= level:
                break
            if child_level == level + 1:
                children.append(child)
        values = [c for c in children if re.fullmatch(r"[A-Za-z][\w-]{0,30}", c)]
        if len(values) >= 2 and len(values) == len(children):
            out.append((number, title, values))
    return out


def heading_lists(text: str) -> list[tuple[int, str, list[str]]]:
    """`### 5. Appointment Status` over "An appointment can have one of the following statuses:" and one short value
    per bullet (`- Scheduled`, `- Completed`): the values a section lists, with its heading's line and title. A section
    whose bullets say more than a value (a sentence, a `key: note`) lists none."""
    out = []
    lines = text.splitlines()
    fenced = False
    heading: tuple[int, str] | None = None
    values: list[str] = []
    prose = 0
    def close() -> None:
        if heading and len(values) >= 2 and prose <= 2 and len(set(values)) == len(values):
            out.append((heading[0], heading[1], list(values)))
    for number, line in enumerate(lines, 1):
        if re.match(r"^\s*(```|~~~)", line):
            fenced = not fenced
            close()
            heading, values = None, []
            continue
        if fenced:
            continue
        titled = re.match(r"^#{1,6}\s+(?:\d+(?:\.\d+)*[.)]?\s+)?(.*?)\s*#*\s*$", line)
        if titled:
            close()
            heading, values, prose = (number, titled.group(1).strip().strip("`*")), [], 0
            continue
        item = re.match(r"^\s*[-*+]\s+(.*)$", line)
        if item and heading:
            value = item.group(1).strip().strip("`*").strip()
            if re.fullmatch(r"[A-Za-z][\w-]*(?: [A-Za-z][\w-]*)?", value):
                values.append(value)
            else:
                heading = None  # (a bullet that says more: the section lists rules, not values)
        elif line.strip() and heading and values and not re.fullmatch(r"\s*([-*_])(\s*\1){2,}\s*", line):
            close()  # (the list has ended: "Values outside this list are invalid." after it says nothing of it)
            heading, values = None, []
        elif line.strip() and heading and not re.fullmatch(r"\s*([-*_])(\s*\1){2,}\s*", line):
            prose += 1
    close()
    return out


def rails_enums(text: str, owners: set[str] | None = None) -> dict[str, list[tuple[str, int | str]]]:
    """Rails' enums, by column: integer-backed, `enum :status, { active: 0, paused: 1 }`, `enum status: { ... }`,
    `enum status: [:active, :paused]` (codes in order); or string-backed, `enum :status, { uploading: "uploading" }`.
    With `owners` (snake names), only those declared in no model class or in an owner's (`class Meeting <`)."""
    out: dict[str, list[tuple[str, int | str]]] = {}
    for match in re.finditer(r"^\s*enum\s+:?(\w+):?\s*,?\s*(\{[^}]*\}|\[[^\]]*\])", text, re.MULTILINE):
        model = re.findall(r"^\s*class\s+(\w+)\s*<", text[:match.start()], re.MULTILINE)
        if owners is not None and model and snake(model[-1]) not in owners:
            continue  # (the Transcript's `enum :status`, not the Meeting's)
        body = match.group(2)
        pairs: list[tuple[str, int | str]] = [
            (name, int(code)) for name, code in re.findall(r"(\w+):\s*(\d+)", body)] if body.startswith("{") else [
            (name, i) for i, name in enumerate(re.findall(r":(\w+)", body))]
        if not pairs and body.startswith("{"):
            pairs = [(name, code) for name, code in re.findall(r"(\w+):\s*[\"'](\w+)[\"']", body)]
        if len(pairs) >= 2:
            out[match.group(1)] = pairs
    return out
