"""The kept frozen build (tests/support/bundle_cache.py) is used only for the very same
inputs: any change outside tests/, to the environment the build reads, or a request for a
fresh build, means building again."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.support import bundle_cache


def git(root: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=root, check=True, capture_output=True)


@pytest.fixture
def tree(tmp_path) -> Path:
    root = tmp_path / "tree"
    for name, text in {"journal/a.py": "A = 1\n", "packaging/build.py": "print()\n",
                       "tests/test_a.py": "def test(): pass\n", ".gitignore": "build/\n"}.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    git(root, "init", "-q")
    git(root, "add", ".")
    return root


ENV = {"SMALL_MOMENTS_DEB_COMPRESSION": "gzip:1"}


def test_the_same_inputs_give_the_same_key_and_tests_do_not_count(tree):
    key = bundle_cache.inputs_key(ENV, tree)
    assert key is not None and key == bundle_cache.inputs_key(ENV, tree)
    (tree / "tests" / "test_a.py").write_text("def test(): assert True\n")
    (tree / "tests" / "test_b.py").write_text("")
    (tree / "build").mkdir()
    (tree / "build" / "left.o").write_bytes(b"ignored by git")
    assert bundle_cache.inputs_key(ENV, tree) == key


@pytest.mark.parametrize("change", ["edit", "new file", "gone", "mode", "env"])
def test_any_input_outside_tests_gives_a_new_key(tree, change):
    key = bundle_cache.inputs_key(ENV, tree)
    env = dict(ENV)
    if change == "edit":
        (tree / "journal" / "a.py").write_text("A = 2\n")
    elif change == "new file":
        (tree / "journal" / "b.py").write_text("")  # not added to git yet: counts all the same
    elif change == "gone":
        (tree / "packaging" / "build.py").unlink()
    elif change == "mode":
        (tree / "packaging" / "build.py").chmod(0o755)
    else:
        env["SMALL_MOMENTS_DEB_COMPRESSION"] = "xz"
    assert bundle_cache.inputs_key(env, tree) not in (None, key)


def test_no_git_or_a_fresh_build_asked_for_means_no_key(tree, tmp_path):
    assert bundle_cache.inputs_key(dict(ENV, SMALL_MOMENTS_FRESH_BUNDLE="1"), tree) is None
    plain = tmp_path / "plain"
    plain.mkdir()
    (plain / "main.py").write_text("")
    assert bundle_cache.inputs_key(ENV, plain) is None


def test_a_kept_build_comes_back_whole_and_only_the_newest_is_kept(tmp_path, monkeypatch):
    monkeypatch.setattr(bundle_cache, "CACHE", tmp_path / "cache")
    dist, toc = tmp_path / "dist", tmp_path / "PYZ-00.toc"
    (dist / "app" / "_internal").mkdir(parents=True)
    (dist / "app" / "app").write_text("exe")
    (dist / "app" / "link").symlink_to("app")
    toc.write_text("modules")
    assert bundle_cache.kept("one") is None
    bundle_cache.keep("one", dist, toc, "built")
    kept = bundle_cache.kept("one")
    assert kept is not None and (kept / "PYZ-00.toc").read_text() == "modules"
    again = tmp_path / "again"
    bundle_cache.bring_back(kept, again)
    assert (again / "app" / "app").read_text() == "exe"
    assert (again / "app" / "link").is_symlink()
    assert bundle_cache.lintian_said("one") is None
    bundle_cache.keep_lintian("one", "W: a warning", "", 0)
    assert bundle_cache.lintian_said("one") == {"out": "W: a warning", "err": "", "code": 0}
    bundle_cache.keep("two", dist, toc, "built")
    assert bundle_cache.kept("one") is None and bundle_cache.kept("two") is not None
    (bundle_cache.CACHE / "two" / "complete").unlink()  # control: half a copy is never used
    assert bundle_cache.kept("two") is None
    bundle_cache.keep(None, dist, toc, "built")  # no key: nothing kept
    assert sorted(p.name for p in bundle_cache.CACHE.iterdir()) == ["two"]
