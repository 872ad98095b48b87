"""The checklist template, the opening-line templates and the rep's own name: defaults and settings.

Defaults come from resources/templates/visit_plan.json in the user's language; what the user writes
themselves in Settings is kept in the database's ``settings`` table (it travels with its backups), and
only that: a default saved as it is would stay in that language when the user works in another.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.entities import Setting
from models.runtime.resources import TEMPLATES_DIR
from models.vocabulary import ApproachMethod, ChecklistKind, PlanAnswer

CHECKLIST_KEY = "checklist_template"
OPENINGS_KEY = "opening_templates"
REP_KEY = "rep_profile"
DEFAULT_LANGUAGE = "en"
PLACEHOLDERS = ("contact_name", "contact_title", "customer", "my_name", "my_company", "purpose")


@dataclass(frozen=True)
class TemplateItem:
    kind: str  # ChecklistKind value
    text: str
    critical: bool = False
    answered_by: str | None = None  # PlanAnswer value: the item ticks itself when the plan answers it


@dataclass(frozen=True)
class RepProfile:
    name: str = ""
    company: str = ""


@cache
def _defaults() -> dict[str, Any]:
    return json.loads((TEMPLATES_DIR / "visit_plan.json").read_text(encoding="utf-8"))


def _languages() -> dict[str, dict[str, Any]]:
    return {lang: value for lang, value in _defaults().items() if not lang.startswith("_")}


def _language(lang: str | None) -> dict[str, Any]:
    """The defaults of the language ("zh_CN"), else of another country's same language ("zh_TW": zh_CN's),
    else English."""
    languages, base = _languages(), (lang or "").split("_")[0]
    for candidate in (lang or "", base, *sorted(k for k in languages if k.split("_")[0] == base)):
        if candidate in languages:
            return languages[candidate]
    return languages[DEFAULT_LANGUAGE]


def default_checklist(lang: str | None = None) -> list[TemplateItem]:
    return [_item(raw) for raw in _language(lang)["checklist"]]


def default_openings(lang: str | None = None) -> dict[str, str]:
    return dict(_language(lang)["openings"])


def _item(raw: dict[str, Any]) -> TemplateItem:
    kind = ChecklistKind(raw["kind"]).value
    answered_by = PlanAnswer(raw["answered_by"]).value if raw.get("answered_by") else None
    return TemplateItem(kind, str(raw["text"]).strip(), bool(raw.get("critical", False)), answered_by)


def _load(session: Session, key: str) -> Any:
    raw = session.scalar(select(Setting.value).where(Setting.key == key))
    return None if raw is None else json.loads(raw)


def _save(session: Session, key: str, value: Any) -> None:
    """Store the value under the key; None removes the key (the defaults apply)."""
    if value is None:
        row = session.get(Setting, key)
        if row is not None:
            session.delete(row)
        return
    session.merge(Setting(key=key, value=json.dumps(value, ensure_ascii=False)))


# The templates in settings are the user's own edits only. A default (of any language) is never stored
# as if it were one, and one stored by an earlier version is ignored: the user sees the defaults of the
# language they work in, and keeps what they wrote themselves whatever the language.

def load_checklist(session: Session, lang: str | None = None) -> list[TemplateItem]:
    stored = _load(session, CHECKLIST_KEY)
    if stored is None or _is_a_default_checklist(stored):
        return default_checklist(lang)
    return [_item(raw) for raw in stored]


def save_checklist(session: Session, items: list[TemplateItem]) -> None:
    cleaned = [asdict(_item(asdict(item))) for item in items if item.text.strip()]
    _save(session, CHECKLIST_KEY, None if _is_a_default_checklist(cleaned) else cleaned)


def _is_a_default_checklist(raw_items: list[dict]) -> bool:
    items = [_item(raw) for raw in raw_items]
    return any(items == default_checklist(lang) for lang in _languages())


def load_openings(session: Session, lang: str | None = None) -> dict[str, str]:
    openings = default_openings(lang)
    openings.update(_own_openings(_load(session, OPENINGS_KEY) or {}))
    return openings


def save_openings(session: Session, openings: dict[str, str]) -> None:
    own = _own_openings(openings)
    stored = _own_openings(_load(session, OPENINGS_KEY) or {})
    stored = {k: v for k, v in stored.items() if k not in openings} | own  # those not given stay as they were
    _save(session, OPENINGS_KEY, {ApproachMethod(k).value: v for k, v in stored.items()} or None)


def _own_openings(openings: dict[str, str]) -> dict[str, str]:
    """The openings that are no language's default for their approach."""
    defaults = {lang: dict(value["openings"]) for lang, value in _languages().items()}
    return {k: v for k, v in openings.items() if k in set(ApproachMethod)
            and all(v.strip() != d.get(k, "").strip() for d in defaults.values())}


