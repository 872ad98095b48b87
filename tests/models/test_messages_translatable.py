"""Every message the core gives a user can be translated: expected trouble (a KnownError and its kinds) is
raised with a template marked for lupdate (QT_TRANSLATE_NOOP, or a constant that is), never with text
built on the spot (an f-string, a "+" of strings, a literal nobody marked)."""

import ast
from pathlib import Path

MODELS = Path(__file__).resolve().parents[2] / "models"
MARKED = {"QT_TRANSLATE_NOOP", "Text", "problem", "why"}


def error_classes(trees) -> dict[str, ast.ClassDef | None]:
    """KnownError and every class that derives from it, across the core."""
    found: dict[str, ast.ClassDef | None] = {"KnownError": None}
    grew = True
    while grew:
        grew = False
        for tree in trees.values():
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in found and any(
                        getattr(base, "id", getattr(base, "attr", None)) in found for base in node.bases):
                    found[node.name] = node
                    grew = True
    return found


def takes_template(name: str, classes) -> bool:
    """Raised with its message's template first: KnownError and the kinds that keep its __init__ (the
    others take values: a path, a reason, a record; their __init__ passes the template on)."""
    while name in classes:
        node = classes[name]
        if node is None:
            return True
        if name == "TranslatableError" or any(isinstance(item, ast.FunctionDef) and item.name == "__init__"
                                               for item in node.body):
            return name == "ImportFileError"
        name = next(getattr(base, "id", getattr(base, "attr", "")) for base in node.bases)
    return False


def unmarked(argument: ast.expr) -> bool:
    if isinstance(argument, ast.JoinedStr | ast.BinOp) or isinstance(argument, ast.Constant) and argument.value is not None:
        return True
    if isinstance(argument, ast.Call):
        name = getattr(argument.func, "id", getattr(argument.func, "attr", ""))
        return name not in MARKED
    return False


def built_on_the_spot(trees: dict[Path, ast.Module]) -> list[str]:
    classes = error_classes(trees)
    offenders = []
    for path, tree in trees.items():
        for owner in ast.walk(tree):
            in_error = isinstance(owner, ast.ClassDef) and owner.name in classes \
                and owner.name not in ("KnownError", "ImportFileError")
            for node in ast.walk(owner) if in_error or owner is tree else ():
                if not isinstance(node, ast.Call) or not node.args:
                    continue
                name = getattr(node.func, "id", getattr(node.func, "attr", ""))
                passes_on = in_error and name == "__init__" and isinstance(node.func, ast.Attribute) \
                    and isinstance(node.func.value, ast.Call) and getattr(node.func.value.func, "id", "") == "super"
                if (passes_on or owner is tree and takes_template(name, classes)) and unmarked(node.args[0]):
                    offenders.append(f"{path.name}:{node.lineno} {ast.unparse(node)[:80]}")
    return sorted(set(offenders))


def test_no_message_of_expected_trouble_is_built_on_the_spot():
    trees = {path: ast.parse(path.read_text(), str(path)) for path in MODELS.rglob("*.py")}
    assert built_on_the_spot(trees) == []


def test_the_check_finds_messages_built_on_the_spot():
    core = {path: ast.parse(path.read_text(), str(path))
            for path in (MODELS / "errors.py", MODELS / "storage" / "backup.py")}
    bad = ast.parse(
        "class Gone(NotFoundError):\n"
        "    def __init__(self, name):\n"
        "        super().__init__(f'{name} is gone')\n"
        "def f(n):\n"
        "    raise KnownError('Plain English.')\n"
        "def g(n):\n"
        "    raise Refused('At most ' + str(n))\n"
        "def fine(n):\n"
        "    raise KnownError(QT_TRANSLATE_NOOP('errors', 'At most %1.'), n)\n"
        "def fine_too(path):\n"
        "    raise BackupError(path, why(TEMPLATE))\n")
    assert [line.split()[0] for line in built_on_the_spot({**core, Path("bad.py"): bad})] == \
        ["bad.py:3", "bad.py:5", "bad.py:7"]


def test_the_chinese_translation_addresses_the_user_one_way():
    """你 throughout (as the desktop and phone apps a rep uses do), never 您 beside it; an opening line the
    rep says to a customer (models/visits/plan_templates.py) is not the app speaking and keeps its 您."""
    import xml.etree.ElementTree as ET

    ts = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "fieldbrief_zh_CN.ts"
    said = [t.text or "" for t in ET.parse(ts).getroot().iter("translation")]
    assert sum("你" in text for text in said) > 10
    assert not [text for text in said if "您" in text]
