"""Publish a site to an S3-compatible bucket (Alibaba Cloud OSS, Tencent COS, MinIO, AWS S3).

A file is uploaded when the bucket has no object with its MD5 as ETag (a single PUT's ETag is its
MD5 on all of these services). The objects this tool owns are listed in a manifest in the bucket
(``.xinyuan-manifest.json`` beside the site); only those are ever deleted, so other files in a
shared bucket are safe. Order: uploads (new files, then changed
ones; assets before pages; the home page last; up to eight at a time within each of these
phases), then the manifest
with the old and new files, then deletions, then the manifest of the new site.
"""

from __future__ import annotations

import base64
import json
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from itertools import groupby
from pathlib import Path
from collections.abc import Callable

from generator.deploy.site_files import SiteFile, site_files

MANIFEST = ".xinyuan-manifest.json"


@dataclass(frozen=True)
class Bucket:
    name: str
    endpoint: str | None = None  # https://oss-cn-hangzhou.aliyuncs.com, https://cos.ap-guangzhou.myqcloud.com
    region: str | None = None
    prefix: str = ""  # a folder in the bucket ("" for its root)
    path_style: bool = False  # OSS and COS want virtual-hosted style; MinIO and tests path style
    access_key: str | None = None  # None: boto3's own chain (AWS_ACCESS_KEY_ID, ...)
    secret_key: str | None = None


@dataclass
class Plan:
    upload: list[SiteFile] = field(default_factory=list)
    delete: list[str] = field(default_factory=list)  # keys without the prefix
    new: set[str] = field(default_factory=set)  # uploads the bucket does not have yet
    unchanged: int = 0


def client(bucket: Bucket):
    import boto3
    from botocore.config import Config

    # botocore since 1.36 adds CRC checksums to every upload by default, which several
    # S3-compatible services (OSS, COS, older MinIO) reject: only when an operation requires one.
    config = Config(
        s3={"addressing_style": "path" if bucket.path_style else "virtual"},
        signature_version="s3v4",
        retries={"max_attempts": 5, "mode": "standard"},
        request_checksum_calculation="when_required",
        response_checksum_validation="when_required",
    )
    return boto3.client(
        "s3",
        endpoint_url=bucket.endpoint,
        region_name=bucket.region,
        aws_access_key_id=bucket.access_key,
        aws_secret_access_key=bucket.secret_key,
        config=config,
    )


def _key(bucket: Bucket, name: str) -> str:
    return bucket.prefix.strip("/") + "/" + name if bucket.prefix.strip("/") else name


def remote_etags(s3, bucket: Bucket) -> dict[str, str]:
    """{key without prefix: ETag without quotes, lowercase} of every object under the prefix."""
    prefix = _key(bucket, "")
    etags = {}
    for page in s3.get_paginator("list_objects").paginate(Bucket=bucket.name, Prefix=prefix):
        for item in page.get("Contents", []):
            etags[item["Key"][len(prefix) :]] = item["ETag"].strip('"').lower()
    return etags


def read_manifest(s3, bucket: Bucket) -> set[str]:
    try:
        body = s3.get_object(Bucket=bucket.name, Key=_key(bucket, MANIFEST))["Body"].read()
    except s3.exceptions.NoSuchKey:
        return set()
    return set(json.loads(body)["files"])


def write_manifest(s3, bucket: Bucket, names) -> None:
    body = json.dumps({"files": sorted(names)}, ensure_ascii=False, indent=0).encode()
    s3.put_object(
        Bucket=bucket.name,
        Key=_key(bucket, MANIFEST),
        Body=body,
        ContentType="application/json; charset=utf-8",
        CacheControl="no-cache",
    )


def plan(files: list[SiteFile], etags: dict[str, str], owned: set[str]) -> Plan:
    result = Plan()
    for each in files:
        if etags.get(each.key) == each.md5:
            result.unchanged += 1
        else:
            result.upload.append(each)
    result.new = {f.key for f in result.upload if f.key not in etags}
    result.upload.sort(key=lambda f: (_phase(f, result.new), f.key))
    names = {f.key for f in files}
    result.delete = sorted(k for k in owned if k not in names and k in etags)
    return result


def _phase(each: SiteFile, new: set[str]) -> tuple[bool, bool, bool]:
    """Upload order: new files (no live page links to them yet), changed assets, changed pages,
    the home page last."""
    return (each.key not in new, each.is_page, each.key == "index.html")


def upload(s3, bucket: Bucket, each: SiteFile) -> None:
    data = each.path.read_bytes()
    s3.put_object(
        Bucket=bucket.name,
        Key=_key(bucket, each.key),
        Body=data,
        ContentType=each.content_type,
        ContentMD5=base64.b64encode(bytes.fromhex(each.md5)).decode(),
        # a page always asks whether it changed (a claim shows at once); the rest an hour
        CacheControl="no-cache" if each.is_page else "max-age=3600",
    )


def deploy(
    site: Path,
    bucket: Bucket,
    dry_run: bool = False,
    report: Callable[[str], None] = lambda line: None,
    s3=None,
    workers: int = 8,
) -> Plan:
    s3 = s3 or client(bucket)
    files = site_files(site)
    owned = read_manifest(s3, bucket)
    etags = remote_etags(s3, bucket)
    etags.pop(MANIFEST, None)
    todo = plan(files, etags, owned)
    if dry_run:
        return todo

    def put(each: SiteFile) -> SiteFile:
        upload(s3, bucket, each)
        return each

    done = 0
    for _, phase in groupby(todo.upload, key=lambda f: _phase(f, todo.new)):
        # files of one phase go up side by side (a bucket far away answers each PUT slowly);
        # the next phase starts only when every file of this one is in place
        with ThreadPoolExecutor(max_workers=workers) as pool:
            for each in pool.map(put, list(phase)):
                done += 1
                report(f"上传 {done}/{len(todo.upload)} {each.key}")
    write_manifest(s3, bucket, owned | {f.key for f in files})
    for key in todo.delete:
        s3.delete_object(Bucket=bucket.name, Key=_key(bucket, key))
        report(f"删除 {key}")
    write_manifest(s3, bucket, {f.key for f in files})
    return todo
