"""Speed of the source readers, on generated input and a loopback HTTP server.

    .venv/bin/python benchmarks/sources_bench.py [--items 2000] [--rows 20000] [--pages 300]

Figures: a feed file of N items read into articles (parse, HTML to text, canonical URL, language);
a CSV of N rows with a mapping; N pages fetched from a loopback server and extracted
(fetch_min_interval 0, so the fetcher's own cost shows, not the politeness wait); canonical_url
calls per second. Prints a JSON report.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from veille.io.fetch import ALL_NETWORKS, Fetcher, FetchOptions
from veille.io.read import read_sources
from veille.io.urls import canonical_url
from veille.records import Article

SENTENCE = (
    "Police arrested {n} suspects in the city of Example on Tuesday on suspicion of planning an attack, "
    "prosecutors said, adding that weapons and documents were seized during searches. "
)
PAGE = (
    "<html><head><meta charset='utf-8'><title>Story {n}</title></head><body><nav>Home | World</nav>"
    "<article><h1>Story {n}</h1><p>{p}</p><p>{p}</p><p>{p}</p></article><footer>(c) Example</footer>"
    "</body></html>"
)


def _feed(n: int) -> str:
    items = "".join(
        f"<item><title>Item {i}</title><link>https://news.example.org/a/{i}?utm_source=rss</link>"
        f"<pubDate>Tue, 04 Mar 2025 10:30:00 +0100</pubDate>"
        f"<description><![CDATA[<p>{SENTENCE.format(n=i)}</p><p>{SENTENCE.format(n=i + 1)}</p>]]>"
        "</description>"
        "</item>"
        for i in range(n)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Bench</title>{items}</channel></rss>'


def _timed(fn: Any) -> tuple[float, Any]:
    t0 = time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--items", type=int, default=2000)
    ap.add_argument("--rows", type=int, default=20000)
    ap.add_argument("--pages", type=int, default=300)
    args = ap.parse_args()
    report: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / "bench.rss"
        feed.write_text(_feed(args.items), encoding="utf-8")
        secs, items = _timed(lambda: list(read_sources([str(feed)])))
        n = sum(isinstance(i, Article) for i in items)
        report["feed_file"] = {"items": n, "seconds": round(secs, 2), "items_per_s": round(n / secs)}

        table = Path(tmp) / "bench.csv"
        with table.open("w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["uid", "headline", "body", "date", "link"])
            for i in range(args.rows):
                w.writerow(
                    [f"r{i}", f"Row {i}", SENTENCE.format(n=i) * 2, "2025-03-04", f"https://x.org/{i}"]
                )
        secs, rows = _timed(
            lambda: list(
                read_sources([str(table)], csv_map={"text": "body", "title": "headline", "id": "uid"})
            )
        )
        n = sum(isinstance(i, Article) for i in rows)
        report["csv"] = {"rows": n, "seconds": round(secs, 2), "rows_per_s": round(n / secs)}

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *a: Any) -> None:
            pass

        def do_GET(self) -> None:
            body = (
                b""
                if self.path == "/robots.txt"
                else PAGE.format(n=self.path, p=SENTENCE.format(n=3)).encode()
            )
            self.send_response(404 if self.path == "/robots.txt" else 200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    fetcher = Fetcher(FetchOptions(allow_networks=ALL_NETWORKS, min_interval=0.0))
    urls = [f"http://127.0.0.1:{port}/p/{i}" for i in range(args.pages)]
    secs, pages = _timed(lambda: list(read_sources(urls, fetcher=fetcher)))
    server.shutdown()
    n = sum(isinstance(i, Article) for i in pages)
    report["pages_loopback"] = {"pages": n, "seconds": round(secs, 2), "pages_per_s": round(n / secs, 1)}

    sample = [f"HTTPS://News.Example.org:443/a/{i}?utm_source=x&b={i}&a=1#top" for i in range(100_000)]
    secs, _ = _timed(lambda: [canonical_url(u) for u in sample])
    report["canonical_url_per_s"] = round(len(sample) / secs)
    json.dump(report, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main()
