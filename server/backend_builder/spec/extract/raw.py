"""What the extractors find, before any decision: entities and fields as written, with their source."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Literal

Kind = Literal["sql", "table", "python", "bullets", "openapi", "orm", "typescript", "csharp", "example"]
NO_DEFAULT = object()


@dataclass
class RawField:
    name: str
    file: str
    line: int
    type: str | None = None  # a FeatureSpec type, or None when unknown
    type_text: str = ""  # the type as written
    max_length: int | None = None
    min_length: int | None = None
    required: bool | None = None  # None: the source does not say
    nullable: bool | None = None
    default: Any = NO_DEFAULT
    enum_values: list[str] | None = None
    coded: bool = False  # enum_values are the whole numbers the column stores ('1正常 0禁用', `IN (1, 2, 3)`)
    ge: float | None = None
    le: float | None = None
    unique: bool = False
    index: bool = False
    primary_key: bool = False
    foreign_key: bool = False
    description: str = ""
    # the type other definitions of the column write (`RecordingStatus` beside SQL's TEXT): an enum's name, perhaps
    also_typed: list[str] = field(default_factory=list)
    # required/nullable presumed from the marks on the other columns of its definition, not said of it
    presumed: bool = False

    @property
    def key(self) -> str:
        return normal_name(self.name)


@dataclass
class RawEntity:
    name: str  # the class, table or heading name as written
    kind: Kind
    file: str
    line: int
    fields: list[RawField] = field(default_factory=list)
    table: str | None = None
    context: str = ""  # the heading path and surrounding words: 'Better Auth', 'future', 'Phase III'
    notes: list[str] = field(default_factory=list)  # 'file:line: what was left out and why'

    @property
    def key(self) -> str:
        return normal_name(self.table or self.name)


def without_accents(text: str) -> str:
    """'Condômino' -> 'Condomino', `créé_le` -> `cree_le`: a Python name for a word written with accents, and the
    form a feature folder's ASCII name finds."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def snake(name: str) -> str:
    """camelCase, PascalCase, kebab-case and spaces -> snake_case."""
    name = re.sub(r"[\s\-.]+", "_", name.strip())
    name = re.sub(r"([A-Z]{2,})s(?=$|[A-Z_\d])", lambda m: m.group(1).capitalize() + "s", name)  # photoURLs, userIDs
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name)
    name = re.sub(r"(?<=[A-Z])(?=[A-Z][a-z])", "_", name)
    return re.sub(r"_+", "_", name).strip("_").lower()


IRREGULAR_PLURALS = {"people": "person", "children": "child", "men": "man", "women": "woman"}  # default_plural's, back
# English nouns in -o whose plural adds -es (`echoes` is the echo; `shoes` stays the shoe)
IRREGULAR_PLURALS |= {f"{w}es": w for w in ("echo", "hero", "potato", "tomato", "veto", "cargo", "torpedo", "volcano",
                                            "mosquito", "domino", "embargo")}
IRREGULAR_PLURALS |= {"statuses": "status", "buses": "bus", "bonuses": "bonus", "viruses": "virus", "campuses": "campus"}
IRREGULAR_PLURALS |= {"ads": "ad", "ids": "id", "tvs": "tv", "pcs": "pc"}  # (three letters: no plural rule reaches them)
IRREGULAR_PLURALS |= {"quizzes": "quiz", "whizzes": "whiz", "fezzes": "fez"}  # (default_plural doubles their z)


# Words whose last `s` is no plural: Latin `-us` and Greek `-sis` nouns, invariable ones, French `-ours` and `vous`.
NOT_PLURAL = re.compile(r"(campus|bonus|corpus|genus|virus|census|focus|radius|syllabus|stimulus|apparatus|consensus|"
                        r"nexus|prospectus|thesaurus|status|bus|news|series|species|canvas|alias|atlas|chassis|lens|"
                        r"[a-z]*sis|(par|con|dis|re|se)?cours|vous|nous|rendezvous)")


def singular(word: str) -> str:
    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word]
    if NOT_PLURAL.fullmatch(word):
        return word
    if word.endswith(("ais", "eis")) and len(word) > 5:  # Portuguese: animais, papéis -> animal, papel
        return word[:-2] + "l"
    if word.endswith("ões") and len(word) > 4:  # sessões -> sessão
        return word[:-3] + "ão"
    if re.search(r"(?:[aeiou]dor|ion|[aeiou]dad|tad)es$", word) and len(word) > 6:
        return word[:-2]  # Spanish and Portuguese: jugadores, sesiones, ciudades -> jugador, sesion, ciudad
    if word.endswith(("ionen", "ungen", "heiten", "keiten")) and len(word) > 7:  # German: aktionen, buchungen
        return word[:-2]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("lyses", "theses", "gnoses", "crises", "emphases")) and len(word) >= 6:
        return word[:-2] + "is"  # Greek plurals: analyses, hypotheses, diagnoses -> analysis
    if word.endswith(("sses", "xes", "ches", "shes", "zes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def normal_name(name: str) -> str:
    """A comparable form: snake_case, singular last word, no quotes."""
    base = snake(name.strip("`\"'[] "))
    head, _, last = base.rpartition("_")
    return (head + "_" if head else "") + singular(last)


# A heading over what the spec does not build now: 'Future Schema Changes (Not in Phase II)', 'Phase III', 'Roadmap'.
FUTURE = re.compile(r"phase iii|phase 3|\bfuture\b|not in phase|planned|later phase|out of scope|"
                    r"(?:^|/)[\s#\d.)]*(?:[a-z]+\s+)?roadmap\s*(?:\([^)/]*\))?\s*(?:/|$)", re.IGNORECASE)
