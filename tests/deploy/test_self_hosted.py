"""Push-to-publish on this machine: a bare repository with the publish hook, real pushes, real builds.

Only the first publish (shared, see conftest.py) runs the unit suite; every other push here is a content
push, which is built only, or a code push with a trivial CHECK_COMMAND."""

from __future__ import annotations

import urllib.request

import pytest

from deployment import DEPLOY, TEST_PROGRAM, nginx_serving, remote_lines, run, second_clone, setup_server, tree_digest
from textedit import edit_file

pytestmark = pytest.mark.deploy

BAD_REPS = (
    "programs/test-strength.yml:31: phases[0].days[1].exercises[0].reps: '8-x' is not a rep count; "
    "use 5, '8-12', 'AMRAP', '5+', '30 s', '30-60 s' or [5, 3, 1]"
)


def page_text(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read().decode("utf-8")


def test_first_push_builds_checks_and_goes_live(first_publish):
    server, clone, result = first_publish.server, first_publish.clone, first_publish.result
    commit = clone.head()
    lines = remote_lines(result.stderr)
    assert lines[0].startswith(f'Publishing {commit[:7]} "First version"')
    # A new branch has nothing to compare with, so it counts as code: the one push in these tests that
    # runs the real checks, the unit suite.
    assert lines[1] == "Code push (a new branch, nothing to compare with): build and checks."
    assert lines[2].startswith("Build (mkdocs build --strict): passed in")
    assert lines[3].startswith("Checks (python -m pytest -q -p no:cacheprovider -n auto tests/unit): passed in")
    release = server.live_release()
    assert release.endswith(commit[:12])
    assert lines[-1] == f"Published: the live site is now {release} (commit {commit[:7]}: First version)."
    assert server.releases() == [release]  # no half-built folder left behind
    assert server.info(release)["commit"] == commit
    assert server.branch() == commit
    assert "Test Strength" in (server.live / "programs/test-strength/index.html").read_text()
    assert (server.live / "index.html").is_file()
    assert not (server.live / "mkdocs.yml").exists()  # only the built site is served, never the sources
    assert server.lock_is_free()
    log = server.log(release)
    assert "== Code push (a new branch, nothing to compare with): build and checks.\n" in log
    assert "== Checks (python -m pytest -q -p no:cacheprovider -n auto tests/unit): passed\n" in log


def test_a_content_push_is_built_and_published_without_the_checks(server, published):
    first = server.live_release()
    published.edit(TEST_PROGRAM, "title: Test Strength", "title: Test Strenght")
    published.commit("Typo")
    published.edit(TEST_PROGRAM, "title: Test Strenght", "title: Test Strength, Revised")
    commit = published.commit("Fix the typo")
    result = published.push()
    assert result.returncode == 0, result.stderr
    release = server.live_release()
    lines = remote_lines(result.stderr)
    assert lines[1:2] == ["Content-only push (programs/test-strength.yml): build only."]
    assert lines[2].startswith("Build (mkdocs build --strict): passed in")
    assert lines[3:] == [f"Published: the live site is now {release} (commit {commit[:7]}: Fix the typo).",
                         f"Previous release: {first} (undo with: {server.root}/bin/rollback)."]
    assert "Test Strength, Revised" in (server.live / "programs/test-strength/index.html").read_text()
    log = server.log(release)
    assert "== Content-only push (programs/test-strength.yml): build only.\nprograms/test-strength.yml: content\n" in log
    assert "== Checks" not in log


def test_a_code_push_runs_the_checks(server, published):
    server.configure(CHECK_COMMAND="python -c 'print(\"the checks ran\")'")
    (published.path / "tests" / "unit" / "test_more.py").write_text("def test_more():\n    pass\n")
    published.edit("mkdocs.yml", "site_description: ", "site_description: Newly ")  # the owner's: content
    published.git("add", "-A")
    commit = published.commit("A new test")
    result = published.push()
    assert result.returncode == 0, result.stderr
    lines = remote_lines(result.stderr)
    assert lines[1:2] == ["Code push (tests/unit/test_more.py): build and checks."]
    assert lines[2].startswith("Build (mkdocs build --strict): passed in")
    assert lines[3].startswith("Checks (python -c 'print(\"the checks ran\")'): passed in")
    assert server.info(server.live_release())["commit"] == commit
    log = server.log(server.live_release())
    assert ("== Code push (tests/unit/test_more.py): build and checks.\n"
            "mkdocs.yml: content (only the owner's settings differ: site_description)\n"
            "tests/unit/test_more.py: code (outside docs/, programs/ and data/)\n") in log
    assert "the checks ran\n" in log

    # With no checks configured, a code push is built only, and the hook says so.
    server.configure(CHECK_COMMAND="")
    published.edit("mkdocs.yml", "  custom_dir: overrides", "  custom_dir: overrides\n  favicon: assets/images/favicon.png")
    published.commit("A favicon setting")
    assert server.lock_is_free()  # else the push would first say that it waits for the last one
    result = published.push()
    assert result.returncode == 0, result.stderr
    lines = remote_lines(result.stderr)
    assert lines[1] == ("Code push (mkdocs.yml: settings besides the owner's differ: theme): "
                        "build only (CHECK_COMMAND is empty in deploy.conf).")
    assert not any(line.startswith("Checks") for line in lines)


def test_good_change_replaces_the_live_site(server, published):
    first = server.live_release()
    published.edit(TEST_PROGRAM, "title: Test Strength", "title: Test Strength, Revised")
    commit = published.commit("Rename the test programme")
    result = published.push()
    assert result.returncode == 0, result.stderr
    assert server.live_release() != first
    assert server.info(server.live_release())["commit"] == commit
    assert "Test Strength, Revised" in (server.live / "programs/test-strength/index.html").read_text()
    assert server.releases() == [first, server.live_release()]
    assert f"Previous release: {first} (undo with: {server.root}/bin/rollback)." in remote_lines(result.stderr)


def test_broken_programme_is_refused_and_the_live_site_is_untouched(tmp_path, server, published):
    good = published.head()
    release = server.live_release()
    with nginx_serving(tmp_path / "nginx", server.live) as url:
        served = page_text(f"{url}/programs/test-strength/")
        before = tree_digest(server.live)
        published.edit(TEST_PROGRAM, "reps: 8-12", "reps: 8-x")
        published.commit("Change the bench press reps")

        result = published.push()

        assert result.returncode != 0
        lines = remote_lines(result.stderr)
        assert "Build (mkdocs build --strict) FAILED (exit 1). Its output:" in lines
        assert f"  {BAD_REPS}" in lines  # the build's own message, verbatim, with file and line
        assert lines[-1] == "The live site was not changed and this push was refused."
        assert "! [remote rejected] main -> main (pre-receive hook declined)" in result.stderr
        assert tree_digest(server.live) == before
        assert server.live_release() == release
        assert server.branch() == good
        assert server.releases() == [release]
        assert page_text(f"{url}/programs/test-strength/") == served


def test_failing_check_is_refused_with_its_output(server, published):
    good, release = published.head(), server.live_release()
    server.configure(CHECK_COMMAND="python -c 'raise SystemExit(\"checks said no\")'")
    (published.path / "tests" / "unit" / "test_more.py").write_text("def test_more():\n    assert False\n")
    published.git("add", "-A")
    published.commit("A failing test")
    result = published.push()
    assert result.returncode != 0
    lines = remote_lines(result.stderr)
    assert "Code push (tests/unit/test_more.py): build and checks." in lines
    assert "Build (mkdocs build --strict): passed in" in "\n".join(lines)
    assert "Checks (python -c 'raise SystemExit(\"checks said no\")') FAILED (exit 1). Its output:" in lines
    assert "checks said no" in lines
    assert lines[-1] == "The live site was not changed and this push was refused."
    assert server.live_release() == release
    assert server.releases() == [release]
    assert server.branch() == good


def test_rollback_switches_back_and_forth(server, published):
    first, first_commit = server.live_release(), published.head()
    first_site = tree_digest(server.live)
    published.edit(TEST_PROGRAM, "title: Test Strength", "title: Test Strength, Revised")
    second_commit = published.commit("Rename the test programme")
    assert published.push().returncode == 0
    second = server.live_release()

    result = server.rollback()
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[:2] == [
        f"The live site is now {first} (commit {first_commit[:7]}: First version).",
        f"It was {second} (commit {second_commit[:7]}: Rename the test programme).",
    ]
    assert server.live_release() == first
    assert tree_digest(server.live) == first_site
    assert server.branch() == second_commit  # git keeps the newer commit; only the live site went back

    again = server.rollback()
    assert again.returncode == 1
    assert "No older release to go back to" in again.stderr
    assert server.live_release() == first

    listing = server.rollback("--list", script=DEPLOY / "rollback.sh")  # from a checkout: needs --root
    assert listing.returncode == 2 and "--root" in listing.stderr
    listing = server.rollback("--root", str(server.root), "--list", script=DEPLOY / "rollback.sh")
    assert listing.stdout.splitlines() == [
        f"* {first} (commit {first_commit[:7]}: First version)",
        f"  {second} (commit {second_commit[:7]}: Rename the test programme)",
    ]

    forward = server.rollback(second)
    assert forward.returncode == 0, forward.stderr
    assert server.live_release() == second
    assert server.rollback("no-such-release").returncode == 1
    assert server.live_release() == second


def test_keeps_the_last_releases_and_always_the_live_one(server, published):
    server.configure(KEEP="2")
    clone = published
    first = server.live_release()
    for n in (2, 3):
        clone.git("commit", "-q", "--allow-empty", "-m", f"Version {n}")  # a new commit is what counts
        assert clone.push().returncode == 0
    assert len(server.releases()) == 2
    assert first not in server.releases()
    assert server.releases()[-1] == server.live_release()

    assert server.rollback().returncode == 0
    older = server.live_release()
    clone.git("commit", "-q", "--allow-empty", "-m", "Version 4")
    assert clone.push().returncode == 0
    # The newest two are kept; the one that was live a moment ago is not special any more.
    assert len(server.releases()) == 2
    assert older not in server.releases()


def test_two_pushes_at_the_same_moment(tmp_path, server, published, env):
    base = published.head()
    other = second_clone(tmp_path / "other", server, env)
    published.edit(TEST_PROGRAM, "title: Test Strength", "title: Test Strength by A")
    a = published.commit("A renames the programme")
    other.edit(TEST_PROGRAM, "title: Test Strength", "title: Test Strength by B")
    b = other.commit("B renames the programme")

    pushes = {a: published.push_async(), b: other.push_async()}
    outcomes = {commit: (p.wait(timeout=300), p.stderr.read()) for commit, p in pushes.items()}

    winners = [commit for commit, (code, _) in outcomes.items() if code == 0]
    assert len(winners) == 1, outcomes
    winner = winners[0]
    loser = a if winner == b else b
    refusal = outcomes[loser][1]
    assert ("changed on the server while you were pushing" in refusal and "git pull" in refusal) or (
        "[rejected]" in refusal), refusal
    assert server.branch() == winner
    assert server.info(server.live_release())["commit"] == winner
    assert (server.live / "index.html").is_file()
    title = "Test Strength by A" if winner == a else "Test Strength by B"
    assert title in (server.live / "programs/test-strength/index.html").read_text()
    assert len(server.releases()) == 2 and not any(name.startswith(".") for name in server.releases())
    assert server.lock_is_free()

    # The refused owner pulls and pushes again: both changes end up live, one after the other.
    late = published if loser == a else other
    late.git("pull", "-q", "--no-rebase", "-X", "ours", "--no-edit", "live", "main")
    assert late.git("merge-base", "--is-ancestor", base, "HEAD").returncode == 0
    result = late.push()
    assert result.returncode == 0, result.stderr
    assert server.info(server.live_release())["commit"] == late.head()


def test_other_branches_are_stored_not_published_and_main_cannot_be_deleted(server, published):
    release = server.live_release()
    published.git("checkout", "-q", "-b", "draft")
    published.edit(TEST_PROGRAM, "reps: 8-12", "reps: 8-x")  # broken, but a draft is never built
    published.commit("Work in progress")
    result = published.push("draft")
    assert result.returncode == 0, result.stderr
    assert "refs/heads/draft: stored, not published (only main is published)." in remote_lines(result.stderr)
    assert server.live_release() == release

    result = published.push(":main")
    assert result.returncode != 0
    assert server.live_release() == release
    assert "main" in published.git("ls-remote", "live", "refs/heads/main").stdout


def test_setup_writes_its_options_into_deploy_conf(tmp_path, env):
    # The other tests change deploy.conf by hand (Server.configure), as an owner would; this is where the
    # options of setup-server.sh are checked to land there, in a form the hook reads back.
    server = setup_server(tmp_path / "srv", env, "--keep", "2", "--branch", "live", "--check",
                          "python -c 'print(\"it's fine\")'")
    conf = (server.root / "deploy.conf").read_text()
    assert "\nKEEP=2\n" in conf and "\nBRANCH=live\n" in conf
    read_back = run(["bash", "-c", f". {server.root}/deploy.conf && printf '%s' \"$CHECK_COMMAND\""], tmp_path, env)
    assert read_back.stdout == "python -c 'print(\"it's fine\")'"
    assert run(["git", "symbolic-ref", "HEAD"], server.repo, env).stdout == "refs/heads/live\n"


def test_setup_again_keeps_settings_and_releases(tmp_path, server, published, env):
    edit_file(server.root / "deploy.conf", "KEEP=5", "KEEP=7")
    release = server.live_release()
    setup_server(server.root, env)
    assert "KEEP=7" in (server.root / "deploy.conf").read_text()
    assert server.live_release() == release
    hook = (server.repo / "hooks" / "pre-receive").read_text()
    assert f"exec {server.root}/bin/publish" in hook


def rebuild(server):
    return run([str(server.root / "bin" / "publish"), "--rebuild"], server.root, server.env, check=False)


def test_rebuild_builds_the_live_commit_into_a_new_release(server, published):
    first_commit = published.head()
    published.edit(TEST_PROGRAM, "title: Test Strength", "title: Test Strength, Revised")
    published.commit("Rename the test programme")
    assert published.push().returncode == 0
    release = server.live_release()
    assert server.lock_is_free()
    result = rebuild(server)
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    assert lines[1] == "Rebuild of the live commit (--rebuild): build only."
    assert not any(line.startswith("Checks") for line in lines)
    assert server.live_release() != release
    assert server.info(server.live_release())["commit"] == published.head()
    assert result.stderr.splitlines()[-1] == f"Previous release: {release} (undo with: {server.root}/bin/rollback)."
    assert server.lock_is_free()

    # After a rollback, a rebuild keeps the rolled-back version live.
    assert server.rollback(release).returncode == 0
    assert server.rollback().returncode == 0
    assert server.info(server.live_release())["commit"] == first_commit
    assert rebuild(server).returncode == 0
    assert server.info(server.live_release())["commit"] == first_commit
    assert "Test Strength, Revised" not in (server.live / "programs/test-strength/index.html").read_text()


def test_rollback_before_any_publish_says_so(fresh_server):
    server = fresh_server
    result = server.rollback()
    assert result.returncode == 1
    assert result.stderr == "Nothing has been published yet, so there is nothing to roll back.\n"
    assert not server.live.exists()


def test_rebuild_before_any_publish_changes_nothing(fresh_server):
    server = fresh_server
    result = rebuild(server)
    assert result.returncode == 1
    assert result.stderr.splitlines()[-2:] == [
        "Nothing to rebuild: nothing has been published yet.", "The live site was not changed and nothing was published."]
    assert not server.live.exists()
