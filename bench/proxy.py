"""nginx in front (issue 17): the same pages through nginx's proxy_cache and straight at gunicorn.

`bench/run --modes proxy` calls `measure()`: it starts gunicorn (page cache on, as in warm) and
Debian's nginx with bench/nginx.conf on its own port, measures every public page with wrk
straight at gunicorn and through nginx back to back, then publishes one article through the
models' own methods (this file run as `python bench/proxy.py publish` in a second process) and
times how long until it is on the home page straight at gunicorn and through nginx, against
the s-maxage the pages promise (PROXY_CACHE_SECONDS, --proxy-seconds).
"""

import http.client
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HOST = "127.0.0.1"
ROOT = Path(__file__).resolve().parent.parent
VENV_PY = ROOT / ".venv" / "bin" / "python"
PY = str(VENV_PY) if VENV_PY.exists() else sys.executable


def _get(port, path):
    conn = http.client.HTTPConnection(HOST, port, timeout=30)
    conn.request("GET", path, headers={"Host": f"{HOST}:{port}", "Accept-Encoding": "gzip"})
    response = conn.getresponse()
    body = response.read()
    conn.close()
    return response.status, response.headers, body


class Nginx:
    """Debian's nginx as our own process (bench/nginx.conf in a temporary folder), stopped by pid."""

    def __init__(self, listen, upstream):
        nginx = shutil.which("nginx") or "/usr/sbin/nginx"
        if not Path(nginx).exists():
            if os.geteuid() == 0 and shutil.which("apt-get"):
                print("nginx tidak ada; memasang paket Debian nginx ...", flush=True)
                subprocess.run(["apt-get", "install", "-y", "-q", "nginx"], check=True, timeout=600)
            else:
                sys.exit("nginx tidak ditemukan: pasang dengan `apt-get install nginx`.")
        self.work = tempfile.mkdtemp(prefix="warta-nginx-")
        # Workers run as nobody: they write the cache and temporary files here.
        os.chmod(self.work, 0o777)  # noqa: S103 - a private temporary folder of the bench
        config = (
            (ROOT / "bench" / "nginx.conf")
            .read_text()
            .replace("@WORK@", self.work)
            .replace("@LISTEN@", f"{HOST}:{listen}")
            .replace("@UPSTREAM@", f"{HOST}:{upstream}")
        )
        path = Path(self.work, "nginx.conf")
        path.write_text(config)
        self.port = listen
        self.proc = subprocess.Popen(
            [nginx, "-c", str(path), "-p", self.work], start_new_session=True,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                error_log = Path(self.work, "error.log")
                log = error_log.read_text() if error_log.exists() else ""
                self.stop()
                sys.exit(f"nginx berhenti saat mulai:\n{log}")
            try:
                _get(listen, "/healthz")
                return
            except OSError:
                time.sleep(0.2)
        self.stop()
        sys.exit("nginx tidak menjawab dalam 20 detik.")

    def stop(self):
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGQUIT)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=5)
        shutil.rmtree(self.work, ignore_errors=True)


def _visible_after(title, ports, limit):
    """Seconds until `title` is on the home page at each port (None: not within `limit`)."""
    started = time.monotonic()
    seen = dict.fromkeys(ports)
    while time.monotonic() - started < limit and None in seen.values():
        for port in ports:
            if seen[port] is None and title in _get(port, "/")[2].decode():
                seen[port] = round(time.monotonic() - started, 2)
        time.sleep(0.2)
    return seen


def measure(env, pages, args, start_server, wrk):
    """Rows of direct and proxied figures per page, and the publish's visibility."""
    env = {**env, "CACHE_BACKEND": "locmem", "PROXY_CACHE_SECONDS": str(args.proxy_seconds)}
    server = start_server(env)
    nginx = None
    rows = {}
    try:
        nginx = Nginx(args.proxy_port, args.port)
        for page in pages:
            if page.get("admin") or page.get("cookie"):
                continue
            name, path = page["name"], page["path"]
            for port in (args.port, nginx.port, nginx.port):  # warm the app, then the proxy
                status, headers, _ = _get(port, path)
            row = {
                "status": status,
                "cache_control": headers.get("Cache-Control"),
                "proxy_cache": headers.get("X-Cache-Status"),
            }
            if status == 200:
                row["gunicorn"] = wrk(server, path, args)
                row["nginx"] = wrk(_Target(nginx.port, server), path, args)
            rows[name] = row
            print(f"  [proxy] {name:<22} {status} {_brief(row)}", flush=True)
        rows["publish"] = _publish_and_watch(env, args, nginx)
        print(f"  [proxy] terbit: {rows['publish']}", flush=True)
        return rows
    finally:
        if nginx:
            nginx.stop()
        server.stop()


