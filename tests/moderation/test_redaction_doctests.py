"""The examples in the redaction engine's docstrings are run, so what they show stays true."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import moderation.redaction

MODULES = sorted(
    info.name
    for info in pkgutil.iter_modules(moderation.redaction.__path__, "moderation.redaction.")
)


@pytest.mark.parametrize("name", MODULES)
def test_the_docstring_examples_hold(name: str) -> None:
    module = importlib.import_module(name)
    failed, _ = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert failed == 0, f"{failed} docstring example(s) of {name} fail (see the output above)"


def test_the_engine_has_docstring_examples() -> None:
    """The parametrised test above would pass on nothing: the examples are really found."""
    finder = doctest.DocTestFinder()
    examples = sum(
        len(test.examples)
        for name in MODULES
        for test in finder.find(importlib.import_module(name))
    )
    assert examples >= 20
