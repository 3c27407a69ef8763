"""studio.project.changes: which pushes are content only (build) and which touch code (every test), on real git
repositories, with the exact answers and explanations the workflow and the publish hook show."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from studio.project import OWNER_SETTINGS, classify

ROOT = Path(__file__).resolve().parents[2]
ZERO = "0" * 40
OUTSIDE = "outside docs/, programs/ and data/"
CONFIG = """\
# The studio's details.
extra:
  studio:
    name: &name Test Studio
    city: Leeds
  analytics:
    key: !ENV [ANALYTICS_KEY, none]
site_name: *name
site_url: https://studio.example/
site_description: Training in Leeds.
copyright: Test Studio
theme:
  name: material
  custom_dir: overrides
hooks:
  - hooks/studio_hooks.py
markdown_extensions:
  - pymdownx.emoji:
      emoji_index: !!python/name:material.extensions.emoji.twemoji
plugins:
  - search
  - blog:
      blog_dir: blog
      post_excerpt: required
      categories_allowed:
        - Training basics
  - tags
nav:
  - Home: index.md
"""


class Repo:
    def __init__(self, path: Path):
        self.path = path
        home = path.parent / "home"
        home.mkdir(exist_ok=True)
        self.env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("GIT_")},
            "HOME": str(home), "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_AUTHOR_NAME": "Owner", "GIT_AUTHOR_EMAIL": "o@example.org",
            "GIT_COMMITTER_NAME": "Owner", "GIT_COMMITTER_EMAIL": "o@example.org",
        }
        path.mkdir()
        self.git("init", "-q", "-b", "main")

    def git(self, *args: str) -> str:
        return subprocess.run(["git", *args], cwd=self.path, env=self.env, check=True, capture_output=True,
                              text=True).stdout

    def write(self, name: str, text: str) -> None:
        path = self.path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")

    def edit(self, name: str, old: str, new: str) -> None:
        text = (self.path / name).read_text(encoding="utf-8")
        assert text.count(old) == 1, f"{old!r} must occur once in {name}"
        self.write(name, text.replace(old, new))

    def commit(self, message: str = "change") -> str:
        self.git("add", "-A")
        self.git("commit", "-q", "--allow-empty", "-m", message)
        return self.git("rev-parse", "HEAD").strip()

    def run(self, *args: str) -> subprocess.CompletedProcess:
        env = {**self.env, "PYTHONPATH": str(ROOT / "src")}
        return subprocess.run([sys.executable, "-m", "studio.project.changes", *args], cwd=self.path, env=env,
                              capture_output=True, text=True, timeout=60)


@pytest.fixture
def repo(tmp_path, monkeypatch) -> Repo:
    """A project with every kind of file, committed once; classify() runs inside it."""
    repo = Repo(tmp_path / "repo")
    for name in ("docs/index.md", "docs/blog/posts/first.md", "programs/strength.yml", "data/exercises.yml",
                 "src/studio/model.py", "hooks/studio_hooks.py", "overrides/main.html", "tests/unit/test_x.py",
                 "requirements.lock", "pyproject.toml", "Makefile", ".github/workflows/publish.yml",
                 "deploy/publish.sh", "scripts/bench.py", "schemas/programme.json", "README.md"):
        repo.write(name, f"{name} v1\n")
    repo.write("mkdocs.yml", CONFIG)
    repo.base = repo.commit("First version")
    monkeypatch.chdir(repo.path)
    monkeypatch.delenv("GIT_DIR", raising=False)
    return repo


def explain(repo: Repo, old: str | None = None) -> tuple[str, str, list[str]]:
    verdict = classify(old or repo.base, repo.git("rev-parse", "HEAD").strip())
    return verdict.kind, verdict.summary(), verdict.explain()


def test_the_owner_settings_are_the_test_sites_list():
    # One list for both: what a content push may change is what the test site puts its own values in for.
    from studio.project import changes  # the module itself: it must use ownersettings' list, not a copy

    assert changes.OWNER_SETTINGS is OWNER_SETTINGS
    assert {".".join(path) for path in OWNER_SETTINGS} >= {
        "extra", "site_name", "site_url", "site_description", "copyright", "nav", "plugins.blog.categories_allowed"}


def test_a_programme_typo_is_content(repo):
    repo.edit("programs/strength.yml", "v1", "v2")
    repo.commit("Typo")
    assert explain(repo) == ("content", "programs/strength.yml", ["programs/strength.yml: content"])


def test_articles_pages_and_data_are_content_added_or_deleted(repo):
    repo.edit("docs/index.md", "v1", "v2")
    repo.write("docs/blog/posts/second.md", "new\n")
    (repo.path / "docs/blog/posts/first.md").unlink()
    repo.edit("data/exercises.yml", "v1", "v2")
    repo.commit()
    assert explain(repo) == ("content", "data/exercises.yml, docs/blog/posts/first.md, docs/blog/posts/second.md and 1 more", [
        "data/exercises.yml: content",
        "docs/blog/posts/first.md: content (deleted)",
        "docs/blog/posts/second.md: content (added)",
        "docs/index.md: content",
    ])


def test_no_change_at_all_is_content(repo):
    repo.commit("Nothing")
    assert explain(repo) == ("content", "no files changed", ["no files changed: content"])


@pytest.mark.parametrize("name", ["src/studio/model.py", "hooks/studio_hooks.py", "overrides/main.html",
                                  "tests/unit/test_x.py", "requirements.lock", "pyproject.toml", "Makefile",
                                  ".github/workflows/publish.yml", "deploy/publish.sh", "scripts/bench.py",
                                  "schemas/programme.json", "README.md"])
def test_everything_outside_the_content_folders_is_code(repo, name):
    repo.edit(name, "v1", "v2")
    repo.edit("programs/strength.yml", "v1", "v2")
    repo.commit()
    lines = sorted([f"{name}: code ({OUTSIDE})", "programs/strength.yml: content"])
    assert explain(repo) == ("code", name, lines)


def test_a_new_file_or_a_deleted_one_outside_content_is_code(repo):
    repo.write("hooks/new_hook.py", "x\n")
    (repo.path / "scripts/bench.py").unlink()
    repo.commit()
    assert explain(repo) == ("code", "hooks/new_hook.py and 1 more", [
        f"hooks/new_hook.py: code ({OUTSIDE})", f"scripts/bench.py: code ({OUTSIDE})"])


def test_a_programme_renamed_into_hooks_is_code(repo):
    repo.git("mv", "programs/strength.yml", "hooks/strength.yml")
    repo.commit()
    why = f"renamed from programs/strength.yml; {OUTSIDE}"
    assert explain(repo) == ("code", f"hooks/strength.yml: {why}", [f"hooks/strength.yml: code ({why})"])


def test_a_hook_renamed_into_docs_is_code(repo):
    repo.git("mv", "hooks/studio_hooks.py", "docs/studio_hooks.py")
    repo.commit()
    why = f"renamed from hooks/studio_hooks.py; {OUTSIDE}"
    assert explain(repo)[2] == [f"docs/studio_hooks.py: code ({why})"]


def test_a_page_renamed_within_docs_is_content(repo):
    repo.git("mv", "docs/index.md", "docs/home.md")
    repo.commit()
    assert explain(repo) == ("content", "docs/home.md", ["docs/home.md: content (renamed from docs/index.md)"])


def test_names_with_spaces_and_newlines_are_kept_whole_and_quoted(repo):
    repo.write("docs/my page.md", "x\n")
    repo.write("programs/two\nlines.yml", "x\n")
    repo.commit()
    assert explain(repo) == ("content", 'docs/my page.md and "programs/two\\nlines.yml"', [
        "docs/my page.md: content (added)", '"programs/two\\nlines.yml": content (added)'])


def test_a_newline_cannot_make_code_look_like_content(repo):
    # Read line by line, this name would be "src/x" and "programs/y.yml".
    repo.write("src/x\nprograms/y.yml", "x\n")
    repo.commit()
    assert explain(repo) == ("code", '"src/x\\nprograms/y.yml"', [f'"src/x\\nprograms/y.yml": code ({OUTSIDE})'])


def test_a_symbolic_link_in_docs_is_code(repo):
    os.symlink("../src/studio/model.py", repo.path / "docs" / "model.py")
    repo.commit()
    assert explain(repo)[::2] == ("code", ["docs/model.py: code (a symbolic link)"])


def test_a_new_branch_or_a_missing_commit_is_code(repo):
    head = repo.commit("Nothing")
    assert classify(ZERO, head).kind == "code"
    assert explain(repo, ZERO) == ("code", "a new branch, nothing to compare with",
                                   ["a new branch, nothing to compare with: code"])
    missing = "1234567890" * 4
    assert explain(repo, missing)[2] == ["the old commit 123456789012 is not in this repository: code"]
    assert classify(repo.base, missing).explain() == ["the new commit 123456789012 is not in this repository: code"]


@pytest.mark.parametrize(("old", "new", "differ"), [
    ("    city: Leeds", "    city: York", "extra"),
    ("name: &name Test Studio", "name: &name Kestrel", "site_name, extra"),
    ("site_url: https://studio.example/", "site_url: https://kestrel.example/", "site_url"),
    ("site_description: Training in Leeds.", "site_description: Training in York.", "site_description"),
    ("copyright: Test Studio", "copyright: Kestrel 2027", "copyright"),
    ("copyright: Test Studio", "copyright: Test Studio\nsite_author: Kestrel", "site_author"),
    ("  - Home: index.md", "  - Home: index.md\n  - About: about.md", "nav"),
    ("        - Training basics", "        - Training basics\n        - Readiness",
     "plugins.blog.categories_allowed"),
    ("key: !ENV [ANALYTICS_KEY, none]", "key: !ENV [OTHER_KEY, none]", "extra"),
])
def test_the_owner_settings_in_mkdocs_yml_are_content(repo, old, new, differ):
    repo.edit("mkdocs.yml", old, new)
    repo.commit()
    assert explain(repo) == ("content", "mkdocs.yml", [f"mkdocs.yml: content (only the owner's settings differ: {differ})"])


def test_comments_and_layout_in_mkdocs_yml_are_content(repo):
    repo.edit("mkdocs.yml", "# The studio's details.", "# The studio's details, kept here once.")
    repo.edit("mkdocs.yml", "  - tags\n", "  - tags  # each article's tags\n\n")
    repo.commit()
    assert explain(repo)[2] == ["mkdocs.yml: content (no setting differs)"]


@pytest.mark.parametrize(("old", "new", "differ"), [
    ("  custom_dir: overrides", "  custom_dir: elsewhere", "theme"),
    ("  - hooks/studio_hooks.py", "  - hooks/studio_hooks.py\n  - hooks/other.py", "hooks"),
    ("      post_excerpt: required", "      post_excerpt: optional", "plugins"),
    ("  - tags\n", "", "plugins"),
    ("twemoji", "to_svg", "markdown_extensions"),
    ("nav:", "use_directory_urls: false\nnav:", "use_directory_urls"),
    ("nav:", "INHERIT: base.yml\nnav:", "INHERIT"),
    ("  analytics:", "  build:\n    speedups: false\n  analytics:", "extra.build"),  # the build's options, in extra
])
def test_any_other_setting_in_mkdocs_yml_is_code(repo, old, new, differ):
    repo.edit("mkdocs.yml", old, new)
    repo.commit()
    assert explain(repo) == ("code", f"mkdocs.yml: settings besides the owner's differ: {differ}",
                             [f"mkdocs.yml: code (settings besides the owner's differ: {differ})"])


def test_an_owner_setting_and_another_one_together_is_code(repo):
    repo.edit("mkdocs.yml", "        - Training basics", "        - Training basics\n        - Readiness")
    repo.edit("mkdocs.yml", "      post_excerpt: required", "      post_excerpt: optional")
    repo.edit("mkdocs.yml", "    city: Leeds", "    city: York")
    repo.commit()
    assert explain(repo)[2] == ["mkdocs.yml: code (settings besides the owner's differ: plugins)"]


def test_plugins_written_as_a_mapping_are_all_code(repo):
    # The owner's categories are looked for in the list form, which this project uses; in the other form
    # a change to them is not recognised, and so counts as code.
    repo.edit("mkdocs.yml", "  - search\n  - blog:\n", "  search: {}\n  blog:\n")
    repo.edit("mkdocs.yml", "  - tags\n", "  tags: {}\n")
    base = repo.commit("Plugins as a mapping")
    repo.edit("mkdocs.yml", "        - Training basics", "        - Programming")
    repo.commit()
    assert explain(repo, base)[2] == ["mkdocs.yml: code (settings besides the owner's differ: plugins)"]


def test_an_empty_plugins_setting_where_there_was_none_is_code(repo):
    # MkDocs reads no `plugins` as [search] and `plugins: {}` as none: not the same site.
    repo.write("mkdocs.yml", "site_name: Test\n")
    base = repo.commit("No plugins")
    repo.write("mkdocs.yml", "site_name: Test\nplugins: {}\n")
    repo.commit()
    assert explain(repo, base)[2] == ["mkdocs.yml: code (settings besides the owner's differ: plugins)"]


def test_an_invalid_mkdocs_yml_is_code(repo):
    repo.edit("mkdocs.yml", "site_url: https://studio.example/", "site_url: [https://studio.example/")
    repo.commit()
    assert explain(repo) == ("code", "mkdocs.yml: the new version is not valid YAML (line 10)",
                             ["mkdocs.yml: code (the new version is not valid YAML (line 10))"])


def test_an_invalid_old_mkdocs_yml_is_code_too(repo):
    repo.write("mkdocs.yml", "site_name: [\n")
    base = repo.commit("Broken")
    repo.write("mkdocs.yml", CONFIG)
    repo.commit("Mended")
    assert explain(repo, base)[2] == ["mkdocs.yml: code (the old version is not valid YAML (line 2))"]


@pytest.mark.parametrize(("text", "why"), [
    ("- just\n- a list\n", "the new version is not a mapping of settings"),
    ("", "the new version is not a mapping of settings"),
    ("a: 1\n---\nb: 2\n", "the new version is not valid YAML (line 2)"),
    ("a: &a [*a]\n", "the new version refers to itself through an alias"),
    ("".join(f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 9)}]\n" if i else "l0: &l0 [lol]\n" for i in range(9)),
     "the new version has more than 100000 values once its aliases are expanded"),
    ("? [a]\n: 1\n", "the new version is not valid YAML (line 1)"),  # a list as a key
    ("a: " + "[" * 5000 + "]" * 5000 + "\n", "the new version cannot be read as settings (RecursionError)"),
])
def test_mkdocs_yml_that_cannot_be_compared_is_code(repo, text, why):
    repo.write("mkdocs.yml", text)
    repo.commit()
    assert explain(repo)[2] == [f"mkdocs.yml: code ({why})"]


def test_mkdocs_yml_deleted_or_renamed_is_code(repo):
    repo.git("mv", "mkdocs.yml", "docs/mkdocs.yml")
    repo.commit()
    assert explain(repo)[2] == ["docs/mkdocs.yml: code (renamed from mkdocs.yml)"]
    repo.git("rm", "-q", "docs/mkdocs.yml")
    repo.write("docs/other.md", "x\n")
    repo.commit()
    assert explain(repo)[2] == ["docs/other.md: content (added)", "mkdocs.yml: code (deleted)"]


def test_the_command_line_prints_the_answer_first(repo):
    repo.edit("programs/strength.yml", "v1", "v2")
    head = repo.commit("Typo")
    assert repo.run(repo.base, head).stdout == "content\n"
    result = repo.run("--summary", "--explain", repo.base, head)
    assert (result.returncode, result.stdout) == (0, "content\nprograms/strength.yml\nprograms/strength.yml: content\n")
    assert repo.run("--explain", ZERO, head).stdout == "code\na new branch, nothing to compare with: code\n"


def test_the_command_line_outside_a_repository_fails(tmp_path):
    result = subprocess.run([sys.executable, "-m", "studio.project.changes", "a" * 40, "b" * 40], cwd=tmp_path,
                            env={**os.environ, "PYTHONPATH": str(ROOT / "src"), "GIT_CEILING_DIRECTORIES": str(tmp_path)},
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr == ("Cannot tell content from code: git rev-parse --git-dir: fatal: not a git repository "
                             "(or any of the parent directories): .git\n")


def test_it_needs_nothing_but_pyyaml():
    # The workflow's first job installs PyYAML alone; the hook runs it before every build.
    probe = ("import sys, studio.project.changes; print(sorted({m.split('.')[0] for m in sys.modules} & "
             "{'mkdocs', 'material', 'pydantic', 'jinja2', 'markdown', 'reportlab', 'PIL'}))")
    result = subprocess.run([sys.executable, "-c", probe], env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
                            capture_output=True, text=True, timeout=60)
    assert result.stdout == "[]\n", result.stderr
    assert "import mkdocs" not in (ROOT / "src" / "studio" / "project" / "changes.py").read_text()
