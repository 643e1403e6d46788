"""The dashboard's time series: events per period and event type, laid out as SVG polylines."""

from __future__ import annotations

from typing import Any

PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f")
W, H, PAD = 900, 260, 36


def series(rows: list[dict[str, Any]], period: str, top: int = 7) -> dict[str, list[tuple[str, int]]]:
    """``{event_type: [(period, n), ...]}`` from aggregate rows; the smallest types as ``other``."""
    periods = sorted({r[period] for r in rows if r.get(period)})
    totals: dict[str, int] = {}
    for r in rows:
        if r.get(period):
            totals[r["event_type"]] = totals.get(r["event_type"], 0) + int(r["n"])
    keep = [t for t, _ in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))[:top]]
    out: dict[str, dict[str, int]] = {t: dict.fromkeys(periods, 0) for t in keep}
    for r in rows:
        if not r.get(period):
            continue
        t = r["event_type"] if r["event_type"] in out else "other"
        out.setdefault(t, dict.fromkeys(periods, 0))
        out[t][r[period]] += int(r["n"])
    return {t: sorted(v.items()) for t, v in out.items()}


def layout(data: dict[str, list[tuple[str, int]]]) -> dict[str, Any]:
    """Polylines, axis ticks and a legend for ``series`` output, in a W x H box."""
    periods = sorted({p for pts in data.values() for p, _ in pts})
    peak = max([n for pts in data.values() for _, n in pts] + [1])
    span = max(len(periods) - 1, 1)

    def xy(i: int, n: int) -> tuple[float, float]:
        return PAD + i * (W - 2 * PAD) / span, H - PAD - n * (H - 2 * PAD) / peak

    lines = []
    for k, (name, pts) in enumerate(data.items()):
        index = {p: i for i, p in enumerate(periods)}
        coords = [xy(index[p], n) for p, n in pts]
        lines.append(
            {
                "name": name,
                "colour": PALETTE[k % len(PALETTE)],
                "points": " ".join(f"{x:.1f},{y:.1f}" for x, y in coords),
                "dots": [
                    {"x": round(x, 1), "y": round(y, 1), "n": n, "period": p}
                    for (x, y), (p, n) in zip(coords, pts, strict=True)
                ],
                "total": sum(n for _, n in pts),
            }
        )
    step = max(1, len(periods) // 8)
    xticks = [{"x": round(xy(i, 0)[0], 1), "label": p} for i, p in enumerate(periods) if i % step == 0]
    yticks = [{"y": round(xy(0, v)[1], 1), "label": str(v)} for v in sorted({0, peak // 2, peak})]
    return {
        "width": W,
        "height": H,
        "pad": PAD,
        "lines": lines,
        "xticks": xticks,
        "yticks": yticks,
        "empty": not periods,
    }
