"""The README's "From Python" example runs as shown, output and all."""

import doctest
import re

from conftest import SOURCE_DIR


def python_example():
    readme = (SOURCE_DIR / "README.md").read_text()
    section = readme[readme.index("## From Python"):]
    block = re.search(r"```\n(.*?)```", section, re.S).group(1)
    first, rest = block.split("\n", 1)
    assert first == "$ PYTHONPATH=build/python python3"
    return rest


def test_readme_example_runs_as_shown(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # where it makes analysis.db
    example = python_example()
    assert ">>> import causalkg" in example
    parser = doctest.DocTestParser()
    test = parser.get_doctest(example, {}, "README From Python", "README.md", 0)
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    outcome = runner.summarize(verbose=False)
    assert outcome.failed == 0 and outcome.attempted >= 8