class _Target:
    """What bench/run's wrk() needs of a server: a port, and the app's workers' RSS."""

    def __init__(self, port, server):
        self.port = port
        self.rss_mb = server.rss_mb


def _publish_and_watch(env, args, nginx):
    for port in (args.port, nginx.port):
        _get(port, "/")  # both hold the home page now
    out = subprocess.run(
        [PY, __file__, "publish"], env=env, cwd=ROOT,
        capture_output=True, text=True, check=True, timeout=120,
    ).stdout  # fmt: skip
    title = json.loads(out.strip().splitlines()[-1])["title"]
    limit = args.proxy_seconds + 30
    seen = _visible_after(title, [args.port, nginx.port], limit)
    return {
        "s_maxage": args.proxy_seconds,
        "gunicorn_s": seen[args.port],
        "nginx_s": seen[nginx.port],
        "within_s_maxage": seen[nginx.port] is not None
        and seen[nginx.port] <= args.proxy_seconds + 1,
    }


def _brief(row):
    if "nginx" not in row:
        return f"({row.get('status')})"
    g, n = row["gunicorn"], row["nginx"]
    return (
        f"gunicorn {g['rps']:.0f} req/s p50 {g['p50']:.1f} ms | "
        f"nginx {n['rps']:.0f} req/s p50 {n['p50']:.1f} ms ({row['proxy_cache']})"
    )


def table(rows):
    head = (
        f"{'halaman':<22} | {'gunicorn req/s':>14} {'p50':>7} {'p99':>7} | "
        f"{'nginx req/s':>11} {'p50':>7} {'p99':>7} {'!2xx':>5} | {'nginx/gunicorn':>14}"
    )
    lines = [head, "-" * len(head)]
    for name, row in rows.items():
        if name == "publish" or "nginx" not in row:
            continue
        g, n = row["gunicorn"], row["nginx"]
        errors = n["non2xx"] + n["socket_errors"]
        lines.append(
            f"{name:<22} | {g['rps']:>14.0f} {g['p50']:>7.1f} {g['p99']:>7.1f} | "
            f"{n['rps']:>11.0f} {n['p50']:>7.1f} {n['p99']:>7.1f} {errors:>5} | "
            f"{n['rps'] / g['rps'] if g['rps'] else 0:>14.1f}"
        )
    publish = rows.get("publish", {})
    lines.append(
        f"terbit -> beranda: gunicorn {publish.get('gunicorn_s')} s, lewat nginx "
        f"{publish.get('nginx_s')} s (s-maxage={publish.get('s_maxage')}; "
        f"{'dalam janji' if publish.get('within_s_maxage') else 'MELEWATI janji'})"
    )
    return "\n".join(lines)


def publish():
    """Publish one draft now through the models' own methods; prints its title."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    import django

    django.setup()
    from django.contrib.auth import get_user_model

    from newsroom.models import Article, WorkflowError

    editor = get_user_model().objects.get(username="bench-redaktur")
    waiting = (Article.Status.DRAFT, Article.Status.RETURNED, Article.Status.REVIEW)
    # The bench's editor edits some units only: the first article in its scope is published.
    for article in Article.objects.filter(status__in=waiting).order_by("?"):
        article.title = f"Terbit di balik proxy {time.time():.0f}"
        article.published_at = None
        article.save()
        try:
            if article.status != Article.Status.REVIEW:
                article.submit(by=editor)
            article.publish(by=editor)
        except WorkflowError:
            continue
        print(json.dumps({"title": article.title}))
        return
    sys.exit("tidak ada draf yang bisa diterbitkan")


if __name__ == "__main__":
    if sys.argv[1:] == ["publish"]:
        publish()
