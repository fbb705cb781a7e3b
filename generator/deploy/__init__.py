"""Publishing a built site to a host other than GitHub Pages: an S3-compatible bucket (Alibaba
Cloud OSS, Tencent COS, ...) or a server reached by rsync over SSH.

Both upload only what changed (compared by content hash) and remove what disappeared, and both
keep the old site serving until the new one is complete: new and changed files go up first
(assets before pages), deletions come last. A failure part-way leaves a site that still works;
running the deploy again finishes it.
"""

from generator.deploy.site_files import SiteFile, content_type, site_files
from generator.deploy.host_limits import HOSTS, SizeCheck, check_size

__all__ = ["HOSTS", "SiteFile", "SizeCheck", "check_size", "content_type", "site_files"]
