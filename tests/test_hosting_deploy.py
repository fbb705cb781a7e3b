"""Publishing elsewhere than GitHub Pages: to an S3-compatible bucket (a real moto server on
127.0.0.1, in its own process) and by rsync (Debian's rsync, to a local folder and through a
remote shell). Only changed files go up, vanished ones are removed, types carry their charset,
and a failure part-way leaves the old site whole."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.deploy import rsync as rsync_deploy
from generator.deploy import s3 as s3_deploy
from generator.deploy.site_files import content_type
from s3_server import s3_server

CLI = [sys.executable, "-c", "from generator.cli import main; main()"]
CREDENTIALS = {"XINYUAN_S3_ACCESS_KEY_ID": "testing", "XINYUAN_S3_SECRET_ACCESS_KEY": "testing"}


def make_site(folder: Path, pages: dict[str, str]) -> Path:
    if folder.exists():
        shutil.rmtree(folder)
    for name, text in pages.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


SITE_V1 = {
    "index.html": "<!doctype html><title>首页</title><link href=assets/site.css rel=stylesheet>",
    "open/index.html": "<!doctype html><title>心愿清单</title>",
    "wishes/a-001/index.html": "<!doctype html><title>一台电视机</title>",
    "wishes/a-002/index.html": "<!doctype html><title>一根拐杖</title>",
    "assets/site.css": "body { color: #333 }",
    "assets/app.js": "console.log('心愿')",
    "data/wishes.json": '{"wishes": ["一台电视机"]}',
    "data/wishes.csv": "编号,标题\na-001,一台电视机\n",
    "feed.xml": "<?xml version='1.0'?><rss/>",
    "icon.svg": "<svg xmlns='http://www.w3.org/2000/svg'/>",
}


def site_v2() -> dict[str, str]:
    pages = dict(SITE_V1)
    pages["open/index.html"] = "<!doctype html><title>心愿清单（已更新）</title>"  # changed
    del pages["wishes/a-002/index.html"]  # withdrawn
    pages["wishes/a-003/index.html"] = "<!doctype html><title>书包</title>"  # new
    return pages


# --- content types --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, expected",
    [
        ("index.html", "text/html; charset=utf-8"),
        ("assets/site.css", "text/css; charset=utf-8"),
        ("assets/app.js", "text/javascript; charset=utf-8"),
        ("data/wishes.json", "application/json; charset=utf-8"),
        ("data/wishes.csv", "text/csv; charset=utf-8"),
        ("feed.xml", "application/xml; charset=utf-8"),
        ("sitemap.xml.gz", "application/gzip"),
        ("icon.svg", "image/svg+xml; charset=utf-8"),
        ("photo.JPG", "image/jpeg"),
        ("data/wishes.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ("assets/x.woff2", "font/woff2"),
        ("no-suffix", "application/octet-stream"),
    ],
)
def test_content_types(name, expected):
    assert content_type(name) == expected


# --- a real S3-compatible server ------------------------------------------------------------------


@pytest.fixture(scope="module")
def moto_endpoint():
    with s3_server() as endpoint:
        yield endpoint


counter = iter(range(1000))


@pytest.fixture
def bucket(moto_endpoint):
    target = s3_deploy.Bucket(f"site-{next(counter)}", moto_endpoint, "us-east-1", "", True, "testing", "testing")
    s3_deploy.client(target).create_bucket(Bucket=target.name)
    return target


def objects(bucket) -> dict[str, dict]:
    s3 = s3_deploy.client(bucket)
    found = {}
    for page in s3.get_paginator("list_objects").paginate(Bucket=bucket.name):
        for item in page.get("Contents", []):
            head = s3.head_object(Bucket=bucket.name, Key=item["Key"])
            body = s3.get_object(Bucket=bucket.name, Key=item["Key"])["Body"].read()
            found[item["Key"]] = {"type": head["ContentType"], "body": body, "modified": head["LastModified"]}
    return found


def test_s3_first_upload_has_every_file_with_its_type(bucket, tmp_path):
    site = make_site(tmp_path / "site", SITE_V1)
    done = s3_deploy.deploy(site, bucket)
    assert len(done.upload) == len(SITE_V1) and not done.delete
    stored = objects(bucket)
    assert set(stored) == set(SITE_V1) | {s3_deploy.MANIFEST}
    for name, text in SITE_V1.items():
        assert stored[name]["body"] == text.encode("utf-8")
        assert stored[name]["type"] == content_type(name)
    assert stored["index.html"]["type"] == "text/html; charset=utf-8"


def test_s3_second_run_uploads_nothing(bucket, tmp_path):
    site = make_site(tmp_path / "site", SITE_V1)
    s3_deploy.deploy(site, bucket)
    site = make_site(tmp_path / "site", SITE_V1)  # rebuilt: same bytes, new files
    again = s3_deploy.deploy(site, bucket)
    assert again.upload == [] and again.delete == [] and again.unchanged == len(SITE_V1)


def test_s3_uploads_only_changes_and_removes_what_vanished(bucket, tmp_path):
    s3_deploy.deploy(make_site(tmp_path / "site", SITE_V1), bucket)
    before = objects(bucket)
    time.sleep(1.1)  # LastModified has one-second resolution
    done = s3_deploy.deploy(make_site(tmp_path / "site", site_v2()), bucket)
    assert [f.key for f in done.upload] == ["wishes/a-003/index.html", "open/index.html"]  # new first
    assert done.delete == ["wishes/a-002/index.html"]
    after = objects(bucket)
    assert set(after) == set(site_v2()) | {s3_deploy.MANIFEST}
    assert after["open/index.html"]["body"] == site_v2()["open/index.html"].encode()
    for untouched in ("index.html", "assets/site.css", "wishes/a-001/index.html"):
        assert after[untouched]["modified"] == before[untouched]["modified"], untouched


def test_s3_never_deletes_files_it_did_not_upload(bucket, tmp_path):
    s3 = s3_deploy.client(bucket)
    s3.put_object(Bucket=bucket.name, Key="photos/keep.jpg", Body=b"\xff\xd8")
    s3_deploy.deploy(make_site(tmp_path / "site", SITE_V1), bucket)
    s3_deploy.deploy(make_site(tmp_path / "site", site_v2()), bucket)
    assert "photos/keep.jpg" in objects(bucket)


def test_s3_prefix_keeps_the_rest_of_the_bucket(bucket, tmp_path):
    s3 = s3_deploy.client(bucket)
    s3.put_object(Bucket=bucket.name, Key="index.html", Body=b"another site")
    inside = s3_deploy.Bucket(**{**bucket.__dict__, "prefix": "xinyuan/"})
    s3_deploy.deploy(make_site(tmp_path / "site", SITE_V1), inside)
    s3_deploy.deploy(make_site(tmp_path / "site", site_v2()), inside)
    stored = objects(bucket)
    assert stored["index.html"]["body"] == b"another site"
    assert "xinyuan/wishes/a-003/index.html" in stored and "xinyuan/wishes/a-002/index.html" not in stored


class FailingClient:
    """The real client, which loses the connection after ``uploads`` more uploads."""

    def __init__(self, real, uploads: int):
        self.real, self.left = real, uploads

    def put_object(self, **kwargs):
        if self.left == 0:
            from botocore.exceptions import EndpointConnectionError

            raise EndpointConnectionError(endpoint_url="http://127.0.0.1")
        self.left -= 1
        return self.real.put_object(**kwargs)

    def __getattr__(self, name):
        return getattr(self.real, name)


def test_s3_failure_part_way_leaves_the_old_site_whole(bucket, tmp_path):
    s3_deploy.deploy(make_site(tmp_path / "site", SITE_V1), bucket)
    new = make_site(tmp_path / "site", site_v2())
    from botocore.exceptions import EndpointConnectionError

    with pytest.raises(EndpointConnectionError):
        s3_deploy.deploy(new, bucket, s3=FailingClient(s3_deploy.client(bucket), 1))
    stored = objects(bucket)
    assert set(SITE_V1) <= set(stored)  # nothing of the old site deleted
    # the new wish went up first; the list that would link to it is still the old one
    assert stored["open/index.html"]["body"] == SITE_V1["open/index.html"].encode()
    assert "wishes/a-003/index.html" in stored
    done = s3_deploy.deploy(new, bucket)  # running it again finishes the job
    assert [f.key for f in done.upload] == ["open/index.html"] and done.delete == ["wishes/a-002/index.html"]
    assert set(objects(bucket)) == set(site_v2()) | {s3_deploy.MANIFEST}


def test_s3_pages_go_up_after_assets_home_last(bucket, tmp_path):
    site = make_site(tmp_path / "site", SITE_V1)
    order = [f.key for f in s3_deploy.deploy(site, bucket, dry_run=True).upload]
    assert order[-1] == "index.html"
    assert max(order.index(k) for k in order if not k.endswith(".html")) < min(
        order.index(k) for k in order if k.endswith(".html")
    )


class RecordingClient:
    """The real client, noting the order in which keys were uploaded (from several threads)."""

    def __init__(self, real):
        self.real, self.keys = real, []

    def put_object(self, **kwargs):
        result = self.real.put_object(**kwargs)
        self.keys.append(kwargs["Key"])
        return result

    def __getattr__(self, name):
        return getattr(self.real, name)


def test_s3_parallel_uploads_keep_the_phases(bucket, tmp_path):
    s3_deploy.deploy(make_site(tmp_path / "site", SITE_V1), bucket)
    pages = {
        **site_v2(),
        "assets/site.css": "body { color: #000 }",
        "index.html": "<title>新首页</title>",
        **{f"wishes/b-{n:03d}/index.html": f"<title>{n}</title>" for n in range(30)},
        "assets/new.js": "1",
    }
    recorder = RecordingClient(s3_deploy.client(bucket))
    s3_deploy.deploy(make_site(tmp_path / "site", pages), bucket, s3=recorder)
    uploads = [k for k in recorder.keys if k != s3_deploy.MANIFEST]
    new = {k for k in pages if k not in SITE_V1}
    changed = [k for k in uploads if k not in new]
    assert set(uploads[: len(new)]) == new  # every new file before any change
    assert changed == ["assets/site.css", "open/index.html", "index.html"]  # assets, pages, home


def run_cli(args, env=None, cwd=None):
    return subprocess.run(CLI + args, capture_output=True, text=True, cwd=cwd, env={**os.environ, **(env or {})})


def test_s3_command_from_environment(bucket, tmp_path):
    site = make_site(tmp_path / "site", SITE_V1)
    env = {
        **CREDENTIALS,
        "XINYUAN_S3_BUCKET": bucket.name,
        "XINYUAN_S3_ENDPOINT": bucket.endpoint,
        "XINYUAN_S3_REGION": "us-east-1",
        "XINYUAN_S3_PATH_STYLE": "1",
    }
    first = run_cli(["deploy", "s3", str(site)], env)
    assert first.returncode == 0, first.stderr
    assert f"已上传 {len(SITE_V1)} 个文件，已删除 0 个" in first.stderr
    assert "没有 ICP 备案号" in first.stderr  # the reminder for a mainland host
    second = run_cli(["deploy", "s3", str(site)], env)
    assert "已上传 0 个文件" in second.stderr
    site = make_site(tmp_path / "site", site_v2())
    trial = run_cli(["deploy", "s3", str(site), "--dry-run"], env)
    assert trial.stdout.splitlines() == [
        "上传 wishes/a-003/index.html",
        "上传 open/index.html",
        "删除 wishes/a-002/index.html",
    ]
    assert "将上传 2 个文件，将删除 1 个" in trial.stderr and "试运行" in trial.stderr
    assert "wishes/a-002/index.html" in objects(bucket)  # a trial changes nothing


def test_s3_command_wrong_bucket_is_a_setup_error(moto_endpoint, tmp_path):
    site = make_site(tmp_path / "site", SITE_V1)
    result = run_cli(
        [
            "deploy",
            "s3",
            str(site),
            "--bucket",
            "no-such-bucket",
            "--endpoint",
            moto_endpoint,
            "--region",
            "us-east-1",
            "--path-style",
        ],
        CREDENTIALS,
    )
    assert result.returncode == 2 and "检查桶名" in result.stderr and "Traceback" not in result.stderr


def test_refuses_a_folder_that_is_not_a_site(tmp_path):
    (tmp_path / "empty").mkdir()
    result = run_cli(["deploy", "s3", str(tmp_path / "empty"), "--bucket", "b"], CREDENTIALS)
    assert result.returncode == 2 and "没有 index.html" in result.stderr


# --- rsync --------------------------------------------------------------------------------------

needs_rsync = pytest.mark.skipif(shutil.which("rsync") is None, reason="apt-get install rsync")


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@needs_rsync
def test_rsync_mirrors_and_sends_only_changes(tmp_path):
    target = tmp_path / "www"
    first = run_cli(["deploy", "rsync", str(make_site(tmp_path / "site", SITE_V1)), str(target)])
    assert first.returncode == 0, first.stderr
    assert tree(target) == {k: v.encode() for k, v in SITE_V1.items()}
    # a rebuild rewrites every file with a new time: nothing is sent
    again = run_cli(["deploy", "rsync", str(make_site(tmp_path / "site", SITE_V1)), str(target)])
    assert "已上传 0 个文件，已删除 0 个" in again.stderr, again.stderr
    challenge = target / ".well-known" / "acme-challenge" / "token"  # the server's, not the site's
    challenge.parent.mkdir(parents=True)
    challenge.write_text("certbot")
    changed = run_cli(["deploy", "rsync", str(make_site(tmp_path / "site", site_v2())), str(target)])
    assert changed.returncode == 0, changed.stderr
    assert "已上传 2 个文件，已删除 1 个" in changed.stderr, changed.stdout + changed.stderr
    assert tree(target) == {
        **{k: v.encode() for k, v in site_v2().items()},
        ".well-known/acme-challenge/token": b"certbot",
    }
    assert stat.S_IMODE((target / "index.html").stat().st_mode) == 0o644


@needs_rsync
def test_rsync_over_a_remote_shell(tmp_path):
    """rsync's remote protocol, with a stand-in for ssh that runs the server side here."""
    fake_ssh = tmp_path / "fake-ssh"
    fake_ssh.write_text('#!/bin/sh\nshift\nexec sh -c "$*"\n')
    fake_ssh.chmod(0o755)
    target = tmp_path / "www"
    site = make_site(tmp_path / "site", SITE_V1)
    rsync_deploy.deploy(site, f"web.example.cn:{target}", ssh=str(fake_ssh))
    lines = rsync_deploy.deploy(make_site(tmp_path / "site", site_v2()), f"web.example.cn:{target}", ssh=str(fake_ssh))
    assert tree(target) == {k: v.encode() for k, v in site_v2().items()}
    assert sorted(line.split()[-1] for line in lines if line[:2] == "<f") == [
        "open/index.html",
        "wishes/a-003/index.html",
    ]


