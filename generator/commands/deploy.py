"""``xinyuan deploy s3`` and ``xinyuan deploy rsync``: publish a built site elsewhere than
GitHub Pages. Settings come from options or from the environment (the deploy workflow fills it
from repository variables and secrets), so that any CI runs the same command."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from generator.model.filing import MIIT_URL


def _site(path: str) -> Path:
    site = Path(path)
    if not (site / "index.html").is_file():
        # an empty or wrong folder would delete the whole published site
        raise click.UsageError(f"{site} 里没有 index.html，不像是生成好的网站：先运行 xinyuan build")
    if MIIT_URL not in (site / "index.html").read_text(encoding="utf-8", errors="replace"):
        click.echo(
            "注意：网站页脚没有 ICP 备案号。放在中国大陆服务器或对象存储上的网站必须先备案，"
            "并在 data/program.yml 写上 icp（见 README“发布到其他地方”）。",
            err=True,
        )
    return site


def _summary(uploaded: int, deleted: int, unchanged: int, dry_run: bool) -> None:
    verb = "将" if dry_run else "已"
    click.echo(
        f"{verb}上传 {uploaded} 个文件，{verb}删除 {deleted} 个，{unchanged} 个没有变化"
        + ("（试运行，没有改动）" if dry_run else ""),
        err=True,
    )


@click.group()
def deploy():
    """把生成好的网站发布到对象存储或自己的服务器（GitHub Pages 由工作流发布）。

    只上传内容有变化的文件，删除网站里已经没有的文件；先传新文件、最后删旧文件，中途失败时
    原来的网站照常能看，重新运行即可补完。
    """


@deploy.command("s3")
@click.argument("site", default="site", type=click.Path(file_okay=False))
@click.option("--bucket", envvar="XINYUAN_S3_BUCKET", required=True, help="存储桶名称（环境变量 XINYUAN_S3_BUCKET）。")
@click.option(
    "--endpoint",
    envvar="XINYUAN_S3_ENDPOINT",
    default=None,
    help="服务地址，如 https://oss-cn-hangzhou.aliyuncs.com 或 https://cos.ap-guangzhou.myqcloud.com"
    "（XINYUAN_S3_ENDPOINT）。",
)
@click.option(
    "--region",
    envvar="XINYUAN_S3_REGION",
    default=None,
    help="地域，如 oss-cn-hangzhou、ap-guangzhou（XINYUAN_S3_REGION）。",
)
@click.option("--prefix", envvar="XINYUAN_S3_PREFIX", default="", help="桶里的目录，默认根目录（XINYUAN_S3_PREFIX）。")
@click.option(
    "--path-style", envvar="XINYUAN_S3_PATH_STYLE", is_flag=True, help="用路径式地址（MinIO 等需要；OSS、COS 不要加）。"
)
@click.option("--dry-run", is_flag=True, help="只列出要上传和删除的文件，不改动。")
def s3(site, bucket, endpoint, region, prefix, path_style, dry_run):
    """把网站 SITE（默认 site/）发布到兼容 S3 的对象存储（阿里云 OSS、腾讯云 COS 等）。

    密钥从环境变量 XINYUAN_S3_ACCESS_KEY_ID 和 XINYUAN_S3_SECRET_ACCESS_KEY 读取。

    \b
    例：xinyuan deploy s3 site --bucket qingxi-xinyuan \\
          --endpoint https://oss-cn-hangzhou.aliyuncs.com --region oss-cn-hangzhou
    """
    from botocore.exceptions import BotoCoreError, ClientError, NoCredentialsError

    from generator.deploy import s3 as s3_deploy

    target = s3_deploy.Bucket(
        bucket,
        endpoint or None,
        region or None,
        prefix or "",
        path_style,
        os.environ.get("XINYUAN_S3_ACCESS_KEY_ID") or None,
        os.environ.get("XINYUAN_S3_SECRET_ACCESS_KEY") or None,
    )
    folder = _site(site)
    try:
        done = s3_deploy.deploy(folder, target, dry_run, lambda line: click.echo(line, err=True))
    except NoCredentialsError:
        raise click.UsageError(
            "没有对象存储的密钥：设置 XINYUAN_S3_ACCESS_KEY_ID 和 XINYUAN_S3_SECRET_ACCESS_KEY"
        ) from None
    except ClientError as exc:
        code = exc.response.get("Error", {}).get("Code", "")
        if code in ("NoSuchBucket", "AccessDenied", "InvalidAccessKeyId", "SignatureDoesNotMatch", "403", "404"):
            raise click.UsageError(
                f"对象存储拒绝了请求（{code}）：检查桶名、地域、服务地址和密钥，以及这个密钥有没有读写这个桶的权限"
            ) from None
        click.echo(f"发布中断（{code or exc}）：已上传的文件不影响原网站，重新运行即可补完", err=True)
        sys.exit(1)
    except BotoCoreError as exc:
        click.echo(f"发布中断（{exc}）：已上传的文件不影响原网站，重新运行即可补完", err=True)
        sys.exit(1)
    if dry_run:
        for each in done.upload:
            click.echo(f"上传 {each.key}")
        for key in done.delete:
            click.echo(f"删除 {key}")
    _summary(len(done.upload), len(done.delete), done.unchanged, dry_run)


@deploy.command("rsync")
@click.argument("site", default="site", type=click.Path(file_okay=False))
@click.argument("destination", envvar="XINYUAN_RSYNC_DEST", required=True)
@click.option(
    "--port", envvar="XINYUAN_SSH_PORT", type=int, default=None, help="SSH 端口（XINYUAN_SSH_PORT），默认 22。"
)
@click.option("--dry-run", is_flag=True, help="只列出要上传和删除的文件，不改动。")
def rsync(site, destination, port, dry_run):
    """用 rsync 经 SSH 把网站 SITE 发布到自己的服务器 DESTINATION（如 deploy@web.example.cn:/var/www/xinyuan）。

    SSH 私钥从环境变量 XINYUAN_SSH_KEY 读取，服务器的主机公钥（ssh-keyscan 的输出，核对过指纹）
    从 XINYUAN_SSH_KNOWN_HOSTS 读取；都不设时用本机 ~/.ssh 的设置。

    \b
    例：xinyuan deploy rsync site deploy@web.example.cn:/var/www/xinyuan
    """
    from generator.deploy import rsync as rsync_deploy

    folder = _site(site)
    try:
        lines = rsync_deploy.deploy(
            folder,
            destination,
            os.environ.get("XINYUAN_SSH_KEY") or None,
            os.environ.get("XINYUAN_SSH_KNOWN_HOSTS") or None,
            port,
            dry_run,
        )
    except FileNotFoundError:
        raise click.UsageError("找不到 rsync 命令：先安装（apt-get install rsync）") from None
    except rsync_deploy.RsyncFailed as exc:
        hint = ""
        if "Host key verification failed" in str(exc):
            hint = "\n服务器的主机公钥不认识：把核对过指纹的 ssh-keyscan 输出设为 XINYUAN_SSH_KNOWN_HOSTS"
        elif "Permission denied" in str(exc):
            hint = "\n服务器拒绝了登录：检查 XINYUAN_SSH_KEY 的私钥和服务器上 authorized_keys 里的公钥"
        click.echo(f"发布失败：{exc}{hint}\n原网站没有改动（rsync 最后才替换文件）；改好后重新运行。", err=True)
        sys.exit(1)
    sent, deleted = rsync_deploy.sent_and_deleted(lines)
    for line in sent + deleted:
        click.echo(line)
    _summary(len(sent), len(deleted), sum(p.is_file() for p in folder.rglob("*")) - len(sent), dry_run)
