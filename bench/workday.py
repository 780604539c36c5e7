"""The working day (issue 14): readers on a mix of pages while the newsroom works. See README.

`bench/run --modes workday` calls `measure()`: it starts its own redis-server (never the shared
one: its hit counters would be everyone's) and gunicorn with REDIS_URL pointing at it, reads a
mix of public pages with wrk (home, articles rotated over many URLs, lists, search) first with
no editorial activity, then while this file, run as `python bench/workday.py newsroom ...` in
a second process, does what a newsroom does through the models' own methods: drafts saved at
2 per second across units, and one article published every 30 seconds, each timed until it is
on the home page.
"""

import http.client
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HOST = "127.0.0.1"
ROOT = Path(__file__).resolve().parent.parent
VENV_PY = ROOT / ".venv" / "bin" / "python"
PY = str(VENV_PY) if VENV_PY.exists() else sys.executable
DRAFTS_PER_SECOND = 2
PUBLISH_EVERY = 30


# The reader side (in bench/run's process) -----------------------------------------------------


def _lua(paths):
    """A wrk script that walks `paths` round robin, each connection from its own offset."""
    quoted = ",\n".join(json.dumps(p) for p in paths)
    return (
        f"local paths = {{\n{quoted}\n}}\n"
        "local i = 0\n"
        "function setup(thread) thread:set('offset', math.random(#paths)) end\n"
        "function init(args) i = offset or 0 end\n"
        "function request()\n"
        "  i = i % #paths + 1\n"
        "  return wrk.format('GET', paths[i], {['Accept-Encoding'] = 'gzip'})\n"
        "end\n"
    )


def _redis_info(port):
    out = subprocess.run(
        ["redis-cli", "-h", HOST, "-p", str(port), "INFO", "stats"],
        capture_output=True, text=True, check=True, timeout=10,
    ).stdout  # fmt: skip
    return {k: int(v) for k, v in re.findall(r"^(keyspace_\w+):(\d+)", out, re.M)}


def _reset_stats(port):
    subprocess.run(
        ["redis-cli", "-h", HOST, "-p", str(port), "CONFIG", "RESETSTAT"],
        capture_output=True, check=True, timeout=10,
    )  # fmt: skip


def _wrk_mix(port, script, seconds, connections):
    cmd = [
        "wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s", "--latency",
        "-s", script, f"http://{HOST}:{port}/",
    ]  # fmt: skip
    out = subprocess.run(
        cmd, capture_output=True, text=True, timeout=seconds + 60, check=True
    ).stdout
    dist = dict(re.findall(r"^\s+(50|99)%\s+(\S+)$", out, re.M))
    total = int(re.search(r"(\d+) requests in", out).group(1))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p50": dist.get("50"),
        "p99": dist.get("99"),
        "requests": total,
        "non2xx": int(non2xx.group(1)) if non2xx else 0,
    }


def _hit_ratio(before, after, requests):
    # Every request reads the generation (a hit but once a minute) and its page; a miss is a
    # page rendered. Misses of the generation and next-publication keys are counted as pages.
    misses = after.get("keyspace_misses", 0) - before.get("keyspace_misses", 0)
    return max(0.0, 1 - misses / requests) if requests else 0.0


def _get(port, path):
    """GET with the Host header wrk sends (host:port): the page cache keys by host."""
    conn = http.client.HTTPConnection(HOST, port, timeout=30)
    conn.request("GET", path, headers={"Host": f"{HOST}:{port}", "Accept-Encoding": "gzip"})
    response = conn.getresponse()
    body = response.read()
    conn.close()
    return response.status, body