@needs_rsync
def test_rsync_unreachable_server_changes_nothing(tmp_path):
    failing_ssh = tmp_path / "no-ssh"
    failing_ssh.write_text("#!/bin/sh\necho 'Host key verification failed.' >&2\nexit 255\n")
    failing_ssh.chmod(0o755)
    with pytest.raises(rsync_deploy.RsyncFailed, match="Host key verification failed"):
        rsync_deploy.deploy(make_site(tmp_path / "site", SITE_V1), "web.example.cn:/var/www", ssh=str(failing_ssh))


@needs_rsync
def test_rsync_failure_is_reported_in_chinese(tmp_path):
    result = run_cli(["deploy", "rsync", str(make_site(tmp_path / "site", SITE_V1)), "/dev/null/www"])
    assert result.returncode == 1 and "发布失败" in result.stderr and "Traceback" not in result.stderr


def test_ssh_key_is_private_and_host_keys_are_checked():
    with rsync_deploy.ssh_command(
        "-----BEGIN OPENSSH PRIVATE KEY-----\nx\n-----END OPENSSH PRIVATE KEY-----",
        "web.example.cn ssh-ed25519 AAAAC3Nza",
        2222,
    ) as ssh:
        key = Path(ssh.split("-i ")[1].split()[0])
        assert stat.S_IMODE(key.stat().st_mode) == 0o600
        assert "StrictHostKeyChecking=yes" in ssh and "-p 2222" in ssh and "BatchMode=yes" in ssh
    assert not key.exists()  # removed when the deploy ends