def load_rep(session: Session) -> RepProfile:
    stored = _load(session, REP_KEY) or {}
    return RepProfile(name=str(stored.get("name", "")), company=str(stored.get("company", "")))


def save_rep(session: Session, rep: RepProfile) -> None:
    _save(session, REP_KEY, {"name": rep.name.strip(), "company": rep.company.strip()})


def opening_values(contact, customer: str, rep: RepProfile, purpose: str) -> dict[str, str]:
    """The placeholders' values for a visit: ``contact`` is anything with a name and a title, or None."""
    return {"contact_name": contact.name if contact else "", "contact_title": contact.title if contact else "",
            "customer": customer, "my_name": rep.name, "my_company": rep.company, "purpose": purpose.strip()}


PLACEHOLDER = re.compile(r"\{(\w+)\}")
ADJACENT = re.compile(r"(?:\{\w+\})+")  # "{contact_name}{contact_title}": one value, present if either is
WEAK_ENDS = ",，、;；"
STRONG_ENDS = "。!！?？\n"
PUNCTUATION = ".,;:!?。，、；：！？…"
# A missing value goes with the word that links it to the rest of its clause, and the clause stays:
# "I'm {my_name} from {my_company}." without a company is "I'm Tom.", without a name "I'm from Acme.";
# "我是{my_company}的{my_name}。" is "我是李娜。" or "我是中国移动。".
LINK_BEFORE = re.compile(r"\s+(?:from|at|of|with|for)\s+$|的$", re.IGNORECASE)  # in the text before the value
LINK_AFTER = re.compile(r"^\s+(?=(?:from|at|of)\s)", re.IGNORECASE)  # in the text after it, after a space
LINK_AFTER_CJK = re.compile(r"^的")  # in the text after it
CONJUNCTION = re.compile(r"^(\s*)(?:and|but|so|or|yet)\s+(\w)", re.IGNORECASE)


def fill_opening(template: str, values: dict[str, str]) -> str:
    """Put the values into the template's {placeholders}, clause by clause, so that what is left reads as
    sentences and no brace is ever shown. A clause is the text up to a comma, a full stop, a question or
    exclamation mark or a line break (a [bracketed note] is one of its own). A missing value (or a
    placeholder that is none) goes with the word linking it to its clause ("from", "at", "of", "with",
    "for", "的") when there is one; otherwise its clause is left out. Placeholders written together
    ({contact_name}{contact_title}) count as one: "王伟" without a title keeps its clause. Leaving out the
    end of a sentence ends it where the text kept ends ("Good morning, {contact_name}." becomes "Good
    morning."); leaving out its start, the rest starts as a sentence ("and {purpose}: …" becomes "We …").
    Values are put in on one line, without a full stop of their own before the template's punctuation."""
    if not PLACEHOLDER.search(template):
        return template
    values = {name: " ".join(str(value).split()) for name, value in values.items()}
    out, dropped, sentence_cut = "", False, False
    for clause in _clauses(template):
        filled = _fill_clause(clause, values)
        if filled is not None:
            if sentence_cut:
                filled = CONJUNCTION.sub(lambda m: m.group(1) + m.group(2).upper(), filled, count=1)
                filled = re.sub(r"^(\s*)([a-z])", lambda m: m.group(1) + m.group(2).upper(), filled, count=1)
            out, dropped, sentence_cut = out + filled, False, False
            continue
        kept = out.rstrip(" ")
        if not dropped or not sentence_cut:
            sentence_cut = not kept or kept[-1] in STRONG_ENDS + ".]"
        dropped = True
        if clause.endswith("\n"):
            out = kept if kept.endswith("\n") or not kept else kept + "\n"
        elif clause[-1] in STRONG_ENDS + "." and kept and kept[-1] in WEAK_ENDS:
            out = kept[:-1] + clause[-1]
    out = out.strip(" ")
    if dropped and out and out[-1] in WEAK_ENDS:
        out = out[:-1]
    return re.sub(r"[ \t]{2,}", " ", re.sub(r"[ \t]+([,.;:!?，。；：！？])", r"\1", out))


