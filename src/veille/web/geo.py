"""The dashboard map: country outlines from the ``countryinfo`` package (offline), drawn as SVG in
an equirectangular projection, and events clustered on a grid on the server."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

WIDTH, HEIGHT = 1000, 500


def project(lat: float, lon: float) -> tuple[float, float]:
    return (lon + 180.0) * WIDTH / 360.0, (90.0 - lat) * HEIGHT / 180.0


def _ring(coords: list[list[float]]) -> str:
    pts: list[str] = []
    last = ""
    for lon, lat, *_ in coords:
        x, y = project(lat, lon)
        p = f"{x:.1f},{y:.1f}"
        if p != last:
            pts.append(p)
            last = p
    return ("M" + "L".join(pts) + "Z") if len(pts) > 2 else ""


def _geometry_path(geom: dict[str, Any]) -> str:
    polys = geom.get("coordinates") or []
    if geom.get("type") == "Polygon":
        polys = [polys]
    return "".join(_ring(ring) for poly in polys for ring in poly)


@dataclass(frozen=True)
class Basemap:
    """One SVG path per country (ISO alpha-2) and a point to put country-level events on."""

    paths: tuple[tuple[str, str, str], ...] = ()  # (code, name, d)
    centres: dict[str, tuple[float, float]] = field(default_factory=dict)

    @classmethod
    def load(cls) -> Basemap:
        """Read the outlines bundled with ``countryinfo``; an empty map when it is missing."""
        try:
            import countryinfo
        except ImportError:  # pragma: no cover - countryinfo is a dependency
            return cls()
        folder = Path(countryinfo.__file__).parent / "data"
        paths: list[tuple[str, str, str]] = []
        centres: dict[str, tuple[float, float]] = {}
        for file in sorted(folder.glob("*.json")):
            try:
                data = json.loads(file.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            code = str((data.get("ISO") or {}).get("alpha2") or "").upper()
            geo = data.get("geoJSON") or {}
            d = "".join(_geometry_path(f.get("geometry") or {}) for f in geo.get("features") or [])
            if code and d:
                paths.append((code, str(data.get("name") or code), d))
            latlng = data.get("capital_latlng") or data.get("latlng")
            if code and isinstance(latlng, list) and len(latlng) == 2:
                centres[code] = (float(latlng[0]), float(latlng[1]))
        return cls(tuple(paths), centres)


def event_point(
    values: dict[str, Any], centres: dict[str, tuple[float, float]]
) -> tuple[float, float] | None:
    """Where an event goes on the map: its event location's point, else its country's centre."""
    locs = values.get("locations") or []
    loc = next((x for x in locs if x.get("role") == "event"), locs[0] if locs else None)
    if not loc:
        return None
    if loc.get("lat") is not None and loc.get("lon") is not None:
        return float(loc["lat"]), float(loc["lon"])
    cc = str(loc.get("country_code") or "").upper()
    return centres.get(cc)


def clusters(points: list[tuple[float, float, str]], cell: float = 24.0) -> list[dict[str, Any]]:
    """Points (lat, lon, country) grouped on a ``cell``-pixel grid: centre, size and countries."""
    grid: dict[tuple[int, int], list[tuple[float, float, str]]] = {}
    for lat, lon, cc in points:
        x, y = project(lat, lon)
        grid.setdefault((int(x // cell), int(y // cell)), []).append((x, y, cc))
    out = []
    for key in sorted(grid):
        pts = grid[key]
        n = len(pts)
        countries = sorted({cc for _, _, cc in pts if cc})
        out.append(
            {
                "x": round(sum(p[0] for p in pts) / n, 1),
                "y": round(sum(p[1] for p in pts) / n, 1),
                "n": n,
                "r": round(min(22.0, 4.0 + 3.0 * n**0.5), 1),
                "countries": countries,
                "country": countries[0] if len(countries) == 1 else None,
            }
        )
    return out