# --- the site's size against the host's limit ----------------------------------------------------

from generator.deploy.host_limits import GB, check_size  # noqa: E402


@pytest.mark.parametrize(
    "host, total, largest, limit, warned",
    [
        ("pages", 5_000_000, 1_000_000, None, False),
        ("pages", int(0.79 * GB), 1_000_000, None, False),
        ("pages", int(0.85 * GB), 1_000_000, None, True),  # before the limit
        ("pages", int(1.2 * GB), 1_000_000, None, True),  # over it: the deploy will fail
        ("s3", 30 * GB, 1_000_000, None, False),  # a bucket has no total limit
        ("s3", 5 * GB, int(4.5 * GB), None, True),  # but one PUT takes at most 5 GB
        ("rsync", 9 * GB, 1_000_000, None, True),  # 10 GB unless told otherwise
        ("rsync", 9 * GB, 1_000_000, 50 * GB, False),
    ],
)
def test_size_warning(host, total, largest, limit, warned):
    result = check_size(host, total, largest, limit)
    assert result.line.startswith("网站大小")
    assert (result.warning is not None) == warned, result


def test_build_reports_its_size_and_warns_near_the_limit(tmp_path):
    """A real build of the sample program, told the server holds only 6 MB."""
    from conftest import REPO, SITE_TODAY

    out = tmp_path / "site"
    result = run_cli(
        [
            "build",
            str(REPO),
            "--out",
            str(out),
            "-q",
            "--today",
            SITE_TODAY.isoformat(),
            "--host",
            "rsync",
            "--size-limit",
            "0.0055",
        ],
        {"GITHUB_ACTIONS": "true"},
    )
    assert result.returncode == 0, result.stderr
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    assert f"网站大小 {size / 1e6:.1f} MB，发布到自己的服务器，上限 5.5 MB" in result.stderr
    assert "警告：网站" in result.stderr  # near (or, should the sample grow, over) the limit
    assert "::warning title=网站大小::" in result.stdout