def _clauses(template: str) -> list[str]:
    """The template cut after each clause's end; the spaces and line breaks after an end go with the
    next clause, so leaving a clause out takes its spacing with it."""
    clauses, current, i = [], "", 0
    while i < len(template):
        char = template[i]
        if char == "[" and "]" in template[i:]:
            close = template.index("]", i) + 1
            if current.strip():
                clauses.append(current)
                current = ""
            clauses.append(current + template[i:close])
            current, i = "", close
            continue
        current += char
        i += 1
        full_stop = char == "." and (i == len(template) or template[i].isspace())
        if current.strip() and (char in WEAK_ENDS or char in STRONG_ENDS or full_stop):
            clauses.append(current)
            current = ""
    if current:
        clauses.append(current)
    return clauses


def _mid_sentence(before: str) -> bool:
    """The text before a value ends inside a sentence ("I've come because "), not at its start."""
    text = before.rstrip()
    return bool(text) and (text[-1].isalpha() or text[-1] == ",")


def _as_continued(purpose: str) -> str:
    """The rep's purpose, typed as a sentence ("Confirm the start date"), inside one: "confirm the start
    date". A first word in capitals or with capitals inside (NDA, 5G, iPhone) is a name and stays."""
    first = purpose.split(" ", 1)[0]
    if len(first) > 1 and first[0].isupper() and first[1:].islower():
        return purpose[0].lower() + purpose[1:]
    return purpose


def _fill_clause(clause: str, values: dict[str, str]) -> str | None:
    """The clause with its values in, or None when it is left out: a value is missing that no linking word
    can take away with it, or every value in it is."""
    texts = ADJACENT.split(clause)  # the text around the placeholders: one more than there are groups
    found = ADJACENT.findall(clause)
    groups = ["".join(values.get(name, "").strip() for name in PLACEHOLDER.findall(g)) for g in found]
    for i, group in enumerate(found):
        if group == "{purpose}" and _mid_sentence(texts[i]):
            groups[i] = _as_continued(groups[i])
    if groups and not any(groups):
        return None
    for i, value in enumerate(groups):
        if value:
            continue
        if LINK_BEFORE.search(texts[i]):
            texts[i] = LINK_BEFORE.sub("", texts[i])
        elif texts[i][-1:].isspace() and LINK_AFTER.search(texts[i + 1]):
            texts[i + 1] = LINK_AFTER.sub("", texts[i + 1])
        elif LINK_AFTER_CJK.search(texts[i + 1]):
            texts[i + 1] = LINK_AFTER_CJK.sub("", texts[i + 1])
        else:
            return None
    out = texts[0]
    for value, after in zip(groups, texts[1:]):
        if after[:1] and after[0] in PUNCTUATION:
            value = value.rstrip(PUNCTUATION + " ")  # "because {purpose}:" with "we can save you money."
        out += value + after
    return out
