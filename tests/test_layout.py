"""The layout's one-way dependencies, and the one place that invalidates the public pages.

``stories`` owns a submission's and a story's whole life; ``moderation`` (the admin queue,
audit, second factor) depends on it and never the reverse, except for the plain-Python
redaction engine, ``moderation.redaction``.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENGINE = "moderation.redaction"


def python_files(*folders: str) -> Iterator[Path]:
    for folder in folders:
        yield from sorted((ROOT / folder).rglob("*.py"))


def imported_modules(path: Path) -> Iterator[tuple[int, str]]:
    """(line, dotted name) of every module ``path`` imports, at any depth of its code."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            # Each name: "from moderation import admin" is an import of moderation.admin.
            for alias in node.names:
                yield node.lineno, f"{node.module}.{alias.name}"
        elif isinstance(node, ast.Call) and _is_dynamic_import(node):
            yield node.lineno, node.args[0].value  # type: ignore[attr-defined]


def _is_dynamic_import(node: ast.Call) -> bool:
    name = getattr(node.func, "attr", getattr(node.func, "id", ""))
    return (
        name in {"import_module", "import_string", "__import__"}
        and bool(node.args)
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    )


def is_moderation(module: str) -> bool:
    inside_engine = module == ENGINE or module.startswith(ENGINE + ".")
    return (module == "moderation" or module.startswith("moderation.")) and not inside_engine


def test_stories_never_imports_moderation_except_the_engine() -> None:
    offending = [
        f"{path.relative_to(ROOT)}:{line} imports {module}"
        for path in python_files("stories")
        for line, module in imported_modules(path)
        if is_moderation(module)
    ]
    assert offending == []


def test_the_walk_finds_the_imports_it_must_refuse(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from moderation import admin\n"
        "from moderation import redaction\n"
        "import moderation\n"
        "def later():\n"
        "    import moderation.audit\n"
        "    from moderation.redaction import redact\n"
        "    importlib.import_module('moderation.models')\n",
        encoding="utf-8",
    )
    found = [module for _, module in imported_modules(sample) if is_moderation(module)]
    assert found == ["moderation.admin", "moderation", "moderation.audit", "moderation.models"]


def test_only_the_lifecycle_moves_the_public_version() -> None:
    callers = []
    for path in python_files("stories", "moderation", "storyshare", "bench"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "attr", getattr(node.func, "id", ""))
                if name == "bump_public_cache_version":
                    callers.append(str(path.relative_to(ROOT)))
    assert callers == ["stories/lifecycle.py"]