# --- the deploy workflow -------------------------------------------------------------------------


def test_workflow_chooses_the_host_by_variable_and_keeps_secrets_in_their_step():
    import yaml

    from conftest import REPO

    workflow = yaml.safe_load((REPO / ".github/workflows/deploy.yml").read_text(encoding="utf-8"))
    build = workflow["jobs"]["build"]["steps"]
    by_run = {str(step.get("run", "")).strip().splitlines()[-1]: step for step in build if "run" in step}
    s3_step, rsync_step = by_run["xinyuan deploy s3 site"], by_run["xinyuan deploy rsync site"]
    assert s3_step["if"] == "vars.XINYUAN_HOST == 's3'" and rsync_step["if"] == "vars.XINYUAN_HOST == 'rsync'"
    pages = "(vars.XINYUAN_HOST || 'pages') == 'pages'"
    assert workflow["jobs"]["deploy"]["if"] == pages
    assert next(s for s in build if "upload-pages-artifact" in s.get("uses", ""))["if"] == pages
    # secrets reach only the step that uses them (not the build, which runs MkDocs and plugins)
    for step in build:
        secrets = [v for v in (step.get("env") or {}).values() if "secrets." in str(v)]
        assert not secrets or step in (s3_step, rsync_step), step.get("name")
    assert "XINYUAN_S3_SECRET_ACCESS_KEY" in s3_step["env"] and "XINYUAN_SSH_KEY" in rsync_step["env"]
    assert by_run["xinyuan build --out site"]["env"]["XINYUAN_HOST"] == "${{ vars.XINYUAN_HOST || 'pages' }}"