def _reader_paths(urls, probe_pages):
    named = {p["name"]: p["path"] for p in probe_pages}
    lists = [named[n] for n in ("berita", "upt", "wilayah", "topik", "kegiatan") if n in named]
    searches = [named[n] for n in named if n.startswith("cari")]
    paths = list(urls["articles"])
    # Per 100 requests about 60 articles, 15 home, 20 lists and 5 searches.
    share = max(1, len(paths) // 60)
    paths += ["/"] * (15 * share)
    paths += ["/berita/"] * (8 * share) + lists * (12 * share // max(1, len(lists)))
    paths += searches * (5 * share // max(1, len(searches)))
    random.Random(14).shuffle(paths)
    return paths


def start_redis(port):
    """A redis-server of the bench's own on `port` (stop it with stop_redis)."""
    redis = subprocess.Popen(
        [
            "redis-server", "--port", str(port), "--bind", HOST, "--save", "",
            "--appendonly", "no", "--maxmemory", "512mb", "--maxmemory-policy", "allkeys-lru",
        ],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )  # fmt: skip
    for _ in range(50):
        ping = subprocess.run(
            ["redis-cli", "-h", HOST, "-p", str(port), "PING"], capture_output=True, text=True
        )
        if ping.stdout.strip() == "PONG":
            break
        time.sleep(0.1)
    return redis


def stop_redis(redis):
    redis.terminate()
    redis.wait(timeout=10)


def measure(env, probe_pages, args, start_server):
    """Idle and working-day runs of the reader mix; returns the rows for the table and JSON."""
    redis_port = args.redis_port
    redis = start_redis(redis_port)
    env = {**env, "REDIS_URL": f"redis://{HOST}:{redis_port}/0"}
    env.pop("CACHE_BACKEND", None)
    server = None
    script = None
    try:
        urls = json.loads(
            subprocess.run(
                [PY, __file__, "urls"], env=env, cwd=ROOT,
                capture_output=True, text=True, check=True, timeout=300,
            ).stdout
        )  # fmt: skip
        paths = _reader_paths(urls, probe_pages)
        with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as f:
            f.write(_lua(paths))
            script = f.name
        server = start_server(env)
        for path in dict.fromkeys(paths):  # warm: every page once, under wrk's Host header
            _get(args.port, path)
        seconds = args.workday_seconds
        rows = {}
        for phase in ("idle", "workday"):
            _reset_stats(redis_port)
            before = _redis_info(redis_port)
            newsroom = None
            if phase == "workday":
                newsroom = subprocess.Popen(
                    [PY, __file__, "newsroom", "--seconds", str(seconds),
                     "--port", str(args.port)],
                    env=env, cwd=ROOT, stdout=subprocess.PIPE, text=True,
                )  # fmt: skip
            row = _wrk_mix(args.port, script, seconds, args.connections)
            row["hit_ratio"] = round(
                _hit_ratio(before, _redis_info(redis_port), row["requests"]), 3
            )
            if newsroom:
                out, _ = newsroom.communicate(timeout=seconds + 60)
                row.update(json.loads(out.strip().splitlines()[-1]))
            rows[phase] = row
            print(f"  [workday] {phase}: {row}", flush=True)
        rows["paths"] = len(paths)
        rows["distinct_paths"] = len(set(paths))
        return rows
    finally:
        if server:
            server.stop()
        if script:
            os.unlink(script)
        stop_redis(redis)


def table(rows):
    idle, day = rows["idle"], rows["workday"]
    for row in (idle, day):  # wrk leaves out a percentile it could not measure
        row["p50"], row["p99"] = row["p50"] or "-", row["p99"] or "-"
    ratio = day["rps"] / idle["rps"] if idle["rps"] else 0
    lines = [
        f"{'':<14} {'req/s':>8} {'p50':>8} {'p99':>8} {'hit':>6} {'!2xx':>5}",
        f"{'tanpa redaksi':<14} {idle['rps']:>8.0f} {idle['p50']:>8} {idle['p99']:>8} "
        f"{idle['hit_ratio']:>6.3f} {idle['non2xx']:>5}",
        f"{'hari kerja':<14} {day['rps']:>8.0f} {day['p50']:>8} {day['p99']:>8} "
        f"{day['hit_ratio']:>6.3f} {day['non2xx']:>5}",
        f"rasio hari kerja / tanpa redaksi: {ratio:.3f} (target >= 0.8)",
        f"draf disimpan: {day.get('drafts_saved')}, terbit: {len(day.get('publishes', []))}; "
        f"detik sampai di beranda: {day.get('publishes')} (target <= 1)",
        f"{rows['paths']} alamat dalam campuran ({rows['distinct_paths']} berbeda)",
    ]
    return "\n".join(lines)


# The newsroom side (its own process, with Django) ---------------------------------------------


def _django():
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    import django

    django.setup()


def print_urls():
    """Public URLs for the mix: 600 recent live articles."""
    _django()
    from newsroom.models import Article

    articles = Article.objects.live().order_by("-published_at")[:600]
    print(json.dumps({"articles": [a.get_absolute_url() for a in articles]}))


def newsroom(seconds, port):
    """Drafts saved at DRAFTS_PER_SECOND across units, one publish every PUBLISH_EVERY s."""
    _django()
    from django.contrib.auth import get_user_model

    from newsroom.models import Article, WorkflowError

    editor = get_user_model().objects.get(username="bench-redaktur")
    rng = random.Random(30)
    drafts = list(Article.objects.filter(status=Article.Status.DRAFT).select_related("unit"))
    started = time.monotonic()
    saved, publishes, next_publish = 0, [], started + 5
    while time.monotonic() - started < seconds:
        draft = rng.choice(drafts)
        draft.summary = f"Ringkasan diperbarui {saved}."
        draft.save()
        saved += 1
        if time.monotonic() >= next_publish:
            next_publish += PUBLISH_EVERY
            publishes.append(_publish_one(drafts, editor, port, rng, WorkflowError))
        time.sleep(max(0.0, started + saved / DRAFTS_PER_SECOND - time.monotonic()))
    print(json.dumps({"drafts_saved": saved, "publishes": publishes}))


def _publish_one(drafts, editor, port, rng, WorkflowError):
    for _ in range(20):
        article = rng.choice(drafts)
        article.title = f"Terbit di hari kerja {time.time():.0f} {rng.randrange(10**6)}"
        article.published_at = None  # published now, at the top of the home page
        article.save()
        try:
            article.submit(by=editor)
            article.publish(by=editor)
        except WorkflowError:
            continue
        drafts.remove(article)
        published = time.monotonic()
        while time.monotonic() - published < 30:
            if article.title in _get(port, "/")[1].decode():
                return round(time.monotonic() - published, 3)
            time.sleep(0.05)
        return None
    return None


if __name__ == "__main__":
    if sys.argv[1] == "urls":
        print_urls()
    elif sys.argv[1] == "newsroom":
        opts = dict(zip(sys.argv[2::2], sys.argv[3::2], strict=True))
        newsroom(int(opts["--seconds"]), int(opts["--port"]))
